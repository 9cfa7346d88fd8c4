//! The command line's shape (ux-walk finding 18, attack report F14/F20/F21): each command
//! lists only the options that apply to it, every argument is described, `present --help`
//! lists the deck's keys from the keymap, and output that cannot be written is an error,
//! never a panic or a silent success.

use assert_cmd::Command;

fn help(args: &[&str]) -> String {
    let out = Command::cargo_bin("perfusion-explorer")
        .unwrap()
        .args(args)
        .arg("--help")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn each_command_offers_only_the_options_that_apply_to_it() {
    let check = help(&["check"]);
    for absent in ["--data", "--kiosk", "--theme", "--no-color", "--idle"] {
        assert!(!check.contains(absent), "check offers {absent}:\n{check}");
    }
    for cmd in ["search", "list", "show", "export"] {
        let text = help(&[cmd]);
        assert!(text.contains("--data"), "{cmd}");
        for absent in ["--kiosk", "--theme", "--idle", "--log"] {
            assert!(!text.contains(absent), "{cmd} offers {absent}");
        }
    }
    let present = help(&["present"]);
    for wanted in [
        "--kiosk",
        "--theme",
        "--data",
        "--margin",
        "Keys while presenting",
        "next slide",
        "blank the screen",
    ] {
        assert!(
            present.contains(wanted),
            "present lacks {wanted}:\n{present}"
        );
    }
}

#[test]
fn every_argument_is_described() {
    let cmd = perfusion_explorer::cli::command();
    let mut undescribed = Vec::new();
    for sub in std::iter::once(&cmd).chain(cmd.get_subcommands()) {
        for arg in sub.get_arguments() {
            if arg.get_help().is_none() && !matches!(arg.get_id().as_str(), "help" | "version") {
                undescribed.push(format!("{} {}", sub.get_name(), arg.get_id()));
            }
        }
    }
    assert!(undescribed.is_empty(), "{undescribed:?}");
}

#[test]
fn output_that_cannot_be_written_is_an_error_not_a_panic() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let bin = env!("CARGO_BIN_EXE_perfusion-explorer");
    let out = std::process::Command::new(bin)
        .arg("--help")
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "help to a full disk");
    // Warnings and errors to a stderr that cannot take them: the exit code still says it.
    let bad = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/bad/wrong-type.json"
    );
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std::process::Command::new(bin)
        .args(["--data", bad, "search", "x"])
        .stderr(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "no panic (101)");
}

#[test]
fn kiosk_and_plain_mode_cannot_be_asked_for_together() {
    let out = Command::cargo_bin("perfusion-explorer")
        .unwrap()
        .args(["--plain", "--kiosk"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be used with"));
}

#[test]
fn a_kind_has_one_name_in_text_list_and_json() {
    let out = Command::cargo_bin("perfusion-explorer")
        .unwrap()
        .args(["search", "duties", "--format", "json", "--limit", "20"])
        .output()
        .unwrap();
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let kinds: Vec<&str> = hits
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|h| h["kind"].as_str())
        .collect();
    assert!(
        kinds.contains(&"compare") && !kinds.contains(&"comparison"),
        "{kinds:?}"
    );
    for k in perfusion_explorer::kb::Kind::ALL {
        let json = serde_json::to_value(k).unwrap();
        assert_eq!(json.as_str(), Some(k.label()), "{k:?}");
    }
}

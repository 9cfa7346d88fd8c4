//! The command line: help, every subcommand, exit codes, JSON that parses, and no escape
//! bytes when there is no terminal.

use assert_cmd::Command;
use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::load;
use predicates::prelude::*;
use serde_json::Value;

pub fn cmd() -> Command {
    let mut c = Command::cargo_bin("perfusion-explorer").expect("binary builds");
    // A large --data file's search index must not land in the user's cache directory.
    c.env_remove("NO_COLOR")
        .env("XDG_CACHE_HOME", env!("CARGO_TARGET_TMPDIR"));
    c
}

pub fn json(args: &[&str]) -> Value {
    let out = cmd().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

#[test]
fn help_and_version() {
    cmd()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("search").and(predicate::str::contains("export")));
    cmd()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn clap_definition_is_consistent() {
    perfusion_explorer::cli::command().debug_assert();
}

#[test]
fn search_json_has_the_fields_and_the_same_order_as_the_library() {
    let v = json(&[
        "search",
        "how",
        "much",
        "do",
        "perfusionists",
        "make",
        "--format",
        "json",
        "--limit",
        "5",
    ]);
    let hits = v.as_array().expect("array");
    assert!((1..=5).contains(&hits.len()));
    for h in hits {
        for key in ["kind", "id", "title", "snippet", "score"] {
            assert!(h.get(key).is_some(), "missing {key} in {h}");
        }
    }
    assert_eq!(hits[0]["id"], "faq-perfusionist-pay");
    let lib = Catalog::new(load::embedded().expect("loads").kb);
    let ids: Vec<String> = lib
        .search("how much do perfusionists make", 5, 76)
        .into_iter()
        .map(|h| h.id)
        .collect();
    let cli_ids: Vec<&str> = hits.iter().filter_map(|h| h["id"].as_str()).collect();
    assert_eq!(cli_ids, ids, "the CLI and the TUI must rank alike");
}

#[test]
fn search_with_no_hits_prints_an_empty_array_and_succeeds() {
    cmd()
        .args(["search", "qqqzzzxx", "--format", "json"])
        .assert()
        .success()
        .stdout("[]\n");
    cmd()
        .args(["search", "qqqzzzxx"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("No matches"));
}

#[test]
fn a_query_with_no_words_is_a_usage_error_not_an_empty_answer() {
    for q in ["", "  ", "?!", "--"] {
        cmd()
            .args(["search", "--", q])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("no words or numbers to look for"));
    }
}

#[test]
fn search_text_lists_kind_title_and_id() {
    cmd()
        .args(["search", "iabp", "--limit", "1"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("term")
                .and(predicate::str::contains("IABP (intra-aortic balloon pump)"))
                .and(predicate::str::contains("(term-iabp)")),
        );
}

#[test]
fn show_in_every_format() {
    cmd()
        .args(["show", "faq-perfusionist-pay"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("How much do perfusionists make?")
                .and(predicate::str::contains("DISPUTED:"))
                .and(predicate::str::contains("Sources:"))
                .and(predicate::str::contains("trust: low")),
        );
    cmd()
        .args(["show", "cmp-pay", "--format", "markdown"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("## Compare: Pay")
                .and(predicate::str::contains("**DISPUTED:**"))
                .and(predicate::str::contains("**Clinical perfusionist**")),
        );
    let v = json(&["show", "term-iabp", "--format", "json"]);
    assert_eq!(v["kind"], "term");
    assert_eq!(v["entry"]["term"], "IABP (intra-aortic balloon pump)");
    assert!(
        v["entry"]["definition"][0]["sources"]
            .as_array()
            .is_some_and(|a| !a.is_empty())
    );
}

#[test]
fn show_unknown_id_fails_with_a_suggestion() {
    cmd()
        .args(["show", "term-iabq"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no entry with id \"term-iabq\"; did you mean \"term-iabp\"?",
        ));
    for (typed, meant) in [
        ("faq-perfusionist-salary", "faq-perfusionist-pay"),
        ("iabp", "term-iabp"),
    ] {
        cmd()
            .args(["show", typed])
            .assert()
            .code(1)
            .stderr(predicate::str::contains(format!(
                "did you mean \"{meant}\"?"
            )));
    }
    // Nothing close: no suggestion rather than an arbitrary one.
    cmd()
        .args(["show", "nope"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("did you mean").not());
}

#[test]
fn a_bad_data_file_is_refused_with_where_and_what() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bad.json");
    std::fs::write(
        &path,
        "{\"schema_version\": 1,\n \"title\": \"x\",\n \"sources\": [ {\"id\": 3} ]\n}",
    )
    .expect("write");
    cmd()
        .args(["--data", path.to_str().expect("utf-8"), "search", "x"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("bad.json")
                .and(predicate::str::contains("sources[0].id"))
                .and(predicate::str::contains("3:")),
        );
    cmd()
        .args(["--data", "/nonexistent/kb.json", "search", "x"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("does not exist; check the path"));
}

#[test]
fn no_command_without_a_terminal_exits_2_with_one_line_and_no_escapes() {
    let out = cmd().write_stdin("").output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!err.contains('\u{1b}'));
}

#[test]
fn no_output_carries_escape_bytes() {
    for args in [
        vec!["export"],
        vec!["export", "--format", "json"],
        vec!["search", "ecmo", "--limit", "50"],
        vec!["show", "cmp-duties"],
    ] {
        let out = cmd().args(&args).output().expect("runs");
        assert!(
            !out.stdout.iter().any(|&b| b == 0x1b || b == 0x07),
            "{args:?} wrote a control byte"
        );
    }
}

#[test]
fn present_without_a_terminal_exits_2() {
    cmd()
        .arg("present")
        .write_stdin("")
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn list_gives_ids_that_show_accepts() {
    let v = json(&["list", "faqs", "--format", "json"]);
    let items = v.as_array().expect("array");
    let kb = load::embedded().expect("loads").kb;
    assert_eq!(items.len(), kb.faqs.len());
    assert!(items.iter().all(|i| i["kind"] == "faq"));
    let id = items[0]["id"].as_str().expect("an id");
    cmd().args(["show", id]).assert().success();
    let all = cmd().arg("list").output().expect("runs");
    let lines = String::from_utf8(all.stdout)
        .expect("utf-8")
        .lines()
        .count();
    assert_eq!(lines, Catalog::new(kb).entries.len());
}

#[test]
fn report_counts_searches_and_names_those_that_found_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("kiosk.log");
    std::fs::write(
        &log,
        concat!(
            "{\"time\":1,\"query\":\"GPA\",\"hits\":4}\n",
            "{\"time\":2,\"query\":\"gpa\",\"hits\":4}\n",
            "{\"time\":3,\"query\":\"scholarships \\u001b[31m\",\"hits\":0}\n",
            "garbage\n",
        ),
    )
    .unwrap();
    cmd().args(["report"]).arg(&log).assert().success().stdout(
        predicate::str::contains("3 searches (1 unreadable lines skipped)")
            .and(predicate::str::contains("    2  gpa"))
            .and(predicate::str::contains("Found nothing"))
            .and(predicate::str::contains("scholarships"))
            .and(predicate::str::contains("\u{1b}").not()),
    );
    let v: serde_json::Value = serde_json::from_slice(
        &cmd()
            .args(["report", "--format", "json"])
            .arg(&log)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(v["searches"], 3);
    assert_eq!(v["top"][0][0], "gpa");
    cmd()
        .args(["report", "/nonexistent/kiosk.log"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot read the search log"));
    // --log needs --kiosk.
    cmd()
        .args(["--log"])
        .arg(&log)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--kiosk"));
}

#[test]
fn list_takes_singular_kinds_and_limits_must_be_at_least_one() {
    for (singular, plural) in [
        ("faq", "faqs"),
        ("term", "terms"),
        ("comparison", "compare"),
    ] {
        let one = cmd().args(["list", singular]).output().expect("runs");
        let other = cmd().args(["list", plural]).output().expect("runs");
        assert!(one.status.success(), "list {singular}");
        assert_eq!(one.stdout, other.stdout, "list {singular} = list {plural}");
    }
    // "--limit 0" used to print "No matches", which was not true.
    cmd()
        .args(["search", "ecmo", "--limit", "0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("must be 1 or more"));
}

#[test]
fn show_takes_the_citation_numbers_printed_beside_facts() {
    let by_number = cmd().args(["show", "27"]).output().expect("runs");
    assert!(by_number.status.success());
    let text = String::from_utf8_lossy(&by_number.stdout);
    assert!(text.starts_with("[27] "), "{text}");
    let bracketed = cmd().args(["show", "[27]"]).output().expect("runs");
    assert_eq!(bracketed.stdout, by_number.stdout);
    cmd()
        .args(["show", "9999"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("sources are numbered 1 to"));
}

#[test]
fn list_sources_prints_the_citation_numbers() {
    let out = cmd().args(["list", "sources"]).output().expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().nth(26).expect("27 sources at least");
    assert!(line.contains(" [27] "), "{line}");
    let list = json(&["list", "sources", "--format", "json"]);
    assert_eq!(list[26]["number"], 27);
    // Other kinds have no number.
    let faqs = json(&["list", "faqs", "--format", "json"]);
    assert!(faqs[0].get("number").is_none());
}

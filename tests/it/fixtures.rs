//! Every bad-file fixture in tests/fixtures/bad runs through `check`: its exit code and the
//! message fragments in its `.expect` file must match, and no output may carry a control
//! character. Cases that cannot be committed as files are made here.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use assert_cmd::Command;

fn check(path: &Path) -> (i32, String) {
    let out = Command::cargo_bin("perfusion-explorer")
        .expect("binary")
        .arg("check")
        .arg(path)
        .timeout(Duration::from_secs(20))
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("utf-8 output")
        + &String::from_utf8(out.stderr).expect("utf-8 errors");
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{}: output carries a control character: {text:?}",
        path.display()
    );
    (out.status.code().unwrap_or(-1), text)
}

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_fixture_gives_its_expected_message() {
    let files = fixtures();
    assert!(files.len() >= 20, "only {} fixtures", files.len());
    let mut failures = Vec::new();
    for file in files {
        let expect = std::fs::read_to_string(file.with_extension("expect"))
            .expect("an .expect file beside each fixture");
        let mut lines = expect.lines();
        let code: i32 = lines
            .next()
            .and_then(|l| l.strip_prefix("exit: "))
            .and_then(|c| c.parse().ok())
            .expect("first line: exit: N");
        let (got, text) = check(&file);
        if got != code {
            failures.push(format!(
                "{}: exit {got}, want {code}\n{text}",
                file.display()
            ));
        }
        for needle in lines.filter(|l| !l.is_empty()) {
            if !text.contains(needle) {
                failures.push(format!("{}: no {needle:?} in\n{text}", file.display()));
            }
        }
        assert!(
            text.lines().last().is_some_and(|l| l.contains("usable")),
            "{}: no summary line:\n{text}",
            file.display()
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn paths_that_are_not_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, text) = check(&dir.path().join("missing.json"));
    assert_eq!(code, 1);
    assert!(text.contains("does not exist"), "{text}");
    let (code, text) = check(dir.path());
    assert_eq!(code, 1);
    assert!(text.contains("is a directory"), "{text}");
    let (code, text) = check(Path::new("/dev/zero"));
    assert_eq!(code, 1);
    assert!(text.contains("not a regular file"), "{text}");
}

#[test]
fn a_fifo_is_refused_without_hanging() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("pipe.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let start = Instant::now();
    let (code, text) = check(&fifo);
    assert_eq!(code, 1);
    assert!(text.contains("not a regular file"), "{text}");
    assert!(start.elapsed() < Duration::from_secs(10));
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let big = dir.path().join("big.json");
    let f = std::fs::File::create(&big).expect("create");
    // Sparse: 65 MiB that costs nothing to make, and would cost much to read.
    f.set_len(65 * 1024 * 1024).expect("set_len");
    let (code, text) = check(&big);
    assert_eq!(code, 1);
    assert!(text.contains("over the 64 MiB limit"), "{text}");
}

#[test]
fn an_absurd_number_of_items_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("many.json");
    let items = vec!["\"a\""; 1_000_001].join(",");
    std::fs::write(&path, format!("{{\"schema_version\":1,\"title\":\"t\",\"sources\":[],\"programs\":[{{\"id\":\"p\",\"name\":\"p\",\"aliases\":[{items}],\"summary\":{{\"text\":\"x\",\"sources\":[]}}}}]}}")).expect("write");
    let (code, text) = check(&path);
    assert_eq!(code, 1);
    assert!(text.contains("over the 1000000-item limit"), "{text}");
}

#[test]
fn problems_are_capped_with_a_count_of_the_rest() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("many-problems.json");
    let faqs: Vec<String> = (0..80).map(|i| format!("{{\"id\":\"q{i}\",\"question\":\"Q\",\"answer\":[{{\"text\":\"x\",\"sources\":[\"nope\"]}}]}}")).collect();
    std::fs::write(
        &path,
        format!(
            "{{\"schema_version\":1,\"title\":\"t\",\"sources\":[],\"faqs\":[{}]}}",
            faqs.join(",")
        ),
    )
    .expect("write");
    let (code, text) = check(&path);
    assert_eq!(code, 1);
    assert!(text.contains("... and 30 more problems"), "{text}");
    assert!(text.contains("not usable: 80 errors"), "{text}");
}

#[test]
fn a_bad_data_file_stops_before_the_full_screen_ui_with_the_same_report() {
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad/dangling-source.json");
    let out = Command::cargo_bin("perfusion-explorer")
        .expect("binary")
        .arg("--data")
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        out.stdout.is_empty(),
        "nothing, not even an escape code, on stdout"
    );
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        err.contains("source \"s2\" is not in the sources list"),
        "{err}"
    );
}

#[test]
fn the_embedded_export_is_a_template_that_passes_check() {
    let out = Command::cargo_bin("perfusion-explorer")
        .expect("binary")
        .args(["export", "--format", "json"])
        .output()
        .expect("runs");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("template.json");
    std::fs::write(&path, out.stdout).expect("write");
    let (code, text) = check(&path);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("usable: 0 errors, 0 warnings"), "{text}");
    assert!(text.contains("facts without a source: 0"), "{text}");
}

#[test]
fn the_authoring_guide_example_passes_check() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/example-program.json");
    let (code, text) = check(&file);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("usable: 0 errors, 0 warnings"), "{text}");
    assert!(
        text.contains("1 program, 2 sections, 2 roles, 1 comparison row, 2 FAQs, 1 glossary term"),
        "{text}"
    );
}

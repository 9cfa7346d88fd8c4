//! A base split into several files loads as one (`--data a.json --data b.json`, issue 15
//! and B9): lists joined in order, citations across files resolved, and a problem reported
//! in the file and at the line it comes from, with its path counted within that file.

use assert_cmd::Command;
use perfusion_explorer::kb::{load, merge};
use serde_json::{Value, json};

/// The embedded base in two files: sources and the program in the first, the rest (which
/// cites those sources) in the second.
fn split(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let v: Value = serde_json::from_str(load::EMBEDDED_JSON).unwrap();
    let mut first = json!({"schema_version": v["schema_version"], "title": v["title"], "checked": v["checked"]});
    let mut second = json!({"schema_version": 2, "title": "the rest"});
    for key in ["sources", "programs"] {
        first[key] = v[key].clone();
    }
    second["sources"] = json!([]);
    for key in [
        "roles",
        "comparison",
        "faqs",
        "glossary",
        "routes",
        "fit",
        "slides",
    ] {
        if let Some(x) = v.get(key) {
            second[key] = x.clone();
        }
    }
    let (a, b) = (dir.join("a.json"), dir.join("b.json"));
    std::fs::write(&a, serde_json::to_string_pretty(&first).unwrap()).unwrap();
    std::fs::write(&b, serde_json::to_string_pretty(&second).unwrap()).unwrap();
    (a, b)
}

#[test]
fn a_base_split_in_two_loads_as_the_whole() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = split(dir.path());
    // Alone, the second file cites sources it does not have.
    assert!(load::from_path(&b).is_err());
    let merged = merge::from_paths(&[&a, &b]).unwrap();
    let whole = load::embedded().unwrap();
    assert!(merged.warnings.is_empty(), "{:?}", merged.warnings);
    assert_eq!(merged.counts, whole.counts);
    assert_eq!(merged.kb.faqs, whole.kb.faqs);
    assert_eq!(
        merged.kb.title, whole.kb.title,
        "the first file's title speaks for all"
    );
    // The command line takes --data twice.
    let out = Command::cargo_bin("perfusion-explorer")
        .unwrap()
        .args(["--data"])
        .arg(&a)
        .arg("--data")
        .arg(&b)
        .args(["show", "faq-gpa"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("GPA"));
}

#[test]
fn a_problem_is_reported_in_its_own_file_at_its_own_line() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = split(dir.path());
    // The second file's fourth FAQ takes an id the first file already uses.
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&b).unwrap()).unwrap();
    let taken =
        serde_json::from_str::<Value>(&std::fs::read_to_string(&a).unwrap()).unwrap()["sources"][0]
            ["id"]
            .clone();
    v["faqs"][3]["id"] = taken;
    let text = serde_json::to_string_pretty(&v).unwrap();
    std::fs::write(&b, &text).unwrap();
    let Err(load::LoadError::Invalid { problems, .. }) = merge::from_paths(&[&a, &b]) else {
        panic!("a duplicate id across files must be refused");
    };
    let p = problems
        .iter()
        .find(|p| p.message.contains("duplicate id"))
        .unwrap();
    assert_eq!(p.path, "faqs[3].id", "{p:?}");
    assert_eq!(p.file.as_deref(), Some(b.display().to_string().as_str()));
    let line = text
        .lines()
        .position(|l| l.contains("\"id\"") && l.contains(v["faqs"][3]["id"].as_str().unwrap()));
    assert_eq!(p.line, line.map(|l| l + 1), "{p:?}");
}

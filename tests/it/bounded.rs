//! Work bounded by what a screen can show (issue 16, F8): an item of thousands of facts is
//! drawn from its first `MAX_FACTS_SHOWN`, says how many more there are and where to read
//! them, and `show` still prints every one.

use assert_cmd::Command;
use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::{Pane, load};
use perfusion_explorer::ui::Theme;
use perfusion_explorer::ui::facts::MAX_FACTS_SHOWN;
use perfusion_explorer::ui::pane::item_lines;
use serde_json::{Value, json};

use crate::text::squash;

/// The embedded base with `n` more facts in its first section.
fn big_section(n: usize) -> String {
    let mut v: Value = serde_json::from_str(load::EMBEDDED_JSON).unwrap();
    let source = v["sources"][0]["id"].clone();
    let facts: Vec<Value> = (0..n)
        .map(|i| json!({"text": format!("generated fact number {i}"), "sources": [source]}))
        .collect();
    v["programs"][0]["sections"][0]["facts"] = Value::Array(facts);
    serde_json::to_string(&v).unwrap()
}

#[test]
fn a_huge_item_draws_its_first_facts_and_says_where_the_rest_are() {
    let n = MAX_FACTS_SHOWN * 4;
    let json = big_section(n);
    let lib = Catalog::new(load::from_str(&json, "big.json").unwrap().kb);
    let id = lib.kb.programs[0].sections[0].id.clone();
    // Item 1 of the Program pane is the first section (item 0 is the program).
    let lines: Vec<String> = item_lines(&lib, Pane::Program, 1, 80, &Theme::mono())
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect();
    let text = squash(&lines.join(" "));
    let has = |s: &str| text.contains(&squash(s));
    assert!(has(&format!(
        "generated fact number {}[",
        MAX_FACTS_SHOWN - 1
    )));
    assert!(!has(&format!("generated fact number {MAX_FACTS_SHOWN}[")));
    let more = format!("{} more facts", n - MAX_FACTS_SHOWN);
    assert!(has(&more), "no count of the rest");
    assert!(has(&format!("show {id}`")), "no way to read the rest");
    // Bounded: one line per fact shown, and a few for the heading and the count.
    assert!(lines.len() < MAX_FACTS_SHOWN + 10, "{} lines", lines.len());

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.json");
    std::fs::write(&file, &json).unwrap();
    let out = Command::cargo_bin("perfusion-explorer")
        .unwrap()
        .arg("--data")
        .arg(&file)
        .args(["show", &id])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(
        shown.contains(&format!("generated fact number {}", n - 1)),
        "show prints them all"
    );
}

//! `export` from the command line: the Markdown handout (whole, or one part) with its
//! sources and disputes, and JSON that loads back through `--data`.

use predicates::prelude::*;

use crate::cli::{cmd, json};

#[test]
fn export_markdown_is_a_handout_with_sources_and_disputes() {
    let out = cmd().args(["export"]).output().expect("runs");
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).expect("utf-8");
    for needle in [
        "# Perfusion Explorer knowledge base",
        "## MSOE M.S. in Perfusion",
        "## Comparing the roles",
        "| Dimension |",
        "## Frequently asked questions",
        "## Glossary",
        "## Sources",
        "**DISPUTED:**",
        "Trust: low",
    ] {
        assert!(md.contains(needle), "markdown lacks {needle:?}");
    }
}

#[test]
fn export_json_loads_back_through_data() {
    let out = cmd()
        .args(["export", "--format", "json"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("kb.json");
    std::fs::write(&path, &out.stdout).expect("write");
    let v = json(&[
        "--data",
        path.to_str().expect("utf-8 path"),
        "search",
        "iabp",
        "--format",
        "json",
        "--limit",
        "1",
    ]);
    assert_eq!(v[0]["id"], "term-iabp");
}

#[test]
fn export_only_one_part_makes_a_one_page_handout() {
    let out = cmd()
        .args(["export", "--only", "compare"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        md.contains("| Dimension |") && md.contains("## Sources") && md.contains("**DISPUTED:**")
    );
    assert!(!md.contains("## Frequently asked questions") && !md.contains("## Glossary"));
    // Only the sources the comparison cites are listed.
    assert!(
        !md.contains("Cardiac Cannula"),
        "a glossary-only source leaked into the handout"
    );
    let faq = String::from_utf8(
        cmd()
            .args(["export", "--only", "faq"])
            .output()
            .expect("runs")
            .stdout,
    )
    .expect("utf-8");
    assert!(
        faq.starts_with("# Frequently asked questions")
            && faq.contains("**How much do perfusionists make?**")
    );
    let program = String::from_utf8(
        cmd()
            .args(["export", "--only", "program"])
            .output()
            .expect("runs")
            .stdout,
    )
    .expect("utf-8");
    assert!(program.contains("# MSOE M.S. in Perfusion") && !program.contains("| Dimension |"));
    cmd()
        .args(["export", "--only", "faq", "--format", "json"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--only makes a Markdown handout"));
}

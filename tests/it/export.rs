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

#[test]
fn a_handout_from_someone_elses_file_shows_its_text_and_runs_nothing() {
    // Attack report F27: HTML and Markdown links in the data stay text in the handout.
    let mut v: serde_json::Value =
        serde_json::from_str(perfusion_explorer::kb::load::EMBEDDED_JSON).unwrap();
    v["title"] = "Hi <script>alert(1)</script>".into();
    v["programs"][0]["url"] = "javascript:alert(document.cookie)".into();
    v["faqs"][0]["question"] = "Pay?</h3><img src=x onerror=alert(1)>".into();
    v["faqs"][0]["answer"][0]["text"] = "See [here](javascript:alert(2))".into();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("inject.json");
    std::fs::write(&path, serde_json::to_string(&v).unwrap()).unwrap();
    let out = cmd()
        .arg("--data")
        .arg(&path)
        .arg("export")
        .output()
        .unwrap();
    assert!(out.status.success());
    let md = String::from_utf8_lossy(&out.stdout);
    // Every one of these, where it appears, is escaped (preceded by a backslash).
    for raw in ["<script>", "<img", "](javascript:", "<javascript:"] {
        let escaped = md.match_indices(raw).all(|(i, _)| md[..i].ends_with('\\'));
        assert!(escaped, "{raw} reached the handout unescaped");
    }
    assert!(
        md.contains("\\<script\\>") && md.contains("\\[here\\]"),
        "the text is still there"
    );
    assert!(md.contains("<https://"), "real addresses stay links");
}

//! The embedded knowledge base: it loads, every reference resolves, every fact is sourced,
//! and the seed article's contradicted claims are present and flagged.

use perfusion_explorer::kb::load::{self, Severity};
use perfusion_explorer::kb::{KnowledgeBase, Trust};

fn kb() -> KnowledgeBase {
    match load::embedded() {
        Ok(loaded) => loaded.kb,
        Err(e) => panic!("embedded knowledge base does not load: {e}"),
    }
}

#[test]
fn embedded_loads_without_errors_or_warnings() {
    let loaded = load::embedded().expect("embedded knowledge base loads");
    assert!(
        loaded.warnings.is_empty(),
        "warnings: {:?}",
        loaded.warnings
    );
    assert!(load::validate(&loaded.kb).is_empty());
}

#[test]
fn has_the_content_the_issue_asks_for() {
    let kb = kb();
    assert!(kb.faqs.len() >= 25, "{} FAQs", kb.faqs.len());
    assert!(kb.glossary.len() >= 20, "{} terms", kb.glossary.len());
    assert_eq!(kb.programs.len(), 1);
    let ids: Vec<&str> = kb.roles.iter().map(|r| r.id.as_str()).collect();
    // The two careers, the routes into ECMO work and the neighbours students weigh
    // perfusion against (issue 15); the comparison starts with the two careers.
    for want in [
        "perfusionist",
        "ecmo-specialist",
        "registered-nurse",
        "respiratory-therapist",
        "physician-assistant",
        "cardiovascular-technologist",
        "surgical-technologist",
        "anesthesiologist-assistant",
    ] {
        assert!(ids.contains(&want), "no role {want}");
    }
    assert_eq!(kb.comparison.roles, ["perfusionist", "ecmo-specialist"]);
    // Every related role resolves, and each new role has a profile beyond its summary.
    for r in &kb.roles {
        assert!(r.related.iter().all(|id| kb.role(id).is_some()), "{}", r.id);
        if !kb.comparison.roles.contains(&r.id) {
            assert!(!r.sections.is_empty(), "{} has no profile", r.id);
        }
    }
    let dims: Vec<&str> = kb
        .comparison
        .dimensions
        .iter()
        .map(|d| d.label.as_str())
        .collect();
    for wanted in [
        "Duties",
        "Education and training",
        "Certification and licensure",
        "Experience",
        "Work setting and hours",
        "Skills",
        "Pay",
        "Outlook",
    ] {
        assert!(dims.contains(&wanted), "missing dimension {wanted}");
    }
    let aliases: Vec<String> = kb
        .glossary
        .iter()
        .flat_map(|t| t.aliases.iter().map(|a| a.to_lowercase()))
        .collect();
    for alias in ["cell saver", "heart-lung machine", "plasmapharesis"] {
        assert!(aliases.iter().any(|a| a == alias), "missing alias {alias}");
    }
}

#[test]
fn every_fact_cites_a_source_and_every_reference_resolves() {
    let kb = kb();
    let facts = kb.facts();
    assert!(facts.len() > 120, "only {} facts", facts.len());
    for (path, fact) in facts {
        assert!(!fact.sources.is_empty(), "{path} has no source");
        for id in fact.all_sources() {
            assert!(kb.source_index(id).is_some(), "{path} cites unknown {id}");
        }
    }
    for r in &kb.roles {
        for p in &r.pay {
            assert!(
                !p.sources.is_empty() && !p.year.is_empty(),
                "pay figure without source or year"
            );
        }
    }
}

#[test]
fn ids_are_unique_across_the_whole_base() {
    let mut kb = kb();
    kb.faqs[1].id = kb.faqs[0].id.clone();
    let problems = load::validate(&kb);
    assert!(
        problems
            .iter()
            .any(|p| p.severity == Severity::Error && p.message.contains("duplicate id"))
    );
}

#[test]
fn the_seed_article_is_low_trust_and_its_contradicted_claims_are_flagged() {
    let kb = kb();
    let article = kb
        .sources
        .iter()
        .find(|s| s.id == "megainterview")
        .expect("seed article source");
    assert_eq!(article.trust, Trust::Low);
    assert_eq!(article.year, "undated");
    let disputed: Vec<String> = kb
        .facts()
        .into_iter()
        .filter(|(_, f)| f.dispute.is_some())
        .map(|(_, f)| f.text.clone())
        .collect();
    // facts.md section 4: C1, C3, C4, C7, C8, C9/C12, C10, C11.
    for claim in [
        "both the heart and",
        "short-term support",
        "four-year degree in a life science",
        "three to five years",
        "associate's degree",
        "higher than perfusionists",
        "$80,000",
        "$70,000",
    ] {
        assert!(
            disputed.iter().any(|t| t.contains(claim)),
            "no disputed fact mentions {claim:?}"
        );
    }
    // What the sources say must rest on something better than a low-trust source.
    for (path, f) in kb.facts() {
        if let Some(d) = &f.dispute {
            let better = d
                .sources
                .iter()
                .filter_map(|id| kb.sources.iter().find(|s| s.id == *id))
                .any(|s| s.trust > Trust::Low);
            assert!(
                better,
                "{path}: dispute cites no medium- or high-trust source"
            );
        }
    }
}

#[test]
fn no_perfusionist_pay_figure_is_taken_from_a_federal_series() {
    let kb = kb();
    let perf = kb.role("perfusionist").expect("perfusionist role");
    assert!(
        perf.pay
            .iter()
            .all(|p| !p.sources.iter().any(|s| s == "bls-ooh"))
    );
    let seventy = perf
        .pay
        .iter()
        .find(|p| (p.low - 70_000.0).abs() < 0.5)
        .expect("the article's $70,000 is shown");
    assert!(
        seventy.dispute.is_some(),
        "the $70,000 figure must be flagged"
    );
}

#[test]
fn export_json_round_trips() {
    let kb = kb();
    let text = serde_json::to_string_pretty(&kb).expect("serializes");
    let back = load::from_str(&text, "export")
        .expect("export loads back")
        .kb;
    assert_eq!(back, kb);
}

#[test]
fn the_base_says_how_old_it_is() {
    let kb = kb();
    assert!(!kb.checked.is_empty(), "a 'checked' date is set");
    let md = perfusion_explorer::export::markdown(&kb);
    assert!(md.contains(&format!("Facts checked as of {}.", kb.checked)));
}

#[test]
fn a_files_counts_agree_whichever_path_loads_it() {
    // A file with an error is counted from its JSON, a good one from the model: the
    // summary line must not change with the path it came by (routes and role tasks too).
    use perfusion_explorer::kb::counts::{Counts, counts};
    let v: serde_json::Value = serde_json::from_str(load::EMBEDDED_JSON).unwrap();
    let kb = load::embedded().unwrap().kb;
    assert_eq!(counts(&v), Counts::of(&kb));
    assert!(Counts::of(&kb).routes > 0);
}

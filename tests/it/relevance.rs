//! The relevance suite: realistic student queries and the entries that must appear in the
//! top 3. Prints the hit rate; every query is expected to pass.

use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::load;

/// (query, kind of query, ids of which at least one must be in the top 3)
const SUITE: &[(&str, &str, &[&str])] = &[
    ("salary", "word", &["cmp-pay", "faq-perfusionist-pay"]),
    ("pay", "word", &["cmp-pay"]),
    (
        "licensure",
        "word",
        &["cmp-credentials", "faq-licence-states"],
    ),
    (
        "certification",
        "word",
        &["faq-certification", "cmp-credentials"],
    ),
    ("outlook", "word", &["cmp-outlook", "faq-outlook"]),
    ("oxygenator", "word", &["term-oxygenator"]),
    ("cardioplegia", "word", &["term-cardioplegia"]),
    ("cannula", "word", &["term-cannulation"]),
    ("accreditation", "word", &["term-caahep"]),
    ("recertification", "word", &["faq-recert"]),
    ("placement", "word", &["faq-placement", "msoe-benefits"]),
    ("alumni", "word", &["msoe-alumni"]),
    (
        "rotations",
        "word",
        &["faq-move-rotations", "msoe-clinical-sites"],
    ),
    ("shifts", "word", &["cmp-setting", "faq-hours"]),
    (
        "experience",
        "word",
        &["cmp-experience", "faq-experience-needed"],
    ),
    (
        "how much do perfusionists make",
        "question",
        &["faq-perfusionist-pay"],
    ),
    (
        "how much does an ecmo specialist earn",
        "question",
        &["faq-ecmo-pay"],
    ),
    (
        "do I have to move for rotations",
        "question",
        &["faq-move-rotations"],
    ),
    (
        "how long is the program",
        "question",
        &["faq-program-length"],
    ),
    (
        "what does a perfusionist do",
        "question",
        &["faq-what-perfusionist"],
    ),
    (
        "what does an ecmo specialist do",
        "question",
        &["faq-what-ecmo-specialist"],
    ),
    (
        "is ecmo specialist a licensed job",
        "question",
        &["faq-ecmo-licensed"],
    ),
    (
        "can a perfusionist do ecmo",
        "question",
        &["faq-perfusionist-as-ecmo"],
    ),
    (
        "how do I become a perfusionist",
        "question",
        &["faq-become-perfusionist"],
    ),
    (
        "how do I become an ecmo specialist",
        "question",
        &["faq-become-ecmo"],
    ),
    (
        "which states require a license",
        "question",
        &["faq-licence-states"],
    ),
    (
        "what is the job outlook",
        "question",
        &["faq-outlook", "cmp-outlook"],
    ),
    ("who do I contact", "question", &["faq-contact"]),
    ("what are the hours like", "question", &["faq-hours"]),
    (
        "how many cases do I need",
        "question",
        &["faq-case-minimum"],
    ),
    (
        "how much does the exam cost",
        "question",
        &["faq-exam-cost"],
    ),
    (
        "can I work before I pass boards",
        "question",
        &["faq-provisional"],
    ),
    (
        "do ecmo specialists earn more",
        "question",
        &["faq-who-earns-more"],
    ),
    ("why is there no bls data", "question", &["faq-no-bls"]),
    ("what degree do I need", "question", &["faq-degree-before"]),
    (
        "perfusinist",
        "typo",
        &["term-perfusion", "faq-what-perfusionist", "perfusionist"],
    ),
    (
        "perfusionist salery",
        "typo",
        &["faq-perfusionist-pay", "cmp-pay"],
    ),
    ("cardioplegea", "typo", &["term-cardioplegia"]),
    ("oxigenator", "typo", &["term-oxygenator"]),
    ("licence", "typo", &["faq-licence-states", "term-lp"]),
    (
        "ecmo speciallist",
        "typo",
        &["ecmo-specialist", "faq-what-ecmo-specialist"],
    ),
    ("plasmapharesis", "typo", &["term-plasmapheresis"]),
    ("canula", "typo", &["term-cannulation"]),
    ("acreditation", "typo", &["term-caahep"]),
    ("recertifcation", "typo", &["faq-recert"]),
    ("iabp", "acronym", &["term-iabp"]),
    ("vad", "acronym", &["term-vad"]),
    ("tah", "acronym", &["term-tah"]),
    ("cpb", "acronym", &["term-cpb"]),
    ("ecls", "acronym", &["term-ecls"]),
    ("ccp", "acronym", &["term-ccp"]),
    ("lp", "acronym", &["term-lp"]),
    ("muf", "acronym", &["term-muf"]),
    ("abcp", "acronym", &["term-abcp"]),
    ("elso", "acronym", &["term-elso"]),
    ("amsect", "acronym", &["term-amsect"]),
    ("pbse", "acronym", &["term-pbse"]),
    ("va ecmo", "acronym", &["term-va-ecmo"]),
    ("vv ecmo", "acronym", &["term-vv-ecmo"]),
    ("heart lung machine", "lay term", &["term-cpb"]),
    ("cell saver", "lay term", &["term-cell-salvage"]),
    ("balloon pump", "lay term", &["term-iabp"]),
    ("artificial heart", "lay term", &["term-tah"]),
    ("artificial lung", "lay term", &["term-oxygenator"]),
    ("life support", "lay term", &["term-ecmo", "term-ecls"]),
    ("stopping the heart", "lay term", &["term-cardioplegia"]),
    ("board exam", "lay term", &["faq-exams", "cmp-credentials"]),
    (
        "night classes",
        "lay term",
        &["faq-schedule", "msoe-clinical-sites"],
    ),
    ("money", "lay term", &["cmp-pay"]),
    ("Gerrits", "name", &["msoe-people"]),
    ("Voborsky", "name", &["msoe-people"]),
    (
        "Kirsten Kallies",
        "name",
        &["msoe-alumni", "faq-bme-background"],
    ),
    (
        "Milwaukee",
        "name",
        &["msoe-clinical-sites", "faq-move-rotations"],
    ),
    ("Mayo Clinic", "name", &["mayo"]),
    ("megainterview", "name", &["megainterview"]),
    ("MSOE", "name", &["msoe-msp"]),
    (
        "biomedical engineering",
        "word",
        &["faq-bme-background", "msoe-alumni"],
    ),
    ("pediatric", "word", &["msoe-caseload", "faq-case-minimum"]),
    ("transplant", "word", &["faq-msoe-cases", "msoe-caseload"]),
    (
        "ELSO certification",
        "question",
        &["faq-ecmo-certs", "term-elso"],
    ),
];

#[test]
fn relevance_suite_hits_the_top_three() {
    let lib = Catalog::new(load::embedded().expect("embedded loads").kb);
    assert!(SUITE.len() >= 60);
    let mut misses = Vec::new();
    for (query, kind, wanted) in SUITE {
        let top: Vec<String> = lib.search(query, 3, 40).into_iter().map(|h| h.id).collect();
        if !top.iter().any(|id| wanted.contains(&id.as_str())) {
            misses.push(format!(
                "  [{kind}] {query:?}: want one of {wanted:?}, got {top:?}"
            ));
        }
    }
    let hit = SUITE.len() - misses.len();
    println!(
        "relevance: {hit}/{} queries have a wanted entry in the top 3 ({:.1}%)",
        SUITE.len(),
        100.0 * hit as f64 / SUITE.len() as f64
    );
    for m in &misses {
        println!("{m}");
    }
    assert!(
        misses.is_empty(),
        "{} misses:\n{}",
        misses.len(),
        misses.join("\n")
    );
}

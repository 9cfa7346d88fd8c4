//! Search ranking as a table of queries and the entry that must come first (or in the top
//! few), plus highlight positions on non-ASCII text.

use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::load;
use perfusion_explorer::search::{Marker, Query, highlight};

fn lib() -> Catalog {
    Catalog::new(load::embedded().expect("embedded loads").kb)
}

fn top_ids(lib: &Catalog, q: &str, n: usize) -> Vec<String> {
    lib.search(q, n, 60).into_iter().map(|h| h.id).collect()
}

#[test]
fn the_right_entry_comes_first() {
    let lib = lib();
    let table: &[(&str, &str)] = &[
        ("iabp", "term-iabp"),
        ("IABP", "term-iabp"),
        ("cell saver", "term-cell-salvage"),
        ("heart-lung machine", "term-cpb"),
        ("how much do perfusionists make", "faq-perfusionist-pay"),
        ("ecmo specialist salary", "faq-ecmo-pay"),
        ("do I have to move for rotations", "faq-move-rotations"),
        ("which states require a license", "faq-licence-states"),
        ("PBSE", "term-pbse"),
        ("CAPE exam", "faq-exams"),
        ("Gerrits", "msoe-people"),
        ("Kallies", "msoe-alumni"),
        ("plasmapharesis", "term-plasmapheresis"),
        ("ELSO", "term-elso"),
        ("job outlook", "cmp-outlook"),
        ("MSOE", "msoe-msp"),
        ("megainterview", "megainterview"),
    ];
    let mut misses = Vec::new();
    for (query, want) in table {
        let got = top_ids(&lib, query, 1);
        if got.first().map(String::as_str) != Some(*want) {
            misses.push(format!("{query:?}: want {want}, got {got:?}"));
        }
    }
    assert!(misses.is_empty(), "ranking misses:\n{}", misses.join("\n"));
}

#[test]
fn wanted_entries_are_in_the_top_three() {
    let lib = lib();
    let table: &[(&str, &str)] = &[
        ("perfusinist pay", "faq-perfusionist-pay"),
        ("vad", "term-vad"),
        ("ventricular assist device", "term-vad"),
        ("pediatric cases", "faq-case-minimum"),
        ("night classes", "faq-schedule"),
        ("accredited programs", "faq-how-many-programs"),
        ("pay", "cmp-pay"),
        ("job outlook", "faq-outlook"),
    ];
    for (query, want) in table {
        let got = top_ids(&lib, query, 3);
        assert!(
            got.iter().any(|id| id == want),
            "{query:?}: {want} not in top 3 {got:?}"
        );
    }
}

#[test]
fn empty_and_stop_word_only_queries() {
    let lib = lib();
    assert!(lib.search("", 10, 60).is_empty());
    assert!(lib.search("   ", 10, 60).is_empty());
    // Only stop words: they are searched rather than dropped, so something sensible appears.
    assert!(!lib.search("how", 10, 60).is_empty());
    assert!(lib.search("qqqqzzzz", 10, 60).is_empty());
}

#[test]
fn order_is_stable_and_best_first() {
    let lib = lib();
    let a = lib.search("perfusion", 50, 60);
    let b = lib.search("perfusion", 50, 60);
    assert_eq!(a, b);
    assert!(a.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(a.len() > 10);
}

#[test]
fn case_and_accents_do_not_matter() {
    let lib = lib();
    assert_eq!(
        top_ids(&lib, "PÉRFUSIONIST SALARY", 3),
        top_ids(&lib, "perfusionist salary", 3)
    );
}

#[test]
fn highlights_are_character_indices_on_accented_cjk_and_emoji_text() {
    let q = Query::parse("pay");
    assert_eq!(highlight("Été pay", &q), vec![4, 5, 6]);
    assert_eq!(highlight("灌流 pay 🫀", &q), vec![3, 4, 5]);
    let q = Query::parse("ete");
    assert_eq!(highlight("Été 🫀", &q), vec![0, 1, 2]);
    let q = Query::parse("🫀");
    // A lone emoji has no alphanumeric word, so nothing is highlighted and nothing panics.
    assert!(highlight("🫀🫀", &q).is_empty());
}

#[test]
fn a_loose_match_marks_the_whole_indexed_word_at_character_positions() {
    // "crdlg" matched "cardiologie" loosely in the index; the whole word is marked, at
    // character (not byte) positions after accented, CJK and emoji text.
    let text = "Élan 灌流 🫀 cardiologie";
    let q = Query::parse("crdlg");
    let marks = Marker::new(&q, &[vec!["cardiologie".to_string()]]).marks(text);
    let chars: Vec<char> = text.chars().collect();
    let picked: String = marks.iter().map(|&i| chars[i]).collect();
    assert_eq!(picked, "cardiologie");
    assert!(marks.iter().all(|&i| i >= 10), "{marks:?}");
}

#[test]
fn typo_matches_highlight_the_whole_misspelled_word() {
    let hit = lib()
        .search("oxigenator", 1, 60)
        .into_iter()
        .next()
        .expect("the typo finds the oxygenator");
    let picked: String = hit
        .title
        .chars()
        .enumerate()
        .filter(|(i, _)| hit.title_marks.contains(i))
        .map(|(_, c)| c)
        .collect();
    assert_eq!(picked, "Oxygenator");
}

/// Ids of the entries whose title or snippet the query highlighted, best first.
fn marked(lib: &Catalog, q: &str) -> Vec<(String, String)> {
    lib.search(q, 50, 60)
        .into_iter()
        .filter(|h| !h.title_marks.is_empty() || !h.snippet_marks.is_empty())
        .map(|h| {
            let text: String = h
                .snippet
                .chars()
                .enumerate()
                .filter(|(i, _)| h.snippet_marks.contains(i))
                .map(|(_, c)| c)
                .collect();
            (h.id, text)
        })
        .collect()
}

#[test]
fn words_that_only_look_alike_never_match() {
    let lib = lib();
    // (query, answering entry first, a word that must never be highlighted as a match)
    let table: &[(&str, &str, &str)] = &[
        ("drug test", "faq-background-check", "gives"),
        ("what does ccp stand for", "term-ccp", "standards"),
        ("pass rate", "faq-pass-rates", "passenger"),
        ("stressful", "faq-stress", "stresses"),
        ("gre", "faq-gre", "degree"),
    ];
    for (q, first, never) in table {
        let got = top_ids(&lib, q, 3);
        assert_eq!(
            got.first().map(String::as_str),
            Some(*first),
            "{q:?}: {got:?}"
        );
        for (id, text) in marked(&lib, q) {
            assert!(!text.contains(never), "{q:?} highlighted {never:?} in {id}");
        }
    }
    // "gre" is a word of its own, not the middle of "degree".
    let gre = Query::parse("gre");
    assert!(highlight("a master's degree", &gre).is_empty());
    assert_eq!(highlight("the GRE is optional", &gre), vec![4, 5, 6]);
    // "stand out" is not "stand for": no glossary boost, and "stand" still counts.
    assert_eq!(Query::parse("make my application stand out").defines, None);
}

#[test]
fn a_word_the_base_lacks_never_empties_the_list() {
    let lib = lib();
    for q in [
        "how many perfusionists are there in the us",
        "whats the difference between the pbse and cape",
        "define oxygenator",
        "how long is school",
        "admission requirements",
        "is it hard",
        "perfusion tuition xylophone",
    ] {
        assert!(!top_ids(&lib, q, 3).is_empty(), "{q:?} found nothing");
    }
    let results = lib.index.search("perfusion tuition xylophone", 10);
    assert_eq!(results.unmatched, ["xylophone"]);
    // The entry that has both words comes before those with one.
    assert_eq!(
        top_ids(&lib, "perfusion tuition xylophone", 1),
        ["faq-tuition"]
    );
}

#[test]
fn answers_rank_above_the_bibliography() {
    let lib = lib();
    for q in [
        "ecmo",
        "ecmo specialist vs perfusionist",
        "ecmo specialist salary",
        "shadowing",
    ] {
        let got = lib.search(q, 3, 60);
        assert!(
            got.iter()
                .all(|h| h.kind != perfusion_explorer::kb::Kind::Source),
            "{q:?}: a source in the top 3: {:?}",
            got.iter().map(|h| &h.id).collect::<Vec<_>>()
        );
    }
    // A query that names a source still finds it first.
    assert_eq!(top_ids(&lib, "megainterview", 1), ["megainterview"]);
    assert_eq!(top_ids(&lib, "Mayo Clinic", 1), ["mayo"]);
}

#[test]
fn what_is_x_puts_the_glossary_term_first() {
    let lib = lib();
    for (q, want) in [
        ("what is ecmo", "term-ecmo"),
        ("define oxygenator", "term-oxygenator"),
        ("what does ccp stand for", "term-ccp"),
        ("what does LP mean", "term-lp"),
        ("whats a vad", "term-vad"),
        ("meaning of cardioplegia", "term-cardioplegia"),
    ] {
        assert_eq!(top_ids(&lib, q, 1), [want], "{q:?}");
    }
}

#[test]
fn snippets_show_the_sentence_with_the_answer() {
    let lib = lib();
    let hit = lib
        .search("how many seats does msoe have class size", 5, 60)
        .into_iter()
        .find(|h| h.id == "faq-selectivity")
        .expect("the selectivity FAQ is found");
    assert!(hit.snippet.contains("MSOE takes 8"), "{:?}", hit.snippet);
}

#[test]
fn the_field_finds_the_person_who_does_it() {
    // "perfusion" also matches "perfusionist", which stemming keeps apart.
    let lib = lib();
    let got = top_ids(&lib, "perfusion salary", 3);
    assert!(
        got.iter()
            .any(|id| id == "faq-perfusionist-pay" || id == "cmp-pay"),
        "{got:?}"
    );
}

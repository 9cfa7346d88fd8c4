//! Search ranking as a table of queries and the entry that must come first (or in the top
//! few), plus highlight positions on non-ASCII text.

use perfusion_explorer::kb::load;
use perfusion_explorer::library::Library;
use perfusion_explorer::search::{Query, highlight};

fn lib() -> Library {
    Library::new(load::embedded().expect("embedded loads").kb)
}

fn top_ids(lib: &Library, q: &str, n: usize) -> Vec<String> {
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
        ("pediatric cases", "msoe-caseload"),
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
fn fuzzy_fallback_highlights_are_character_positions_in_non_ascii_text() {
    // "crdlg" is neither a substring nor a typo of any word, so fuzzy-matcher's indices are
    // used; they must land on the right characters after accented, CJK and emoji text.
    let text = "Élan 灌流 🫀 cardiologie";
    let marks = highlight(text, &Query::parse("crdlg"));
    let chars: Vec<char> = text.chars().collect();
    let picked: String = marks.iter().map(|&i| chars[i]).collect();
    assert_eq!(picked, "crdlg");
    assert!(
        marks.iter().all(|&i| i >= 10),
        "marks fall inside the last word: {marks:?}"
    );
}

#[test]
fn typo_matches_highlight_the_whole_misspelled_word() {
    let q = Query::parse("oxigenator");
    let text = "The oxygenator is the circuit's lung.";
    let marks = highlight(text, &q);
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(
        marks.iter().map(|&i| chars[i]).collect::<String>(),
        "oxygenator"
    );
}

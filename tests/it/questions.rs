//! Real questions, in the askers' own words (typos, filler and all), gathered from public
//! forums and program FAQ pages, each with where it was asked (`questions.json`). Prints the hit rates (answer
//! first, answer in the top 3, nothing found) and fails when they fall below the floors.

use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::load;
use serde::Deserialize;

/// One question as asked, where it was asked (address and year), and the entries that
/// answer it (any of them in the top 3 counts).
#[derive(Deserialize)]
struct Case {
    question: String,
    asked: String,
    answers: Vec<String>,
}

fn questions() -> Vec<Case> {
    serde_json::from_str(include_str!("questions.json")).unwrap()
}

#[test]
fn real_student_questions_find_their_answers() {
    let lib = Catalog::new(load::embedded().expect("embedded loads").kb);
    let questions = questions();
    for Case { answers, .. } in &questions {
        for id in answers {
            assert!(lib.find(id).is_some(), "{id} is not in the base");
        }
    }
    let (mut first, mut top3, mut empty) = (0, 0, 0);
    let mut misses = Vec::new();
    for Case {
        question: q,
        asked: source,
        answers: want,
    } in &questions
    {
        let hits = lib.search(q, 10, 60);
        let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
        let answers = |id: &&str| want.iter().any(|w| w == id);
        if ids.is_empty() {
            empty += 1;
        }
        if ids.first().is_some_and(answers) {
            first += 1;
        } else if ids.iter().take(3).any(answers) {
            println!("  second or third: {q:?}: got {:?}", &ids[..3]);
        }
        if ids.iter().take(3).any(answers) {
            top3 += 1;
        } else {
            misses.push(format!(
                "{q:?} ({source}): got {:?}",
                &ids[..ids.len().min(3)]
            ));
        }
    }
    let n = questions.len();
    let pct = |k: usize| k * 100 / n;
    println!(
        "real questions: {n}; answer first {first} ({}%), in top 3 {top3} ({}%), nothing found {empty} ({}%)",
        pct(first),
        pct(top3),
        pct(empty)
    );
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(n >= 60, "the suite needs at least 60 real questions");
    assert!(top3 * 100 >= n * 90, "top-3 rate below 90%: {misses:#?}");
    assert!(first * 100 >= n * 75, "first-hit rate below 75%");
    assert!(empty * 100 <= n * 3, "more than 3% found nothing");
}

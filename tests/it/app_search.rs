//! The explorer's search as state: typing, editing the query, moving through results,
//! opening one, the answer card, the search log and pastes (no terminal).

use perfusion_explorer::app::{Action, App, Focus, Mode};
use perfusion_explorer::kb::Pane;

use crate::app::{app, body_rows, run, typed};

#[test]
fn typing_filters_live_and_enter_opens_the_entry_in_its_pane() {
    let mut app = app(80, 24);
    run(&mut app, [Action::FocusSearch]);
    run(&mut app, typed("cell saver"));
    assert!(app.showing_results());
    assert_eq!(app.hits[0].id, "term-cell-salvage");
    run(&mut app, [Action::Open]);
    assert_eq!(app.pane, Pane::Glossary);
    assert_eq!(app.focus, Focus::Pane);
    let item = app
        .lib
        .kb
        .glossary
        .iter()
        .position(|t| t.id == "term-cell-salvage")
        .expect("term");
    assert_eq!(app.selected[Pane::Glossary.index()], item);
    // Scrolled so the opened entry is on screen.
    let m = app.metrics(Pane::Glossary).expect("metrics");
    let scroll = app.scroll[Pane::Glossary.index()];
    assert!(
        m.top(item) >= scroll && m.top(item) < scroll + usize::from(body_rows(80, 24)),
        "top {} scroll {scroll}",
        m.top(item)
    );
}

#[test]
fn one_esc_clears_the_query_and_leaves_search_and_ctrl_u_clears_only() {
    // Two Esc bytes in one read arrive as one Esc key, so one Esc must do what two did.
    let mut app = app(80, 24);
    run(&mut app, [Action::FocusSearch]);
    run(&mut app, typed("ecmo"));
    run(&mut app, [Action::ClearQuery]);
    assert_eq!((app.query.as_str(), app.mode()), ("", Mode::Search));
    run(&mut app, typed("ecmo"));
    run(&mut app, [Action::Cancel]);
    assert_eq!(app.query, "");
    assert!(app.hits.is_empty());
    assert_eq!(app.mode(), Mode::Browse);
    // The next key is a pane key again, not a letter in the query.
    run(&mut app, [Action::GoToPane(Pane::Sources)]);
    assert_eq!((app.pane, app.query.as_str()), (Pane::Sources, ""));
}

#[test]
fn result_selection_moves_and_clamps() {
    let mut app = app(80, 24);
    run(&mut app, [Action::FocusSearch]);
    run(&mut app, typed("perfusion"));
    let n = app.hits.len();
    assert!(n > 3);
    run(&mut app, [Action::Down, Action::Down]);
    assert_eq!(app.hit, 2);
    run(&mut app, (0..200).map(|_| Action::Down));
    assert_eq!(app.hit, n - 1);
    run(&mut app, (0..200).map(|_| Action::Up));
    assert_eq!(app.hit, 0);
    run(&mut app, [Action::Backspace; 20]);
    assert!(app.hits.is_empty());
}

#[test]
fn results_are_refitted_to_a_new_width_and_keep_the_selection() {
    let snippets = |a: &App| a.hits.iter().map(|h| h.snippet.clone()).collect::<Vec<_>>();
    let mut wide = app(120, 30);
    run(&mut wide, [Action::FocusSearch]);
    run(&mut wide, typed("ecmo"));
    run(&mut wide, [Action::Down, Action::Down]);
    let before = snippets(&wide);
    run(&mut wide, [Action::Resize(80, 24)]);
    let mut narrow = app(80, 24);
    run(&mut narrow, [Action::FocusSearch]);
    run(&mut narrow, typed("ecmo"));
    assert_ne!(
        before,
        snippets(&narrow),
        "the query must give width-dependent snippets"
    );
    assert_eq!(snippets(&wide), snippets(&narrow));
    assert_eq!(wide.hit, 2);
    // A height-only change leaves the results alone.
    run(&mut wide, [Action::Resize(80, 40)]);
    assert_eq!(wide.hit, 2);
    assert_eq!(snippets(&wide), snippets(&narrow));
}

#[test]
fn a_question_gets_its_answer_whole_above_the_results() {
    let mut app = app(80, 24);
    run(&mut app, [Action::FocusSearch]);
    run(&mut app, typed("how long is perfusion school"));
    assert_eq!(app.hits[0].id, "faq-length-types");
    let answer = app.answer.as_ref().expect("a question gets an answer card");
    assert!(answer.text.contains("about 1-2 years"), "{}", answer.text);
    assert!(!answer.sources.is_empty());
    // A bare word is a lookup, not a question: no card.
    run(&mut app, [Action::ClearQuery]);
    run(&mut app, typed("oxygenator"));
    assert!(app.answer.is_none());
}

#[test]
fn end_and_home_select_the_last_and_first_result() {
    let mut app = app(80, 24);
    run(&mut app, [Action::FocusSearch]);
    run(&mut app, typed("perfusion"));
    assert!(app.hit_total > app.hits.len(), "the list is capped");
    run(&mut app, [Action::Bottom]);
    assert_eq!(app.hit, app.hits.len() - 1);
    run(&mut app, [Action::Top]);
    assert_eq!(app.hit, 0);
}

#[test]
fn words_the_base_lacks_are_named() {
    let mut app = app(80, 24);
    run(&mut app, [Action::FocusSearch]);
    run(&mut app, typed("perfusion tuition xylophone"));
    assert_eq!(app.unmatched, ["xylophone"]);
    assert_eq!(app.hits[0].id, "faq-tuition");
    assert_eq!(app.hits[0].missing, ["xylophone"]);
}

#[test]
fn a_search_left_alone_for_two_seconds_is_kept_for_the_log_once() {
    let mut app = app(80, 24);
    app.log_searches = true;
    run(&mut app, [Action::FocusSearch]);
    run(&mut app, typed("gpa"));
    run(&mut app, [Action::Tick(1000)]);
    assert!(app.settled.is_empty(), "still typing");
    run(&mut app, typed(" minimum"));
    run(&mut app, [Action::Tick(1500)]);
    assert!(
        app.settled.is_empty(),
        "the clock restarts with each change"
    );
    run(&mut app, [Action::Tick(600)]);
    assert_eq!(app.settled.len(), 1);
    assert_eq!(app.settled[0].0, "gpa minimum");
    assert!(app.settled[0].1 > 0);
    run(&mut app, [Action::Tick(5000), Action::Open]);
    assert_eq!(app.settled.len(), 1, "the same search is kept once");
    // Without --log nothing is kept.
    let mut quiet = self::app(80, 24);
    run(&mut quiet, [Action::FocusSearch]);
    run(&mut quiet, typed("gpa"));
    run(&mut quiet, [Action::Tick(5000)]);
    assert!(quiet.settled.is_empty());
}

#[test]
fn the_search_box_edits_like_fzf() {
    let mut app = app(80, 24);
    run(&mut app, [Action::FocusSearch]);
    run(&mut app, typed("ecmo pay"));
    run(
        &mut app,
        [Action::CursorLeft, Action::CursorLeft, Action::CursorLeft],
    );
    run(&mut app, typed("x"));
    assert_eq!(app.query, "ecmo xpay");
    run(&mut app, [Action::Backspace]);
    assert_eq!(app.query, "ecmo pay");
    run(&mut app, [Action::CursorStart]);
    run(&mut app, typed("the "));
    assert_eq!(app.query, "the ecmo pay");
    run(&mut app, [Action::CursorEnd, Action::DeleteWord]);
    assert_eq!(app.query, "the ecmo ");
    run(
        &mut app,
        [Action::DeleteWord, Action::DeleteWord, Action::DeleteWord],
    );
    assert_eq!(app.query, "");
    assert_eq!(app.cursor, 0);
    // Accented text: the cursor counts characters, not bytes.
    run(&mut app, typed("café"));
    run(&mut app, [Action::CursorLeft, Action::Backspace]);
    assert_eq!(app.query, "caé");
}

#[test]
fn a_long_paste_is_one_insertion_cut_to_the_limit_with_a_notice() {
    use perfusion_explorer::app::MAX_QUERY_CHARS;
    let mut app = app(80, 24);
    let started = std::time::Instant::now();
    app.paste(&"ecmo \u{1b}[31m".repeat(200_000));
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "a huge paste is quick"
    );
    assert_eq!(app.focus, Focus::Search);
    assert_eq!(app.query.chars().count(), MAX_QUERY_CHARS);
    assert!(
        !app.query.contains('\u{1b}'),
        "control characters never reach the query"
    );
    assert!(app.notice.as_deref().is_some_and(|n| n.contains("cut")));
    assert!(!app.hits.is_empty());
    // Typing at the limit does nothing more.
    run(&mut app, typed("x"));
    assert_eq!(app.query.chars().count(), MAX_QUERY_CHARS);
}

//! The app state machine, driven by lists of actions with no terminal.

use perfusion_explorer::app::{Action, App, Mode};
use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::{Pane, load};

pub fn app(w: u16, h: u16) -> App {
    App::new(
        Catalog::new(load::embedded().expect("embedded loads").kb),
        w,
        h,
        &perfusion_explorer::ui::measure::MEASURE,
    )
}

/// Rows of the pane's body at a terminal size, from the layout the ui draws with.
pub fn body_rows(w: u16, h: u16) -> u16 {
    perfusion_explorer::view::layout::body_inner(perfusion_explorer::view::Rect::new(0, 0, w, h))
        .height
}

pub fn run(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    for a in actions {
        app.update(a);
    }
}

pub fn typed(s: &str) -> Vec<Action> {
    s.chars().map(Action::Input).collect()
}

#[test]
fn starts_on_the_program_pane_browsing() {
    let app = app(80, 24);
    assert_eq!(app.pane, Pane::Program);
    assert_eq!(app.mode(), Mode::Browse);
    assert!(!app.chrome.quit);
}

#[test]
fn panes_cycle_with_tab_and_jump_by_number() {
    let mut app = app(80, 24);
    run(&mut app, [Action::NextPane]);
    assert_eq!(app.pane, Pane::Compare);
    run(&mut app, [Action::PrevPane, Action::PrevPane]);
    assert_eq!(app.pane, Pane::Routes);
    run(&mut app, [Action::GoToPane(Pane::Faq)]);
    assert_eq!(app.pane, Pane::Faq);
}

#[test]
fn item_selection_keeps_the_item_on_screen_and_clamps() {
    let mut app = app(80, 24);
    run(&mut app, [Action::GoToPane(Pane::Faq)]);
    let len = app.lib.kb.faqs.len();
    run(&mut app, (0..10).map(|_| Action::Down));
    let sel = app.selected[Pane::Faq.index()];
    assert_eq!(sel, 10);
    let m = app.metrics(Pane::Faq).expect("metrics").clone();
    let scroll = app.scroll[Pane::Faq.index()];
    assert!(m.top(sel) >= scroll, "selected item starts above the view");
    run(&mut app, [Action::Bottom]);
    assert_eq!(app.selected[Pane::Faq.index()], len - 1);
    run(&mut app, [Action::Down]);
    assert_eq!(app.selected[Pane::Faq.index()], len - 1);
    run(&mut app, [Action::Top]);
    assert_eq!(
        (
            app.selected[Pane::Faq.index()],
            app.scroll[Pane::Faq.index()]
        ),
        (0, 0)
    );
}

#[test]
fn paging_scrolls_and_the_selection_follows_the_view() {
    let mut app = app(80, 24);
    run(
        &mut app,
        [
            Action::GoToPane(Pane::Sources),
            Action::PageDown,
            Action::PageDown,
        ],
    );
    let scroll = app.scroll[Pane::Sources.index()];
    assert!(scroll > 0);
    let m = app.metrics(Pane::Sources).expect("metrics");
    let sel = app.selected[Pane::Sources.index()];
    assert!(
        m.top(sel + 1) > scroll,
        "selection left behind above the view"
    );
    run(&mut app, (0..1000).map(|_| Action::PageDown));
    let max = app.scroll[Pane::Sources.index()];
    run(&mut app, [Action::PageDown]);
    assert_eq!(
        app.scroll[Pane::Sources.index()],
        max,
        "scrolling past the end"
    );
    run(&mut app, (0..1000).map(|_| Action::PageUp));
    assert_eq!(app.scroll[Pane::Sources.index()], 0);
}

#[test]
fn a_list_pane_pages_through_the_selected_item_and_keeps_the_selection_in_view() {
    use perfusion_explorer::view::Rect;
    use perfusion_explorer::view::layout::{body_inner_for, list_split};
    for (w, h) in [(60, 20), (80, 24), (120, 40)] {
        let mut a = app(w, h);
        run(&mut a, [Action::GoToPane(Pane::Roles)]);
        let rows = usize::from(
            list_split(body_inner_for(Rect::new(0, 0, w, h), true), w)
                .list
                .height,
        );
        // The perfusionist's profile is taller than any of these screens: PgDn reads it.
        assert!(a.detail_has_more(), "{w}x{h}: the profile fits?");
        run(&mut a, [Action::PageDown]);
        let one = a.detail_scroll();
        assert!(one > 0, "{w}x{h}: PgDn did not scroll the item");
        assert_eq!(
            a.selected[Pane::Roles.index()],
            0,
            "PgDn moved the selection"
        );
        run(&mut a, (0..200).map(|_| Action::PageDown));
        let end = a.detail_scroll();
        assert!(
            !a.detail_has_more(),
            "{w}x{h}: paged to the end, still more"
        );
        run(&mut a, [Action::PageDown, Action::ScrollDown(3)]);
        assert_eq!(a.detail_scroll(), end, "{w}x{h}: scrolled past the end");
        // Another item starts at its top; coming back does too.
        run(&mut a, [Action::Down]);
        assert_eq!(a.detail_scroll(), 0);
        run(&mut a, [Action::Up, Action::ScrollDown(3)]);
        assert_eq!(a.detail_scroll(), 3, "the wheel scrolls the item");
        run(&mut a, (0..200).map(|_| Action::PageUp));
        assert_eq!(a.detail_scroll(), 0);
        // Walking the FAQ list keeps the selected row on screen, one row per item.
        run(&mut a, [Action::GoToPane(Pane::Faq)]);
        let len = a.lib.kb.faqs.len();
        assert_eq!(a.metrics(Pane::Faq).map(|m| m.total), Some(len));
        for i in 1..len {
            a.update(Action::Down);
            let (sel, top) = (a.selected[Pane::Faq.index()], a.scroll[Pane::Faq.index()]);
            assert_eq!(sel, i);
            assert!(
                top <= sel && sel < top + rows,
                "{w}x{h}: row {sel} off the list ({top}+{rows})"
            );
        }
        // On the last question, ↓ reads on in its answer when it has more, then stops.
        for _ in 0..100 {
            a.update(Action::Down);
        }
        assert_eq!(a.selected[Pane::Faq.index()], len - 1);
        assert!(!a.detail_has_more());
        run(&mut a, [Action::Top]);
        assert_eq!(
            (a.selected[Pane::Faq.index()], a.scroll[Pane::Faq.index()]),
            (0, 0)
        );
    }
}

#[test]
fn a_list_pane_resized_keeps_its_selection_in_the_list() {
    use perfusion_explorer::view::Rect;
    use perfusion_explorer::view::layout::{body_inner_for, list_split};
    let mut a = app(120, 40);
    run(&mut a, [Action::GoToPane(Pane::Faq)]);
    run(&mut a, (0..30).map(|_| Action::Down));
    run(
        &mut a,
        [
            Action::GoToPane(Pane::Program),
            Action::Resize(60, 20),
            Action::GoToPane(Pane::Faq),
        ],
    );
    let rows = usize::from(
        list_split(body_inner_for(Rect::new(0, 0, 60, 20), true), 60)
            .list
            .height,
    );
    let (sel, top) = (a.selected[Pane::Faq.index()], a.scroll[Pane::Faq.index()]);
    assert_eq!(sel, 30);
    assert!(
        top <= sel && sel < top + rows,
        "row {sel} off the list ({top}+{rows})"
    );
}

#[test]
fn help_opens_filters_and_closes_without_touching_the_query() {
    let mut app = app(80, 24);
    run(&mut app, [Action::ToggleHelp]);
    assert_eq!(app.mode(), Mode::Help);
    run(&mut app, typed("quit"));
    assert_eq!(app.help().map(|h| h.filter.as_str()), Some("quit"));
    assert_eq!(app.query, "");
    run(&mut app, [Action::ClearQuery]);
    assert_eq!(app.help().map(|h| h.filter.as_str()), Some(""));
    run(&mut app, typed("quit"));
    // One Esc closes, filter and all (ESC ESC can arrive as one key).
    run(&mut app, [Action::Cancel]);
    assert!(app.help().is_none());
    run(&mut app, [Action::ToggleHelp]);
    assert_eq!(app.help().map(|h| h.filter.as_str()), Some(""));
}

#[test]
fn resize_to_tiny_and_back_keeps_state_sane() {
    let mut app = app(80, 24);
    run(&mut app, [Action::GoToPane(Pane::Faq), Action::Bottom]);
    run(
        &mut app,
        [
            Action::Resize(0, 0),
            Action::Resize(1, 1),
            Action::Resize(300, 100),
            Action::Resize(80, 24),
        ],
    );
    assert_eq!(app.selected[Pane::Faq.index()], app.lib.kb.faqs.len() - 1);
}

#[test]
fn the_sources_popup_scrolls_within_bounds_and_starts_at_the_top_for_each_item() {
    let mut app = app(80, 24);
    run(
        &mut app,
        [Action::GoToPane(Pane::Faq), Action::Down, Action::Down],
    );
    run(&mut app, [Action::ToggleSources]);
    assert_eq!(app.mode(), Mode::Sources);
    assert_eq!(app.sources_scroll(), 0);
    run(&mut app, [Action::ScrollDown(3)]);
    assert_eq!(app.sources_scroll(), 3);
    run(&mut app, vec![Action::PageDown; 20]);
    let max = app.sources_scroll();
    assert!(max > 3, "FAQ 3's sources overflow the popup at 80x24");
    run(&mut app, [Action::PageDown]);
    assert_eq!(app.sources_scroll(), max, "never past the last line");
    // The pane itself did not move while the popup scrolled.
    assert_eq!(app.selected[Pane::Faq.index()], 2);
    run(&mut app, [Action::PageUp]);
    assert!(app.sources_scroll() < max);
    run(&mut app, vec![Action::ScrollUp(3); 20]);
    assert_eq!(app.sources_scroll(), 0);
    // Closing and reopening starts at the top.
    run(
        &mut app,
        [
            Action::PageDown,
            Action::ToggleSources,
            Action::ToggleSources,
        ],
    );
    assert_eq!(app.sources_scroll(), 0);
    // So do the next item's sources.
    run(&mut app, [Action::PageDown, Action::Down]);
    assert_eq!(app.selected[Pane::Faq.index()], 3);
    assert_eq!(app.sources_scroll(), 0);
    run(&mut app, [Action::Cancel]);
    assert_eq!(app.mode(), Mode::Browse);
}

#[test]
fn quit_leaves_from_every_screen_and_a_kiosk_asks_first() {
    let screens: [Vec<Action>; 4] = [
        vec![],
        typed("ecmo"),
        vec![Action::ToggleHelp, Action::Input('q')],
        vec![Action::GoToPane(Pane::Faq), Action::ToggleSources],
    ];
    for actions in screens {
        let mut plain = app(80, 24);
        run(&mut plain, actions.clone());
        assert!(!plain.chrome.quit);
        run(&mut plain, [Action::Quit]);
        assert!(plain.chrome.quit, "{actions:?}");
        let mut kiosk = app(80, 24);
        kiosk.chrome.kiosk = true;
        run(&mut kiosk, actions.clone());
        let before = kiosk.mode();
        run(&mut kiosk, [Action::Quit]);
        assert!(
            !kiosk.chrome.quit && kiosk.mode() == Mode::Confirm,
            "{actions:?}"
        );
        run(&mut kiosk, [Action::Cancel]);
        assert_eq!(kiosk.mode(), before, "no returns to {actions:?}");
    }
}

#[test]
fn the_sources_popup_follows_the_selection_and_esc_closes_it() {
    let mut app = app(80, 24);
    run(
        &mut app,
        [Action::GoToPane(Pane::Faq), Action::ToggleSources],
    );
    assert!(app.sources_open());
    run(&mut app, [Action::Down]);
    assert!(app.sources_open(), "moving keeps it open for the new item");
    run(&mut app, [Action::Cancel]);
    assert!(!app.sources_open());
    assert_eq!(app.mode(), Mode::Browse);
    run(&mut app, [Action::ToggleSources, Action::FocusSearch]);
    assert!(!app.sources_open(), "searching closes it");
}

#[test]
fn a_notice_stays_through_resizes_and_goes_at_the_first_key() {
    let mut app = app(80, 24);
    app.notice = Some("1 warning in x.json".into());
    run(&mut app, [Action::Resize(100, 30), Action::Tick(500)]);
    assert!(app.notice.is_some());
    run(&mut app, [Action::Down]);
    assert!(app.notice.is_none());
}

use crate::synth;

#[test]
fn a_pane_of_thousands_of_items_is_measured_as_one_item_at_a_time_would() {
    use perfusion_explorer::kb::entries::pane_len;
    use perfusion_explorer::ui::Theme;
    use perfusion_explorer::ui::measure::MEASURE;
    use perfusion_explorer::ui::pane::item_lines;
    use perfusion_explorer::view::Metrics;
    use perfusion_explorer::view::layout::item_width;
    // Program sections: a document pane (list panes have rows of one line).
    let json = synth::Synth::new(21_000, 1).knowledge_base(21_000);
    let lib = Catalog::new(load::from_str(&json, "synthetic").expect("loads").kb);
    let n = pane_len(&lib.kb, Pane::Program);
    assert!(n >= 2000, "large enough to be measured on two threads: {n}");
    let m = Metrics::of_pane(&lib, Pane::Program, 60, &MEASURE);
    let mut top = 0;
    for i in 0..n {
        assert_eq!(m.top(i), top, "item {i}");
        top += item_lines(&lib, Pane::Program, i, item_width(60), &Theme::mono()).len();
    }
    assert_eq!((m.len(), m.total), (n, top));
}

#[test]
fn help_scrolls_within_its_rows_and_page_keys_work() {
    let mut app = app(80, 24);
    run(&mut app, [Action::ToggleHelp]);
    run(&mut app, (0..500).map(|_| Action::Down));
    let bottom = app.help().map(|h| h.scroll).expect("help is open");
    assert!(
        bottom > 0 && bottom < 100,
        "clamped at the last screenful: {bottom}"
    );
    run(&mut app, [Action::Up]);
    assert_eq!(
        app.help().map(|h| h.scroll),
        Some(bottom - 1),
        "Up answers at once"
    );
    run(&mut app, [Action::Top]);
    assert_eq!(app.help().map(|h| h.scroll), Some(0));
    run(&mut app, [Action::PageDown]);
    let page = app.help().map_or(0, |h| h.scroll);
    assert!(page > 5, "a page is most of the popup: {page}");
    run(&mut app, [Action::Bottom]);
    assert_eq!(app.help().map(|h| h.scroll), Some(bottom));
    run(&mut app, typed("slide"));
    run(&mut app, [Action::ClearQuery]);
    let help = app.help().expect("Ctrl-U clears, it does not close");
    assert!(help.filter.is_empty());
    run(&mut app, [Action::Cancel]);
    assert!(app.help().is_none());
}

#[test]
fn one_overlay_at_a_time_and_the_quit_prompt_gives_back_what_it_covered() {
    let mut a = app(80, 24);
    a.chrome.kiosk = true;
    run(&mut a, [Action::ToggleSources]);
    assert!(a.sources_open());
    // Help replaces the popup rather than sitting on top of a half-open one.
    run(&mut a, [Action::ToggleHelp]);
    assert!(a.help().is_some() && !a.sources_open());
    run(&mut a, [Action::Input('q'), Action::Quit]);
    assert!(a.confirming_quit() && a.help().is_none());
    // "No": back to help as it was, its filter kept.
    run(&mut a, [Action::Cancel]);
    assert!(!a.confirming_quit() && !a.chrome.quit);
    assert_eq!(a.help().map(|h| h.filter.as_str()), Some("q"));
    run(&mut a, [Action::Quit, Action::ConfirmQuit]);
    assert!(a.chrome.quit);
}

#[test]
fn down_on_a_last_item_taller_than_the_screen_reads_on_within_it() {
    let mut a = app(80, 24);
    run(&mut a, [Action::GoToPane(Pane::Compare), Action::Bottom]);
    let last = a.selected[Pane::Compare.index()];
    let top = a.scroll[Pane::Compare.index()];
    run(&mut a, [Action::Down, Action::Down, Action::Down]);
    assert_eq!(
        a.selected[Pane::Compare.index()],
        last,
        "still on the last item"
    );
    assert_eq!(
        a.scroll[Pane::Compare.index()],
        top + 3,
        "three lines further into it"
    );
    // At its very end, Down stays put.
    let mut end = a.scroll[Pane::Compare.index()];
    for _ in 0..10_000 {
        a.update(Action::Down);
        let now = a.scroll[Pane::Compare.index()];
        if now == end {
            break;
        }
        end = now;
    }
    a.update(Action::Down);
    assert_eq!(a.scroll[Pane::Compare.index()], end, "it stops at the end");
    let m = a.metrics(Pane::Compare).expect("measured");
    assert!(end + 20 >= m.total, "the end of the item is on screen");
}

#[test]
fn a_pane_left_before_a_resize_shows_its_selection_when_shown_again() {
    // ux-walk finding 10: 60x20, 2, G, 3, resize to 120x40, 2.
    let mut a = app(60, 20);
    run(
        &mut a,
        [
            Action::GoToPane(Pane::Compare),
            Action::Bottom,
            Action::GoToPane(Pane::Faq),
            Action::Resize(120, 40),
            Action::GoToPane(Pane::Compare),
        ],
    );
    let sel = a.selected[Pane::Compare.index()];
    let top = a.scroll[Pane::Compare.index()];
    let m = a.metrics(Pane::Compare).expect("measured");
    let h = usize::from(
        perfusion_explorer::view::layout::body_inner(perfusion_explorer::view::Rect::new(
            0, 0, 120, 40,
        ))
        .height,
    );
    assert!(
        m.top(sel) < top + h && m.top(sel + 1) > top,
        "item {sel} (lines {}..{}) is off the screen (lines {top}..{})",
        m.top(sel),
        m.top(sel + 1),
        top + h
    );
}

//! Snapshots of every screen at 80x24 and 120x40 (and the too-small screen), plus style
//! assertions that snapshots cannot see: highlights, selection and the mono theme.

use perfusion_explorer::app::{Action, App};
use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::{Pane, load};
use perfusion_explorer::ui::{self, Theme};
use perfusion_explorer::view::layout;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

fn app(w: u16, h: u16, actions: &[Action]) -> App {
    let mut app = App::new(
        Catalog::new(load::embedded().expect("embedded loads").kb),
        w,
        h,
        &perfusion_explorer::ui::measure::MEASURE,
    );
    for a in actions {
        app.update(*a);
    }
    app
}

fn draw(app: &App, theme: &Theme) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).expect("test terminal");
    t.draw(|f| ui::render(app, theme, f)).expect("draw");
    t
}

fn typed(s: &str) -> Vec<Action> {
    std::iter::once(Action::FocusSearch)
        .chain(s.chars().map(Action::Input))
        .collect()
}

fn screens() -> Vec<(&'static str, Vec<Action>)> {
    vec![
        ("program", vec![]),
        ("compare", vec![Action::GoToPane(Pane::Compare)]),
        (
            "compare_pay",
            vec![Action::GoToPane(Pane::Compare), Action::Bottom],
        ),
        ("roles", vec![Action::GoToPane(Pane::Roles)]),
        ("faq", vec![Action::GoToPane(Pane::Faq)]),
        ("glossary", vec![Action::GoToPane(Pane::Glossary)]),
        ("sources", vec![Action::GoToPane(Pane::Sources)]),
        ("routes", vec![Action::GoToPane(Pane::Routes)]),
        ("fit", vec![Action::OpenFit]),
        (
            "fit_result",
            vec![
                Action::OpenFit,
                Action::Choose(1),
                Action::Choose(2),
                Action::Choose(2),
                Action::Choose(1),
                Action::Choose(1),
                Action::Choose(2),
                Action::Choose(2),
                Action::Choose(1),
                Action::Choose(1),
            ],
        ),
        ("results", typed("cell saver")),
        ("no_results", typed("zzqqxx")),
        ("answer", typed("how long is perfusion school")),
        ("help", vec![Action::ToggleHelp]),
        (
            "sources_popup",
            vec![
                Action::GoToPane(Pane::Faq),
                Action::Down,
                Action::ToggleSources,
            ],
        ),
    ]
}

#[test]
fn every_screen_at_80x24_and_120x40() {
    for (w, h) in [(80, 24), (120, 40)] {
        for (name, actions) in screens() {
            let t = draw(&app(w, h, &actions), &Theme::default_theme());
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), t.backend());
        }
    }
}

#[test]
fn small_screens() {
    let t = draw(
        &app(60, 20, &[Action::GoToPane(Pane::Compare)]),
        &Theme::default_theme(),
    );
    insta::assert_snapshot!("compare_60x20", t.backend());
    let t = draw(&app(30, 8, &[]), &Theme::default_theme());
    insta::assert_snapshot!("too_small_30x8", t.backend());
}

fn cells_with<'a>(buf: &'a Buffer, text: &str) -> Vec<&'a ratatui::buffer::Cell> {
    // All cells of the first row that contains `text`, from where it starts.
    let area = buf.area;
    // Below the tab and search bars, which echo the query.
    for y in 4..area.height {
        let row: String = (0..area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        if let Some(byte) = row.find(text) {
            let start = row[..byte].chars().count() as u16;
            return (start..start + text.chars().count() as u16)
                .map(|x| &buf[(x, y)])
                .collect();
        }
    }
    panic!("{text:?} not on screen");
}

#[test]
fn matched_characters_are_bold_and_underlined_not_colour_alone() {
    for theme in [
        Theme::default_theme(),
        Theme::mono(),
        Theme::high_contrast(),
    ] {
        let t = draw(&app(80, 24, &typed("salvage")), &theme);
        let cells = cells_with(t.backend().buffer(), "salvage");
        for c in cells {
            assert!(
                c.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED),
                "{:?}",
                theme.name
            );
        }
    }
}

#[test]
fn the_query_words_stay_marked_in_the_item_opened_from_the_results() {
    let mut actions = typed("oxygenator membrane");
    actions.push(Action::Open);
    let a = app(80, 24, &actions);
    assert_ne!(a.pane, Pane::Program, "a result was opened");
    let t = draw(&a, &Theme::mono());
    let marked = |word: &str| {
        cells_with(t.backend().buffer(), word)
            .iter()
            .all(|c| c.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED))
    };
    assert!(
        marked("oxygenator") || marked("Oxygenator"),
        "the query word is marked"
    );
    // A new query forgets the opened item's marks.
    let mut actions = actions.clone();
    actions.extend([Action::FocusSearch, Action::Backspace, Action::Open]);
    assert!(app(80, 24, &actions).opened.is_some());
    let mut cleared = app(80, 24, &typed("oxygenator membrane"));
    cleared.update(Action::Open);
    cleared.update(Action::FocusSearch);
    cleared.update(Action::Input('s'));
    assert_eq!(cleared.opened, None);
}

#[test]
fn the_help_filter_is_marked_where_each_row_holds_it() {
    let mut actions = vec![Action::ToggleHelp];
    actions.extend("page".chars().map(Action::Input));
    let t = draw(&app(80, 24, &actions), &Theme::mono());
    let buf = t.backend().buffer();
    let mut rows = 0;
    for y in 0..buf.area.height {
        let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        // The popup's title repeats the filter; the rows below it are what count.
        let Some(byte) = row.find("page").filter(|_| !row.contains("Keys matching")) else {
            continue;
        };
        rows += 1;
        let start = row[..byte].chars().count() as u16;
        for x in start..start + 4 {
            let m = buf[(x, y)].modifier;
            assert!(
                m.contains(Modifier::BOLD | Modifier::UNDERLINED),
                "row {y}: {row}"
            );
        }
        // The rest of the description is not marked.
        let after = buf[(start + 5, y)].modifier;
        assert!(!after.contains(Modifier::UNDERLINED), "row {y}: {row}");
    }
    // The explorer's PgDn/PgUp and the results' and help's own page keys.
    assert!(rows >= 4, "{rows} rows hold \"page\"");
}

#[test]
fn the_selected_result_is_reversed() {
    let t = draw(&app(80, 24, &typed("ecmo")), &Theme::mono());
    let buf = t.backend().buffer();
    // The first result is the body's first row; the next starts a result's height below.
    let body = layout::body_inner(ratatui::layout::Rect::new(0, 0, 80, 24));
    let cols = body.left()..body.right();
    let row: Vec<_> = cols.clone().map(|x| buf[(x, body.y)].modifier).collect();
    assert!(row.iter().all(|m| m.contains(Modifier::REVERSED)));
    let next_y = body.y + ui::results::LINES_PER_HIT;
    let next: Vec<_> = cols.map(|x| buf[(x, next_y)].modifier).collect();
    assert!(next.iter().all(|m| !m.contains(Modifier::REVERSED)));
}

#[test]
fn the_mono_theme_sets_no_colour_anywhere() {
    for (_, actions) in screens() {
        let t = draw(&app(120, 40, &actions), &Theme::mono());
        for c in t.backend().buffer().content() {
            assert_eq!((c.fg, c.bg), (Color::Reset, Color::Reset));
        }
    }
}

#[test]
fn without_colour_each_mark_keeps_a_style_of_its_own() {
    let t = draw(
        &app(80, 24, &[Action::GoToPane(Pane::Compare), Action::Bottom]),
        &Theme::mono(),
    );
    let cells = cells_with(t.backend().buffer(), "DISPUTED");
    assert!(!cells.is_empty());
    assert!(cells.iter().all(|c| c.modifier.contains(Modifier::BOLD)));
    // A search match, a low-trust citation, the selected result and DISPUTED must not be
    // told apart by colour alone (ux-walk finding 19).
    let m = Theme::mono();
    let marks = [m.matched, m.trust_low, m.result_selected, m.disputed];
    for (i, a) in marks.iter().enumerate() {
        for b in &marks[i + 1..] {
            assert_ne!(a, b);
        }
    }
}

fn screen_text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// At 80x24 an FAQ citing four sources overflows the popup: the border says so, PgDn
/// brings the last source into view, and the mark goes once the end is shown.
#[test]
fn the_sources_popup_shows_there_is_more_and_scrolls_to_it() {
    let open = [
        Action::GoToPane(Pane::Faq),
        Action::Down,
        Action::Down,
        Action::ToggleSources,
    ];
    let mut app = app(80, 24, &open);
    let first = screen_text(&draw(&app, &Theme::default_theme()));
    assert!(first.contains("↓ more: PgDn"), "{first}");
    assert!(!first.contains("micro-credential"), "{first}");
    for _ in 0..5 {
        app.update(Action::PageDown);
    }
    let end = screen_text(&draw(&app, &Theme::default_theme()));
    assert!(!end.contains("↓ more"), "{end}");
    assert!(
        end.contains("-membrane-oxygenation-micro-credential"),
        "{end}"
    );
    // The last line of the last source sits on the popup's last row: no blank overrun.
    let rows: Vec<&str> = end.lines().collect();
    let last = rows
        .iter()
        .position(|r| r.contains("-membrane-oxygenation-micro-credential"))
        .expect("last line shown");
    assert!(rows[last + 1].contains("└ ↑ ─"), "{end}");
}

/// Every pane's tab stays on the bar at every usable width, down to the 40-column minimum.
#[test]
fn every_tab_shows_at_every_usable_width() {
    for w in 40..=200u16 {
        let t = draw(&app(w, 12, &[]), &Theme::default_theme());
        let bar = screen_text(&t)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string();
        for n in 1..=Pane::ALL.len() {
            assert!(
                bar.contains(&format!(" {n} ")) || bar.contains(&format!(" {n}")),
                "tab {n} missing at {w}: {bar:?}"
            );
        }
        assert!(bar.trim_end().chars().count() <= usize::from(w));
    }
    let narrow = screen_text(&draw(&app(40, 12, &[]), &Theme::default_theme()));
    assert!(
        narrow.starts_with(" 1Prog 2Comp 3Role 4FAQ 5Glos 6Src 7Rte"),
        "{narrow}"
    );
}

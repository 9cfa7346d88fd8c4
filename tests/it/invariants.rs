//! The product's promise, checked over every screen a reader can scroll to: every fact a
//! pane shows is drawn whole with its source marker after it, at every size, in every pane
//! that holds facts. (The slides have the same check in `present.rs`.) Screens are read
//! from the pane's own geometry (`view::layout`), one viewport at a time, never overlapping.

use perfusion_explorer::app::{Action, App};
use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::entries::pane_len;
use perfusion_explorer::kb::items::{item_facts, marker};
use perfusion_explorer::kb::{Pane, load};
use perfusion_explorer::ui::{self, Theme};
use perfusion_explorer::view::{Rect, layout};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::text::squash;

/// The whole of a pane as drawn, top to bottom, split into the columns a table draws
/// ("│"); each column squashed.
fn pane_text(pane: Pane, w: u16, h: u16) -> Vec<String> {
    let lib = Catalog::new(load::embedded().expect("embedded loads").kb);
    let mut app = App::new(lib, w, h, &ui::measure::MEASURE);
    app.update(Action::GoToPane(pane));
    let body = layout::body_inner(Rect::new(0, 0, w, h));
    let height = usize::from(body.height);
    let mut columns: Vec<String> = Vec::new();
    let mut top = app.scroll[pane.index()];
    // Rows of this page already read on the one before (the last page stops at the end).
    let mut skip = 0;
    loop {
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
        t.draw(|f| ui::render(&app, &Theme::mono(), f))
            .expect("draw");
        let buf = t.backend().buffer();
        for y in body.y + u16::try_from(skip).unwrap()..body.bottom() {
            // The selection gutter is not text.
            let row: String = (body.x + layout::GUTTER..body.right())
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect();
            for (i, cell) in row.split('│').enumerate() {
                if columns.len() <= i {
                    columns.push(String::new());
                }
                columns[i].push(' ');
                columns[i].push_str(cell);
            }
        }
        app.update(Action::ScrollDown(u16::try_from(height).unwrap()));
        let now = app.scroll[pane.index()];
        if now == top {
            break;
        }
        skip = (top + height).saturating_sub(now);
        top = now;
    }
    columns.iter().map(|c| squash(c)).collect()
}

/// A list pane's item as drawn beside or below its list, paged through with PgDn, squashed.
fn item_text(app: &mut App, pane: Pane, item: usize) -> String {
    let (w, h) = app.size;
    app.update(Action::SelectItem(item));
    assert_eq!(app.selected[pane.index()], item);
    let area = app.detail_area();
    let mut text = String::new();
    let mut seen = 0usize;
    loop {
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
        t.draw(|f| ui::render(app, &Theme::mono(), f))
            .expect("draw");
        let buf = t.backend().buffer();
        let top = app.detail_scroll();
        // Lines of this page the one before already read.
        let skip = seen.saturating_sub(top);
        for y in area.y + u16::try_from(skip).unwrap()..area.bottom() {
            let row: String = (area.x..area.right())
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect();
            text.push(' ');
            text.push_str(&row);
        }
        seen = top + usize::from(area.height);
        app.update(Action::PageDown);
        if app.detail_scroll() == top {
            break;
        }
    }
    squash(&text)
}

#[test]
fn every_fact_a_list_pane_shows_is_drawn_whole_with_its_marker() {
    let kb = load::embedded().expect("embedded loads").kb;
    let mut checked = 0;
    for (w, h) in [(60, 20), (80, 24), (120, 40), (160, 45)] {
        let lib = Catalog::new(load::embedded().expect("embedded loads").kb);
        let mut app = App::new(lib, w, h, &ui::measure::MEASURE);
        for pane in [Pane::Roles, Pane::Faq, Pane::Glossary, Pane::Routes] {
            app.update(Action::GoToPane(pane));
            assert!(app.list_view());
            for item in 0..pane_len(&kb, pane) {
                let text = item_text(&mut app, pane, item);
                for fact in item_facts(&kb, pane, item) {
                    let mut wants = vec![squash(&fact.text) + &marker(&kb, &fact.sources)];
                    if let Some(d) = &fact.dispute {
                        wants.push(squash(&d.says) + &marker(&kb, &d.sources));
                    }
                    for want in wants {
                        assert!(
                            text.contains(&want),
                            "{w}x{h}, {pane:?} item {item}: not drawn whole with its marker: {want:?}\nin {text}"
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} facts checked");
}

#[test]
fn every_fact_a_pane_shows_is_drawn_whole_with_its_marker() {
    let kb = load::embedded().expect("embedded loads").kb;
    let mut checked = 0;
    for (w, h) in [(60, 20), (80, 24), (120, 40), (160, 45)] {
        for pane in [Pane::Program, Pane::Compare] {
            let columns = pane_text(pane, w, h);
            for item in 0..pane_len(&kb, pane) {
                for fact in item_facts(&kb, pane, item) {
                    let mut wants = vec![squash(&fact.text) + &marker(&kb, &fact.sources)];
                    if let Some(d) = &fact.dispute {
                        wants.push(squash(&d.says) + &marker(&kb, &d.sources));
                    }
                    for want in wants {
                        let shown = columns.iter().any(|c| c.contains(&want));
                        assert!(
                            shown,
                            "{w}x{h}, {pane:?} item {item}: not drawn whole with its marker: {want:?}"
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 300, "only {checked} facts checked");
}

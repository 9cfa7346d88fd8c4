//! A pane as a scrollable document of items: each item's lines, and drawing the visible
//! ones with a marker beside the selected item.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::facts::{Fit, MAX_FACTS_SHOWN};
use super::theme::Theme;
use super::wrap::paragraph;
use super::{compare, faq, glossary, program, roles, routes, sources};
use crate::app::App;
use crate::catalog::Catalog;
use crate::kb::Pane;
use crate::view::layout::{GUTTER, item_width};

/// The lines of one item as the explorer shows it (at most `MAX_FACTS_SHOWN` facts per
/// list), blank separator included, at a content width.
pub fn item_lines(
    lib: &Catalog,
    pane: Pane,
    item: usize,
    width: u16,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let fit = Fit {
        width,
        theme,
        max_facts: MAX_FACTS_SHOWN,
    };
    item_lines_fit(lib, pane, item, fit)
}

/// The lines of one item with every fact (`show`, plain mode), blank separator included.
pub fn item_lines_all(
    lib: &Catalog,
    pane: Pane,
    item: usize,
    width: u16,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let fit = Fit {
        width,
        theme,
        max_facts: usize::MAX,
    };
    item_lines_fit(lib, pane, item, fit)
}

fn item_lines_fit(lib: &Catalog, pane: Pane, item: usize, fit: Fit<'_>) -> Vec<Line<'static>> {
    let kb = &lib.kb;
    let (width, theme) = (fit.width, fit.theme);
    let mut lines = match pane {
        Pane::Program => program::item(kb, item, fit),
        Pane::Compare => return compare::item(kb, item, width, theme),
        Pane::Roles => roles::item(kb, item, fit),
        Pane::Faq => faq::item(kb, item, fit),
        Pane::Glossary => glossary::item(kb, item, fit),
        Pane::Sources => sources::item(lib, item, width, theme),
        Pane::Routes => routes::item(kb, item, fit),
    };
    lines.push(Line::default());
    lines
}

/// Draws the visible part of the app's current pane into `area` (inside its block).
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let pane = app.pane;
    let (lib, selected, scroll) = (
        &app.lib,
        app.selected[pane.index()],
        app.scroll[pane.index()],
    );
    let Some(m) = app.metrics(pane) else { return };
    if area.is_empty() {
        return;
    }
    if m.is_empty() {
        paragraph("Nothing here in this knowledge base.", theme.dim, area, buf);
        return;
    }
    let width = item_width(area.width);
    // The query's words, marked in the item opened from the results.
    let roots = match app.opened {
        Some(opened) if opened.0 == pane && !app.query.is_empty() => {
            crate::search::Query::parse(&app.query).roots
        }
        _ => Vec::new(),
    };
    let mut item = m.item_at(scroll);
    let mut skip = scroll.saturating_sub(m.top(item));
    let mut y = area.y;
    while y < area.bottom() && item < m.len() {
        let marker = if item == selected {
            Span::styled("▌ ", theme.selected_bar)
        } else {
            Span::raw("  ")
        };
        for line in item_lines(lib, pane, item, width, theme)
            .into_iter()
            .skip(skip)
        {
            if y >= area.bottom() {
                break;
            }
            let line = if app.opened == Some((pane, item)) {
                super::highlight::query_words(line, &roots, theme.matched)
            } else {
                line
            };
            let mut spans = vec![marker.clone()];
            spans.extend(line.spans);
            let line = Line::from(spans);
            buf.set_line(area.x, y, &line, area.width);
            if theme.links
                && pane == Pane::Sources
                && let Some(url) = lib.kb.sources.get(item).and_then(|s| s.url.as_deref())
            {
                // The address line is drawn after the gutter, which is not part of it.
                let rest = Line::from(line.spans[1..].to_vec());
                let x = area.x.saturating_add(GUTTER);
                super::links::mark(buf, x, y, area.width.saturating_sub(GUTTER), &rest, url);
            }
            y += 1;
        }
        skip = 0;
        item += 1;
    }
}

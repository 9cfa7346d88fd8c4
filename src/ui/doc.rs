//! A pane as a scrollable document of items: measuring item heights, and drawing the
//! visible lines with a marker beside the selected item.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::theme::Theme;
use super::wrap::paragraph;
use super::{compare, faq, glossary, program, sources};
use crate::app::App;
use crate::kb::Pane;
use crate::kb::entries::pane_len;
use crate::library::Library;

/// Columns left of each item for the selection marker.
pub const GUTTER: u16 = 2;

/// Line offsets of a pane's items at one width.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metrics {
    /// tops[i] is the first line of item i; the last entry is the total.
    tops: Vec<usize>,
    pub total: usize,
}

impl Metrics {
    pub fn len(&self) -> usize {
        self.tops.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// First line of item `i` (the total for any `i` past the end).
    pub fn top(&self, i: usize) -> usize {
        self.tops.get(i).copied().unwrap_or(self.total)
    }

    /// The item that holds `line`.
    pub fn item_at(&self, line: usize) -> usize {
        self.tops
            .partition_point(|&t| t <= line)
            .saturating_sub(1)
            .min(self.len().saturating_sub(1))
    }
}

/// The lines of one item, blank separator included, at a content width.
pub fn item_lines(
    lib: &Library,
    pane: Pane,
    item: usize,
    width: u16,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let kb = &lib.kb;
    let mut lines = match pane {
        Pane::Program => program::item(kb, item, width, theme),
        Pane::Compare => return compare::item(kb, item, width, theme),
        Pane::Faq => faq::item(kb, item, width, theme),
        Pane::Glossary => glossary::item(kb, item, width, theme),
        Pane::Sources => sources::item(lib, item, width, theme),
    };
    lines.push(Line::default());
    lines
}

pub fn metrics(lib: &Library, pane: Pane, inner_width: u16) -> Metrics {
    let width = inner_width.saturating_sub(GUTTER + 1).max(1);
    let n = pane_len(&lib.kb, pane);
    let heights = |range: std::ops::Range<usize>| -> Vec<usize> {
        let theme = Theme::mono();
        range
            .map(|i| item_lines(lib, pane, i, width, &theme).len())
            .collect()
    };
    // A pane of thousands of items (a large --data file) is measured on two threads.
    let mid = n / 2;
    let (mut heights, second) =
        crate::par::join(n >= PARALLEL_FROM, || heights(0..mid), || heights(mid..n));
    heights.extend(second);
    let mut tops = Vec::with_capacity(n + 1);
    let mut total = 0;
    for h in heights {
        tops.push(total);
        total += h;
    }
    tops.push(total);
    Metrics { tops, total }
}

/// From this many items a pane is measured on two threads.
const PARALLEL_FROM: usize = 2_000;

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
    let width = area.width.saturating_sub(GUTTER + 1).max(1);
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
            let mut spans = vec![marker.clone()];
            spans.extend(line.spans);
            buf.set_line(area.x, y, &Line::from(spans), area.width);
            y += 1;
        }
        skip = 0;
        item += 1;
    }
}

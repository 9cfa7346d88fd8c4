//! The tab bar: the app's name and one numbered tab per pane.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::kb::Pane;
use crate::view::layout::cells;

const APP_NAME: &str = " Perfusion Explorer ";

/// A way of naming the panes.
type Names = fn(Pane) -> &'static str;

/// Whether to show the app's name, and which tab names: the first of these that fits.
/// Readable tab names matter more than the app's name.
const CHOICES: [(bool, Names); 5] = [
    (true, Pane::title),
    (true, Pane::short),
    (false, Pane::title),
    (false, Pane::short),
    (false, tiny),
];

/// Names that still fit every tab beside each other at the narrowest usable width.
fn tiny(pane: Pane) -> &'static str {
    match pane {
        Pane::Program => "Prog",
        Pane::Compare => "Comp",
        Pane::Roles => "Role",
        Pane::Faq => "FAQ",
        Pane::Glossary => "Glos",
        Pane::Sources => "Src",
        Pane::Routes => "Rte",
    }
}

/// Whether the app's name fits too, and the label of each tab.
fn labels(width: u16) -> (bool, Vec<String>) {
    let set = |name: Names| -> Vec<String> {
        Pane::ALL
            .iter()
            .enumerate()
            .map(|(i, &p)| format!(" {} {} ", i + 1, name(p)))
            .collect()
    };
    let total = |v: &[String]| v.iter().map(|s| s.width()).sum::<usize>();
    let w = usize::from(width);
    for (with_name, name) in CHOICES {
        let labels = set(name);
        let name_width = if with_name { APP_NAME.width() + 1 } else { 0 };
        if name_width + total(&labels) <= w {
            return (with_name, labels);
        }
    }
    // The narrowest usable width: tiny names against their numbers, one space between tabs.
    let compact = Pane::ALL
        .iter()
        .enumerate()
        .map(|(i, &p)| format!(" {}{}", i + 1, tiny(p)))
        .collect();
    (false, compact)
}

/// The x range of each tab, for mouse clicks.
pub fn ranges(area: Rect) -> Vec<(u16, u16, Pane)> {
    let (with_name, labels) = labels(area.width);
    let mut x = area.x
        + if with_name {
            cells(APP_NAME.width()) + 1
        } else {
            0
        };
    let mut out = Vec::new();
    for (label, pane) in labels.iter().zip(Pane::ALL) {
        let w = cells(label.width());
        out.push((x, x.saturating_add(w), pane));
        x = x.saturating_add(w);
    }
    out
}

pub fn render(active: Pane, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let (with_name, labels) = labels(area.width);
    let mut spans = Vec::new();
    if with_name {
        spans.push(Span::styled(APP_NAME, theme.heading));
        spans.push(Span::raw(" "));
    }
    for (label, pane) in labels.into_iter().zip(Pane::ALL) {
        let style = if pane == active {
            theme.tab_active
        } else {
            theme.tab
        };
        spans.push(Span::styled(label, style));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

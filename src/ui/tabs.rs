//! The tab bar: the app's name and one numbered tab per pane.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::kb::Pane;

const APP_NAME: &str = " Perfusion Explorer ";

fn labels(width: u16) -> (bool, Vec<String>) {
    let long: Vec<String> = Pane::ALL
        .iter()
        .enumerate()
        .map(|(i, p)| format!(" {} {} ", i + 1, p.title()))
        .collect();
    let short: Vec<String> = Pane::ALL
        .iter()
        .enumerate()
        .map(|(i, p)| format!(" {} {} ", i + 1, p.short()))
        .collect();
    let total = |v: &[String]| v.iter().map(|s| s.width()).sum::<usize>();
    let w = usize::from(width);
    if APP_NAME.width() + 1 + total(&long) <= w {
        (true, long)
    } else if APP_NAME.width() + 1 + total(&short) <= w {
        (true, short)
    } else {
        (false, short)
    }
}

/// The x range of each tab, for mouse clicks.
pub fn ranges(area: Rect) -> Vec<(u16, u16, Pane)> {
    let (with_name, labels) = labels(area.width);
    let mut x = area.x
        + if with_name {
            APP_NAME.width() as u16 + 1
        } else {
            0
        };
    let mut out = Vec::new();
    for (label, pane) in labels.iter().zip(Pane::ALL) {
        let w = label.width() as u16;
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

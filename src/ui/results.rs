//! The live search results list: kind, highlighted title and snippet per hit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::highlight::spans;
use super::theme::Theme;
use crate::search::HitView;

pub const LINES_PER_HIT: u16 = 2;

/// The first hit shown, keeping the selected one on screen.
pub fn first_visible(selected: usize, height: u16) -> usize {
    let visible = usize::from((height / LINES_PER_HIT).max(1));
    selected.saturating_sub(visible - 1)
}

pub fn render(
    query: &str,
    hits: &[HitView],
    selected: usize,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    if area.is_empty() {
        return;
    }
    if hits.is_empty() {
        let msg = format!(
            "No matches for \"{query}\". Try fewer words, another spelling, or browse the panes (Esc)."
        );
        super::wrap::paragraph(&msg, theme.dim, area, buf);
        return;
    }
    let top = first_visible(selected, area.height);
    let mut y = area.y;
    for (i, hit) in hits.iter().enumerate().skip(top) {
        if y >= area.bottom() {
            break;
        }
        let is_sel = i == selected;
        let row = |s: ratatui::style::Style| {
            if is_sel {
                s.patch(theme.result_selected)
            } else {
                s
            }
        };
        let mut title = vec![
            Span::styled(if is_sel { "▶ " } else { "  " }, row(theme.selected_bar)),
            Span::styled(format!("{:<8}", hit.kind.label()), row(theme.kind)),
        ];
        title.extend(spans(
            &hit.title,
            &hit.title_marks,
            row(theme.base),
            row(theme.matched),
        ));
        buf.set_line(area.x, y, &Line::from(title), area.width);
        if is_sel {
            buf.set_style(Rect::new(area.x, y, area.width, 1), theme.result_selected);
        }
        y += 1;
        if y >= area.bottom() {
            break;
        }
        let mut snippet = vec![Span::raw("    ")];
        snippet.extend(spans(
            &hit.snippet,
            &hit.snippet_marks,
            theme.dim,
            theme.matched,
        ));
        buf.set_line(area.x, y, &Line::from(snippet), area.width);
        y += 1;
    }
}

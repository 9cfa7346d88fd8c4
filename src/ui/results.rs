//! The live search results list: kind, highlighted title and snippet per hit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::highlight::spans;
use super::theme::Theme;
use crate::search::HitView;

pub const LINES_PER_HIT: u16 = 2;

/// The answer card's rows (its lines and a rule under them) and the list's, from `area`:
/// the card only when it fits whole in half the area, so the list always keeps room.
pub fn split(card_lines: usize, area: Rect) -> (Rect, Rect) {
    let rows = u16::try_from(card_lines)
        .unwrap_or(u16::MAX)
        .saturating_add(1);
    if card_lines == 0 || rows > area.height / 2 {
        return (Rect::new(area.x, area.y, area.width, 0), area);
    }
    let card = Rect::new(area.x, area.y, area.width, rows);
    let list = Rect::new(area.x, area.y + rows, area.width, area.height - rows);
    (card, list)
}

/// The answer card: the best hit's first fact, whole, with its source markers.
pub fn render_card(lines: Vec<Line<'static>>, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    for (i, line) in lines.into_iter().enumerate() {
        buf.set_line(
            area.x,
            area.y.saturating_add(crate::view::layout::cells(i)),
            &line,
            area.width,
        );
    }
    let rule = "─".repeat(usize::from(area.width));
    buf.set_string(area.x, area.bottom() - 1, rule, theme.border);
}

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
            "No matches for \"{query}\": the knowledge base does not cover it. Try fewer words or \
             another spelling, browse the panes (Esc), or ask the program (search \"contact\")."
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
        let title = super::wrap::cut_line(Line::from(title), usize::from(area.width));
        buf.set_line(area.x, y, &title, area.width);
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

//! The search bar, always visible at the top.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;

/// Draws the bar; returns where the cursor goes when it has focus.
pub fn render(
    query: &str,
    focused: bool,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let border = if focused {
        theme.border_focused
    } else {
        theme.border
    };
    let title = if focused {
        " Search: Enter opens · Esc clears "
    } else {
        " Search (press /) "
    };
    let block = Block::bordered()
        .border_style(border)
        .title(Line::styled(title, border));
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.is_empty() {
        return None;
    }
    let prompt = Span::styled("› ", theme.key);
    let avail = usize::from(inner.width.saturating_sub(3));
    // Show the end of a long query, where the typing happens.
    let mut shown = query;
    while shown.width() > avail {
        let mut chars = shown.chars();
        chars.next();
        shown = chars.as_str();
    }
    let text = if query.is_empty() && !focused {
        Span::styled("press / to search everything", theme.dim)
    } else {
        Span::styled(shown.to_string(), theme.base)
    };
    buf.set_line(
        inner.x,
        inner.y,
        &Line::from(vec![prompt, text]),
        inner.width,
    );
    focused.then(|| Position::new(inner.x + 2 + shown.width() as u16, inner.y))
}

//! The search bar, always visible at the top.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;

/// Draws the bar, with the knowledge base's own title on its right where it fits; returns
/// where the cursor goes when it has focus.
pub fn render(
    base_title: &str,
    query: &str,
    cursor: usize,
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
    let mut block = Block::bordered()
        .border_style(border)
        .title(Line::styled(title, border));
    // Which base this is (issue 15, B4): the app's name is the same for every base.
    let room = usize::from(area.width).saturating_sub(title.width() + 6);
    if room >= 12 && !base_title.trim().is_empty() {
        let shown = super::wrap::ellipsize(base_title, room);
        block = block.title(Line::styled(format!(" {shown} "), theme.border).right_aligned());
    }
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.is_empty() {
        return None;
    }
    let prompt = Span::styled("› ", theme.key);
    let avail = usize::from(inner.width.saturating_sub(3));
    // A long query scrolls so the cursor stays in view.
    let chars: Vec<char> = query.chars().collect();
    let cursor = cursor.min(chars.len());
    let width = |cs: &[char]| cs.iter().collect::<String>().width();
    let mut start = 0;
    while start < cursor && width(&chars[start..cursor]) > avail {
        start += 1;
    }
    let mut end = cursor;
    while end < chars.len() && width(&chars[start..=end]) <= avail {
        end += 1;
    }
    let shown: String = chars[start..end].iter().collect();
    let cursor_col = width(&chars[start..cursor]);
    let text = if query.is_empty() && !focused {
        Span::styled("press / to search everything", theme.dim)
    } else {
        Span::styled(shown, theme.base)
    };
    buf.set_line(
        inner.x,
        inner.y,
        &Line::from(vec![prompt, text]),
        inner.width,
    );
    let col = u16::try_from(cursor_col).unwrap_or(u16::MAX);
    focused.then(|| Position::new(inner.x.saturating_add(2).saturating_add(col), inner.y))
}

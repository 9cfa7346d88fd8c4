//! The footer: key hints for the current mode, from the keymap, and where you are.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::app::Action;
use crate::app::hints::hints_where;
use crate::app::keymap::Mode;

/// `offer`: whether a key's action means anything now (no "open result" over an empty
/// list, no "more sources" at the end of them).
pub fn render(
    mode: Mode,
    kiosk: bool,
    offer: &dyn Fn(Action) -> bool,
    position: &str,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let mut spans = Vec::new();
    let mut used = 0usize;
    let room = usize::from(area.width).saturating_sub(position.width() + 1);
    for (key, desc) in hints_where(mode, kiosk, offer) {
        let w = key.width() + desc.width() + 3;
        if used + w > room {
            break;
        }
        spans.push(Span::styled(format!(" {key}"), theme.key));
        spans.push(Span::styled(format!(" {desc} "), theme.dim));
        used += w;
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    if !position.is_empty() && usize::from(area.width) > position.width() {
        let x = area
            .right()
            .saturating_sub(crate::view::layout::cells(position.width()));
        buf.set_string(x, area.y, position, theme.dim);
    }
}

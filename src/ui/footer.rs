//! The footer: key hints for the current mode, from the keymap, and where you are.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::app::Action;
use crate::app::keymap::{Mode, hints_where};

/// `no_results`: a search found nothing, so keys that open or move through results are
/// not offered.
pub fn render(
    mode: Mode,
    kiosk: bool,
    no_results: bool,
    position: &str,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let mut spans = Vec::new();
    let mut used = 0usize;
    let room = usize::from(area.width).saturating_sub(position.width() + 1);
    let keep = |a: Action| {
        !(no_results
            && mode == Mode::Search
            && matches!(
                a,
                Action::Open
                    | Action::Up
                    | Action::Down
                    | Action::PageUp
                    | Action::PageDown
                    | Action::Top
                    | Action::Bottom
            ))
    };
    for (key, desc) in hints_where(mode, kiosk, keep) {
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

//! The screen shown when the terminal is smaller than the layout needs.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::theme::Theme;
use super::wrap::{draw_lines, wrap};
use crate::view::layout::{MIN_HEIGHT, MIN_WIDTH};

pub fn message(area: Rect) -> String {
    format!(
        "Terminal too small: need {MIN_WIDTH}x{MIN_HEIGHT}, now {}x{}. Enlarge the window or make the font smaller; q quits.",
        area.width, area.height
    )
}

pub fn render(theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let msg = message(area);
    let lines = wrap(
        &[(&msg, theme.heading)],
        area.width,
        ("", theme.base),
        ("", theme.base),
    );
    // Centred vertically, so it is the first thing seen in a sliver of a window.
    let top = area
        .height
        .saturating_sub(crate::view::layout::cells(lines.len()))
        / 2;
    draw_lines(
        &lines,
        Rect {
            y: area.y + top,
            height: area.height - top,
            ..area
        },
        buf,
    );
}

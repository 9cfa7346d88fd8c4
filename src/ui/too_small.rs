//! The screen shown when the terminal is smaller than the layout needs.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::layout::{MIN_HEIGHT, MIN_WIDTH};
use super::theme::Theme;
use super::wrap::wrap;

pub fn message(area: Rect) -> String {
    format!(
        "Terminal too small: need {MIN_WIDTH} x {MIN_HEIGHT}, now {} x {}. Enlarge the window or make the font smaller; q quits.",
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
    let top = area.y + area.height.saturating_sub(lines.len() as u16) / 2;
    for (i, line) in lines.iter().enumerate() {
        let y = top + i as u16;
        if y >= area.bottom() {
            break;
        }
        buf.set_line(area.x, y, line, area.width);
    }
}

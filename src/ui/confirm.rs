//! The kiosk's quit prompt: a small box that only "y" confirms.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Widget};

use super::theme::Theme;
use super::wrap::paragraph;

pub const QUESTION: &str = "Quit? Press y to quit, any other key to keep going.";

pub fn render(theme: &Theme, area: Rect, buf: &mut Buffer) {
    let popup = area.centered(Constraint::Max(44), Constraint::Max(5));
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .style(theme.base)
        .title(Line::styled(" Kiosk ", theme.heading));
    let inner = block.inner(popup);
    block.render(popup, buf);
    paragraph(QUESTION, theme.heading, inner, buf);
}

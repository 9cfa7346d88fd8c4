//! Where everything goes on screen, as pure functions of the terminal area.

use ratatui::layout::{Constraint, Layout, Margin, Rect};

/// Below this the explorer shows the "terminal too small" screen.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// From this width a sources side panel sits beside the pane.
pub const SIDE_PANEL_FROM: u16 = 120;
const SIDE_PANEL_WIDTH: u16 = 44;
/// Columns left of each item for the selection marker.
pub const GUTTER: u16 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub tabs: Rect,
    pub search: Rect,
    /// The pane's block, border included.
    pub body: Rect,
    /// The sources side panel, on wide terminals.
    pub side: Option<Rect>,
    pub footer: Rect,
}

/// A count of characters, lines or items as a terminal coordinate: past `u16::MAX` it is
/// off any screen anyway, so it saturates rather than wraps.
pub fn cells(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

pub fn areas(area: Rect) -> Areas {
    let [tabs, search, main, footer] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(3),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let (body, side) = if area.width >= SIDE_PANEL_FROM {
        let [body, side] = main.layout(&Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(SIDE_PANEL_WIDTH),
        ]));
        (body, Some(side))
    } else {
        (main, None)
    };
    Areas {
        tabs,
        search,
        body,
        side,
        footer,
    }
}

/// The popup listing the selected item's sources, over the middle of the screen.
pub fn sources_popup(area: Rect) -> Rect {
    area.centered(Constraint::Percentage(90), Constraint::Percentage(80))
}

/// The inside of the pane's block: where items are drawn.
pub fn body_inner(area: Rect) -> Rect {
    areas(area).body.inner(Margin::new(1, 1))
}

/// The width items are wrapped to inside a pane of `inner_width`: the gutter and a column
/// kept free on the right.
pub fn item_width(inner_width: u16) -> u16 {
    inner_width.saturating_sub(GUTTER + 1).max(1)
}

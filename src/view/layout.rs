//! Where everything goes on screen, as pure functions of the terminal area.

use ratatui::layout::{Constraint, Layout, Margin, Rect};

use crate::kb::Pane;

/// Below this the explorer shows the "terminal too small" screen.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// From this width a sources side panel sits beside the pane.
pub const SIDE_PANEL_FROM: u16 = 120;
const SIDE_PANEL_WIDTH: u16 = 44;
/// A list pane keeps the sources side panel from this width: narrower, the list and the
/// item beside it need the room (the popup still lists the sources).
pub const SIDE_WITH_LIST_FROM: u16 = 160;
/// From this width a list pane shows the selected item beside the list; narrower, below it.
pub const BESIDE_FROM: u16 = 120;
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

/// The largest screen drawn: a terminal reporting more (9999 x 9999, or 65535 x 65535 from a
/// hostile pty) is drawn in its top-left corner, so its buffers stay a few megabytes instead
/// of gigabytes. No real display comes near it.
pub const MAX_SCREEN_WIDTH: u16 = 1000;
pub const MAX_SCREEN_HEIGHT: u16 = 500;

/// The area drawn on a terminal of this size: all of it, up to the largest screen drawn.
pub fn fit(width: u16, height: u16) -> Rect {
    Rect::new(
        0,
        0,
        width.min(MAX_SCREEN_WIDTH),
        height.min(MAX_SCREEN_HEIGHT),
    )
}

/// A count of characters, lines or items as a terminal coordinate: past `u16::MAX` it is
/// off any screen anyway, so it saturates rather than wraps.
pub fn cells(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Panes of many short items (questions, terms, roles) are a compact list to scan with the
/// selected item's text beside or below it; the others are one scrolling document.
pub fn is_list(pane: Pane) -> bool {
    matches!(
        pane,
        Pane::Roles | Pane::Faq | Pane::Glossary | Pane::Routes
    )
}

/// Where a list pane's parts go inside its block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListSplit {
    /// One row per item.
    pub list: Rect,
    /// The rule between list and item (a column beside, a row below).
    pub rule: Rect,
    /// The selected item's whole text.
    pub detail: Rect,
    pub beside: bool,
}

/// A list pane's inside (`inner`) on a terminal `screen_width` wide: list, rule and item.
pub fn list_split(inner: Rect, screen_width: u16) -> ListSplit {
    if screen_width >= BESIDE_FROM {
        let list_w = (inner.width * 2 / 5).clamp(24, 44).min(inner.width / 2);
        let [list, rule, detail] = inner.layout(&Layout::horizontal([
            Constraint::Length(list_w),
            Constraint::Length(1),
            Constraint::Fill(1),
        ]));
        return ListSplit {
            list,
            rule,
            detail,
            beside: true,
        };
    }
    // Enough rows of questions to scan, and most of the height for reading the answer.
    let list_h = (inner.height * 2 / 5)
        .clamp(2, 10)
        .min(inner.height.saturating_sub(3).max(1));
    let [list, rule, detail] = inner.layout(&Layout::vertical([
        Constraint::Length(list_h),
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    ListSplit {
        list,
        rule,
        detail,
        beside: false,
    }
}

pub fn areas(area: Rect) -> Areas {
    areas_for(area, false)
}

/// The areas with a list pane showing (`list_view`) or anything else.
pub fn areas_for(area: Rect, list_view: bool) -> Areas {
    let [tabs, search, main, footer] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(3),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let side_from = if list_view {
        SIDE_WITH_LIST_FROM
    } else {
        SIDE_PANEL_FROM
    };
    let (body, side) = if area.width >= side_from {
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

/// The popup listing the selected item's sources, over the middle of the screen: as tall as
/// its `lines` need (at `sources_popup_width`), at most 80% of the screen.
pub fn sources_popup(area: Rect, lines: usize) -> Rect {
    let most = area.centered(Constraint::Percentage(90), Constraint::Percentage(80));
    let height = cells(lines.saturating_add(2)).clamp(5.min(most.height), most.height);
    most.centered_vertically(Constraint::Length(height))
}

/// The "which path fits me" box, over the middle of the screen.
pub fn fit_popup(area: Rect) -> Rect {
    area.centered(Constraint::Max(90), Constraint::Percentage(90))
}

/// The width the sources popup lays its lines out at (inside its border).
pub fn sources_popup_width(area: Rect) -> u16 {
    sources_popup(area, 0).width.saturating_sub(2)
}

/// The inside of the pane's block: where items are drawn.
pub fn body_inner(area: Rect) -> Rect {
    body_inner_for(area, false)
}

/// The inside of the pane's block with a list pane showing (`list_view`) or anything else.
pub fn body_inner_for(area: Rect, list_view: bool) -> Rect {
    areas_for(area, list_view).body.inner(Margin::new(1, 1))
}

/// The width items are wrapped to inside a pane of `inner_width`: the gutter and a column
/// kept free on the right.
pub fn item_width(inner_width: u16) -> u16 {
    inner_width.saturating_sub(GUTTER + 1).max(1)
}

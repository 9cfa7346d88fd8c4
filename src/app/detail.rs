//! A list pane's selected item: scrolling its text, and the keys that read it rather than
//! move through the list.

use super::{Action, App, signed};
use crate::kb::entries::pane_len;
use crate::view::Rect;
use crate::view::layout::{item_width, list_split};

impl App {
    /// Lines the selected item of a list pane is scrolled by (another item starts at 0).
    pub fn detail_scroll(&self) -> usize {
        let (pane, item, lines) = self.detail_scroll;
        if pane == self.pane && item == self.current() {
            lines.min(self.detail_max())
        } else {
            0
        }
    }

    /// Where a list pane shows its selected item, at the current size.
    pub fn detail_area(&self) -> Rect {
        list_split(self.body_for(self.pane), self.size.0).detail
    }

    /// The furthest the selected item can be scrolled: its last line at the bottom.
    fn detail_max(&self) -> usize {
        let area = self.detail_area();
        let total =
            self.measure
                .item_height(&self.lib, self.pane, self.current(), item_width(area.width));
        // The blank line that separates items in a document pane ends nothing here.
        total
            .saturating_sub(1)
            .saturating_sub(usize::from(area.height))
    }

    /// Whether the selected item has lines below what is shown.
    pub fn detail_has_more(&self) -> bool {
        self.detail_scroll() < self.detail_max()
    }

    fn scroll_detail(&mut self, by: isize) {
        let lines = self
            .detail_scroll()
            .saturating_add_signed(by)
            .min(self.detail_max());
        self.detail_scroll = (self.pane, self.current(), lines);
    }

    /// A key in a list pane: the page keys and the wheel read the selected item; ↓ on the
    /// last item reads on in it. Says whether the key was taken.
    pub(super) fn list_key(&mut self, action: Action) -> bool {
        let page = signed(usize::from(self.detail_area().height.saturating_sub(1)).max(1));
        let last = pane_len(&self.lib.kb, self.pane).saturating_sub(1);
        match action {
            Action::PageDown => self.scroll_detail(page),
            Action::PageUp => self.scroll_detail(-page),
            Action::ScrollDown(n) => self.scroll_detail(signed(usize::from(n))),
            Action::ScrollUp(n) => self.scroll_detail(-signed(usize::from(n))),
            Action::Down if self.current() == last && self.detail_has_more() => {
                self.scroll_detail(1);
            }
            Action::Up if self.current() == 0 && self.detail_scroll() > 0 => {
                self.scroll_detail(-1);
            }
            _ => return false,
        }
        true
    }
}

//! Moving the selection and scrolling: panes, results and the sources popup, always kept
//! within what `view::Metrics` says the pane holds.

use super::{Action, App, Focus};
use crate::kb::Pane;
use crate::kb::entries::pane_len;
use crate::view::{Margin, Rect, layout};

impl App {
    /// Lines the sources popup is scrolled by, for the selected item.
    pub fn sources_scroll(&self) -> usize {
        let (pane, item, lines) = self.sources_scroll;
        if pane == self.pane && item == self.current() {
            lines
        } else {
            0
        }
    }

    /// The inside of the sources popup at the current size.
    pub(super) fn sources_inner(&self) -> Rect {
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        let width = layout::sources_popup_width(area);
        let lines = self
            .measure
            .sources_height(&self.lib, self.pane, self.current(), width);
        layout::sources_popup(area, lines).inner(Margin::new(1, 1))
    }

    /// A popup page: its height less one line kept for context.
    pub(super) fn sources_page(&self) -> usize {
        usize::from(self.sources_inner().height.saturating_sub(1)).max(1)
    }

    /// Scrolls the popup, never past its last line.
    pub(super) fn scroll_sources(&mut self, by: isize) {
        let inner = self.sources_inner();
        let total = self
            .measure
            .sources_height(&self.lib, self.pane, self.current(), inner.width);
        let max = total.saturating_sub(usize::from(inner.height));
        let lines = self.sources_scroll().saturating_add_signed(by).min(max);
        self.sources_scroll = (self.pane, self.current(), lines);
    }

    /// Down a pane: the next item, or, on a last item taller than the screen, its next line
    /// (so the end of a long item can be read with the same key).
    pub(super) fn down(&mut self) {
        let pane = self.pane;
        let last = pane_len(&self.lib.kb, pane).saturating_sub(1);
        let h = self.viewport();
        let below = self
            .metrics(pane)
            .is_some_and(|m| m.top(last + 1) > self.scroll[pane.index()] + h);
        if self.current() == last && below {
            self.scroll_by(1);
        } else {
            self.select(pane, self.current().saturating_add(1));
        }
    }

    pub(super) fn move_hit(&mut self, action: Action) {
        let last = self.hits.len().saturating_sub(1);
        let page = (usize::from(self.body().height) / 3).max(1);
        self.hit = match action {
            Action::Up => self.hit.saturating_sub(1),
            Action::Down => self.hit.saturating_add(1).min(last),
            Action::PageUp => self.hit.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => last,
            _ => self.hit.saturating_add(page).min(last),
        };
    }

    pub(super) fn open(&mut self, i: usize) {
        let Some(hit) = self.hits.get(i) else { return };
        let (pane, item) = (hit.pane, hit.item);
        self.hit = i;
        self.opened = Some((pane, item));
        self.go_to(pane);
        self.select(pane, item);
        // Put the opened entry at the top of the pane, so the eye lands on it.
        if let Some(m) = self.metrics(pane) {
            let top = m.top(item);
            self.scroll_to_in(pane, top);
        }
    }

    pub(super) fn step_pane(&self, by: usize) -> Pane {
        Pane::ALL[(self.pane.index() + by) % Pane::ALL.len()]
    }

    pub(super) fn go_to(&mut self, pane: Pane) {
        self.pane = pane;
        self.focus = Focus::Pane;
        self.measure(pane);
        // Measured afresh (after a resize, say): its selection must be on screen again.
        let selected = self.selected[pane.index()];
        self.select(pane, selected);
    }

    pub(super) fn current(&self) -> usize {
        self.selected[self.pane.index()]
    }

    /// Selects an item (clamped) and scrolls just enough to show it.
    pub(super) fn select(&mut self, pane: Pane, item: usize) {
        let len = pane_len(&self.lib.kb, pane);
        let item = item.min(len.saturating_sub(1));
        self.selected[pane.index()] = item;
        // Another item is read from its top, and so is this one when it is come back to.
        if self.detail_scroll.0 == pane && self.detail_scroll.1 != item {
            self.detail_scroll.2 = 0;
        }
        let h = self.viewport_of(pane);
        let Some(m) = self.metrics.get(pane.index()).and_then(Option::as_ref) else {
            return;
        };
        let (top, bottom) = (m.top(item), m.top(item + 1));
        let scroll = &mut self.scroll[pane.index()];
        // Reading inside an item taller than the screen: it is shown already, stay put
        // (re-selecting it must not snap back to its top).
        let inside = bottom - top > h && top <= *scroll && *scroll + h <= bottom;
        if inside {
        } else if top < *scroll {
            *scroll = top;
        } else if bottom > *scroll + h {
            *scroll = if bottom - top > h { top } else { bottom - h };
        }
        let max = m.total.saturating_sub(h);
        *scroll = (*scroll).min(max);
    }

    pub(super) fn scroll_to(&mut self, line: usize) {
        self.scroll_to_in(self.pane, line);
    }

    pub(super) fn scroll_to_in(&mut self, pane: Pane, line: usize) {
        let h = self.viewport_of(pane);
        let Some(m) = self.metrics.get(pane.index()).and_then(Option::as_ref) else {
            return;
        };
        let line = line.min(m.total.saturating_sub(h));
        self.scroll[pane.index()] = line;
        // Keep the selection on screen so j/k continue from what the reader sees.
        let sel = self.selected[pane.index()];
        if m.top(sel + 1) <= line || m.top(sel) >= line + h {
            self.selected[pane.index()] = m.item_at(line);
        }
    }

    pub(super) fn scroll_by(&mut self, delta: isize) {
        let now = self.scroll[self.pane.index()];
        self.scroll_to(now.saturating_add_signed(delta));
    }
}

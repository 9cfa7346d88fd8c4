//! The help overlay's state, shared by the explorer and the deck: its filter and scroll.

use super::Action;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HelpState {
    pub filter: String,
    pub scroll: usize,
}

impl HelpState {
    /// Help's keys, shared by the explorer and the deck: filter typing and scrolling,
    /// kept between the top and the last screenful (`max`). False when the key means
    /// "close" (Esc with an empty filter).
    pub fn update(&mut self, action: Action, page: usize, max: usize) -> bool {
        match action {
            // Esc closes at once, for the same reason as in the search bar (one key for
            // ESC ESC); Ctrl-U clears the filter and stays.
            Action::Cancel => return false,
            Action::ClearQuery => {
                self.filter.clear();
                self.scroll = 0;
            }
            // Characters that could drive or disguise the terminal never reach the filter.
            Action::Input(c) if crate::kb::sanitize::never_typed(c) => {}
            Action::Input(c) => {
                self.filter.push(c);
                self.scroll = 0;
            }
            Action::Backspace => {
                self.filter.pop();
                self.scroll = 0;
            }
            Action::Down | Action::ScrollDown(_) => self.scroll += 1,
            Action::Up | Action::ScrollUp(_) => self.scroll = self.scroll.saturating_sub(1),
            Action::PageDown => self.scroll += page.max(1),
            Action::PageUp => self.scroll = self.scroll.saturating_sub(page.max(1)),
            Action::Top => self.scroll = 0,
            Action::Bottom => self.scroll = max,
            _ => {}
        }
        self.scroll = self.scroll.min(max);
        true
    }
}

//! What covers a screen, one thing at a time (help, the sources popup, the kiosk's quit
//! prompt), and the keys the explorer and the deck handle alike while it does: one place
//! for help, quitting and the kiosk's "really quit?", so the two screens cannot drift.

use super::{Action, HelpState};

/// What covers the screen: at most one overlay at a time, so no two can be half-open.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Overlay {
    #[default]
    None,
    /// The selected item's sources, in a popup (the explorer's only).
    Sources,
    Help(HelpState),
    /// The kiosk's "really quit?" prompt, over what it covers (shown again on "no").
    ConfirmQuit(Box<Overlay>),
}

/// The state the explorer and the deck share: the overlay, whether this is a kiosk
/// (quitting asks first), and whether to quit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chrome {
    pub overlay: Overlay,
    pub kiosk: bool,
    pub quit: bool,
}

impl Chrome {
    /// The help overlay's state, when it is open.
    pub fn help(&self) -> Option<&HelpState> {
        match &self.overlay {
            Overlay::Help(h) => Some(h),
            _ => None,
        }
    }

    /// Whether the kiosk's "really quit?" prompt is showing.
    pub fn confirming_quit(&self) -> bool {
        matches!(self.overlay, Overlay::ConfirmQuit(_))
    }

    /// Handles what quitting, help and the quit prompt make of `action`, and returns the
    /// action when the screen below should have it too (always a resize, and anything the
    /// overlays leave alone). `help_range` gives the help overlay's (page, last scroll
    /// position) for a filter, at the screen's size.
    pub fn update(
        &mut self,
        action: Action,
        help_range: impl FnOnce(&str) -> (usize, usize),
    ) -> Option<Action> {
        if let Overlay::ConfirmQuit(under) = &mut self.overlay {
            match action {
                Action::ConfirmQuit => self.quit = true,
                Action::Resize(..) => return Some(action),
                // Any other key says no: back to what the prompt covered.
                _ => self.overlay = std::mem::take(&mut **under),
            }
            return None;
        }
        match action {
            Action::Quit if self.kiosk => {
                let under = std::mem::take(&mut self.overlay);
                self.overlay = Overlay::ConfirmQuit(Box::new(under));
            }
            Action::Quit | Action::ConfirmQuit => self.quit = true,
            Action::ToggleHelp => {
                self.overlay = match self.overlay {
                    Overlay::Help(_) => Overlay::None,
                    _ => Overlay::Help(HelpState::default()),
                }
            }
            // Going home and resizing reach the screen whatever covers it.
            Action::Home | Action::Resize(..) | Action::Tick(_) => return Some(action),
            _ => {
                let Overlay::Help(help) = &mut self.overlay else {
                    return Some(action);
                };
                let (page, max) = help_range(&help.filter);
                if !help.update(action, page, max) {
                    self.overlay = Overlay::None;
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kiosk() -> Chrome {
        Chrome {
            kiosk: true,
            ..Chrome::default()
        }
    }

    #[test]
    fn a_kiosk_asks_before_quitting_and_no_returns_to_what_was_covered() {
        let mut c = kiosk();
        assert_eq!(c.update(Action::ToggleHelp, |_| (1, 0)), None);
        c.update(Action::Input('x'), |_| (1, 0));
        c.update(Action::Quit, |_| (1, 0));
        assert!(c.confirming_quit() && !c.quit);
        c.update(Action::Down, |_| (1, 0));
        assert_eq!(c.help().map(|h| h.filter.as_str()), Some("x"));
        c.update(Action::Quit, |_| (1, 0));
        c.update(Action::ConfirmQuit, |_| (1, 0));
        assert!(c.quit);
    }

    #[test]
    fn without_an_overlay_keys_pass_to_the_screen() {
        let mut c = Chrome::default();
        assert_eq!(c.update(Action::Down, |_| (1, 0)), Some(Action::Down));
        assert_eq!(c.update(Action::Quit, |_| (1, 0)), None);
        assert!(c.quit);
    }

    #[test]
    fn help_takes_keys_but_not_resizes_and_esc_closes_it() {
        let mut c = Chrome::default();
        c.update(Action::ToggleHelp, |_| (1, 0));
        assert_eq!(c.update(Action::Down, |_| (5, 3)), None);
        assert_eq!(c.help().map(|h| h.scroll), Some(1));
        assert_eq!(
            c.update(Action::Resize(80, 24), |_| (1, 0)),
            Some(Action::Resize(80, 24))
        );
        c.update(Action::Cancel, |_| (1, 0));
        assert_eq!(c.overlay, Overlay::None);
    }
}

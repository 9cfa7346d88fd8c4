//! The line counts of what this module draws, for the state that scrolls it (see
//! `view::Measure`): counted from the very lines drawn, so the two never disagree.

use super::sources::Urls;
use super::theme::Theme;
use super::{help, side_panel};
use crate::catalog::Catalog;
use crate::kb::Pane;
use crate::view::{HelpFor, Measure, Rect};

/// Measures by laying out the lines the ui would draw (in mono: styles do not change lengths).
pub struct Drawn;

/// The one measurer the explorer and the deck are built with.
pub static MEASURE: Drawn = Drawn;

impl Measure for Drawn {
    fn item_height(&self, lib: &Catalog, pane: Pane, item: usize, width: u16) -> usize {
        super::pane::item_lines(lib, pane, item, width, &Theme::mono()).len()
    }

    fn sources_height(&self, lib: &Catalog, pane: Pane, item: usize, width: u16) -> usize {
        // What the popup shows, addresses whole.
        side_panel::lines(&lib.kb, pane, item, width, &Theme::mono(), Urls::Whole).len()
    }

    fn fit_lines(&self, lib: &Catalog, answers: &[usize], width: u16) -> usize {
        super::fit::screen_lines(lib, answers, width, &Theme::mono()).len()
    }

    fn help_range(&self, filter: &str, screen: HelpFor, kiosk: bool, area: Rect) -> (usize, usize) {
        let modes = match screen {
            HelpFor::Explorer => help::EXPLORER_MODES,
            HelpFor::Deck => help::PRESENT_MODES,
        };
        help::scroll_range(filter, modes, kiosk, area)
    }
}

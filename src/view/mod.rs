//! Geometry and line counts, without drawing: where everything goes on screen (`layout`)
//! and how many lines each item of a pane takes (`metrics`). The app keeps its selections
//! and scrolling right with these; the ui, which draws the lines, supplies the counts
//! through `Measure`, so state never depends on drawing code.

pub mod layout;
pub mod metrics;

pub use metrics::Metrics;
pub use ratatui::layout::{Margin, Rect};

use crate::catalog::Catalog;
use crate::kb::Pane;

/// Which screen's keys the help overlay lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpFor {
    Explorer,
    Deck,
}

/// Line counts of what the ui draws, asked for by the state it draws.
pub trait Measure: Sync {
    /// Lines item `item` of `pane` takes, its blank separator included, wrapped to `width`.
    fn item_height(&self, lib: &Catalog, pane: Pane, item: usize, width: u16) -> usize;
    /// Lines the sources of an item take at `width`.
    fn sources_height(&self, lib: &Catalog, pane: Pane, item: usize, width: u16) -> usize;
    /// Lines the self-check's result takes at `width` for these answers.
    fn fit_lines(&self, lib: &Catalog, answers: &[usize], width: u16) -> usize;
    /// The help overlay at `area` with `filter` typed: its page height and furthest scroll.
    fn help_range(&self, filter: &str, screen: HelpFor, kiosk: bool, area: Rect) -> (usize, usize);
}

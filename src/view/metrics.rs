//! Line offsets of a pane's items at one width, from the heights `Measure` reports.

use super::Measure;
use super::layout::{is_list, item_width};
use crate::catalog::Catalog;
use crate::kb::Pane;
use crate::kb::entries::pane_len;

/// From this many items a pane is measured on two threads.
const PARALLEL_FROM: usize = 2_000;

/// Line offsets of a pane's items at one width.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metrics {
    /// tops[i] is the first line of item i; the last entry is the total.
    tops: Vec<usize>,
    pub total: usize,
}

impl Metrics {
    /// Offsets from item heights, in order.
    pub fn from_heights(heights: impl IntoIterator<Item = usize>) -> Metrics {
        let mut tops = Vec::new();
        let mut total = 0usize;
        for h in heights {
            tops.push(total);
            total = total.saturating_add(h);
        }
        tops.push(total);
        Metrics { tops, total }
    }

    /// Every item of `pane` measured inside a pane of `inner_width`; a list pane's items
    /// are its rows, one line each.
    pub fn of_pane(lib: &Catalog, pane: Pane, inner_width: u16, measure: &dyn Measure) -> Metrics {
        let width = item_width(inner_width);
        let n = pane_len(&lib.kb, pane);
        if is_list(pane) {
            return Metrics::from_heights(std::iter::repeat_n(1, n));
        }
        let heights = |range: std::ops::Range<usize>| -> Vec<usize> {
            range
                .map(|i| measure.item_height(lib, pane, i, width))
                .collect()
        };
        // A pane of thousands of items (a large --data file) is measured on two threads.
        let mid = n / 2;
        let (mut heights, second) =
            crate::parallel::join(n >= PARALLEL_FROM, || heights(0..mid), || heights(mid..n));
        heights.extend(second);
        Metrics::from_heights(heights)
    }

    pub fn len(&self) -> usize {
        self.tops.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// First line of item `i` (the total for any `i` past the end).
    pub fn top(&self, i: usize) -> usize {
        self.tops.get(i).copied().unwrap_or(self.total)
    }

    /// The item that holds `line`.
    pub fn item_at(&self, line: usize) -> usize {
        self.tops
            .partition_point(|&t| t <= line)
            .saturating_sub(1)
            .min(self.len().saturating_sub(1))
    }
}

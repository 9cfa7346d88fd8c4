//! The one search engine, shared by the TUI and the CLI: an inverted word index searched in
//! tiers (word, prefix, substring, typo, fuzzy), weighted by field, with stable tie-breaks.

pub mod codec;
pub mod index;
mod postings;
mod stored;
pub(crate) mod table;
pub mod text;
pub mod view;

pub use index::{Hit, Index, Results, Texts};
pub use text::{Query, fold, fold_char};
pub use view::{Found, HitView, Marker, Snippet, highlight, view};

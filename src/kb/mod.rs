//! The knowledge base: its data model, loading and validation, sanitizing, and the flat
//! list of entries that search and the panes share.

pub mod check;
pub mod complete;
pub mod counts;
pub mod diagnostics;
pub mod entries;
mod facts;
pub mod fit;
pub mod items;
pub mod load;
pub mod locate;
pub mod merge;
pub mod model;
pub mod pay;
pub mod profile;
pub mod route;
pub mod sanitize;
pub mod schema;
pub mod suggest;
pub mod typed_check;

pub use entries::{Entry, Kind, Pane};
pub use load::{LoadError, Loaded, Problem, Severity};
pub use model::*;

//! Perfusion Explorer: an offline terminal explorer for the clinical perfusionist and ECMO
//! specialist careers and the MSOE M.S. in Perfusion program.
//!
//! Modules depend one way, each only on those before it (`tests/it/deps.rs` checks it):
//!
//! | layer | modules | owns |
//! |---|---|---|
//! | 1 | `parallel`, `files` | two pieces of work at once, panics passed on; opening a regular file without blocking |
//! | 2 | `kb` | the data: model, loading, checking, sanitizing, what each item holds, entries |
//! | 3 | `search`, `searchlog` | the one search engine; the kiosk's search log |
//! | 4 | `catalog` | a loaded base with its entries and index |
//! | 5 | `view`, `cache`, `shortlist` | geometry and line counts (no drawing); the search cache; the student's starred entries and notes |
//! | 6 | `app` | the explorer's state and update, actions, the keymap (no drawing) |
//! | 7 | `ui` | pure drawing of the app, and the line counts `view::Measure` asks for |
//! | 8 | `present`, `export`, `plain` | the slide deck; handouts; plain mode |
//! | 9 | `terminal` | raw mode, the event loop, signals, every way out restoring it |
//! | 10 | `cli` | the command line |

// Signals, job control and the terminal's restore on every way out are Unix facilities.
#[cfg(not(unix))]
compile_error!(
    "Perfusion Explorer supports Unix-like systems only (Linux, macOS, the BSDs); on Windows, run it under WSL."
);

pub mod app;
pub mod cache;
pub mod catalog;
pub mod cli;
pub mod export;
pub mod files;
pub mod kb;
mod parallel;
pub mod plain;
pub mod present;
pub mod search;
pub mod searchlog;
pub mod shortlist;
pub mod terminal;
pub mod ui;
pub mod view;

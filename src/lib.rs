//! Perfusion Explorer: an offline terminal explorer for the clinical perfusionist and ECMO
//! specialist careers and the MSOE M.S. in Perfusion program.

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
pub mod kb;
mod parallel;
pub mod plain;
pub mod present;
pub mod search;
pub mod searchlog;
pub mod terminal;
pub mod ui;
pub mod view;

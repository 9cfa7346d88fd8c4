//! The tests that drive the release binary in a real pseudo-terminal: startup, keys,
//! resizes, signals, Ctrl-Z and every way out restoring the terminal. Kept apart from
//! `tests/it` so their deadlines are not shared with the CPU-heavy sweeps.

// Test code: a failed unwrap is a failed test, and sizes are the test's own.
#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::items_after_statements
)]

#[path = "../support/mod.rs"]
mod support;

mod lifecycle;
mod terminal;

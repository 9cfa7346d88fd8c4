//! The integration tests, as one binary (one link instead of fourteen): the explorer's
//! state, drawing and slides, search and its real-question suite, the knowledge-base
//! loader, checker and fixtures, the CLI, the cache, hostile input and the module layers.
//! The tests that need a real pseudo-terminal are in `tests/tty`.

// Test code: a failed unwrap is a failed test, and sizes are the test's own.
#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::items_after_statements
)]

#[path = "../../benches/support/synth.rs"]
mod synth;

mod app;
mod app_search;
mod bounded;
mod cache;
mod cache_safety;
mod cli;
mod cli_shape;
mod deps;
mod export;
mod fit;
mod fixtures;
mod hostile;
mod invariants;
mod kb;
mod kiosk;
mod links;
mod merge;
mod paths;
mod present;
mod props;
mod questions;
mod relevance;
mod render;
mod roles;
mod rules;
mod sanitize;
mod schema;
mod search;
mod shortlist;
mod sweep;
mod text;

//! Writes a synthetic knowledge base for benchmarks:
//! `cargo run --release --example gen_kb -- 100000 > kb100k.json`
// Test and bench code: a failed unwrap is a failed run, and sizes are the code's own.
#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::items_after_statements
)]

#[path = "../benches/support/synth.rs"]
mod synth;

fn main() {
    let entries: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let seed: u64 = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(42);
    print!(
        "{}",
        synth::Synth::new(entries, seed).knowledge_base(entries)
    );
}

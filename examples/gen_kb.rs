//! Writes a synthetic knowledge base for benchmarks:
//! `cargo run --release --example gen_kb -- 100000 > kb100k.json`

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

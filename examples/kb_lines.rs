//! Prints each entry of a knowledge base as one line ("title body"), the same texts the
//! benchmark baselines search, for comparing with `fzf --filter`:
//! `cargo run --release --example kb_lines -- kb100k.json > kb100k.lines`
// Test and bench code: a failed unwrap is a failed run, and sizes are the code's own.
#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::items_after_statements
)]

use std::io::Write;

use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::load;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: kb_lines FILE.json");
        std::process::exit(2);
    };
    let loaded = match load::from_path(std::path::Path::new(&path)) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let lib = Catalog::new(loaded.kb);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for e in &lib.entries {
        if writeln!(out, "{} {}", e.title, e.body).is_err() {
            return;
        }
    }
}

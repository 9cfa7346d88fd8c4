//! Times each loading phase on a knowledge-base file: `cargo run --release --example phases -- FILE`

use std::time::Instant;

use perfusion_explorer::kb::{entries, load};
use perfusion_explorer::search::Index;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/kb100000.json".into());
    let t = Instant::now();
    let text = std::fs::read_to_string(&path).expect("read");
    println!("read        {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let v: serde_json::Value = serde_json::from_str(&text).expect("parse");
    println!("parse value {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let p = perfusion_explorer::kb::check::check(&v);
    println!(
        "schema      {:>8.1} ms ({} problems)",
        t.elapsed().as_secs_f64() * 1e3,
        p.len()
    );
    let t = Instant::now();
    let p = perfusion_explorer::kb::check::references(&v);
    println!(
        "references  {:>8.1} ms ({} problems)",
        t.elapsed().as_secs_f64() * 1e3,
        p.len()
    );
    let t = Instant::now();
    let mut kb: perfusion_explorer::kb::KnowledgeBase = serde_json::from_value(v).expect("typed");
    println!("from_value  {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    use perfusion_explorer::kb::sanitize::Sanitize;
    kb.sanitize();
    println!("sanitize    {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let mut typed: perfusion_explorer::kb::KnowledgeBase =
        serde_json::from_str(&text).expect("typed");
    println!("fast: parse {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let sizes = typed.sanitize();
    println!("fast: clean {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let ok = perfusion_explorer::kb::check::typed_ok(&typed, sizes);
    println!(
        "fast: check {:>8.1} ms ({ok})",
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let loaded = load::from_path(std::path::Path::new(&path)).expect("load");
    println!("load total  {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let e = entries::entries(&loaded.kb);
    println!("entries     {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let _ = Index::new(&e);
    println!("index       {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
}

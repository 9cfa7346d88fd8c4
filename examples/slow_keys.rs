//! Prints the slowest search keystrokes on a knowledge-base file:
//! `cargo run --release --example slow_keys -- FILE`

use std::time::Instant;

use perfusion_explorer::kb::load;
use perfusion_explorer::library::Library;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/kb100000.json".into());
    let lib = Library::new(
        load::from_path(std::path::Path::new(&path))
            .expect("loads")
            .kb,
    );
    let mut times = Vec::new();
    for q in [
        "perfusionist salary",
        "how much do perfusionists make",
        "cardiac output",
        "oxigenator",
        "ecmo",
        "qxzv",
    ] {
        for n in 1..=q.chars().count() {
            let p: String = q.chars().take(n).collect();
            let t = Instant::now();
            let (hits, total) = lib.search_counted(&p, 50, 96);
            let all = t.elapsed().as_secs_f64() * 1e3;
            let t = Instant::now();
            let r = lib.index.search(&p, 50);
            let core = t.elapsed().as_secs_f64() * 1e3;
            times.push((all, core, p, total, hits.len(), r.total));
        }
    }
    times.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (all, core, p, total, shown, _) in times.iter().take(12) {
        println!("{all:7.2} ms (index {core:6.2}) {p:?}: {total} matches, {shown} views");
    }
}

//! Writes a knowledge base of about SIZE megabytes with PROBLEMS duplicate FAQ ids, for the
//! bad-file benchmark (`benches/bad_files.sh`):
//! `cargo run --release --example gen_bad -- 50 40000 > bad.json`
// Bench code: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used)]

use serde_json::Value;

fn main() {
    let arg = |i: usize, default: usize| {
        std::env::args()
            .nth(i)
            .and_then(|a| a.parse().ok())
            .unwrap_or(default)
    };
    let (megabytes, problems) = (arg(1, 50), arg(2, 40_000));
    let mut kb: Value = serde_json::from_str(include_str!("../assets/knowledge.json")).unwrap();
    let faqs = kb["faqs"].as_array().unwrap().clone();
    // What one FAQ adds to the written file, at its depth in it.
    let base_len = serde_json::to_string_pretty(&kb).unwrap().len();
    let mut doubled = kb.clone();
    doubled["faqs"]
        .as_array_mut()
        .unwrap()
        .extend(faqs.iter().cloned());
    let one = (serde_json::to_string_pretty(&doubled).unwrap().len() - base_len) / faqs.len();
    let wanted = megabytes * 1_000_000 / one;
    let list = kb["faqs"].as_array_mut().unwrap();
    // Copies of the base's FAQs: the first PROBLEMS keep an id already used, the rest get a
    // new one, so the file's size and its number of problems are set apart.
    for n in 0..wanted.saturating_sub(faqs.len()) {
        let mut copy = faqs[n % faqs.len()].clone();
        if n >= problems {
            let id = format!("{}-copy-{n}", copy["id"].as_str().unwrap());
            copy["id"] = Value::String(id);
        }
        list.push(copy);
    }
    println!("{}", serde_json::to_string_pretty(&kb).unwrap());
}

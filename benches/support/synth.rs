//! Realistic synthetic knowledge bases for benchmarks: the real base's vocabulary with a
//! Zipf-like skew, plus rare made-up words so the vocabulary grows with size as real text
//! does. Deterministic for a given size and seed.
// Test and bench code: a failed unwrap is a failed run, and sizes are the code's own.
#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::items_after_statements
)]

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{Value, json};

const SYLLABLES: &[&str] = &[
    "car", "dio", "per", "fu", "sion", "ox", "y", "gen", "ven", "tri", "cu", "lar", "pul", "mo",
    "na", "ry", "he", "ma", "to", "crit", "an", "ti", "co", "ag", "u", "la", "tion", "bi", "o",
    "med", "ic", "al",
];

pub struct Synth {
    rng: StdRng,
    common: Vec<String>,
    rare: Vec<String>,
}

impl Synth {
    pub fn new(entries: usize, seed: u64) -> Synth {
        let kb: Value = serde_json::from_str(perfusion_explorer::kb::load::EMBEDDED_JSON)
            .expect("embedded parses");
        let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        collect_words(&kb, &mut counts);
        let mut common: Vec<(String, usize)> =
            counts.into_iter().filter(|(w, _)| w.len() >= 3).collect();
        common.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut rng = StdRng::seed_from_u64(seed);
        // Heaps' law: vocabulary grows roughly with the square root of the text.
        let rare_count = 200 + 30 * (entries as f64).sqrt() as usize;
        let rare = (0..rare_count)
            .map(|_| {
                (0..rng.random_range(2..5))
                    .map(|_| SYLLABLES[rng.random_range(0..SYLLABLES.len())])
                    .collect()
            })
            .collect();
        Synth {
            rng,
            common: common.into_iter().map(|(w, _)| w).collect(),
            rare,
        }
    }

    fn word(&mut self) -> String {
        if self.rng.random_bool(0.85) {
            // Zipf-like: low ranks are much more likely.
            let u: f64 = self.rng.random();
            let i = ((self.common.len() as f64).powf(u) - 1.0) as usize;
            self.common[i.min(self.common.len() - 1)].clone()
        } else {
            self.rare[self.rng.random_range(0..self.rare.len())].clone()
        }
    }

    fn words(&mut self, lo: usize, hi: usize) -> String {
        let n = self.rng.random_range(lo..=hi);
        (0..n).map(|_| self.word()).collect::<Vec<_>>().join(" ")
    }

    fn fact(&mut self, sources: usize) -> Value {
        let cited: Vec<String> = (0..self.rng.random_range(1..=2))
            .map(|_| format!("src-{}", self.rng.random_range(0..sources)))
            .collect();
        let mut text = self.words(12, 40);
        if let Some(first) = text.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        json!({"text": text + ".", "sources": cited})
    }

    /// A knowledge base with about `entries` searchable entries, as JSON text.
    pub fn knowledge_base(&mut self, entries: usize) -> String {
        let sources = (entries / 20).max(5);
        let programs = (entries / 200).max(1);
        let sections = entries / 10;
        let terms = entries / 4;
        let faqs = entries.saturating_sub(sources + programs + sections + terms);
        let src: Vec<Value> = (0..sources)
            .map(|i| {
                let trust = ["high", "medium", "low"][i % 3];
                json!({"id": format!("src-{i}"), "title": self.words(3, 8), "publisher": self.words(2, 4),
                       "url": format!("https://example.org/{i}"), "year": format!("{}", 2000 + i % 26), "trust": trust})
            })
            .collect();
        let mut progs: Vec<Value> = (0..programs)
            .map(|i| json!({"id": format!("prog-{i}"), "name": self.words(3, 6), "summary": self.fact(sources), "sections": []}))
            .collect();
        for i in 0..sections {
            let facts: Vec<Value> = (0..3).map(|_| self.fact(sources)).collect();
            let section = json!({"id": format!("sec-{i}"), "heading": self.words(2, 5), "tags": [self.word(), self.word()], "facts": facts});
            if let Some(list) = progs[i % programs]["sections"].as_array_mut() {
                list.push(section);
            }
        }
        let glossary: Vec<Value> = (0..terms)
            .map(|i| {
                let term = self.words(1, 3);
                json!({"id": format!("term-{i}"), "term": term, "aliases": [self.words(1, 2)], "definition": [self.fact(sources)]})
            })
            .collect();
        let faq: Vec<Value> = (0..faqs)
            .map(|i| {
                let q = format!("How does {} {}?", self.words(2, 6), self.word());
                let answer: Vec<Value> = (0..self.rng.random_range(1..=3)).map(|_| self.fact(sources)).collect();
                json!({"id": format!("faq-{i}"), "question": q, "tags": [self.word()], "answer": answer})
            })
            .collect();
        let kb = json!({"schema_version": 1, "title": format!("Synthetic knowledge base ({entries} entries)"),
                        "sources": src, "programs": progs, "faqs": faq, "glossary": glossary});
        serde_json::to_string(&kb).expect("serializes")
    }
}

fn collect_words(v: &Value, out: &mut std::collections::HashMap<String, usize>) {
    match v {
        Value::String(s) => {
            for w in s
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                *out.entry(w.to_lowercase()).or_default() += 1;
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_words(x, out)),
        Value::Object(m) => m.values().for_each(|x| collect_words(x, out)),
        _ => {}
    }
}

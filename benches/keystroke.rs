//! Per-keystroke latency of search + drawing the results list, typing queries one character
//! at a time, at the embedded base and synthetic bases of 1k, 10k and 100k entries; beside it,
//! two baselines over the same texts: a plain full scan with fuzzy-matcher (skim) and
//! nucleo-matcher. Also load, index and first-frame times. Run:
//! `cargo bench --bench keystroke` (add `-- quick` to skip 100k).
// Test and bench code: a failed unwrap is a failed run, and sizes are the code's own.
#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::items_after_statements
)]

#[path = "support/synth.rs"]
mod synth;

use std::time::{Duration, Instant};

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};
use perfusion_explorer::app::{Action, App};
use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::load;
use perfusion_explorer::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const QUERIES: &[&str] = &[
    "perfusionist salary",
    "how much do perfusionists make",
    "cardiac output",
    "oxigenator",
    "ecmo",
    "qxzv",
];
const TOP: usize = 50;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn percentile(samples: &mut [f64], p: f64) -> f64 {
    samples.sort_by(f64::total_cmp);
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i.min(samples.len() - 1)]
}

fn prefixes() -> Vec<String> {
    QUERIES
        .iter()
        .flat_map(|q| (1..=q.chars().count()).map(move |n| q.chars().take(n).collect::<String>()))
        .collect()
}

struct Row {
    name: String,
    entries: usize,
    load: f64,
    index: f64,
    first_frame: f64,
    ours: (f64, f64),
    ours_search: (f64, f64),
    skim: (f64, f64),
    nucleo: (f64, f64),
}

fn measure(name: &str, json: &str, reps: usize) -> Row {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("kb.json");
    std::fs::write(&path, json).expect("write");
    let t = Instant::now();
    let loaded = load::from_path(&path).expect("loads");
    let load_ms = ms(t.elapsed());
    let t = Instant::now();
    let lib = Catalog::new(loaded.kb);
    let index_ms = ms(t.elapsed());
    let entries = lib.entries.len();
    let texts: Vec<String> = lib
        .entries
        .iter()
        .map(|e| format!("{} {}", e.title, e.body))
        .collect();

    let t = Instant::now();
    let mut app = App::new(lib, 100, 30, &perfusion_explorer::ui::measure::MEASURE);
    let mut term = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
    let theme = Theme::default_theme();
    term.draw(|f| ui::render(&app, &theme, f)).expect("draw");
    let first_frame = ms(t.elapsed()) + index_ms;

    let mut ours = Vec::new();
    let mut ours_search = Vec::new();
    for _ in 0..reps {
        for q in QUERIES {
            app.update(Action::FocusSearch);
            for c in q.chars() {
                let t = Instant::now();
                app.update(Action::Input(c));
                let searched = t.elapsed();
                term.draw(|f| ui::render(&app, &theme, f)).expect("draw");
                ours.push(ms(t.elapsed()));
                ours_search.push(ms(searched));
            }
            app.update(Action::Cancel);
            app.update(Action::Cancel);
        }
    }

    let skim = SkimMatcherV2::default().ignore_case();
    let mut skim_ms = Vec::new();
    let nucleo_hay: Vec<Utf32String> = texts
        .iter()
        .map(|t| Utf32String::from(t.as_str()))
        .collect();
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut nucleo_ms = Vec::new();
    let baseline_reps = if entries > 50_000 { 1 } else { reps };
    for _ in 0..baseline_reps {
        for p in prefixes() {
            let t = Instant::now();
            let mut hits: Vec<(i64, usize)> = texts
                .iter()
                .enumerate()
                .filter_map(|(i, s)| skim.fuzzy_match(s, &p).map(|sc| (sc, i)))
                .collect();
            top(&mut hits);
            skim_ms.push(ms(t.elapsed()));

            let t = Instant::now();
            let pattern = Pattern::parse(&p, CaseMatching::Ignore, Normalization::Smart);
            let mut hits: Vec<(i64, usize)> = nucleo_hay
                .iter()
                .enumerate()
                .filter_map(|(i, h)| {
                    pattern
                        .score(h.slice(..), &mut matcher)
                        .map(|sc| (i64::from(sc), i))
                })
                .collect();
            top(&mut hits);
            nucleo_ms.push(ms(t.elapsed()));
        }
    }
    let pair = |v: &mut Vec<f64>| (percentile(v, 0.5), percentile(v, 0.99));
    Row {
        name: name.to_string(),
        entries,
        load: load_ms,
        index: index_ms,
        first_frame,
        ours: pair(&mut ours),
        ours_search: pair(&mut ours_search),
        skim: pair(&mut skim_ms),
        nucleo: pair(&mut nucleo_ms),
    }
}

fn top(hits: &mut Vec<(i64, usize)>) {
    if hits.len() > TOP {
        hits.select_nth_unstable_by(TOP - 1, |a, b| b.cmp(a));
        hits.truncate(TOP);
    }
    hits.sort_unstable_by(|a, b| b.cmp(a));
}

/// Whole process: spawn the release binary in a pseudo-terminal and wait for the first frame.
fn first_frame_process(runs: usize) -> Option<(f64, f64)> {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::Read;
    let bin =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/perfusion-explorer");
    if !bin.exists() {
        return None;
    }
    let mut samples = Vec::new();
    for _ in 0..runs {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 30,
                cols: 100,
                pixel_width: 0,
                pixel_height: 0,
            })
            .ok()?;
        let mut cmd = CommandBuilder::new(&bin);
        cmd.env("TERM", "xterm-256color");
        let mut reader = pair.master.try_clone_reader().ok()?;
        let t = Instant::now();
        let mut child = pair.slave.spawn_command(cmd).ok()?;
        let mut seen = Vec::new();
        let mut buf = [0u8; 4096];
        while !String::from_utf8_lossy(&seen).contains("Perfusion Explorer") {
            match reader.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => seen.extend_from_slice(&buf[..n]),
            }
        }
        samples.push(ms(t.elapsed()));
        let _ = child.kill();
        let _ = child.wait();
    }
    Some((
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.99),
    ))
}

fn main() {
    if let Some((p50, p99)) = first_frame_process(30) {
        println!(
            "whole process, start to first frame (embedded base, release build, 30 runs): p50 {p50:.1} ms, p99 {p99:.1} ms"
        );
    }
    let quick = std::env::args().any(|a| a == "quick");
    let mut rows = vec![measure("embedded", load::EMBEDDED_JSON, 20)];
    // A real base from a file as well: PE_BENCH_DATA=../shared/data/onet-ooh.json.
    if let Some(path) = std::env::var_os("PE_BENCH_DATA") {
        let path = std::path::PathBuf::from(path);
        match std::fs::read_to_string(&path) {
            Ok(json) => {
                let name = path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                rows.push(measure(&name, &json, 5));
            }
            Err(e) => eprintln!("PE_BENCH_DATA {}: {e}", path.display()),
        }
    }
    let sizes: &[usize] = if quick {
        &[1_000, 10_000]
    } else {
        &[1_000, 10_000, 100_000]
    };
    for &n in sizes {
        let json = synth::Synth::new(n, 42).knowledge_base(n);
        rows.push(measure(
            &format!("synthetic {}k", n / 1000),
            &json,
            if n >= 100_000 { 2 } else { 5 },
        ));
    }
    println!(
        "\nper keystroke, ms (p50 / p99); ours = search + results draw at 100x30; baselines = search only\n"
    );
    println!(
        "| base | entries | load | index | first frame | ours search+draw | ours search only | skim full scan | nucleo full scan |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for r in rows {
        println!(
            "| {} | {} | {:.1} | {:.1} | {:.1} | {:.2} / {:.2} | {:.2} / {:.2} | {:.2} / {:.2} | {:.2} / {:.2} |",
            r.name,
            r.entries,
            r.load,
            r.index,
            r.first_frame,
            r.ours.0,
            r.ours.1,
            r.ours_search.0,
            r.ours_search.1,
            r.skim.0,
            r.skim.1,
            r.nucleo.0,
            r.nucleo.1
        );
    }
}

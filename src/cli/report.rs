//! How the problems of a knowledge-base file are reported: one located line each, capped,
//! then a summary line. Used by `check` and by a bad `--data` file.

use crate::kb::load::{LoadError, Loaded, Problem, Severity};
use std::fmt::Write as _;

/// Most problems printed for one file; the rest are counted.
pub const MAX_SHOWN: usize = 50;

/// One line per problem, "file:line:col: error: path: message", capped at `MAX_SHOWN`.
pub fn problem_lines(origin: &str, problems: &[Problem]) -> String {
    let mut out = String::new();
    for p in problems.iter().take(MAX_SHOWN) {
        let sep = if p.line.is_some() { ":" } else { ": " };
        let origin = p.file.as_deref().unwrap_or(origin);
        let _ = writeln!(out, "{origin}{sep}{p}");
    }
    if problems.len() > MAX_SHOWN {
        let _ = writeln!(
            out,
            "{origin}: ... and {} more problems",
            problems.len() - MAX_SHOWN
        );
    }
    out
}

pub fn plural(n: usize, word: &str) -> String {
    crate::kb::counts::plural(n, word, &format!("{word}s"))
}

fn tally(problems: &[Problem]) -> (usize, usize) {
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    (errors, problems.len() - errors)
}

/// The full report for a file that could not be loaded, ending with a summary line.
pub fn describe_load_error(err: &LoadError) -> String {
    match err {
        LoadError::Unreadable { origin, message } => {
            format!(
                "{origin}: error: {origin} {message}\n{origin}: not usable: 1 error, 0 warnings"
            )
        }
        LoadError::Invalid {
            origin,
            problems,
            counts,
        } => {
            let (errors, warnings) = tally(problems);
            let holds = counts
                .as_ref()
                .map(|c| format!("; it holds {c}"))
                .unwrap_or_default();
            format!(
                "{}{origin}: not usable: {}, {}{holds}",
                problem_lines(origin, problems),
                plural(errors, "error"),
                plural(warnings, "warning")
            )
        }
    }
}

/// The report for a usable file: its warnings, then a summary line.
pub fn describe_loaded(origin: &str, loaded: &Loaded) -> String {
    let (_, warnings) = tally(&loaded.warnings);
    format!(
        "{}{origin}: usable: 0 errors, {}; {}",
        problem_lines(origin, &loaded.warnings),
        plural(warnings, "warning"),
        loaded.counts
    )
}

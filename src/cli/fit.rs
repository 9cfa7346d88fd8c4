//! `perfusion-explorer fit`: the "which path fits me" self-check on the command line, its
//! answers given with `--answers` or asked one question at a time on stdin.

use std::fmt::Write as _;
use std::io::BufRead;

use serde_json::json;

use super::{CliError, ShowFormat, TEXT_WIDTH, json_text, write_out};
use crate::catalog::Catalog;
use crate::kb::fit::{NOT_A_TEST, Outcome, score};
use crate::kb::items::marker;
use crate::kb::sanitize::clean;
use crate::ui::Theme;

/// "1,2,1" (or "1 2 1") as answer numbers.
fn parse(answers: &str) -> Result<Vec<usize>, CliError> {
    answers
        .split([',', ' '])
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.trim().parse::<usize>().map_err(|_| {
                CliError::Usage(format!(
                    "--answers: \"{}\" is not an answer number; give one number per question, e.g. --answers 1,2,1",
                    clean(s)
                ))
            })
        })
        .collect()
}

/// Asks each question on stdout and reads its answer's number from stdin.
fn ask(lib: &Catalog) -> Result<Vec<usize>, CliError> {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut out = Vec::new();
    println!("{NOT_A_TEST}\n");
    for (i, q) in lib.kb.fit.iter().enumerate() {
        println!("{}. {}", i + 1, q.ask);
        for (k, a) in q.answers.iter().enumerate() {
            println!("   {}) {}", k + 1, a.label);
        }
        loop {
            print!("Your answer (1-{}): ", q.answers.len());
            let _ = std::io::Write::flush(&mut std::io::stdout());
            let Some(line) = lines.next() else {
                return Err(CliError::Usage(
                    "the answers ended early; give them all with --answers 1,2,1,...".into(),
                ));
            };
            let line = line.map_err(|e| CliError::Environment(format!("reading answers: {e}")))?;
            match line.trim().parse::<usize>() {
                Ok(n) if (1..=q.answers.len()).contains(&n) => {
                    out.push(n);
                    break;
                }
                _ => println!("Type a number from 1 to {}.", q.answers.len()),
            }
        }
        println!();
    }
    Ok(out)
}

fn title<'a>(lib: &'a Catalog, role: &'a str) -> &'a str {
    lib.kb.role(role).map_or(role, |r| r.title.as_str())
}

fn text(lib: &Catalog, answers: &[usize]) -> String {
    let mut out = String::from("Which path fits me\n");
    for line in crate::ui::fit::result_lines(lib, answers, TEXT_WIDTH, &Theme::mono()) {
        out.push_str(line.to_string().trim_end());
        out.push('\n');
    }
    out.push_str(
        "\nNext: `perfusion-explorer path --from ... --to ...` shows a route step by step.\n",
    );
    out
}

fn markdown(lib: &Catalog, o: &Outcome<'_>) -> String {
    let kb = &lib.kb;
    let md = crate::export::md;
    let mut out = format!("## Which path fits me\n\n*{}*\n\n", md(NOT_A_TEST));
    let lead = o
        .leader()
        .map_or("neither role".to_string(), |r| title(lib, r).to_string());
    let _ = writeln!(out, "**Your answers lean to: {}.**\n", md(&lead));
    for (i, (q, a)) in o.chosen.iter().enumerate() {
        let _ = writeln!(
            out,
            "### {}. {}\n\nYou said: {}\n",
            i + 1,
            md(&q.ask),
            md(&a.label)
        );
        for f in &a.because {
            let _ = writeln!(out, "- {} {}", md(&f.text), marker(kb, &f.sources));
        }
        out.push('\n');
    }
    out
}

fn to_json(lib: &Catalog, o: &Outcome<'_>) -> Result<String, CliError> {
    let points: Vec<_> = o
        .points
        .iter()
        .map(|(r, p)| json!({"role": r, "title": title(lib, r), "points": p}))
        .collect();
    let answers: Vec<_> = o
        .chosen
        .iter()
        .map(|(q, a)| json!({"question": q.id, "ask": q.ask, "answer": a.label, "leans": a.leans, "because": a.because}))
        .collect();
    json_text(
        &json!({"note": NOT_A_TEST, "leader": o.leader(), "points": points, "answers": answers}),
    )
}

/// `fit [--answers 1,2,...] [--format ...]`.
pub fn fit(lib: &Catalog, answers: Option<&str>, format: ShowFormat) -> Result<(), CliError> {
    if lib.kb.fit.is_empty() {
        return Err(CliError::BadInput(
            "this knowledge base has no self-check questions (a \"fit\" section)".into(),
        ));
    }
    let given = match answers {
        Some(a) => parse(a)?,
        None => ask(lib)?,
    };
    let outcome =
        score(&lib.kb.fit, &given).map_err(|e| CliError::Usage(format!("--answers: {e}")))?;
    let out = match format {
        ShowFormat::Text => text(lib, &given),
        ShowFormat::Markdown => markdown(lib, &outcome),
        ShowFormat::Json => to_json(lib, &outcome)?,
    };
    write_out(&out)
}

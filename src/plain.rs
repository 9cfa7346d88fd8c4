//! Plain mode for screen readers and dumb terminals: a line-oriented loop that prints the
//! explorer's content as linear text, with no box drawing and no escape codes.

use std::fmt::Write as _;
use std::io::{self, BufRead, Write};

use crate::catalog::Catalog;
use crate::kb::Pane;
use crate::kb::entries::pane_len;
use crate::kb::sanitize::clean;
use crate::ui::Theme;
use crate::ui::pane::item_lines;

/// Narrow enough that the comparison prints stacked, without table rules.
pub const WIDTH: u16 = 68;

const HELP: &str = "Type words or a question to search. Or type:
  program, compare, roles, faq, glossary,    read a whole section
  sources
  a number                                   open that search result
  show ID                                    one entry by its id
  help                                       this list
  quit                                       leave (Ctrl-D also works)";

fn pane_named(word: &str) -> Option<Pane> {
    match word {
        "program" | "1" => Some(Pane::Program),
        "compare" | "comparison" | "2" => Some(Pane::Compare),
        "roles" | "role" | "careers" | "3" => Some(Pane::Roles),
        "faq" | "faqs" | "4" => Some(Pane::Faq),
        "glossary" | "terms" | "5" => Some(Pane::Glossary),
        "sources" | "6" => Some(Pane::Sources),
        _ => None,
    }
}

/// One item as plain lines, trailing spaces trimmed.
fn item_text(lib: &Catalog, pane: Pane, item: usize) -> String {
    let theme = Theme::mono();
    let mut out = String::new();
    for line in item_lines(lib, pane, item, WIDTH, &theme) {
        out.push_str(line.to_string().trim_end());
        out.push('\n');
    }
    out
}

fn pane_text(lib: &Catalog, pane: Pane) -> String {
    let mut out = format!("== {} ==\n\n", pane.title());
    for i in 0..pane_len(&lib.kb, pane) {
        out.push_str(&item_text(lib, pane, i));
    }
    out
}

/// The answer to one line of input, and whether to stop.
pub fn respond(lib: &Catalog, line: &str, last: &mut Vec<(Pane, usize)>) -> (String, bool) {
    let line = clean(line.trim());
    let lower = line.to_lowercase();
    if lower.is_empty() {
        return (String::new(), false);
    }
    if matches!(lower.as_str(), "quit" | "exit" | "q") {
        return (String::new(), true);
    }
    if matches!(lower.as_str(), "help" | "?") {
        return (format!("{HELP}\n"), false);
    }
    if let Some(pane) =
        pane_named(&lower).filter(|_| lower.parse::<usize>().is_err() || last.is_empty())
    {
        return (pane_text(lib, pane), false);
    }
    if let Ok(n) = lower.parse::<usize>() {
        return match n.checked_sub(1).and_then(|i| last.get(i)) {
            Some(&(pane, item)) => (item_text(lib, pane, item), false),
            None => (
                format!("There is no result {n}; search first, then type a result's number.\n"),
                false,
            ),
        };
    }
    if let Some(id) = line.strip_prefix("show ") {
        return match lib.find(id.trim()) {
            Some(e) => (item_text(lib, e.pane, e.item), false),
            None => (format!("No entry with id \"{}\".\n", id.trim()), false),
        };
    }
    let found = lib.results(&line, 10, 64);
    let (hits, total) = (&found.hits, found.total);
    if hits.is_empty() {
        return (
            format!("No matches for \"{line}\". Try fewer words or another spelling.\n"),
            false,
        );
    }
    *last = hits.iter().map(|h| (h.pane, h.item)).collect();
    let mut out = format!(
        "{} matches for \"{line}\"{}:\n",
        total,
        if total > hits.len() {
            ", the best 10"
        } else {
            ""
        }
    );
    for (i, h) in hits.iter().enumerate() {
        let _ = write!(
            out,
            "{}. {}: {}\n   {}\n",
            i + 1,
            h.kind.label(),
            h.title,
            h.snippet
        );
    }
    out.push_str("Type a number to open a result.\n");
    (out, false)
}

/// Runs plain mode on stdin and stdout until `quit` or end of input.
pub fn run(lib: &Catalog) -> io::Result<()> {
    let mut out = io::stdout().lock();
    writeln!(out, "Perfusion Explorer, plain mode. {}\n", lib.kb.title)?;
    writeln!(out, "{HELP}\n")?;
    let mut last = Vec::new();
    let stdin = io::stdin();
    loop {
        write!(out, "> ")?;
        out.flush()?;
        let mut line = String::new();
        if stdin.lock().read_line(&mut line)? == 0 {
            writeln!(out)?;
            return Ok(());
        }
        let (text, stop) = respond(lib, &line, &mut last);
        out.write_all(text.as_bytes())?;
        if stop {
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::load;

    fn lib() -> Catalog {
        Catalog::new(load::embedded().expect("loads").kb)
    }

    #[test]
    fn search_then_open_by_number() {
        let lib = lib();
        let mut last = Vec::new();
        let (text, stop) = respond(&lib, "cell saver\n", &mut last);
        assert!(!stop);
        assert!(text.contains("1. term: Cell salvage"), "{text}");
        let (text, _) = respond(&lib, "1", &mut last);
        assert!(text.contains("Also called: cell saver"), "{text}");
    }

    #[test]
    fn whole_sections_have_no_box_drawing() {
        let lib = lib();
        for pane in Pane::ALL {
            let text = pane_text(&lib, pane);
            assert!(
                !text.chars().any(|c| ('\u{2500}'..='\u{257f}').contains(&c)),
                "{pane:?} has box drawing"
            );
            assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
        }
        assert!(pane_text(&lib, Pane::Compare).contains("DISPUTED:"));
    }

    #[test]
    fn quit_and_unknown_numbers() {
        let lib = lib();
        let mut last = Vec::new();
        assert!(respond(&lib, "quit", &mut last).1);
        assert!(
            respond(&lib, "7", &mut last)
                .0
                .contains("There is no result 7")
        );
    }
}

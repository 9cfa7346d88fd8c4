//! Plain mode for screen readers and dumb terminals: a line-oriented loop that prints the
//! explorer's content as linear text, with no box drawing and no escape codes.

use std::fmt::Write as _;
use std::io::{self, BufRead, Write};

use crate::catalog::Catalog;
use crate::kb::Pane;
use crate::kb::entries::pane_len;
use crate::kb::sanitize::clean;
use crate::ui::Theme;
use crate::ui::pane::item_lines_all;

/// Narrow enough that the comparison prints stacked, without table rules.
pub const WIDTH: u16 = 68;

const HELP: &str = "Type words or a question to search. Or type:
  program, compare, roles, faq, glossary,    read a whole section
  sources, routes
  a number                                   open that search result
  more                                       the next 10 search results
  fit                                        which path fits me: a short self-check
  show ID                                    one entry by its id
  sources N                                  the sources of result N
  star N, unstar N                           keep result N (or an id) on your shortlist, or not
  note N WORDS                               a note on result N (or an id), starring it
  shortlist                                  your starred entries and notes (saved)
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
        "routes" | "route" | "paths" | "7" => Some(Pane::Routes),
        _ => None,
    }
}

/// One item as plain lines, trailing spaces trimmed, read as a screen reader would read
/// it: no bar chart (its figures are listed as text right below it) and no decorative
/// glyph that would be read aloud ("black right-pointing small triangle").
fn item_text(lib: &Catalog, pane: Pane, item: usize) -> String {
    let theme = Theme::mono();
    let mut out = String::new();
    for line in item_lines_all(lib, pane, item, WIDTH, &theme) {
        let line = line.to_string();
        if line.contains(['█', '▒']) || line.contains("(no bar)") {
            continue;
        }
        out.push_str(spoken(&line).trim_end());
        out.push('\n');
    }
    out
}

/// `text` with the screen's glyphs in words or plain ASCII.
fn spoken(text: &str) -> String {
    text.replace("▸ ", "")
        .replace("• ", "- ")
        .replace("↳ ", "")
        .replace('…', "...")
}

/// A numbered list of a pane's items by title, to open by number (`faq`, `glossary`,
/// `roles`, `sources`), instead of every item in full.
fn titles(lib: &Catalog, pane: Pane, last: &mut Vec<(Pane, usize)>) -> String {
    let mut entries: Vec<_> = lib.entries.iter().filter(|e| e.pane == pane).collect();
    entries.sort_by_key(|e| e.item);
    entries.dedup_by_key(|e| e.item);
    *last = entries.iter().map(|e| (pane, e.item)).collect();
    let mut out = format!("== {} ({}) ==\n", pane.title(), entries.len());
    for (i, e) in entries.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", i + 1, spoken(&e.title));
    }
    out.push_str("Type a number to open one.\n");
    out
}

/// The sources of one item, whole: title, publisher, year, trust, and the address on a
/// line of its own to copy or open (plain mode's `sources N` and `show`'s text).
pub fn sources_text(lib: &Catalog, pane: Pane, item: usize) -> String {
    let mut out = String::from("Sources:\n");
    for id in crate::kb::items::item_sources(&lib.kb, pane, item) {
        if let Some(i) = lib.kb.source_index(&id) {
            let s = &lib.kb.sources[i];
            let _ = writeln!(
                out,
                "  [{}] {}, {} ({}; trust: {})",
                i + 1,
                s.title,
                s.publisher,
                s.year,
                s.trust.label()
            );
            if let Some(url) = &s.url {
                let _ = writeln!(out, "      {url}");
            }
        }
    }
    out
}

/// "There are 6 results; type 1 to 6." or how to get some.
fn no_such(n: usize, last: &[(Pane, usize)]) -> String {
    match last.len() {
        0 => format!("There is no result {n}; search first, then type a result's number.\n"),
        1 => format!("There is no result {n}; there is 1 result: type 1.\n"),
        k => format!("There is no result {n}; there are {k} results: type 1 to {k}.\n"),
    }
}

fn pane_text(lib: &Catalog, pane: Pane) -> String {
    let mut out = format!("== {} ==\n\n", pane.title());
    for i in 0..pane_len(&lib.kb, pane) {
        out.push_str(&item_text(lib, pane, i));
    }
    out
}

/// What a plain session remembers between lines: the numbered list last printed, and the
/// search it came from (for `more`).
#[derive(Debug, Default)]
pub struct Session {
    pub last: Vec<(Pane, usize)>,
    query: Option<String>,
    /// Starred entries and notes; `run` saves them when they change.
    pub shortlist: crate::shortlist::Shortlist,
}

/// Results listed per search (and per `more`).
const PAGE: usize = 10;

/// The answer to one line of input, and whether to stop.
pub fn respond(lib: &Catalog, line: &str, session: &mut Session) -> (String, bool) {
    let line = clean(line.trim());
    let last = &mut session.last;
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
        return match pane {
            Pane::Program | Pane::Compare => (pane_text(lib, pane), false),
            _ => {
                session.query = None;
                (titles(lib, pane, last), false)
            }
        };
    }
    if lower == "more"
        && let Some(query) = session.query.clone()
    {
        return (results(lib, &query, session), false);
    }
    if let Ok(n) = lower.parse::<usize>() {
        return match n.checked_sub(1).and_then(|i| last.get(i)) {
            Some(&(pane, item)) => (item_text(lib, pane, item), false),
            None => (no_such(n, last), false),
        };
    }
    if let Some(arg) = lower.strip_prefix("sources ") {
        return match target(lib, last, arg.trim()) {
            Some((pane, item)) => (sources_text(lib, pane, item), false),
            None => (
                "Type `sources N` for result N's sources, or `sources ID` for an entry's.\n".into(),
                false,
            ),
        };
    }
    if let Some(reply) = shortlist_command(lib, &line, session) {
        return (reply, false);
    }
    if lower == "fit" || lower.starts_with("fit ") {
        return (fit_text(lib, lower.trim_start_matches("fit").trim()), false);
    }
    if lower == "show" {
        return (
            "Type `show ID`, such as `show faq-gpa`; ids are printed by `perfusion-explorer list`.\n".into(),
            false,
        );
    }
    if let Some(id) = lower.strip_prefix("show ") {
        let id = id.trim();
        if let Some(e) = find(lib, id) {
            return (item_text(lib, e.pane, e.item), false);
        }
        let hint = crate::kb::suggest::did_you_mean(id, lib.entries.iter().map(|e| e.id.as_str()))
            .map(|m| format!(" Did you mean \"{m}\"?"))
            .unwrap_or_default();
        return (format!("No entry with id \"{id}\".{hint}\n"), false);
    }
    session.last.clear();
    session.query = Some(line.clone());
    (results(lib, &line, session), false)
}

/// Result N of the last list, or the entry with id `arg`.
fn target(lib: &Catalog, last: &[(Pane, usize)], arg: &str) -> Option<(Pane, usize)> {
    match arg.parse::<usize>() {
        Ok(n) => n.checked_sub(1).and_then(|i| last.get(i)).copied(),
        Err(_) => find(lib, arg).map(|e| (e.pane, e.item)),
    }
}

/// `star`, `unstar`, `note` and `shortlist`; `None` when the line is none of them (a
/// `note` whose target is not a result or an id is a search, such as "note taking").
fn shortlist_command(lib: &Catalog, line: &str, session: &mut Session) -> Option<String> {
    let (word, rest) = line.split_once(' ').unwrap_or((line, ""));
    let word = word.to_lowercase();
    if matches!(word.as_str(), "shortlist" | "starred") && rest.trim().is_empty() {
        return Some(shortlist_text(lib, session));
    }
    let (arg, text) = rest.trim().split_once(' ').unwrap_or((rest.trim(), ""));
    let entry = target(lib, &session.last, arg).and_then(|(pane, item)| {
        lib.entries
            .iter()
            .find(|e| e.pane == pane && e.item == item)
    });
    let list = &mut session.shortlist;
    match (word.as_str(), entry) {
        ("star", Some(e)) => Some(match list.star(&e.id) {
            Ok(()) => format!(
                "Starred \"{}\". Type `shortlist` to see your list.\n",
                spoken(&e.title)
            ),
            Err(why) => format!("{why}\n"),
        }),
        ("unstar", Some(e)) if list.contains(&e.id) => {
            list.remove(&e.id);
            Some(format!(
                "Took \"{}\" off your shortlist.\n",
                spoken(&e.title)
            ))
        }
        ("unstar", Some(e)) => Some(format!(
            "\"{}\" is not on your shortlist.\n",
            spoken(&e.title)
        )),
        ("note", Some(e)) if !text.trim().is_empty() => Some(match list.set_note(&e.id, text) {
            Ok(()) => format!(
                "Note kept on \"{}\"; it is on your shortlist.\n",
                spoken(&e.title)
            ),
            Err(why) => format!("{why}\n"),
        }),
        ("note", Some(_)) => {
            Some("Type `note N` and then your note, such as `note 2 ask about call`.\n".into())
        }
        ("star" | "unstar", None) => Some(format!(
            "Type `{word} N` for result N, or `{word} ID` for an entry (ids are printed by `show` and `perfusion-explorer list`).\n"
        )),
        _ => None,
    }
}

/// The shortlist, numbered so a number opens an entry again.
fn shortlist_text(lib: &Catalog, session: &mut Session) -> String {
    let list = &session.shortlist;
    if list.is_empty() {
        session.last.clear();
        return "Your shortlist is empty. Type `star N` to keep search result N on it.\n".into();
    }
    let mut out = format!("== Your shortlist ({}) ==\n", list.len());
    let mut last = Vec::new();
    for s in list.items() {
        match lib.find(&s.id) {
            Some(e) => {
                last.push((e.pane, e.item));
                let _ = writeln!(
                    out,
                    "{}. {} ({})",
                    last.len(),
                    spoken(&e.title),
                    e.kind.label()
                );
            }
            None => {
                let _ = writeln!(out, "-  {} (no longer in this knowledge base)", s.id);
            }
        }
        if !s.note.is_empty() {
            let _ = writeln!(out, "   Note: {}", s.note);
        }
    }
    out.push_str(
        "Type a number to open one; `perfusion-explorer notes` prints it all, with sources.\n",
    );
    session.last = last;
    out
}

/// The next page of results for `query`, numbered on from those already listed.
fn results(lib: &Catalog, query: &str, session: &mut Session) -> String {
    let from = session.last.len();
    // Whole sentences: a snippet cut mid-word reads aloud as noise.
    let shape = crate::search::Snippet::Sentence(SENTENCE_MAX);
    let found = lib.results_shaped(query, from + PAGE, shape);
    let (hits, total) = (&found.hits, found.total);
    if hits.is_empty() {
        session.query = None;
        return format!("No matches for \"{query}\". Try fewer words or another spelling.\n");
    }
    session.last = hits.iter().map(|h| (h.pane, h.item)).collect();
    let new = hits.get(from..).unwrap_or_default();
    let mut out = if from == 0 {
        format!(
            "{} for \"{query}\"{}:\n",
            crate::kb::counts::plural(total, "match", "matches"),
            if total > hits.len() {
                ", the best 10"
            } else {
                ""
            }
        )
    } else if new.is_empty() {
        format!("That was all {total} for \"{query}\".\n")
    } else {
        format!(
            "Matches {} to {} of {total} for \"{query}\":\n",
            from + 1,
            hits.len()
        )
    };
    for (i, h) in new.iter().enumerate() {
        let _ = write!(
            out,
            "{}. {}: {}\n   {}\n",
            from + i + 1,
            h.kind.label(),
            spoken(&h.title),
            spoken(&h.snippet)
        );
    }
    out.push_str("Type a number to open a result, or `sources N` for its sources.");
    if total > hits.len() {
        out.push_str(" `more` lists the next 10.");
    }
    out.push('\n');
    out
}

/// The self-check: `fit` lists its questions, `fit 1,2,1,...` scores the answers and reads
/// out why, each reason with its sources.
fn fit_text(lib: &Catalog, answers: &str) -> String {
    let kb = &lib.kb;
    if kb.fit.is_empty() {
        return "This knowledge base has no self-check questions.\n".into();
    }
    let given: Option<Vec<usize>> = answers
        .split([',', ' '])
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().ok())
        .collect();
    let as_text = |lines: Vec<ratatui::text::Line<'static>>| {
        let mut out = String::new();
        for l in lines {
            out.push_str(spoken(l.to_string().trim_end()).as_str());
            out.push('\n');
        }
        out
    };
    match given {
        Some(g) if !g.is_empty() => match crate::kb::fit::score(&kb.fit, &g) {
            Ok(_) => as_text(crate::ui::fit::result_lines(lib, &g, WIDTH, &Theme::mono())),
            Err(e) => format!("{e}. Type `fit` to see the questions.\n"),
        },
        _ => {
            let mut out = format!("{}\n\n", crate::kb::fit::NOT_A_TEST);
            for (i, q) in kb.fit.iter().enumerate() {
                let _ = writeln!(out, "{}. {}", i + 1, q.ask);
                for (k, a) in q.answers.iter().enumerate() {
                    let _ = writeln!(out, "   {}) {}", k + 1, a.label);
                }
            }
            let example = vec!["1"; kb.fit.len()].join(",");
            let _ = writeln!(
                out,
                "Type `fit` and one answer number per question, such as `fit {example}`."
            );
            out
        }
    }
}

/// An entry by id, in any letter case ("Show TERM-CPB").
fn find<'a>(lib: &'a Catalog, id: &str) -> Option<&'a crate::kb::Entry> {
    lib.find(id)
        .or_else(|| lib.entries.iter().find(|e| e.id.eq_ignore_ascii_case(id)))
}

/// The longest snippet plain mode reads out, in characters.
const SENTENCE_MAX: usize = 240;

/// The longest line plain mode reads; the rest of a longer one is skipped, not kept.
const MAX_LINE: usize = 64 * 1024;

enum Line {
    Text(String),
    TooLong,
}

/// One line of input, at most `MAX_LINE` bytes kept, read as UTF-8 with anything else
/// replaced (a stray byte is not the end of the session); None at the end of input.
fn read_line(input: &mut impl BufRead) -> io::Result<Option<Line>> {
    let mut buf = Vec::new();
    let limit = u64::try_from(MAX_LINE).unwrap_or(u64::MAX);
    if io::Read::take(&mut *input, limit).read_until(b'\n', &mut buf)? == 0 {
        return Ok(None);
    }
    if buf.len() >= MAX_LINE && !buf.ends_with(b"\n") {
        // Skip to the end of the line without keeping it.
        let mut rest = Vec::new();
        while io::Read::take(&mut *input, limit).read_until(b'\n', &mut rest)? > 0 {
            if rest.ends_with(b"\n") {
                break;
            }
            rest.clear();
        }
        return Ok(Some(Line::TooLong));
    }
    Ok(Some(Line::Text(String::from_utf8_lossy(&buf).into_owned())))
}

/// Runs plain mode on stdin and stdout until `quit` or end of input.
pub fn run(lib: &Catalog) -> io::Result<()> {
    let mut out = io::stdout().lock();
    writeln!(out, "Perfusion Explorer, plain mode. {}\n", lib.kb.title)?;
    writeln!(out, "{HELP}\n")?;
    let mut last = Session::default();
    let mut store =
        crate::shortlist::store::default_dir().map(|d| crate::shortlist::store::Store::in_dir(&d));
    if let Some(store) = store.as_mut() {
        let (list, damaged) = store.load();
        last.shortlist = list;
        if let Some(message) = damaged {
            writeln!(out, "{message}\n")?;
        }
    }
    let mut stdin = io::stdin().lock();
    loop {
        write!(out, "> ")?;
        out.flush()?;
        let Some(line) = read_line(&mut stdin)? else {
            writeln!(out)?;
            return Ok(());
        };
        let (text, stop) = match line {
            Line::Text(line) => respond(lib, &line, &mut last),
            Line::TooLong => (
                format!(
                    "That line is over {} KiB; type a shorter question.\n",
                    MAX_LINE / 1024
                ),
                false,
            ),
        };
        out.write_all(text.as_bytes())?;
        if last.shortlist.take_changed() {
            match store.as_ref().map(|s| s.save(&last.shortlist)) {
                Some(Ok(())) => {}
                Some(Err(why)) => writeln!(out, "Your shortlist was {why}")?,
                None => writeln!(
                    out,
                    "Your shortlist is not saved: set $HOME or $XDG_DATA_HOME."
                )?,
            }
        }
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
        let mut last = Session::default();
        let (text, stop) = respond(&lib, "cell saver\n", &mut last);
        assert!(!stop);
        assert!(text.contains("1. term: Cell salvage"), "{text}");
        let (text, _) = respond(&lib, "1", &mut last);
        assert!(text.contains("Also called: cell saver"), "{text}");
    }

    #[test]
    fn star_note_and_list_the_shortlist_by_result_number_or_id() {
        let lib = lib();
        let mut s = Session::default();
        respond(&lib, "cell saver", &mut s);
        let (text, _) = respond(&lib, "star 1", &mut s);
        assert!(text.contains("Starred \"Cell salvage"), "{text}");
        let (text, _) = respond(&lib, "note faq-ecmo-licensed Ask about Call", &mut s);
        assert!(text.contains("Note kept"), "{text}");
        assert_eq!(
            s.shortlist.note("faq-ecmo-licensed"),
            Some("Ask about Call")
        );
        let (text, _) = respond(&lib, "shortlist", &mut s);
        assert!(text.contains("1. Cell salvage"), "{text}");
        assert!(text.contains("   Note: Ask about Call"), "{text}");
        // The list's numbers open its entries.
        let (text, _) = respond(&lib, "2", &mut s);
        assert!(
            text.contains("Is ECMO specialist a separate licensed profession?"),
            "{text}"
        );
        respond(&lib, "shortlist", &mut s);
        respond(&lib, "unstar 1", &mut s);
        assert_eq!(s.shortlist.len(), 1);
        assert!(s.shortlist.take_changed(), "run saves after a change");
        // "note" that names no result is a search, not a command.
        let (text, _) = respond(&lib, "note taking skills", &mut s);
        assert!(text.contains("for \"note taking skills\""), "{text}");
        let (text, _) = respond(&lib, "star", &mut s);
        assert!(text.contains("Type `star N`"), "{text}");
    }

    #[test]
    fn snippets_read_aloud_are_whole_sentences_or_end_between_words() {
        let lib = lib();
        let mut cut = 0;
        let mut whole = 0;
        for q in [
            "do i need to be a nurse first",
            "how much do perfusionists make",
            "ecmo certification for respiratory therapists",
            "what is the job outlook",
            "how long is the msoe program",
        ] {
            let found = lib.results_shaped(q, 10, crate::search::Snippet::Sentence(SENTENCE_MAX));
            for h in &found.hits {
                let body = &lib.find(&h.id).expect("the hit's entry").body;
                let text = h.snippet.strip_suffix('…').unwrap_or(&h.snippet);
                let at = body
                    .find(text)
                    .unwrap_or_else(|| panic!("{q}: {text:?} not in the body"));
                assert!(
                    h.snippet.chars().count() <= SENTENCE_MAX + 1,
                    "{q}: too long"
                );
                let before = body[..at].trim_end();
                assert!(
                    at == 0 || before.ends_with(['.', '?', '!', ';']),
                    "{q}: {text:?} starts mid-sentence"
                );
                let after = body[at + text.len()..].chars().next();
                if h.snippet.ends_with('…') {
                    cut += 1;
                    assert!(
                        after.is_some_and(|c| !c.is_alphanumeric()),
                        "{q}: {text:?} cuts a word"
                    );
                } else {
                    whole += 1;
                    assert!(
                        text.ends_with(['.', '?', '!', ';', ')']) || after.is_none(),
                        "{q}: {text:?} is not a whole sentence"
                    );
                }
            }
        }
        assert!(whole > 20 && cut > 0, "{whole} whole, {cut} cut");
    }

    #[test]
    fn more_lists_the_next_results_numbered_on_and_says_when_that_was_all() {
        let lib = lib();
        let mut s = Session::default();
        let (first, _) = respond(&lib, "perfusionist", &mut s);
        assert!(
            first.contains("the best 10") && first.contains("`more`"),
            "{first}"
        );
        assert_eq!(s.last.len(), 10);
        let (second, _) = respond(&lib, "more", &mut s);
        assert!(second.starts_with("Matches 11 to 20 of "), "{second}");
        assert!(
            second.contains("\n11. ") && !second.contains("\n1. "),
            "{second}"
        );
        assert_eq!(s.last.len(), 20);
        // The numbers go on meaning what was listed: 12 opens the second of the new ones.
        let twelfth = s.last[11];
        let (open, _) = respond(&lib, "12", &mut s);
        assert_eq!(open, item_text(&lib, twelfth.0, twelfth.1));
        // A search with few results: `more` says that was all.
        let (_, _) = respond(&lib, "cell saver", &mut s);
        let n = s.last.len();
        let (all, _) = respond(&lib, "more", &mut s);
        assert!(all.starts_with(&format!("That was all {n} ")), "{all}");
        // After a section list, `more` is a search again.
        let (_, _) = respond(&lib, "faq", &mut s);
        let (word, _) = respond(&lib, "more", &mut s);
        assert!(word.contains("for \"more\""), "{word}");
    }

    #[test]
    fn fit_lists_the_questions_then_scores_answers_with_their_reasons() {
        let lib = lib();
        let mut s = Session::default();
        let (questions, _) = respond(&lib, "fit", &mut s);
        assert!(
            questions.contains("not a validated psychometric test"),
            "{questions}"
        );
        assert!(questions.contains(&lib.kb.fit[0].ask));
        let all_two = vec!["2"; lib.kb.fit.len()].join(",");
        let (result, _) = respond(&lib, &format!("fit {all_two}"), &mut s);
        assert!(
            result.contains("Your answers lean to: ECMO specialist"),
            "{result}"
        );
        assert!(
            !result.chars().any(|c| matches!(c, '…' | '▸' | '•')),
            "{result}"
        );
        let (short, _) = respond(&lib, "fit 1,2", &mut s);
        assert!(short.contains("give one number per question"), "{short}");
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
        let mut last = Session::default();
        assert!(respond(&lib, "quit", &mut last).1);
        assert!(
            respond(&lib, "9", &mut last)
                .0
                .contains("There is no result 9")
        );
    }

    #[test]
    fn reads_as_text_a_screen_reader_can_speak() {
        let lib = lib();
        let mut last = Session::default();
        let (compare, _) = respond(&lib, "compare", &mut last);
        assert!(!compare.contains(['█', '▒', '▸', '•', '…']), "{compare}");
        assert!(compare.contains("$127,600"), "the figures stay, as text");
        // A pane of many items is a numbered list to open by number.
        let (faqs, _) = respond(&lib, "faq", &mut last);
        assert!(
            faqs.contains("1. What does a perfusionist actually do?"),
            "{faqs}"
        );
        let (first, _) = respond(&lib, "1", &mut last);
        assert!(first.contains("What does a perfusionist actually do?"));
        let (none, _) = respond(&lib, "999", &mut last);
        assert!(
            none.contains("there are 75 results: type 1 to 75"),
            "{none}"
        );
        // One result's sources, whole; show in any case, with a suggestion when misspelled.
        let (src, _) = respond(&lib, "sources 1", &mut last);
        assert!(
            src.starts_with("Sources:\n  [") && src.contains("http"),
            "{src}"
        );
        let (cpb, _) = respond(&lib, "Show TERM-CPB", &mut last);
        assert!(cpb.contains("CPB (cardiopulmonary bypass)"), "{cpb}");
        let (typo, _) = respond(&lib, "show faq-gpaa", &mut last);
        assert!(typo.contains("Did you mean \"faq-gpa\"?"), "{typo}");
        let (one, _) = respond(&lib, "cell saver", &mut last);
        assert!(one.contains(" for \"cell saver\"") && !one.contains("1 matches"));
    }

    #[test]
    fn stray_bytes_and_huge_lines_do_not_end_the_session() {
        let mut input: &[u8] = b"caf\xe9\nok\n";
        assert!(matches!(read_line(&mut input), Ok(Some(Line::Text(t))) if t.starts_with("caf")));
        assert!(matches!(read_line(&mut input), Ok(Some(Line::Text(t))) if t == "ok\n"));
        assert!(matches!(read_line(&mut input), Ok(None)));
        let mut long = vec![b'e'; MAX_LINE * 3];
        long.extend_from_slice(b"\nquit\n");
        let mut input: &[u8] = &long;
        assert!(matches!(read_line(&mut input), Ok(Some(Line::TooLong))));
        assert!(matches!(read_line(&mut input), Ok(Some(Line::Text(t))) if t == "quit\n"));
    }
}

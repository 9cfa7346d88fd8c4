//! Turning match positions (character indices, never bytes) into styled spans, and marking
//! a query's words in an item opened from the results.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::search::text::{fold, stem};

/// `line` with every word that matches one of the query's `roots` (its stem, or a word
/// the root begins) marked in `matched` over its own style: so a student who opened a
/// result sees where their words are in it.
pub fn query_words(line: Line<'static>, roots: &[String], matched: Style) -> Line<'static> {
    if roots.is_empty() {
        return line;
    }
    let hit = |word: &str| {
        let w = fold(word);
        let root = stem(&w);
        roots
            .iter()
            .any(|r| *r == root || (r.chars().count() >= 3 && w.starts_with(r.as_str())))
    };
    let mut out: Vec<Span<'static>> = Vec::with_capacity(line.spans.len());
    for span in line.spans {
        let (text, style) = (span.content.into_owned(), span.style);
        let mut run = String::new();
        let mut word = String::new();
        let flush = |run: &mut String, out: &mut Vec<Span<'static>>, s: Style| {
            if !run.is_empty() {
                out.push(Span::styled(std::mem::take(run), s));
            }
        };
        for c in text.chars().chain(std::iter::once('\0')) {
            if c.is_alphanumeric() {
                word.push(c);
                continue;
            }
            if !word.is_empty() {
                if hit(&word) {
                    flush(&mut run, &mut out, style);
                    out.push(Span::styled(
                        std::mem::take(&mut word),
                        style.patch(matched),
                    ));
                } else {
                    run.push_str(&std::mem::take(&mut word));
                }
            }
            if c != '\0' {
                run.push(c);
            }
        }
        flush(&mut run, &mut out, style);
    }
    Line::from(out)
}

/// Splits `text` into spans, styling the characters whose index is in `marks`.
pub fn spans(text: &str, marks: &[usize], base: Style, matched: Style) -> Vec<Span<'static>> {
    let mut out: Vec<Span<'static>> = Vec::new();
    let mut current = String::new();
    let mut current_on = false;
    let mut next_mark = marks.iter().peekable();
    for (i, c) in text.chars().enumerate() {
        while next_mark.peek().is_some_and(|&&m| m < i) {
            next_mark.next();
        }
        let on = next_mark.peek().is_some_and(|&&m| m == i);
        if on != current_on && !current.is_empty() {
            out.push(Span::styled(
                std::mem::take(&mut current),
                if current_on { matched } else { base },
            ));
        }
        current_on = on;
        current.push(c);
    }
    if !current.is_empty() {
        out.push(Span::styled(
            current,
            if current_on { matched } else { base },
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    #[test]
    fn marks_are_character_indices_on_non_ascii_text() {
        let m = Style::new().add_modifier(Modifier::BOLD);
        let out = spans("éa灌🫀b", &[1, 3], Style::new(), m);
        let parts: Vec<(&str, bool)> = out
            .iter()
            .map(|s| (s.content.as_ref(), s.style == m))
            .collect();
        assert_eq!(
            parts,
            [
                ("é", false),
                ("a", true),
                ("灌", false),
                ("🫀", true),
                ("b", false)
            ]
        );
    }

    #[test]
    fn out_of_range_marks_are_ignored() {
        let out = spans(
            "ab",
            &[5],
            Style::new(),
            Style::new().add_modifier(Modifier::BOLD),
        );
        assert_eq!(out.len(), 1);
    }
}

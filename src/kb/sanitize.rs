//! Text sanitizing: the one place that decides which characters may reach a terminal.
//!
//! Every string of a knowledge base passes through here once, at load; error messages,
//! file paths and JSON keys pass through `clean` before they are shown.

use unicode_normalization::char::is_combining_mark;

use super::model::{
    Cell, Comparison, Dimension, Dispute, Fact, Faq, KnowledgeBase, PayFigure, Program, Role,
    Section, SlideSpec, Source, Term,
};

/// Most combining marks kept in a row: enough for real scripts, not for "zalgo" text.
pub const MAX_COMBINING_RUN: usize = 3;
const TAB_STOP: usize = 4;

/// Format and invisible characters that can reorder, hide or spoof text on screen.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{3164}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{0600}'..='\u{0605}'
        | '\u{06DD}' | '\u{070F}' | '\u{08E2}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E007F}'
    )
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0085}' | '\u{2028}' | '\u{2029}' | '\u{000B}' | '\u{000C}'
    )
}

/// Returns `s` with nothing that could drive a terminal or hide text: controls, bidi
/// overrides and invisible characters removed, line breaks turned into spaces, tabs
/// expanded, and runs of combining marks capped.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut column = 0usize;
    let mut combining_run = 0usize;
    for c in s.chars() {
        if c == '\t' {
            let pad = TAB_STOP - column % TAB_STOP;
            out.extend(std::iter::repeat_n(' ', pad));
            column += pad;
            combining_run = 0;
            continue;
        }
        if is_line_break(c) {
            out.push(' ');
            column += 1;
            combining_run = 0;
            continue;
        }
        if c.is_control() || is_invisible(c) {
            continue;
        }
        if is_combining_mark(c) {
            combining_run += 1;
            if combining_run > MAX_COMBINING_RUN {
                continue;
            }
        } else {
            combining_run = 0;
        }
        out.push(c);
        column += 1;
    }
    out
}

/// True when `s` holds nothing `clean` would change; scans without allocating.
pub fn is_clean(s: &str) -> bool {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return true;
    }
    let mut combining_run = 0usize;
    for c in s.chars() {
        if c == '\t' || is_line_break(c) || c.is_control() || is_invisible(c) {
            return false;
        }
        if is_combining_mark(c) {
            combining_run += 1;
            if combining_run > MAX_COMBINING_RUN {
                return false;
            }
        } else {
            combining_run = 0;
        }
    }
    true
}

/// The largest string and list met while sanitizing, for the size limits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sizes {
    /// In characters.
    pub longest_string: usize,
    pub longest_list: usize,
}

/// Walks every string of a value, cleans it in place, and notes sizes on the way.
pub trait Sanitize {
    fn sanitize_sized(&mut self, sizes: &mut Sizes);

    fn sanitize(&mut self) -> Sizes {
        let mut sizes = Sizes::default();
        self.sanitize_sized(&mut sizes);
        sizes
    }
}

impl Sanitize for String {
    fn sanitize_sized(&mut self, sizes: &mut Sizes) {
        if !is_clean(self) {
            *self = clean(self);
        }
        // Bytes bound characters from above, so counting is needed only for long strings.
        if self.len() > sizes.longest_string {
            sizes.longest_string = sizes.longest_string.max(self.chars().count());
        }
    }
}

impl<T: Sanitize> Sanitize for Vec<T> {
    fn sanitize_sized(&mut self, sizes: &mut Sizes) {
        sizes.longest_list = sizes.longest_list.max(self.len());
        for v in self.iter_mut() {
            v.sanitize_sized(sizes);
        }
    }
}

impl<T: Sanitize> Sanitize for Option<T> {
    fn sanitize_sized(&mut self, sizes: &mut Sizes) {
        if let Some(v) = self {
            v.sanitize_sized(sizes);
        }
    }
}

/// Implements `Sanitize` for a struct by visiting the listed string-bearing fields.
macro_rules! sanitize_fields {
    ($($ty:ty => [$($field:ident),* $(,)?]),* $(,)?) => {
        $(impl Sanitize for $ty {
            fn sanitize_sized(&mut self, sizes: &mut Sizes) {
                $(self.$field.sanitize_sized(sizes);)*
            }
        })*
    };
}

sanitize_fields! {
    KnowledgeBase => [title, description, checked, sources, programs, roles, comparison, faqs, glossary, slides],
    SlideSpec => [heading, role, faqs],
    Source => [id, title, publisher, url, year, note],
    Fact => [text, sources, note, dispute],
    Dispute => [says, sources],
    Program => [id, name, aliases, url, summary, sections],
    Section => [id, heading, tags, facts],
    Role => [id, title, aliases, summary, pay],
    PayFigure => [label, basis, year, sources, note, dispute],
    Comparison => [roles, dimensions],
    Dimension => [id, label, aliases, cells],
    Cell => [role, facts],
    Faq => [id, question, tags, answer],
    Term => [id, term, aliases, definition],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_controls_bidi_and_invisibles() {
        let hostile =
            "a\u{1b}]0;PWNED\u{7}b\u{9b}c\u{7f}d\u{202e}e\u{2066}f\u{200b}g\u{feff}h\u{ad}i";
        assert_eq!(clean(hostile), "a]0;PWNEDbcdefghi");
    }

    #[test]
    fn line_breaks_become_spaces_and_tabs_expand() {
        assert_eq!(clean("a\r\nb\u{2028}c"), "a  b c");
        assert_eq!(clean("ab\tc"), "ab  c");
        assert_eq!(clean("\tx"), "    x");
    }

    #[test]
    fn caps_combining_runs_but_keeps_accents() {
        assert_eq!(clean("e\u{301}"), "e\u{301}");
        let zalgo: String = std::iter::once('a')
            .chain(std::iter::repeat_n('\u{300}', 50))
            .collect();
        assert_eq!(clean(&zalgo).chars().count(), 1 + MAX_COMBINING_RUN);
    }

    #[test]
    fn is_clean_agrees_with_clean() {
        for s in [
            "plain",
            "tab\there",
            "e\u{301}",
            "a\u{300}\u{300}\u{300}\u{300}",
            "x\u{202e}",
            "naïve 灌流",
            "\u{85}",
        ] {
            assert_eq!(is_clean(s), clean(s) == s, "{s:?}");
        }
    }

    #[test]
    fn keeps_ordinary_unicode() {
        let s = "Périfusión 灌流 🫀 naïve";
        assert_eq!(clean(s), s);
    }
}

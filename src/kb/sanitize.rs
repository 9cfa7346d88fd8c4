//! Text sanitizing: the one place that decides which characters may reach a terminal.
//!
//! Every string of a knowledge base passes through here once, at load: `scan` proves a raw
//! file clean in one pass, or `clean_value` cleans its parsed JSON; either way the walk is
//! over the JSON, so a new field of the model cannot be missed. Error messages, file paths
//! and JSON keys pass through `clean` before they are shown.

use unicode_normalization::char::is_combining_mark;

use serde_json::Value;

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

/// A typed or pasted character that never goes into a query or filter: anything `clean`
/// would remove or turn into a space (U+2028 would otherwise break the line it is drawn on).
pub fn never_typed(c: char) -> bool {
    c.is_control() || is_invisible(c) || is_line_break(c)
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
    cleaned(s).into_owned()
}

/// `clean` without a copy when there is nothing to change: the checker's walks read
/// every id and citation of a large file through this.
pub fn cleaned(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(clean_chars(s))
}

fn clean_chars(s: &str) -> String {
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
    s.chars().all(|c| kept(c, &mut combining_run))
}

/// Whether `clean` keeps `c` as it is, counting the run of combining marks it ends or
/// continues.
fn kept(c: char, combining_run: &mut usize) -> bool {
    if c == '\t' || is_line_break(c) || c.is_control() || is_invisible(c) {
        return false;
    }
    if is_combining_mark(c) {
        *combining_run += 1;
        *combining_run <= MAX_COMBINING_RUN
    } else {
        *combining_run = 0;
        true
    }
}

/// The largest string and list met while sanitizing, for the size limits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sizes {
    /// In characters.
    pub longest_string: usize,
    pub longest_list: usize,
}

impl Sizes {
    fn string(&mut self, s: &str) {
        // Bytes bound characters from above, so counting is needed only for long strings.
        if s.len() > self.longest_string {
            self.longest_string = self.longest_string.max(s.chars().count());
        }
    }

    fn list(&mut self, len: usize) {
        self.longest_list = self.longest_list.max(len);
    }
}

/// One pass over raw JSON text: the sizes of its strings and lists when every string in it
/// is already clean, or `None` when some string may need cleaning (an escape other than
/// `\"`, `\\` or `\/`, or a character `clean` would change) or the text is not JSON
/// a parser would take. Works on the text, not on a model, so no field can be missed.
pub fn scan(text: &str) -> Option<Sizes> {
    let bytes = text.as_bytes();
    let mut sizes = Sizes::default();
    // Open containers: `Some(items)` for a list, `None` for an object.
    let mut open: Vec<Option<usize>> = Vec::new();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => {
                value(&mut open);
                let start = i + 1;
                let escapes;
                (i, escapes) = string_end(text, start)?;
                // Each escape is two characters of text for one of the string.
                let raw = text.get(start..i)?;
                if raw.len() > sizes.longest_string {
                    let chars = raw.chars().count() - escapes;
                    sizes.longest_string = sizes.longest_string.max(chars);
                }
            }
            b'[' => {
                value(&mut open);
                open.push(Some(0));
            }
            b'{' => {
                value(&mut open);
                open.push(None);
            }
            b']' => sizes.list(open.pop()?.unwrap_or(0)),
            b'}' => {
                open.pop()?;
            }
            b',' => {
                if let Some(Some(items)) = open.last_mut() {
                    *items += 1;
                }
            }
            b' ' | b'\t' | b'\n' | b'\r' | b':' => {}
            _ => value(&mut open),
        }
        i += 1;
    }
    open.is_empty().then_some(sizes)
}

/// Marks the innermost list as holding a value: a list's items are its commas plus one,
/// once it holds anything.
fn value(open: &mut [Option<usize>]) {
    if let Some(Some(items)) = open.last_mut()
        && *items == 0
    {
        *items = 1;
    }
}

/// The index of the quote that closes the string starting at `start`, and how many escapes
/// it holds, if every character up to it is one `clean` keeps.
fn string_end(text: &str, start: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut combining_run = 0usize;
    let mut escapes = 0;
    loop {
        match *bytes.get(i)? {
            b'"' => return Some((i, escapes)),
            b'\\' => {
                if !matches!(bytes.get(i + 1), Some(b'"' | b'\\' | b'/')) {
                    return None;
                }
                combining_run = 0;
                escapes += 1;
                i += 2;
            }
            0x00..=0x1f | 0x7f => return None,
            0x80.. => {
                let c = text.get(i..)?.chars().next()?;
                if !kept(c, &mut combining_run) {
                    return None;
                }
                i += c.len_utf8();
            }
            _ => {
                combining_run = 0;
                i += 1;
            }
        }
    }
}

/// Cleans every string of a JSON value in place and notes the sizes on the way; object
/// keys are left alone (unknown ones are stripped before the typed parse, known ones are
/// plain ASCII).
pub fn clean_value(v: &mut Value, sizes: &mut Sizes) {
    match v {
        Value::String(s) => {
            if !is_clean(s) {
                *s = clean(s);
            }
            sizes.string(s);
        }
        Value::Array(items) => {
            sizes.list(items.len());
            for item in items {
                clean_value(item, sizes);
            }
        }
        Value::Object(map) => {
            for item in map.values_mut() {
                clean_value(item, sizes);
            }
        }
        _ => {}
    }
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

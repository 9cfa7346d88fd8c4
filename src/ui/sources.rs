//! The Sources pane: every source with publisher, year, trust, address and what cites it.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::wrap::{ellipsize, wrap};
use crate::catalog::Catalog;
use crate::kb::{Source, Trust};

/// Most citing entries listed under a source.
const MAX_CITING: usize = 8;

/// How a source's web address is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urls {
    /// On one line, cut with "…" (lists and the side panel; `show` has it whole).
    Cut,
    /// Whole, broken only after its own punctuation ("/", "?", "&", ...), never mid-word
    /// (the sources popup).
    Whole,
}

/// An address in pieces of at most `width` columns, each ending where the address has a
/// separator when one is near, so no piece splits a word.
fn url_pieces(url: &str, width: usize) -> Vec<String> {
    let width = width.max(8);
    let mut out = Vec::new();
    let mut rest = url;
    while rest.width() > width {
        let mut end = 0;
        let mut soft = None;
        for (i, c) in rest.char_indices() {
            if rest[..i + c.len_utf8()].width() > width {
                break;
            }
            end = i + c.len_utf8();
            if matches!(c, '/' | '?' | '&' | '=' | '-' | '_' | '.' | '#') && end > 0 {
                soft = Some(end);
            }
        }
        // A separator in the line's second half; otherwise a hard break (a long word).
        let at = soft.filter(|&s| s * 2 >= end).unwrap_or(end.max(1));
        out.push(rest[..at].to_string());
        rest = &rest[at..];
    }
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

pub fn source_lines(
    number: usize,
    s: &Source,
    width: u16,
    theme: &Theme,
    urls: Urls,
) -> Vec<Line<'static>> {
    let num = format!("[{number}] ");
    let pad = " ".repeat(num.chars().count());
    let mut out = wrap(
        &[(&s.title, theme.heading)],
        width,
        (&num, theme.source),
        (&pad, theme.base),
    );
    let trust_style = if s.trust == Trust::Low {
        theme.trust_low
    } else {
        theme.base
    };
    let trust = format!("trust: {}", s.trust.label());
    let meta = format!("{} · {} ·", s.publisher, s.year);
    out.extend(wrap(
        &[(&meta, theme.base), (&trust, trust_style)],
        width,
        (&pad, theme.base),
        (&pad, theme.base),
    ));
    if let Some(url) = &s.url {
        let room = usize::from(width).saturating_sub(pad.width());
        let pieces = match urls {
            Urls::Cut => vec![ellipsize(url, room)],
            Urls::Whole => url_pieces(url, room),
        };
        out.extend(pieces.into_iter().map(|p| {
            Line::from(vec![
                Span::styled(pad.clone(), theme.base),
                Span::styled(p, theme.source),
            ])
        }));
    }
    if s.url.is_none() {
        // Said, so an empty line is not read as an address lost in drawing.
        out.extend(wrap(
            &[(
                "No web address: find it by its title and publisher.",
                theme.dim,
            )],
            width,
            (&pad, theme.dim),
            (&pad, theme.dim),
        ));
    }
    if let Some(note) = &s.note {
        out.extend(wrap(
            &[(note, theme.note)],
            width,
            (&pad, theme.note),
            (&pad, theme.note),
        ));
    }
    out
}

pub fn item(lib: &Catalog, item: usize, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let Some(s) = lib.kb.sources.get(item) else {
        return Vec::new();
    };
    let mut out = source_lines(item + 1, s, width, theme, Urls::Cut);
    let pad = " ".repeat(format!("[{}] ", item + 1).chars().count());
    let cited = format!(
        "Cited by {} facts, in:",
        lib.citations().counts.get(item).copied().unwrap_or(0)
    );
    out.extend(wrap(
        &[(&cited, theme.dim)],
        width,
        (&pad, theme.dim),
        (&pad, theme.dim),
    ));
    let citing = lib
        .citations()
        .entries
        .get(item)
        .map_or(&[][..], Vec::as_slice);
    let first = format!("{pad}- ");
    let rest = format!("{pad}  ");
    for &ei in citing.iter().take(MAX_CITING) {
        if let Some(e) = lib.entries.get(ei) {
            let kind = format!("{}:", e.kind.label());
            out.extend(wrap(
                &[(&kind, theme.kind), (&e.title, theme.base)],
                width,
                (&first, theme.dim),
                (&rest, theme.base),
            ));
        }
    }
    if citing.len() > MAX_CITING {
        let more = format!("and {} more", citing.len() - MAX_CITING);
        out.extend(wrap(
            &[(&more, theme.dim)],
            width,
            (&rest, theme.dim),
            (&rest, theme.dim),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::url_pieces;

    #[test]
    fn addresses_break_after_their_own_separators() {
        let url =
            "https://www.unmc.edu/alliedhealth/academics/programs/cpe/admission/certification.html";
        let pieces = url_pieces(url, 30);
        assert_eq!(pieces.concat(), url, "nothing lost or added");
        assert!(pieces.iter().all(|p| p.chars().count() <= 30));
        for p in &pieces[..pieces.len() - 1] {
            assert!(p.ends_with(['/', '.', '-']), "{p:?} splits a word");
        }
        assert_eq!(url_pieces("https://a.b/c", 30), ["https://a.b/c"]);
    }
}

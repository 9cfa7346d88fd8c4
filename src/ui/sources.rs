//! The Sources pane: every source with publisher, year, trust, address and what cites it.

use ratatui::text::Line;

use super::theme::Theme;
use super::wrap::wrap;
use crate::catalog::Catalog;
use crate::kb::{Source, Trust};

/// Most citing entries listed under a source.
const MAX_CITING: usize = 8;

pub fn source_lines(number: usize, s: &Source, width: u16, theme: &Theme) -> Vec<Line<'static>> {
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
        out.extend(wrap(
            &[(url, theme.source)],
            width,
            (&pad, theme.base),
            (&pad, theme.base),
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
    let mut out = source_lines(item + 1, s, width, theme);
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

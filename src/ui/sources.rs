//! The Sources pane: every source with publisher, year, trust, address and what cites it.

use ratatui::text::Line;

use super::theme::Theme;
use super::wrap::wrap;
use crate::kb::{KnowledgeBase, Source, Trust};

/// How many facts and pay figures cite a source.
pub fn citations(kb: &KnowledgeBase, id: &str) -> usize {
    let facts = kb
        .facts()
        .into_iter()
        .filter(|(_, f)| f.all_sources().any(|s| s == id))
        .count();
    let pay = kb
        .roles
        .iter()
        .flat_map(|r| &r.pay)
        .filter(|p| {
            p.sources
                .iter()
                .chain(p.dispute.iter().flat_map(|d| &d.sources))
                .any(|s| s == id)
        })
        .count();
    facts + pay
}

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

pub fn item(kb: &KnowledgeBase, item: usize, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let Some(s) = kb.sources.get(item) else {
        return Vec::new();
    };
    let mut out = source_lines(item + 1, s, width, theme);
    let pad = " ".repeat(format!("[{}] ", item + 1).chars().count());
    let cited = format!("cited by {} facts", citations(kb, &s.id));
    out.extend(wrap(
        &[(&cited, theme.dim)],
        width,
        (&pad, theme.dim),
        (&pad, theme.dim),
    ));
    out
}

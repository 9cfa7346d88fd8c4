//! How one fact looks: its text, source markers, caveat, and a dispute beside what the
//! sources say.

use ratatui::style::Style;
use ratatui::text::Line;

use super::theme::Theme;
use super::wrap::wrap;
use crate::kb::items::marker;
use crate::kb::{Fact, KnowledgeBase, Trust};

/// Low-trust citations are styled so they stand out even without colour.
pub fn marker_style(kb: &KnowledgeBase, ids: &[String], theme: &Theme) -> Style {
    let all_low = !ids.is_empty()
        && ids.iter().all(|id| {
            kb.source_index(id)
                .and_then(|i| kb.sources.get(i))
                .is_some_and(|s| s.trust == Trust::Low)
        });
    if all_low {
        theme.trust_low
    } else {
        theme.source
    }
}

/// Lines for a fact at `width`, starting with `bullet` and indented under it.
/// Most facts one item draws: a section of a million facts (a generated file) would be
/// wrapped whole on every key. The rest are counted in a last line that says where to read
/// them; no real item comes near it.
pub const MAX_FACTS_SHOWN: usize = 500;

/// How an item is laid out: its text wrapped to `width` in `theme`, with at most
/// `max_facts` facts per list (the explorer's screens) or all of them (`show`, plain mode).
#[derive(Clone, Copy)]
pub struct Fit<'a> {
    pub width: u16,
    pub theme: &'a Theme,
    pub max_facts: usize,
}

/// A name as a heading, then "Also called: ..." when it has other names (a term, a role).
pub fn name_and_aliases(name: &str, aliases: &[String], fit: Fit<'_>) -> Vec<Line<'static>> {
    let (width, theme) = (fit.width, fit.theme);
    let mut out = super::wrap::wrap(
        &[(name, theme.heading)],
        width,
        ("", theme.base),
        ("", theme.base),
    );
    if !aliases.is_empty() {
        let aliases = aliases.join(", ");
        out.extend(super::wrap::wrap(
            &[("Also called:", theme.dim), (&aliases, theme.dim)],
            width,
            ("  ", theme.dim),
            ("  ", theme.dim),
        ));
    }
    out
}

/// The lines of a list of facts, at most `fit.max_facts` of them, then a line saying how
/// many more there are and that `show ID` prints them all.
pub fn list(
    kb: &KnowledgeBase,
    facts: &[Fact],
    id: &str,
    fit: Fit<'_>,
    bullet: &str,
) -> Vec<Line<'static>> {
    let (width, theme) = (fit.width, fit.theme);
    let mut out: Vec<Line<'static>> = facts
        .iter()
        .take(fit.max_facts)
        .flat_map(|f| lines(kb, f, width, theme, bullet))
        .collect();
    if facts.len() > fit.max_facts {
        let more = format!(
            "... and {} more facts, not shown here: `perfusion-explorer show {id}` prints them all.",
            facts.len() - fit.max_facts
        );
        let indent = " ".repeat(bullet.chars().count());
        out.extend(super::wrap::wrap(
            &[(&more, theme.note)],
            width,
            (&indent, theme.note),
            (&indent, theme.note),
        ));
    }
    out
}

pub fn lines(
    kb: &KnowledgeBase,
    fact: &Fact,
    width: u16,
    theme: &Theme,
    bullet: &str,
) -> Vec<Line<'static>> {
    let indent = " ".repeat(bullet.chars().count());
    let m = marker(kb, &fact.sources);
    let ms = marker_style(kb, &fact.sources, theme);
    let mut out = match &fact.dispute {
        None => wrap(
            &[(&fact.text, theme.base), (&m, ms)],
            width,
            (bullet, theme.base),
            (&indent, theme.base),
        ),
        Some(d) => {
            let mut v = wrap(
                &[
                    ("DISPUTED:", theme.disputed),
                    (&fact.text, theme.base),
                    (&m, ms),
                ],
                width,
                (bullet, theme.base),
                (&indent, theme.base),
            );
            let dm = marker(kb, &d.sources);
            let dms = marker_style(kb, &d.sources, theme);
            let sub = format!("{indent}  ");
            v.extend(wrap(
                &[
                    ("Sources say:", theme.verified),
                    (&d.says, theme.base),
                    (&dm, dms),
                ],
                width,
                (&format!("{indent}↳ "), theme.verified),
                (&sub, theme.base),
            ));
            v
        }
    };
    if let Some(note) = &fact.note {
        out.extend(wrap(
            &[("Note:", theme.note), (note, theme.note)],
            width,
            (&indent, theme.note),
            (&indent, theme.note),
        ));
    }
    out
}

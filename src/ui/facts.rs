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

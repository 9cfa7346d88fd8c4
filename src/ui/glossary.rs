//! The Glossary pane: each term, what else it is called, and its definition.

use ratatui::text::Line;

use super::facts::{self, Fit};
use super::wrap::wrap;
use crate::kb::KnowledgeBase;

pub fn item(kb: &KnowledgeBase, item: usize, fit: Fit<'_>) -> Vec<Line<'static>> {
    let (width, theme) = (fit.width, fit.theme);
    let Some(t) = kb.glossary.get(item) else {
        return Vec::new();
    };
    let mut out = wrap(
        &[(&t.term, theme.heading)],
        width,
        ("", theme.base),
        ("", theme.base),
    );
    if !t.aliases.is_empty() {
        let aliases = t.aliases.join(", ");
        out.extend(wrap(
            &[("Also called:", theme.dim), (&aliases, theme.dim)],
            width,
            ("  ", theme.dim),
            ("  ", theme.dim),
        ));
    }
    out.extend(facts::list(kb, &t.definition, &t.id, fit, "  "));
    out
}

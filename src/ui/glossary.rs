//! The Glossary pane: each term, what else it is called, and its definition.

use ratatui::text::Line;

use super::facts;
use super::theme::Theme;
use super::wrap::wrap;
use crate::kb::KnowledgeBase;

pub fn item(kb: &KnowledgeBase, item: usize, width: u16, theme: &Theme) -> Vec<Line<'static>> {
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
    for f in &t.definition {
        out.extend(facts::lines(kb, f, width, theme, "  "));
    }
    out
}

//! The Glossary pane: each term, what else it is called, and its definition.

use ratatui::text::Line;

use super::facts::{self, Fit};
use crate::kb::KnowledgeBase;

pub fn item(kb: &KnowledgeBase, item: usize, fit: Fit<'_>) -> Vec<Line<'static>> {
    let Some(t) = kb.glossary.get(item) else {
        return Vec::new();
    };
    let mut out = facts::name_and_aliases(&t.term, &t.aliases, fit);
    out.extend(facts::list(kb, &t.definition, &t.id, fit, "  "));
    out
}

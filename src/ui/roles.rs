//! The Roles pane: each role's profile (what they do, tasks, what the comparison says,
//! its own sections, pay, related roles), every fact with its source marker.

use ratatui::text::Line;

use super::facts::{self, Fit};
use super::wrap::wrap;
use crate::kb::KnowledgeBase;
use crate::kb::profile::{blocks, related};

pub fn item(kb: &KnowledgeBase, item: usize, fit: Fit<'_>) -> Vec<Line<'static>> {
    let (width, theme) = (fit.width, fit.theme);
    let Some(role) = kb.roles.get(item) else {
        return Vec::new();
    };
    let mut out = facts::name_and_aliases(&role.title, &role.aliases, fit);
    for b in blocks(kb, role) {
        out.extend(wrap(
            &[(&b.heading, theme.kind)],
            width,
            ("  ", theme.base),
            ("  ", theme.base),
        ));
        out.extend(facts::list(kb, &b.facts, &role.id, fit, "  • "));
    }
    let rel = related(kb, role);
    if !rel.is_empty() {
        let rel = rel.join("; ");
        out.extend(wrap(
            &[("Related roles:", theme.kind), (&rel, theme.base)],
            width,
            ("  ", theme.base),
            ("    ", theme.base),
        ));
    }
    out
}

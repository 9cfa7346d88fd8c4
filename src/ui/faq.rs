//! The FAQ pane: each question with its sourced answer.

use ratatui::text::Line;

use super::facts::{self, Fit};
use super::wrap::wrap;
use crate::kb::KnowledgeBase;

pub fn item(kb: &KnowledgeBase, item: usize, fit: Fit<'_>) -> Vec<Line<'static>> {
    let (width, theme) = (fit.width, fit.theme);
    let Some(q) = kb.faqs.get(item) else {
        return Vec::new();
    };
    let mut out = wrap(
        &[(&q.question, theme.heading)],
        width,
        ("Q. ", theme.heading),
        ("   ", theme.base),
    );
    out.extend(facts::list(kb, &q.answer, &q.id, fit, "   "));
    out
}

//! The FAQ pane: each question with its sourced answer.

use ratatui::text::Line;

use super::facts;
use super::theme::Theme;
use super::wrap::wrap;
use crate::kb::KnowledgeBase;

pub fn item(kb: &KnowledgeBase, item: usize, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let Some(q) = kb.faqs.get(item) else {
        return Vec::new();
    };
    let mut out = wrap(
        &[(&q.question, theme.heading)],
        width,
        ("Q. ", theme.heading),
        ("   ", theme.base),
    );
    for f in &q.answer {
        out.extend(facts::lines(kb, f, width, theme, "   "));
    }
    out
}

//! The side panel on wide terminals: the sources behind the selected item.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};

use super::compare::pay_fact;
use super::sources::source_lines;
use super::theme::Theme;
use crate::kb::{Fact, KnowledgeBase, Pane};

/// The facts an item shows.
pub fn item_facts(kb: &KnowledgeBase, pane: Pane, item: usize) -> Vec<Fact> {
    match pane {
        Pane::Program => {
            let mut i = item;
            for p in &kb.programs {
                if i == 0 {
                    return vec![p.summary.clone()];
                }
                i -= 1;
                if let Some(s) = p.sections.get(i) {
                    return s.facts.clone();
                }
                i -= p.sections.len();
            }
            Vec::new()
        }
        Pane::Compare if item == 0 => kb.compared_roles().map(|r| r.summary.clone()).collect(),
        Pane::Compare => match kb.comparison.dimensions.get(item - 1) {
            Some(d) => d.cells.iter().flat_map(|c| c.facts.clone()).collect(),
            None => kb
                .roles
                .iter()
                .flat_map(|r| r.pay.iter().map(pay_fact))
                .collect(),
        },
        Pane::Faq => kb
            .faqs
            .get(item)
            .map(|q| q.answer.clone())
            .unwrap_or_default(),
        Pane::Glossary => kb
            .glossary
            .get(item)
            .map(|t| t.definition.clone())
            .unwrap_or_default(),
        Pane::Sources => kb
            .sources
            .get(item)
            .map(|s| {
                vec![Fact {
                    text: String::new(),
                    sources: vec![s.id.clone()],
                    note: None,
                    dispute: None,
                }]
            })
            .unwrap_or_default(),
    }
}

/// Source ids cited by an item, in order of first citation.
pub fn item_sources(kb: &KnowledgeBase, pane: Pane, item: usize) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for f in item_facts(kb, pane, item) {
        for id in f.all_sources() {
            if !ids.iter().any(|x| x == id) {
                ids.push(id.to_string());
            }
        }
    }
    ids
}

/// The item's sources as lines `width` wide, a blank line between sources.
pub fn lines(
    kb: &KnowledgeBase,
    pane: Pane,
    item: usize,
    width: u16,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> = Vec::new();
    for id in item_sources(kb, pane, item) {
        let Some(n) = kb.source_index(&id) else {
            continue;
        };
        if !out.is_empty() {
            out.push(Line::default());
        }
        out.extend(source_lines(n + 1, &kb.sources[n], width, theme));
    }
    out
}

/// Which item's sources to show, from which line, and what the "more below" mark says.
pub struct View {
    pub pane: Pane,
    pub item: usize,
    pub scroll: usize,
    pub more: &'static str,
}

/// Draws the sources in a bordered box; marks the bottom border while more lie below.
pub fn render(kb: &KnowledgeBase, view: &View, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let mut block = Block::bordered()
        .border_style(theme.border)
        .style(theme.base)
        .title(Line::styled(" Sources for this item ", theme.border));
    let inner = block.inner(area);
    let lines = lines(kb, view.pane, view.item, inner.width, theme);
    let visible = usize::from(inner.height);
    let scroll = view.scroll.min(lines.len().saturating_sub(visible));
    if scroll > 0 {
        block = block.title_bottom(Line::styled(" ↑ ", theme.key).left_aligned());
    }
    if lines.len() > scroll + visible {
        block = block.title_bottom(Line::styled(view.more, theme.key).right_aligned());
    }
    block.render(area, buf);
    for (line, y) in lines.iter().skip(scroll).zip(inner.top()..inner.bottom()) {
        buf.set_line(inner.x, y, line, inner.width);
    }
}

//! The side panel on wide terminals: the sources behind the selected item.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};

use super::sources::{Urls, source_lines};
use super::theme::Theme;
use crate::kb::items::item_sources;
use crate::kb::{KnowledgeBase, Pane};

/// The item's sources as lines `width` wide, a blank line between sources.
pub fn lines(
    kb: &KnowledgeBase,
    pane: Pane,
    item: usize,
    width: u16,
    theme: &Theme,
    urls: Urls,
) -> Vec<Line<'static>> {
    lines_by_source(kb, pane, item, width, theme, urls)
        .into_iter()
        .map(|(line, _)| line)
        .collect()
}

/// The same lines, each with the index of the source it belongs to.
fn lines_by_source(
    kb: &KnowledgeBase,
    pane: Pane,
    item: usize,
    width: u16,
    theme: &Theme,
    urls: Urls,
) -> Vec<(Line<'static>, Option<usize>)> {
    let mut out = Vec::new();
    for id in item_sources(kb, pane, item) {
        let Some((n, source)) = kb
            .source_index(&id)
            .and_then(|n| kb.sources.get(n).map(|s| (n, s)))
        else {
            continue;
        };
        if !out.is_empty() {
            out.push((Line::default(), None));
        }
        let lines = source_lines(n + 1, source, width, theme, urls);
        out.extend(lines.into_iter().map(|l| (l, Some(n))));
    }
    out
}

/// Which item's sources to show, from which line, and what the "more below" mark says.
pub struct View {
    pub pane: Pane,
    pub item: usize,
    pub scroll: usize,
    pub more: &'static str,
    /// The box's title.
    pub title: &'static str,
    pub urls: Urls,
}

/// Draws the sources in a bordered box; marks the bottom border while more lie below.
/// Says whether there is more above and more below.
pub fn render(
    kb: &KnowledgeBase,
    view: &View,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> (bool, bool) {
    let mut block = Block::bordered()
        .border_style(theme.border)
        .style(theme.base)
        .title(Line::styled(view.title, theme.border));
    let inner = block.inner(area);
    let lines = lines_by_source(kb, view.pane, view.item, inner.width, theme, view.urls);
    let visible = usize::from(inner.height);
    let scroll = view.scroll.min(lines.len().saturating_sub(visible));
    let (above, below) = (scroll > 0, lines.len() > scroll + visible);
    if above {
        block = block.title_bottom(Line::styled(" ↑ ", theme.key).left_aligned());
    }
    if below {
        block = block.title_bottom(Line::styled(view.more, theme.key).right_aligned());
    }
    block.render(area, buf);
    for ((line, n), y) in lines.iter().skip(scroll).zip(inner.top()..inner.bottom()) {
        buf.set_line(inner.x, y, line, inner.width);
        let url = n
            .and_then(|n| kb.sources.get(n))
            .and_then(|s| s.url.as_deref());
        if let Some(url) = url.filter(|_| theme.links) {
            super::links::mark(buf, inner.x, y, inner.width, line, url);
        }
    }
    (above, below)
}

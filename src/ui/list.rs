//! A list pane: one row per question, term or role to scan, a rule, and the selected
//! item's whole text beside it (wide terminals) or below it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::wrap::ellipsize;
use crate::app::App;
use crate::kb::Pane;
use crate::kb::entries::pane_len;
use crate::kb::items::item_title;
use crate::view::layout::{GUTTER, item_width, list_split};

/// Draws a list pane inside its block.
pub fn render(app: &App, theme: &Theme, inner: Rect, buf: &mut Buffer) {
    let pane = app.pane;
    let kb = &app.lib.kb;
    let split = list_split(inner, app.size.0);
    let len = pane_len(kb, pane);
    let (selected, top) = (app.selected[pane.index()], app.scroll[pane.index()]);
    let rows = usize::from(split.list.height);
    // The visible rows' starred items: one pass over the entries, and a lookup only for
    // those on screen (none to look for, most of the time).
    let visible = top..top.saturating_add(rows);
    let starred: Vec<usize> = if app.shortlist.is_empty() {
        Vec::new()
    } else {
        app.lib
            .entries
            .iter()
            .filter(|e| e.pane == pane && visible.contains(&e.item))
            .filter(|e| app.shortlist.contains(&e.id))
            .map(|e| e.item)
            .collect()
    };
    for (item, y) in (top..len).zip(split.list.top()..split.list.bottom()) {
        let is_sel = item == selected;
        let row = Rect::new(split.list.x, y, split.list.width, 1);
        let mut spans = vec![Span::styled(
            if is_sel { "▌ " } else { "  " },
            theme.selected_bar,
        )];
        // On the shortlist (`*`): a star before the title.
        let star = if starred.contains(&item) { "★ " } else { "" };
        spans.push(Span::styled(star, theme.key));
        // A role in the comparison says so, so `c` shows what it did.
        let compared = kb
            .roles
            .get(item)
            .is_some_and(|r| kb.comparison.roles.contains(&r.id));
        let tag = if pane == Pane::Roles && compared {
            " · compared"
        } else {
            ""
        };
        let room = usize::from(row.width.saturating_sub(GUTTER))
            .saturating_sub(tag.width())
            .saturating_sub(star.width());
        let style = if is_sel { theme.heading } else { theme.base };
        spans.push(Span::styled(
            ellipsize(&item_title(kb, pane, item), room),
            style,
        ));
        spans.push(Span::styled(tag, theme.kind));
        buf.set_line(row.x, row.y, &Line::from(spans), row.width);
        if is_sel {
            buf.set_style(row, theme.result_selected);
        }
    }
    rule(split.rule, split.beside, top, rows, len, theme, buf);
    detail(app, theme, split.detail, buf);
}

/// The rule between list and item; beside, it is the list's scrollbar, below, a line that
/// says when more of the list lies above or below.
fn rule(
    area: Rect,
    beside: bool,
    top: usize,
    rows: usize,
    len: usize,
    theme: &Theme,
    buf: &mut Buffer,
) {
    if beside {
        let mut state = ScrollbarState::new(len.saturating_sub(rows) + 1)
            .position(top)
            .viewport_content_length(rows);
        let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol((top > 0).then_some("↑"))
            .end_symbol((top + rows < len).then_some("↓"))
            .track_symbol(Some("│"))
            .thumb_symbol("┃")
            .track_style(theme.border)
            .thumb_style(theme.key)
            .begin_style(theme.key)
            .end_style(theme.key);
        if len > rows {
            bar.render(area, buf, &mut state);
        } else {
            for y in area.top()..area.bottom() {
                buf.set_string(area.x, y, "│", theme.border);
            }
        }
        return;
    }
    let w = usize::from(area.width);
    buf.set_string(area.x, area.y, "─".repeat(w), theme.border);
    if top > 0 {
        buf.set_string(area.x + 1, area.y, " ↑ more ", theme.key);
    }
    if top + rows < len {
        let mark = format!(" ↓ {} more ", len - top - rows);
        let x = area
            .right()
            .saturating_sub(crate::view::layout::cells(mark.width()) + 1);
        buf.set_string(x.max(area.x), area.y, mark, theme.key);
    }
}

/// The selected item's whole text, scrolled as the app says, query words marked when it
/// was opened from the results.
fn detail(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let pane = app.pane;
    let item = app.selected[pane.index()];
    let mut lines = super::pane::item_lines(&app.lib, pane, item, item_width(area.width), theme);
    lines.pop();
    let roots = match app.opened {
        Some(opened) if opened == (pane, item) && !app.query.is_empty() => {
            crate::search::Query::parse(&app.query).roots
        }
        _ => Vec::new(),
    };
    let x = area.x.saturating_add(GUTTER).min(area.right());
    let width = area.width.saturating_sub(GUTTER);
    for (line, y) in lines
        .into_iter()
        .skip(app.detail_scroll())
        .zip(area.top()..area.bottom())
    {
        let line = super::highlight::query_words(line, &roots, theme.matched);
        buf.set_line(x, y, &line, width);
    }
}

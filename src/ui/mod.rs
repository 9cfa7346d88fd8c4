//! Drawing: a pure function of the app state onto a frame, plus mouse hit-testing that
//! uses the same layout.

use std::fmt::Write as _;
pub mod chart;
pub mod compare;
pub mod confirm;
pub mod facts;
pub mod faq;
pub mod fit;
pub mod footer;
pub mod glossary;
pub mod help;
pub mod highlight;
pub mod links;
pub mod list;
pub mod measure;
pub mod pane;
pub mod program;
pub mod qr;
pub mod results;
pub mod roles;
pub mod routes;
pub mod search_bar;
pub mod shortlist;
pub mod side_panel;
pub mod sources;
pub mod tabs;
pub mod theme;
pub mod too_small;
pub mod wrap;

use ratatui::Frame;
use ratatui::layout::{Margin, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Widget};

use crate::app::{Action, App, Focus, Mode};
use crate::kb::Pane;
use crate::view::layout;
pub use theme::{Theme, ThemeName};

pub fn render(app: &App, theme: &Theme, frame: &mut Frame) {
    let area = frame.area();
    let cursor = draw(app, theme, area, frame.buffer_mut());
    if let Some(pos) = cursor {
        frame.set_cursor_position(pos);
    }
}

/// Draws everything; returns the cursor position when the search bar has focus.
pub fn draw(
    app: &App,
    theme: &Theme,
    area: Rect,
    buf: &mut ratatui::buffer::Buffer,
) -> Option<Position> {
    buf.set_style(area, theme.base);
    if layout::too_small(area) {
        too_small::render(theme, area, buf);
        return None;
    }
    let a = layout::areas_for(area, app.list_view());
    tabs::render(app.pane, theme, a.tabs, buf);
    let cursor = search_bar::render(
        &app.lib.kb.title,
        &app.query,
        app.cursor,
        app.focus == Focus::Search,
        theme,
        a.search,
        buf,
    );

    let pane = app.pane;
    let (title, border) = if app.showing_results() {
        (results_title(app), theme.border_focused)
    } else {
        let style = if app.focus == Focus::Pane {
            theme.border_focused
        } else {
            theme.border
        };
        let checked = &app.lib.kb.checked;
        let title = if pane == Pane::Sources && !checked.is_empty() {
            format!(" {} · facts checked as of {checked} ", pane.title())
        } else {
            format!(" {} ", pane.title())
        };
        (title, style)
    };
    let mut block = Block::bordered()
        .border_style(border)
        .title(Line::styled(title, border));
    // The Sources pane says how a low-trust source looks, in the style it has.
    if pane == Pane::Sources && !app.showing_results() && a.body.width >= 60 {
        block = block
            .title(Line::styled(" low trust looks like this ", theme.trust_low).right_aligned());
    }
    // A pane that scrolls says so on its border: more above, more below.
    // Not under a popup: its own marks are the ones that count then.
    let covered = app.sources_open() || app.help().is_some();
    if app.list_view() && !covered {
        // The list marks its own rule; the border speaks for the item being read.
        let mark = match (app.detail_scroll() > 0, app.detail_has_more()) {
            (true, true) => Some(" ↑ PgUp · ↓ more: PgDn "),
            (true, false) => Some(" ↑ more: PgUp "),
            (false, true) => Some(" ↓ more: PgDn "),
            (false, false) => None,
        };
        if let Some(mark) = mark {
            block = block.title_bottom(Line::styled(mark, theme.key).right_aligned());
        }
    } else if !app.showing_results()
        && !covered
        && let Some(m) = app.metrics(pane)
    {
        let top = app.scroll[pane.index()];
        let visible = usize::from(a.body.height.saturating_sub(2));
        if top > 0 {
            block = block.title_bottom(Line::styled(" ↑ more ", theme.key).left_aligned());
        }
        if top + visible < m.total {
            block = block.title_bottom(Line::styled(" ↓ more ", theme.key).right_aligned());
        }
    }
    let inner = block.inner(a.body);
    block.render(a.body, buf);
    let selected = app.selected[pane.index()];
    if app.showing_results() {
        let card = answer_lines(app, inner.width, theme);
        let (card_area, list) = results::split(card.len(), inner);
        if !card_area.is_empty() {
            results::render_card(card, theme, card_area, buf);
        }
        results::render(&app.query, &app.hits, app.hit, theme, list, buf);
    } else if app.list_view() {
        list::render(app, theme, inner, buf);
    } else {
        pane::render(app, theme, inner, buf);
    }
    if let Some(side_area) = a.side
        && app.showing_results()
        && app.hits.is_empty()
    {
        // Nothing found: no item's sources, rather than those of the pane behind the list.
        let block = Block::bordered()
            .border_style(theme.border)
            .title(Line::styled(" Sources for this item ", theme.border));
        let inner = block.inner(side_area);
        block.render(side_area, buf);
        wrap::paragraph(
            "Nothing found, so no sources to show.",
            theme.base,
            inner,
            buf,
        );
    } else if let Some(side_area) = a.side {
        let (p, item) = match app.hits.get(app.hit) {
            Some(h) if app.showing_results() => (h.pane, h.item),
            _ => (pane, selected),
        };
        let view = side_panel::View {
            pane: p,
            item,
            scroll: 0,
            more: " ↓ more: s ",
            title: " Sources for this item ",
            urls: sources::Urls::Cut,
        };
        side_panel::render(&app.lib.kb, &view, theme, side_area, buf);
    }
    // The popup sits above the footer row, so it is drawn first and tells the footer what
    // its page keys can still do.
    let mut popup_more = (true, true);
    if app.sources_open() && !app.showing_results() {
        let width = layout::sources_popup_width(area);
        let lines = side_panel::lines(
            &app.lib.kb,
            pane,
            selected,
            width,
            theme,
            sources::Urls::Whole,
        );
        let popup = layout::sources_popup(area, lines.len());
        Clear.render(popup, buf);
        let view = side_panel::View {
            pane,
            item: selected,
            scroll: app.sources_scroll(),
            more: " ↓ more: PgDn ",
            title: " Sources for this item · s or Esc closes ",
            urls: sources::Urls::Whole,
        };
        popup_more = side_panel::render(&app.lib.kb, &view, theme, popup, buf);
    }
    if let Some(notice) = &app.notice {
        buf.set_line(
            a.footer.x,
            a.footer.y,
            &Line::styled(format!(" {notice}"), theme.key),
            a.footer.width,
        );
    } else {
        let no_results = app.showing_results() && app.hits.is_empty();
        let mode = app.mode();
        let offer = |action: Action| match action {
            Action::Open
            | Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom
                if mode == Mode::Search =>
            {
                !no_results
            }
            // Only a role can be put in the comparison.
            Action::ToggleCompare => app.pane == Pane::Roles && !app.showing_results(),
            Action::PageUp if mode == Mode::Sources => popup_more.0,
            Action::PageDown if mode == Mode::Sources => popup_more.1,
            _ => true,
        };
        let at = position(app);
        footer::render(mode, app.chrome.kiosk, &offer, &at, theme, a.footer, buf);
    }
    if let Some(state) = app.fit() {
        fit::render(&app.lib, state, theme, area, buf);
    }
    if let Some(row) = app.shortlist_selected() {
        shortlist::render(app, row, theme, area, buf);
    }
    if let Some(edit) = app.note_edit() {
        shortlist::render_note(edit, theme, area, buf);
    }
    if let Some(help_state) = app.help() {
        help::render(
            help_state,
            help::EXPLORER_MODES,
            app.chrome.kiosk,
            theme,
            area,
            buf,
        );
        return None;
    }
    if app.confirming_quit() {
        confirm::render(theme, area, buf);
        return None;
    }
    cursor
}

/// "FAQ 3/36" or "result 2/14", for the footer.
fn position(app: &App) -> String {
    if app.showing_results() {
        if app.hits.is_empty() {
            return String::new();
        }
        return format!("result {}/{} ", app.hit + 1, app.hits.len());
    }
    let len = app.metrics(app.pane).map_or(0, crate::view::Metrics::len);
    if len == 0 {
        return String::new();
    }
    format!(
        "{} {}/{} ",
        app.pane.short(),
        app.selected[app.pane.index()] + 1,
        len
    )
}

/// " Results: 50 of 53 · no match for: tuition ".
fn results_title(app: &App) -> String {
    let mut title = format!(" Results: {}", app.hits.len());
    if app.hit_total > app.hits.len() {
        let _ = write!(title, " of {}", app.hit_total);
    }
    if !app.unmatched.is_empty() && !app.hits.is_empty() {
        let _ = write!(title, " · no match for: {}", app.unmatched.join(", "));
    }
    title.push(' ');
    title
}

/// The answer card's lines at `width`, if the app has an answer to show.
fn answer_lines(app: &App, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    app.answer
        .as_ref()
        .map(|fact| facts::lines(&app.lib.kb, fact, width, theme, "» "))
        .unwrap_or_default()
}

/// What a mouse click at (column, row) means, using the same layout as drawing.
pub fn click(app: &App, area: Rect, column: u16, row: u16) -> Option<Action> {
    if layout::too_small(area) || app.help().is_some() {
        return None;
    }
    let a = layout::areas_for(area, app.list_view());
    let pos = Position::new(column, row);
    if a.tabs.contains(pos) {
        return tabs::ranges(a.tabs)
            .into_iter()
            .find(|(x0, x1, _)| (*x0..*x1).contains(&column))
            .map(|(_, _, p)| Action::GoToPane(p));
    }
    if a.search.contains(pos) {
        return Some(Action::FocusSearch);
    }
    let inner = a.body.inner(Margin::new(1, 1));
    if !inner.contains(pos) {
        return None;
    }
    if app.showing_results() {
        let (_, list) = results::split(answer_lines(app, inner.width, &Theme::mono()).len(), inner);
        if !list.contains(pos) {
            return None;
        }
        let offset = row - list.y;
        let i = results::first_visible(app.hit, list.height)
            + usize::from(offset / results::LINES_PER_HIT);
        return (i < app.hits.len()).then_some(Action::OpenHit(i));
    }
    if app.list_view() {
        let list = layout::list_split(inner, area.width).list;
        if !list.contains(pos) {
            return None;
        }
        let i = app.scroll[app.pane.index()] + usize::from(row - list.y);
        let len = app.metrics(app.pane).map_or(0, crate::view::Metrics::len);
        return (i < len).then_some(Action::SelectItem(i));
    }
    let offset = row - inner.y;
    let m = app.metrics(app.pane)?;
    let line = app.scroll[app.pane.index()] + usize::from(offset);
    (line < m.total).then(|| Action::SelectItem(m.item_at(line)))
}

/// Whether the mouse is over the scrollable body (for the wheel).
pub fn over_body(app: &App, area: Rect, column: u16, row: u16) -> bool {
    !layout::too_small(area)
        && layout::areas_for(area, app.list_view())
            .body
            .contains(Position::new(column, row))
}

/// Whether the mouse is over a list pane's list, where the wheel moves the selection.
pub fn over_list(app: &App, area: Rect, column: u16, row: u16) -> bool {
    if layout::too_small(area) || !app.list_view() {
        return false;
    }
    let inner = layout::body_inner_for(area, true);
    layout::list_split(inner, area.width)
        .list
        .contains(Position::new(column, row))
}

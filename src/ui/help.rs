//! The help overlay, generated from the keymap and filterable by typing.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use super::theme::Theme;
use super::wrap::paragraph;
use crate::app::HelpState;
use crate::app::hints::grouped;
use crate::app::keymap::Mode;
use unicode_width::UnicodeWidthStr;

/// The modes whose keys the explorer's help lists.
pub const EXPLORER_MODES: &[Mode] = &[
    Mode::Browse,
    Mode::Sources,
    Mode::Search,
    Mode::Fit,
    Mode::Shortlist,
    Mode::Note,
    Mode::Help,
];
/// The modes whose keys the presentation's help lists.
pub const PRESENT_MODES: &[Mode] = &[Mode::Present, Mode::Confirm];

/// Help rows: a mode heading (None for keys) or (keys, description), filtered.
pub fn rows(
    filter: &str,
    modes: &[Mode],
    kiosk: bool,
) -> Vec<(Option<&'static str>, String, &'static str)> {
    let needle = filter.to_lowercase();
    let mut out = Vec::new();
    for &mode in modes {
        // Table order groups related keys (panes 1-5, movement, ...), which reads better
        // than an alphabetical sort.
        let entries: Vec<_> = grouped(mode, kiosk)
            .into_iter()
            .filter(|(k, d)| {
                needle.is_empty()
                    || k.to_lowercase().contains(&needle)
                    || d.to_lowercase().contains(&needle)
            })
            .collect();
        if entries.is_empty() {
            continue;
        }
        out.push((Some(mode.label()), String::new(), ""));
        out.extend(entries.into_iter().map(|(k, d)| (None, k, d)));
        if mode == Mode::Search && (needle.is_empty() || "type letters".contains(&needle)) {
            out.push((None, "letters".into(), "type into the query"));
        }
        // The mouse is ours while the explorer runs; the terminal still selects with Shift.
        let select = "shift-drag select text to copy";
        if mode == Mode::Browse && (needle.is_empty() || select.contains(&needle)) {
            out.push((None, "Shift-drag".into(), "select text to copy"));
        }
    }
    if modes.contains(&Mode::Browse) {
        let legend: Vec<_> = LEGEND
            .iter()
            .filter(|(k, d)| {
                needle.is_empty()
                    || k.to_lowercase().contains(&needle)
                    || d.to_lowercase().contains(&needle)
            })
            .collect();
        if !legend.is_empty() {
            out.push((Some("Reading the screen"), String::new(), ""));
            out.extend(legend.into_iter().map(|&(k, d)| (None, k.to_string(), d)));
        }
    }
    out
}

/// What the marks beside the text mean, for the explorer's help.
const LEGEND: &[(&str, &str)] = &[
    ("[3]", "sources of the fact before it (s lists them)"),
    ("red [3]", "a low-trust source (bold italic in mono)"),
    ("DISPUTED", "better sources disagree; their words follow"),
    ("Note:", "a caveat: self-reported, undated, ..."),
    ("↑ more ↓ more", "the pane scrolls: more that way"),
];

/// `text` in `style`, with each place it holds `filter` (any letter case) in `matched`, so
/// the reader sees why a row is listed.
fn marked(text: &str, filter: &str, style: Style, matched: Style) -> Vec<Span<'static>> {
    let (hay, needle) = (text.to_lowercase(), filter.to_lowercase());
    // Lowercasing can change byte lengths outside ASCII; then the row is shown unmarked.
    if needle.is_empty() || hay.len() != text.len() {
        return vec![Span::styled(text.to_string(), style)];
    }
    let mut out = Vec::new();
    let mut at = 0;
    for (i, _) in hay.match_indices(&needle) {
        if i < at || !text.is_char_boundary(i) || !text.is_char_boundary(i + needle.len()) {
            continue;
        }
        out.push(Span::styled(text[at..i].to_string(), style));
        out.push(Span::styled(text[i..i + needle.len()].to_string(), matched));
        at = i + needle.len();
    }
    out.push(Span::styled(text[at..].to_string(), style));
    out.retain(|s| !s.content.is_empty());
    out
}

/// The help popup's box in `area`.
fn popup(area: Rect) -> Rect {
    area.centered(Constraint::Max(72), Constraint::Percentage(90))
}

/// How help scrolls in `area`: rows a page moves, and the last useful scroll position (the
/// last rows just fill the popup).
pub fn scroll_range(filter: &str, modes: &[Mode], kiosk: bool, area: Rect) -> (usize, usize) {
    let visible = usize::from(popup(area).height.saturating_sub(2));
    let rows = rows(filter, modes, kiosk).len();
    (visible.saturating_sub(1), rows.saturating_sub(visible))
}

pub fn render(
    state: &HelpState,
    modes: &[Mode],
    kiosk: bool,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let popup = popup(area);
    Clear.render(popup, buf);
    let title = if state.filter.is_empty() {
        " Keys · type to filter · Esc closes ".to_string()
    } else {
        format!(
            " Keys matching \"{}\" · Ctrl-U clears · Esc closes ",
            state.filter
        )
    };
    let rows = rows(&state.filter, modes, kiosk);
    let mut block = Block::bordered()
        .border_style(theme.border_focused)
        .style(theme.base)
        .title(Line::styled(title, theme.heading));
    let visible = usize::from(popup.height.saturating_sub(2));
    if rows.len().saturating_sub(state.scroll) > visible {
        block = block.title_bottom(Line::styled(" ↓ more ", theme.key).right_aligned());
    }
    let inner = block.inner(popup);
    block.render(popup, buf);
    if rows.is_empty() {
        paragraph(
            "No keys match; Backspace or Ctrl-U to clear, Esc to close.",
            theme.dim,
            inner,
            buf,
        );
        return;
    }
    // Keys in one column, at least two spaces clear of the longest key label.
    let key_col = rows
        .iter()
        .filter(|r| r.0.is_none())
        .map(|r| r.1.width())
        .max()
        .unwrap_or(0)
        .max(20)
        + 2;
    let scroll = state.scroll.min(rows.len().saturating_sub(1));
    for (i, (heading, keys, desc)) in rows
        .iter()
        .skip(scroll)
        .take(usize::from(inner.height))
        .enumerate()
    {
        let line = if let Some(h) = heading {
            Line::styled(h.to_string(), theme.heading)
        } else {
            let keys = format!(
                "  {keys}{}",
                " ".repeat(key_col.saturating_sub(keys.width()))
            );
            let mut spans = marked(&keys, &state.filter, theme.key, theme.matched);
            spans.extend(marked(desc, &state.filter, theme.base, theme.matched));
            Line::from(spans)
        };
        // A row cut at the popup's edge ends in "…", so a reader sees it goes on.
        let line = super::wrap::cut_line(line, usize::from(inner.width));
        buf.set_line(
            inner.x,
            inner.y.saturating_add(crate::view::layout::cells(i)),
            &line,
            inner.width,
        );
    }
}

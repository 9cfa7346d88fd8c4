//! The shortlist view (`S`): each starred entry with its note, what happens to the list
//! (saved where, or a kiosk's "cleared when you leave" with a QR code of its sources), and
//! the one-line box a note is written in.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Widget};

use super::qr::Qr;
use super::theme::Theme;
use super::wrap::wrap;
use crate::app::{App, NoteEdit};
use crate::catalog::Catalog;
use crate::kb::items::item_sources;
use crate::view::layout::fit_popup;
use unicode_width::UnicodeWidthStr;

/// What the list says before anything is starred.
pub const EMPTY: &str = "Nothing starred yet. Press * on any item (a program section, a comparison row, a role, an FAQ, a term, a route) to keep it here, and n to add a note to it.";

/// The web addresses of the sources the shortlist's entries cite, each once, in order.
pub fn source_links(app: &App) -> Vec<String> {
    let lib: &Catalog = &app.lib;
    let mut out: Vec<String> = Vec::new();
    for s in app.shortlist.items() {
        let Some(e) = lib.find(&s.id) else { continue };
        for id in item_sources(&lib.kb, e.pane, e.item) {
            if let Some(url) = lib
                .kb
                .source_index(&id)
                .and_then(|i| lib.kb.sources[i].url.clone())
                && !out.contains(&url)
            {
                out.push(url);
            }
        }
    }
    out
}

/// The largest QR code of the first links that fits `room`, and how many links it holds.
fn qr_of(links: &[String], room: (u16, u16)) -> Option<(Qr, usize)> {
    (1..=links.len()).rev().find_map(|n| {
        let qr = Qr::new(&links[..n].join("\n"))?;
        let (w, h) = qr.size();
        (w <= room.0 && h <= room.1).then_some((qr, n))
    })
}

/// The rows of the list: per entry its title line, and its note when it has one.
fn entry_lines(app: &App, row: usize, width: u16, theme: &Theme) -> (Vec<Line<'static>>, usize) {
    let mut out = Vec::new();
    let mut selected_end = 0;
    for (i, s) in app.shortlist.items().iter().enumerate() {
        let style = if i == row {
            theme.selected_bar
        } else {
            theme.base
        };
        let (title, kind) = match app.lib.find(&s.id) {
            Some(e) => (e.title.clone(), format!(" · {}", e.kind.label())),
            None => (
                s.id.clone(),
                " · no longer in this knowledge base".to_string(),
            ),
        };
        // The bar marks the selected row in every theme, mono too.
        let bar = if i == row { "▌" } else { " " };
        out.extend(wrap(
            &[(&format!("★ {title}"), style), (&kind, theme.kind)],
            width,
            (bar, theme.key),
            ("   ", style),
        ));
        if !s.note.is_empty() {
            out.extend(wrap(
                &[("Note: ", theme.heading), (&s.note, theme.note)],
                width,
                ("   ", theme.base),
                ("   ", theme.base),
            ));
        }
        if i == row {
            selected_end = out.len();
        }
    }
    (out, selected_end)
}

pub fn render(app: &App, row: usize, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let popup = fit_popup(area);
    Clear.render(popup, buf);
    let title = format!(" Your shortlist ({}) ", app.shortlist.len());
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(Line::styled(title, theme.border_focused));
    let inner = block.inner(popup);
    block.render(popup, buf);
    // What becomes of the list, under it: paragraphs, "" for a blank line.
    let mut foot: Vec<String> = Vec::new();
    let links = if app.chrome.kiosk {
        source_links(app)
    } else {
        Vec::new()
    };
    if !app.shortlist.is_empty() {
        foot.push(String::new());
        foot.push(match (&app.shortlist_saved_to, app.chrome.kiosk) {
            (_, true) => "Nothing is saved on this kiosk: the list is cleared when you leave. Scan the code to take its sources' web addresses with you.".to_string(),
            (Some(path), false) => format!("Saved in {path}. `perfusion-explorer notes` prints it as Markdown, with every source, to bring to an advisor."),
            (None, false) => "Not saved: there is nowhere to save it (no $HOME or $XDG_DATA_HOME). `perfusion-explorer notes` prints only what was saved.".to_string(),
        });
    }
    // The list and what follows it, laid out at a width.
    let lay = |width: u16, foot: &[String]| {
        let (lines, selected_end) = if app.shortlist.is_empty() {
            let plain = ("", theme.base);
            (wrap(&[(EMPTY, theme.base)], width, plain, plain), 0)
        } else {
            entry_lines(app, row, width, theme)
        };
        let dim = ("", theme.dim);
        let foot: Vec<Line<'static>> = foot
            .iter()
            .flat_map(|p| match p.as_str() {
                "" => vec![Line::default()],
                p => wrap(&[(p, theme.dim)], width, dim, dim),
            })
            .collect();
        (lines, selected_end, foot)
    };
    let mut list_area = inner;
    if !links.is_empty() {
        let (lines, _, wrapped) = lay(inner.width, &foot);
        let below = inner
            .height
            .saturating_sub(u16::try_from(lines.len() + wrapped.len()).unwrap_or(u16::MAX));
        let beside = (inner.width.saturating_sub(40), inner.height);
        // Wherever it holds more of the links; beside when both hold as many.
        let placed = match (qr_of(&links, beside), qr_of(&links, (inner.width, below))) {
            (Some(a), Some(b)) if b.1 > a.1 => Some((b, false)),
            (Some(a), _) => Some((a, true)),
            (None, b) => b.map(|b| (b, false)),
        };
        match placed {
            Some(((qr, n), side)) => {
                let (w, h) = qr.size();
                let at = if side {
                    list_area.width = inner.width.saturating_sub(w + 1);
                    Rect::new(inner.right().saturating_sub(w), inner.y, w, h)
                } else {
                    list_area.height = inner.height.saturating_sub(h);
                    Rect::new(inner.x, inner.bottom().saturating_sub(h), w, h)
                };
                qr.render(at, buf);
                if n < links.len() {
                    foot.push(format!(
                        "The code holds {n} of {} web addresses; a larger window holds more.",
                        links.len()
                    ));
                }
            }
            None => {
                foot.push("Make the window larger to show a QR code of the sources.".into());
            }
        }
    }
    let (lines, selected_end, foot) = lay(list_area.width, &foot);
    let height = usize::from(list_area.height);
    let list_room = height.saturating_sub(foot.len()).max(1);
    // Scrolled just enough that the selected entry's last line shows.
    let skip = selected_end.saturating_sub(list_room);
    let shown: Vec<&Line> = lines.iter().skip(skip).take(list_room).collect();
    for (y, line) in (list_area.y..list_area.bottom()).zip(shown.into_iter().chain(foot.iter())) {
        buf.set_line(list_area.x, y, line, list_area.width);
    }
}

/// The box a note is written in, over the middle of the screen.
pub fn render_note(edit: &NoteEdit, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let popup = area.centered(Constraint::Max(80), Constraint::Length(5));
    Clear.render(popup, buf);
    let title = format!(" Note on \"{}\" ", edit.title);
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(Line::styled(title, theme.border_focused));
    let inner = block.inner(popup);
    block.render(popup, buf);
    // The end of a long note stays in view while typing.
    let room = usize::from(inner.width.saturating_sub(1)) * usize::from(inner.height.max(1));
    let mut text = edit.text.clone();
    while text.width() > room {
        text.remove(0);
    }
    let lines = wrap(
        &[(&text, theme.base), ("▏", theme.key)],
        inner.width,
        ("", theme.base),
        ("", theme.base),
    );
    for (i, line) in lines
        .iter()
        .rev()
        .take(usize::from(inner.height))
        .rev()
        .enumerate()
    {
        let y = inner.y + u16::try_from(i).unwrap_or(0);
        buf.set_line(inner.x, y, line, inner.width);
    }
}

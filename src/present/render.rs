//! Drawing a slide: a large heading where it fits, the body as whole chunks (a fact is cut
//! only when even the first one does not fit), the "k / N" footer, and overlays.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};
use unicode_width::UnicodeWidthStr;

use super::Deck;
use super::qr::Qr;
use super::slides::{Slide, path_dimensions};
use crate::app::keymap::{Mode, hints};
use crate::kb::{Fact, KnowledgeBase, SlideKind};
use crate::ui::theme::Theme;
use crate::ui::wrap::{fit, paragraph, wrap};
use crate::ui::{chart, confirm, facts, help};

/// Below this the slide asks for a bigger window.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 10;

type Chunk = Vec<Line<'static>>;

fn verified(facts: &[Fact]) -> impl Iterator<Item = &Fact> {
    facts.iter().filter(|f| f.dispute.is_none())
}

fn heading_chunk(text: &str, width: u16, theme: &Theme) -> Chunk {
    wrap(
        &[(text, theme.heading)],
        width,
        ("", theme.base),
        ("", theme.base),
    )
}

fn fact_chunks<'a>(
    kb: &KnowledgeBase,
    facts: impl Iterator<Item = &'a Fact>,
    width: u16,
    theme: &Theme,
) -> Vec<Chunk> {
    facts
        .map(|f| facts::lines(kb, f, width, theme, "• "))
        .collect()
}

fn glance(kb: &KnowledgeBase, width: u16, theme: &Theme) -> Vec<Chunk> {
    let Some(p) = kb.programs.first() else {
        return Vec::new();
    };
    let mut out = vec![
        heading_chunk(&p.name, width, theme),
        facts::lines(kb, &p.summary, width, theme, ""),
    ];
    // The program's numbers: facts that state one.
    let numbers = p
        .sections
        .iter()
        .flat_map(|s| verified(&s.facts))
        .filter(|f| f.text.chars().any(|c| c.is_ascii_digit()));
    out.extend(fact_chunks(kb, numbers, width, theme));
    out
}

fn role(kb: &KnowledgeBase, slide: &Slide, width: u16, theme: &Theme) -> Vec<Chunk> {
    let Some(r) = slide.role.as_ref().and_then(|id| kb.role(id)) else {
        return Vec::new();
    };
    let mut out = vec![
        heading_chunk(&r.title, width, theme),
        facts::lines(kb, &r.summary, width, theme, ""),
    ];
    let duties = kb
        .comparison
        .dimensions
        .iter()
        .filter(|d| d.label.to_lowercase().contains("dut"));
    let facts = duties.flat_map(|d| {
        d.cells
            .iter()
            .filter(|c| c.role == r.id)
            .flat_map(|c| verified(&c.facts))
    });
    out.extend(fact_chunks(kb, facts, width, theme));
    out
}

fn compare(kb: &KnowledgeBase, width: u16, height: u16, theme: &Theme) -> Vec<Chunk> {
    let roles: Vec<_> = kb.compared_roles().collect();
    let dims = &kb.comparison.dimensions;
    if roles.is_empty() || dims.is_empty() {
        return Vec::new();
    }
    let label_w = 14u16;
    let col = width.saturating_sub(label_w + 3 * roles.len() as u16) / roles.len() as u16;
    if col < 10 {
        return Vec::new();
    }
    // Lines per cell, so every row fits on one screen where possible (the header takes one).
    let cell_lines = (usize::from(height.saturating_sub(1)) / dims.len()).clamp(1, 4);
    let row = |label: Chunk, cells: Vec<Chunk>| -> Chunk {
        let height = cells
            .iter()
            .chain([&label])
            .map(Vec::len)
            .max()
            .unwrap_or(1)
            .clamp(1, cell_lines.max(1));
        let empty = Line::default();
        (0..height)
            .map(|i| {
                let mut spans = fit(label.get(i).unwrap_or(&empty), usize::from(label_w));
                for c in &cells {
                    spans.push(Span::styled(" │ ", theme.border));
                    spans.extend(fit(c.get(i).unwrap_or(&empty), usize::from(col)));
                }
                Line::from(spans)
            })
            .collect()
    };
    let mut out = vec![row(
        Vec::new(),
        roles
            .iter()
            .map(|r| {
                heading_chunk(&r.title, col, theme)
                    .into_iter()
                    .take(1)
                    .collect()
            })
            .collect(),
    )];
    for d in dims {
        let cells = roles
            .iter()
            .map(|r| {
                let fact = d
                    .cells
                    .iter()
                    .filter(|c| c.role == r.id)
                    .flat_map(|c| verified(&c.facts))
                    .next();
                let mut lines = fact
                    .map(|f| facts::lines(kb, f, col, theme, ""))
                    .unwrap_or_default();
                if lines.len() > cell_lines {
                    lines.truncate(cell_lines);
                    if let Some(last) = lines.last_mut() {
                        last.spans.push(Span::styled("…", theme.dim));
                    }
                }
                lines
            })
            .collect();
        out.push(row(heading_chunk(&d.label, label_w, theme), cells));
    }
    out
}

fn pay(kb: &KnowledgeBase, width: u16, theme: &Theme) -> Vec<Chunk> {
    vec![
        chart::lines(kb, width, theme),
        wrap(
            &[(
                "US$ a year. Year and source [n] after each figure; hatched bars are disputed claims.",
                theme.dim,
            )],
            width,
            ("", theme.dim),
            ("", theme.dim),
        ),
    ]
}

fn path(kb: &KnowledgeBase, width: u16, theme: &Theme) -> Vec<Chunk> {
    let mut out = Vec::new();
    for r in kb.compared_roles() {
        out.push(heading_chunk(&r.title, width, theme));
        let facts = path_dimensions(kb).flat_map(|d| {
            d.cells
                .iter()
                .filter(|c| c.role == r.id)
                .flat_map(|c| verified(&c.facts))
        });
        out.extend(fact_chunks(kb, facts, width, theme));
    }
    out
}

fn faqs(kb: &KnowledgeBase, slide: &Slide, width: u16, theme: &Theme) -> Vec<Chunk> {
    let mut out = Vec::new();
    for q in slide
        .faqs
        .iter()
        .filter_map(|id| kb.faqs.iter().find(|q| q.id == *id))
    {
        let mut chunk = wrap(
            &[(&q.question, theme.heading)],
            width,
            ("Q. ", theme.heading),
            ("   ", theme.base),
        );
        if let Some(f) = verified(&q.answer).next() {
            chunk.extend(facts::lines(kb, f, width, theme, "   "));
        }
        out.push(chunk);
    }
    out
}

fn closing(kb: &KnowledgeBase, width: u16, theme: &Theme) -> Vec<Chunk> {
    let Some(p) = kb.programs.first() else {
        return Vec::new();
    };
    let mut out = vec![heading_chunk(&p.name, width, theme)];
    let contact = p
        .sections
        .iter()
        .filter(|s| s.heading.to_lowercase().contains("contact"));
    out.extend(fact_chunks(
        kb,
        contact.flat_map(|s| verified(&s.facts)),
        width,
        theme,
    ));
    if let Some(url) = &p.url {
        out.push(wrap(
            &[("Web:", theme.dim), (url, theme.source)],
            width,
            ("", theme.base),
            ("  ", theme.base),
        ));
    }
    out
}

/// The body's chunks for a slide at a size.
pub fn body(deck: &Deck, slide: &Slide, width: u16, height: u16, theme: &Theme) -> Vec<Chunk> {
    let kb = &deck.lib.kb;
    match slide.kind {
        SlideKind::Glance => glance(kb, width, theme),
        SlideKind::Role => role(kb, slide, width, theme),
        SlideKind::Compare => compare(kb, width, height, theme),
        SlideKind::Pay => pay(kb, width, theme),
        SlideKind::Path => path(kb, width, theme),
        SlideKind::Faqs => faqs(kb, slide, width, theme),
        SlideKind::Closing => closing(kb, width, theme),
    }
}

/// Lines of large letters a heading needs at a width, and how to draw them.
fn big_heading(text: &str, area: Rect) -> Option<(PixelSize, u16)> {
    let chars = text.chars().count() as u16;
    if area.width >= chars * 8 && area.height >= 30 {
        Some((PixelSize::HalfHeight, 4))
    } else if area.width >= chars * 4 && area.height >= 16 {
        Some((PixelSize::Quadrant, 4))
    } else {
        None
    }
}

fn footer(deck: &Deck, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let position = deck.position();
    let mut spans = Vec::new();
    let mut used = position.width() + 2;
    for (key, desc) in hints(Mode::Present, deck.kiosk) {
        let w = key.width() + desc.width() + 3;
        if used + w > usize::from(area.width) {
            break;
        }
        spans.push(Span::styled(format!(" {key}"), theme.key));
        spans.push(Span::styled(format!(" {desc} "), theme.dim));
        used += w;
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    let x = area.right().saturating_sub(position.width() as u16);
    buf.set_string(x, area.y, &position, theme.heading);
}

pub fn draw(deck: &Deck, theme: &Theme, area: Rect, buf: &mut Buffer) {
    buf.set_style(area, theme.base);
    if deck.blank {
        return;
    }
    let inner = area.inner(Margin::new(deck.margin.saturating_mul(2), deck.margin));
    if inner.width < MIN_WIDTH || inner.height < MIN_HEIGHT {
        let msg = format!(
            "Too small for slides: need {MIN_WIDTH} x {MIN_HEIGHT} inside the margins, now {} x {}.",
            inner.width, inner.height
        );
        paragraph(&msg, theme.heading, area, buf);
        return;
    }
    let Some(slide) = deck.slides.get(deck.current) else {
        paragraph(
            "This knowledge base has nothing to present.",
            theme.heading,
            inner,
            buf,
        );
        return;
    };
    let big = big_heading(&slide.heading, inner);
    let heading_rows = big.map_or(1, |(_, rows)| rows);
    let [head, _, main, foot] = inner.layout(&Layout::vertical([
        Constraint::Length(heading_rows),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    match big {
        Some((size, _)) => BigText::builder()
            .pixel_size(size)
            .style(theme.heading)
            .lines(vec![Line::from(slide.heading.clone())])
            .build()
            .render(head, buf),
        None => {
            buf.set_line(
                head.x,
                head.y,
                &Line::styled(slide.heading.clone(), theme.heading),
                head.width,
            );
        }
    }
    // The closing slide puts its QR code at the right, when it fits whole.
    let mut text_area = main;
    if slide.kind == SlideKind::Closing
        && let Some(qr) = deck
            .lib
            .kb
            .programs
            .first()
            .and_then(|p| p.url.as_deref())
            .and_then(Qr::new)
    {
        let (w, h) = qr.size();
        if main.width >= w + 30 && main.height >= h {
            let qr_area = Rect::new(main.right() - w, main.y, w, h);
            qr.render(qr_area, buf);
            text_area.width = main.width - w - 2;
        }
    }
    let mut y = text_area.y;
    for (i, chunk) in body(deck, slide, text_area.width, text_area.height, theme)
        .into_iter()
        .enumerate()
    {
        let room = usize::from(text_area.bottom().saturating_sub(y));
        // Whole chunks only, so no fact stops mid-sentence; the first may be cut.
        if chunk.len() > room && i > 0 {
            break;
        }
        for line in chunk.iter().take(room) {
            buf.set_line(text_area.x, y, line, text_area.width);
            y += 1;
        }
        if y < text_area.bottom()
            && slide.kind != SlideKind::Compare
            && slide.kind != SlideKind::Pay
        {
            y += 1;
        }
    }
    footer(deck, theme, foot, buf);
    if let Some(state) = &deck.help {
        help::render(state, help::PRESENT_MODES, deck.kiosk, theme, area, buf);
    }
    if deck.confirm_quit {
        confirm::render(theme, area, buf);
    }
}

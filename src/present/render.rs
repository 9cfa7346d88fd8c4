//! Drawing a slide: a large heading where it fits, the body as whole chunks (a fact is cut
//! only when even the first one does not fit), the "k / N" footer, and overlays.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};
use unicode_width::UnicodeWidthStr;

use super::Deck;
use super::content::{Chunk, body};
use super::slides::Slide;
use crate::app::hints::hints;
use crate::app::keymap::Mode;
use crate::kb::SlideKind;
use crate::ui::qr::Qr;
use crate::ui::theme::{Theme, ThemeName};
use crate::ui::wrap::paragraph;
use crate::ui::{confirm, help};
use crate::view::layout::cells;

/// Below this the slide asks for a bigger window.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 10;

/// Lines of large letters a heading needs at a width, and how to draw them.
fn big_heading(text: &str, area: Rect) -> Option<(PixelSize, u16)> {
    // Counted in usize: a heading of thousands of characters must not wrap to "fits".
    let (chars, width) = (text.chars().count(), usize::from(area.width));
    if width >= chars.saturating_mul(8) && area.height >= 30 {
        Some((PixelSize::HalfHeight, 4))
    } else if width >= chars.saturating_mul(4) && area.height >= 16 {
        Some((PixelSize::Quadrant, 4))
    } else {
        None
    }
}

fn footer(deck: &Deck, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let position = deck.position();
    let mut spans = Vec::new();
    let mut used = position.width() + 2;
    for (key, desc) in hints(Mode::Present, deck.chrome.kiosk) {
        let w = key.width() + desc.width() + 3;
        if used + w > usize::from(area.width) {
            break;
        }
        spans.push(Span::styled(format!(" {key}"), theme.key));
        spans.push(Span::styled(format!(" {desc} "), theme.dim));
        used += w;
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    let x = area.right().saturating_sub(cells(position.width()));
    buf.set_string(x, area.y, &position, theme.heading);
}

/// The longest readable line on a slide of text; tables and charts may use more.
const READABLE: u16 = 88;
const WIDE: u16 = 140;

/// Where a slide's parts go at a size.
struct Frame<'d> {
    big: Option<(PixelSize, u16)>,
    head: Rect,
    text: Rect,
    qr: Option<(&'d Qr, Rect)>,
    foot: Rect,
}

/// One stretch of a chunk's lines on a page: (chunk, first line, end line).
pub type Piece = (usize, usize, usize);

fn inner(deck: &Deck, area: Rect) -> Rect {
    area.inner(Margin::new(deck.margin.saturating_mul(2), deck.margin))
}

/// The layout of a slide in `area`, or None when the area is too small for slides.
fn frame<'d>(deck: &'d Deck, slide: &Slide, area: Rect) -> Option<Frame<'d>> {
    let inner = inner(deck, area);
    if inner.width < MIN_WIDTH || inner.height < MIN_HEIGHT {
        return None;
    }
    // The closing slide's QR code, where colour can draw it (a code drawn in a terminal's
    // own colours is inverted on a dark palette and does not scan).
    let qr = deck
        .qr
        .as_ref()
        .filter(|_| slide.kind == SlideKind::Closing && deck.theme.name != ThemeName::Mono);
    // Sized for the longest continuation title ("Certification (9/9)"), so every page of a
    // slide has the same heading size; a plain heading where large letters would leave the
    // QR code no room.
    let mut big = big_heading(&format!("{} (9/9)", slide.heading), inner);
    if let (Some(q), Some((_, rows))) = (&qr, big)
        && inner.height.saturating_sub(rows + 2) < q.size().1
    {
        big = None;
    }
    let heading_rows = big.map_or(1, |(_, rows)| rows);
    let [head, _, main, foot] = inner.layout(&Layout::vertical([
        Constraint::Length(heading_rows),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let limit = match slide.kind {
        SlideKind::Compare | SlideKind::Pay => WIDE,
        _ => READABLE,
    };
    // The QR code goes beside the text, when it fits whole and off the very edge.
    let qr = qr.filter(|q| {
        let (w, h) = q.size();
        main.width > w + 2 + 30 && main.height >= h
    });
    let qr_w = qr.as_ref().map_or(0, |q| q.size().0 + 2);
    let text_w = main.width.saturating_sub(qr_w).min(limit);
    // Centred: the text column (and the code beside it) in the middle of the screen.
    let x = main.x + (main.width - text_w - qr_w) / 2;
    let text = Rect::new(x, main.y, text_w, main.height);
    let qr = qr.map(|q| {
        let (w, h) = q.size();
        let at = Rect::new(x + text_w + 2, main.y, w, h);
        (q, at)
    });
    // The heading lines up with the text under it.
    let head = Rect::new(x, head.y, head.right().saturating_sub(x), head.height);
    Some(Frame {
        big,
        head,
        text,
        qr,
        foot,
    })
}

/// How a slide's chunks fall onto pages of `height` rows: whole chunks where they fit, a
/// chunk taller than a page split at line breaks; nothing is ever left out.
fn paginate(sizes: &[usize], height: usize, gaps: bool) -> Vec<Vec<Piece>> {
    let height = height.max(1);
    let mut pages: Vec<Vec<Piece>> = vec![Vec::new()];
    let mut used = 0;
    for (c, &len) in sizes.iter().enumerate() {
        let gap = |used: usize| usize::from(gaps && used > 0);
        // A chunk that fits a page but not what is left of this one starts the next.
        if used > 0 && used + gap(used) + len > height && len <= height {
            pages.push(Vec::new());
            used = 0;
        }
        let mut from = 0;
        while from < len {
            if used + gap(used) >= height {
                pages.push(Vec::new());
                used = 0;
            }
            let gap = gap(used);
            let take = (height - used - gap).min(len - from);
            if let Some(page) = pages.last_mut() {
                page.push((c, from, from + take));
            }
            used += gap + take;
            from += take;
        }
    }
    pages
}

/// One slide laid out at a size: its text as chunks, and which stretch of them each page
/// shows.
#[derive(Debug, Clone, Default)]
pub struct Laid {
    pub chunks: Vec<Chunk>,
    pub pages: Vec<Vec<Piece>>,
}

/// A slide's pages at the deck's size, with the chunks they show.
fn slide_pages(deck: &Deck, slide: &Slide, area: Rect, theme: &Theme) -> Laid {
    let Some(f) = frame(deck, slide, area) else {
        return Laid {
            chunks: Vec::new(),
            pages: vec![Vec::new()],
        };
    };
    let chunks = body(deck, slide, f.text.width, theme);
    let sizes: Vec<usize> = chunks.iter().map(Vec::len).collect();
    let gaps = !matches!(slide.kind, SlideKind::Compare | SlideKind::Pay);
    let pages = paginate(&sizes, usize::from(f.text.height), gaps);
    Laid { chunks, pages }
}

/// Every slide laid out at the deck's size, margin and theme: built when one of them
/// changes, not per frame.
pub fn lay_out(deck: &Deck) -> Vec<Laid> {
    let area = Rect::new(0, 0, deck.size.0, deck.size.1);
    deck.slides
        .iter()
        .map(|s| slide_pages(deck, s, area, &deck.theme))
        .collect()
}

pub fn draw(deck: &Deck, theme: &Theme, area: Rect, buf: &mut Buffer) {
    buf.set_style(area, theme.base);
    if deck.blank {
        return;
    }
    let Some(slide) = deck.slides.get(deck.current) else {
        paragraph(
            "This knowledge base has nothing to present.",
            theme.heading,
            inner(deck, area),
            buf,
        );
        return;
    };
    let Some(f) = frame(deck, slide, area) else {
        let i = inner(deck, area);
        let msg = format!(
            "Too small for slides: need {MIN_WIDTH}x{MIN_HEIGHT} inside the margins, now {}x{}.",
            i.width, i.height
        );
        paragraph(&msg, theme.heading, area, buf);
        return;
    };
    // Laid out already unless drawn in another theme or at another size than the deck's.
    let fresh;
    let laid = match deck.laid.get(deck.current) {
        Some(l) if *theme == deck.theme && (area.width, area.height) == deck.size => l,
        _ => {
            fresh = slide_pages(deck, slide, area, theme);
            &fresh
        }
    };
    let (chunks, pages) = (&laid.chunks, &laid.pages);
    let page = deck.page.min(pages.len().saturating_sub(1));
    let heading = if pages.len() > 1 {
        format!("{} ({}/{})", slide.heading, page + 1, pages.len())
    } else {
        slide.heading.clone()
    };
    match f.big {
        Some((size, _)) => BigText::builder()
            .pixel_size(size)
            .style(theme.heading)
            .lines(vec![Line::from(heading)])
            .build()
            .render(f.head, buf),
        None => {
            buf.set_line(
                f.head.x,
                f.head.y,
                &Line::styled(heading, theme.heading),
                f.head.width,
            );
        }
    }
    if let Some((qr, at)) = &f.qr {
        qr.render(*at, buf);
    }
    let gaps = !matches!(slide.kind, SlideKind::Compare | SlideKind::Pay);
    let mut y = f.text.y;
    for (i, &(c, from, to)) in pages.get(page).into_iter().flatten().enumerate() {
        if gaps && i > 0 {
            y += 1;
        }
        for line in chunks.get(c).into_iter().flat_map(|ch| &ch[from..to]) {
            if y >= f.text.bottom() {
                break;
            }
            buf.set_line(f.text.x, y, line, f.text.width);
            y += 1;
        }
    }
    footer(deck, theme, f.foot, buf);
    if let Some(state) = deck.chrome.help() {
        help::render(
            state,
            help::PRESENT_MODES,
            deck.chrome.kiosk,
            theme,
            area,
            buf,
        );
    }
    if deck.chrome.confirming_quit() {
        confirm::render(theme, area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::paginate;

    #[test]
    fn pages_carry_every_line_in_order() {
        for gaps in [false, true] {
            for height in 1..12 {
                let sizes = [1, 5, 20, 3, 11, 1];
                let pages = paginate(&sizes, height, gaps);
                let mut seen: Vec<(usize, usize)> = Vec::new();
                for page in &pages {
                    let rows: usize = page.iter().map(|&(_, a, b)| b - a).sum::<usize>()
                        + if gaps {
                            page.len().saturating_sub(1)
                        } else {
                            0
                        };
                    assert!(rows <= height, "{page:?} over {height}");
                    for &(c, a, b) in page {
                        seen.extend((a..b).map(|l| (c, l)));
                    }
                }
                let want: Vec<(usize, usize)> = sizes
                    .iter()
                    .enumerate()
                    .flat_map(|(c, &n)| (0..n).map(move |l| (c, l)))
                    .collect();
                assert_eq!(seen, want, "height {height}, gaps {gaps}");
            }
        }
    }
}

//! OSC 8 hyperlinks on source addresses, for terminals that open a link on click.

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::text::Line;
use unicode_width::UnicodeWidthStr;

/// Whether `url` may become a link: http or https, printable ASCII only, so it can neither
/// end the escape sequence early nor send a click anywhere but the web.
pub fn linkable(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url.bytes().all(|b| b.is_ascii_graphic())
}

/// Makes the address that `line` draws at (x, y), `width` columns at most, a link to `url`.
/// Only an address line of `sources::source_lines` qualifies: an indent, then a piece of
/// `url` (cut with "…" or not); any other line is left alone.
pub fn mark(buf: &mut Buffer, x: u16, y: u16, width: u16, line: &Line, url: &str) {
    let [pad, piece] = line.spans.as_slice() else {
        return;
    };
    let text = piece.content.strip_suffix('…').unwrap_or(&piece.content);
    if !linkable(url) || !pad.content.chars().all(|c| c == ' ') || text.is_empty() {
        return;
    }
    if !url.contains(text) {
        return;
    }
    let start = usize::from(x) + pad.content.width();
    let end = (start + piece.content.width()).min(usize::from(x) + usize::from(width));
    let one = NonZeroU16::MIN;
    for cx in start..end {
        let Ok(cx) = u16::try_from(cx) else { break };
        let Some(cell) = buf.cell_mut((cx, y)) else {
            break;
        };
        // Each cell opens and closes its own link: a redraw that rewrites only some cells
        // can never leave a link open over the rest of the screen.
        let symbol = format!("\x1b]8;;{url}\x1b\\{}\x1b]8;;\x1b\\", cell.symbol());
        cell.set_symbol(&symbol)
            .set_diff_option(CellDiffOption::ForcedWidth(one));
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;
    use ratatui::text::Span;

    use super::*;

    fn drawn(line: &Line, url: &str) -> Buffer {
        let mut buf = Buffer::empty(Rect::new(0, 0, 30, 1));
        buf.set_line(0, 0, line, 30);
        mark(&mut buf, 0, 0, 30, line, url);
        buf
    }

    #[test]
    fn an_address_line_links_each_cell_of_its_address_and_nothing_else() {
        let url = "https://example.org/a/long/path";
        let line = Line::from(vec![Span::raw("    "), Span::raw("https://example.o…")]);
        let buf = drawn(&line, url);
        for x in 0..4 {
            assert_eq!(buf[(x, 0)].symbol(), " ", "the indent is not a link");
        }
        assert_eq!(
            buf[(4, 0)].symbol(),
            "\x1b]8;;https://example.org/a/long/path\x1b\\h\x1b]8;;\x1b\\"
        );
        assert_eq!(
            buf[(22, 0)].symbol(),
            " ",
            "past the address nothing changes"
        );
        let linked = (0..30).filter(|&x| buf[(x, 0)].symbol().len() > 4).count();
        assert_eq!(linked, "https://example.o…".chars().count());
    }

    #[test]
    fn other_lines_and_other_schemes_are_never_links() {
        let plain = |buf: &Buffer| (0..30).all(|x| !buf[(x, 0)].symbol().contains('\x1b'));
        let note = Line::from(vec![Span::raw("    "), Span::raw("a note")]);
        assert!(
            plain(&drawn(&note, "https://a note")),
            "spaces: not an address"
        );
        let three = Line::from(vec![Span::raw("  "), Span::raw("x"), Span::raw("y")]);
        assert!(plain(&drawn(&three, "https://xy")));
        let js = Line::from(vec![Span::raw("  "), Span::raw("javascript:alert(1)")]);
        assert!(plain(&drawn(&js, "javascript:alert(1)")));
        assert!(!linkable("https://a.org/\x07"));
        assert!(!linkable("https://a.org/\u{9c}"));
        assert!(!linkable("file:///etc/passwd"));
        assert!(linkable("http://www.msoe.edu/academics/"));
    }
}

//! Word-wrapping styled text into lines by display width (wide glyphs count double).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

struct Builder {
    lines: Vec<Line<'static>>,
    spans: Vec<(String, Style)>,
    used: usize,
    has_word: bool,
    width: usize,
    rest_prefix: (String, Style),
}

impl Builder {
    fn push(&mut self, text: &str, style: Style) {
        self.used += text.width();
        match self.spans.last_mut() {
            Some((t, s)) if *s == style => t.push_str(text),
            _ => self.spans.push((text.to_string(), style)),
        }
    }

    fn break_line(&mut self) {
        let spans = std::mem::take(&mut self.spans);
        self.lines.push(Line::from(
            spans
                .into_iter()
                .map(|(t, s)| Span::styled(t, s))
                .collect::<Vec<_>>(),
        ));
        let (p, s) = self.rest_prefix.clone();
        self.used = 0;
        self.has_word = false;
        self.push(&p, s);
    }

    fn word(&mut self, word: &str, style: Style) {
        let w = word.width();
        let space = usize::from(self.has_word);
        if self.used + space + w <= self.width {
            if self.has_word {
                self.push(" ", style);
            }
            self.push(word, style);
            self.has_word = true;
            return;
        }
        if self.has_word {
            self.break_line();
        }
        // A word wider than a whole line is cut wherever it must be.
        let mut chunk = String::new();
        let mut chunk_w = 0;
        for c in word.chars() {
            let cw = c.width().unwrap_or(0);
            if self.used + chunk_w + cw > self.width && (chunk_w > 0 || self.has_word) {
                self.push(&chunk, style);
                chunk.clear();
                chunk_w = 0;
                self.has_word = true;
                self.break_line();
            }
            chunk.push(c);
            chunk_w += cw;
        }
        if !chunk.is_empty() {
            self.push(&chunk, style);
            self.has_word = true;
        }
    }
}

/// Wraps styled parts into lines at most `width` cells wide (except where a single
/// character is wider than the line). The first line starts with `first`, the others with
/// `rest`; both prefixes take the style given with them.
pub fn wrap(
    parts: &[(&str, Style)],
    width: u16,
    first: (&str, Style),
    rest: (&str, Style),
) -> Vec<Line<'static>> {
    let mut b = Builder {
        lines: Vec::new(),
        spans: Vec::new(),
        used: 0,
        has_word: false,
        width: usize::from(width.max(1)),
        rest_prefix: (rest.0.to_string(), rest.1),
    };
    b.push(first.0, first.1);
    for (text, style) in parts {
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            b.word(word, *style);
        }
    }
    b.break_line();
    b.lines
}

/// Draws lines from the top of `area`, one per row, clipped at its bottom; returns the
/// rows used.
pub fn draw_lines(lines: &[Line<'_>], area: Rect, buf: &mut Buffer) -> u16 {
    let mut rows = 0;
    for (y, line) in (area.y..area.bottom()).zip(lines) {
        buf.set_line(area.x, y, line, area.width);
        rows += 1;
    }
    rows
}

/// Wraps `text` in one style to the width of `area` and draws it from the top.
pub fn paragraph(text: &str, style: Style, area: Rect, buf: &mut Buffer) -> u16 {
    draw_lines(
        &wrap(&[(text, style)], area.width, ("", style), ("", style)),
        area,
        buf,
    )
}

/// `text` cut to `width` columns, with an ellipsis when cut.
pub fn ellipsize(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > width {
            break;
        }
        used += cw;
        out.push(c);
    }
    out.push('…');
    out
}

/// A one-line row cut to `width` columns, its last kept character replaced by "…" when
/// anything was cut, so a reader sees the row goes on.
pub fn cut_line(line: Line<'static>, width: usize) -> Line<'static> {
    if line.width() <= width {
        return line;
    }
    let mut out: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for span in line.spans {
        let mut text = String::new();
        for c in span.content.chars() {
            let cw = c.width().unwrap_or(0);
            if used + cw + 1 > width {
                break;
            }
            used += cw;
            text.push(c);
        }
        let full = text.chars().count() == span.content.chars().count();
        out.push(Span::styled(text, span.style));
        if !full {
            out.push(Span::styled("…", span.style));
            break;
        }
    }
    Line::from(out)
}

/// Pads or cuts a line to exactly `width` cells, for table columns.
pub fn fit(line: &Line<'static>, width: usize) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    let mut used = 0;
    for span in &line.spans {
        let mut text = String::new();
        for c in span.content.chars() {
            let cw = c.width().unwrap_or(0);
            if used + cw > width {
                break;
            }
            used += cw;
            text.push(c);
        }
        if !text.is_empty() {
            out.push(Span::styled(text, span.style));
        }
    }
    if used < width {
        out.push(Span::raw(" ".repeat(width - used)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Line]) -> Vec<String> {
        lines.iter().map(std::string::ToString::to_string).collect()
    }

    #[test]
    fn wraps_at_word_boundaries_with_hanging_indent() {
        let s = Style::new();
        let lines = wrap(&[("one two three four", s)], 10, ("• ", s), ("  ", s));
        assert_eq!(text(&lines), ["• one two", "  three", "  four"]);
        assert!(lines.iter().all(|l| l.width() <= 10));
    }

    #[test]
    fn cuts_words_longer_than_the_line_and_counts_wide_glyphs() {
        let s = Style::new();
        let lines = wrap(&[("abcdefghij", s)], 4, ("", s), ("", s));
        assert_eq!(text(&lines), ["abcd", "efgh", "ij"]);
        let lines = wrap(&[("灌流灌流", s)], 4, ("", s), ("", s));
        assert_eq!(text(&lines), ["灌流", "灌流"]);
    }

    #[test]
    fn a_cut_row_ends_in_an_ellipsis_and_a_fitting_one_is_kept() {
        let line = Line::from(vec![
            Span::raw("faq     "),
            Span::raw("Why can't I find it"),
        ]);
        assert_eq!(cut_line(line.clone(), 14).to_string(), "faq     Why c…");
        assert_eq!(cut_line(line.clone(), 14).width(), 14);
        assert_eq!(
            cut_line(line, 40).to_string(),
            "faq     Why can't I find it"
        );
        assert_eq!(ellipsize("abcdef", 4), "abc…");
    }

    #[test]
    fn fit_pads_and_cuts() {
        let line = Line::from("hello");
        assert_eq!(Line::from(fit(&line, 3)).to_string(), "hel");
        assert_eq!(Line::from(fit(&line, 7)).to_string(), "hello  ");
    }
}

//! A QR code drawn with half-block characters: two modules per cell vertically, dark
//! modules black on white with a quiet zone, drawn only when it fits whole.

use qrcode::{Color as Module, EcLevel, QrCode};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Style};

use crate::view::layout::cells;

/// Light modules kept around the code so scanners find its edges (the standard's four).
const QUIET: usize = 4;

pub struct Qr {
    modules: usize,
    dark: Vec<bool>,
}

impl Qr {
    pub fn new(text: &str) -> Option<Qr> {
        // The lowest error correction gives the smallest code: a screen is not a torn label.
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
        let modules = code.width();
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == Module::Dark)
            .collect();
        Some(Qr { modules, dark })
    }

    /// Cells needed, quiet zone included: (columns, rows).
    pub fn size(&self) -> (u16, u16) {
        let side = self.modules + 2 * QUIET;
        (cells(side), cells(side.div_ceil(2)))
    }

    fn is_dark(&self, x: usize, y: usize) -> bool {
        let (x, y) = (x.wrapping_sub(QUIET), y.wrapping_sub(QUIET));
        x < self.modules && y < self.modules && self.dark[y * self.modules + x]
    }

    /// Draws at the top left of `area`; returns false (drawing nothing) if it does not fit.
    pub fn render(&self, area: Rect, buf: &mut Buffer) -> bool {
        let (w, h) = self.size();
        if area.width < w || area.height < h {
            return false;
        }
        let style = Style::new().fg(Color::Black).bg(Color::White);
        for row in 0..h {
            for col in 0..w {
                let (x, y) = (usize::from(col), usize::from(row) * 2);
                let symbol = match (self.is_dark(x, y), self.is_dark(x, y + 1)) {
                    (true, true) => "█",
                    (true, false) => "▀",
                    (false, true) => "▄",
                    (false, false) => " ",
                };
                if let Some(cell) = buf.cell_mut(Position::new(area.x + col, area.y + row)) {
                    cell.set_symbol(symbol).set_style(style);
                }
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_only_when_it_fits_and_round_trips_its_modules() {
        let qr = Qr::new("https://www.msoe.edu/academics/graduate-degrees/health/perfusion/")
            .expect("encodes");
        let (w, h) = qr.size();
        let mut small = Buffer::empty(Rect::new(0, 0, w - 1, h));
        assert!(!qr.render(small.area, &mut small));
        assert!(small.content().iter().all(|c| c.symbol() == " "));
        let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
        assert!(qr.render(buf.area, &mut buf));
        // Every module is recoverable from the half blocks.
        for y in 0..qr.modules {
            for x in 0..qr.modules {
                let cell = &buf[(
                    u16::try_from(x + QUIET).unwrap_or(0),
                    u16::try_from(usize::midpoint(y, QUIET)).unwrap_or(0),
                )];
                let top = (y + QUIET).is_multiple_of(2);
                let dark = match cell.symbol() {
                    "█" => true,
                    "▀" => top,
                    "▄" => !top,
                    _ => false,
                };
                assert_eq!(dark, qr.dark[y * qr.modules + x], "module {x},{y}");
            }
        }
    }
}

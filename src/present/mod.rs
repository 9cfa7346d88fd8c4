//! Advisor mode: a slide deck built from the knowledge base, driven by the keys a
//! presentation clicker sends, with blanking, auto-advance and a kiosk quit prompt.

pub mod content;
pub mod render;
pub mod slides;

use crate::app::{Action, Chrome, Mode, Overlay};
use crate::catalog::Catalog;
use crate::ui::Theme;
pub use slides::Slide;

pub struct Deck {
    pub lib: Catalog,
    pub slides: Vec<Slide>,
    /// Index of the slide shown.
    pub current: usize,
    pub blank: bool,
    /// Help, the kiosk's quit prompt, and quitting: the same as the explorer's.
    pub chrome: Chrome,
    pub size: (u16, u16),
    /// Blank cells kept around the slide, for projectors that crop the edges.
    pub margin: u16,
    /// Advance by itself after this long (ms), looping at the end.
    pub auto: Option<u32>,
    /// Milliseconds the current slide has been shown.
    shown: u32,
    /// Which page of the current slide (a slide too long for the screen continues on more).
    pub page: usize,
    /// Pages per slide at the current size and margin.
    pages: Vec<usize>,
    /// The theme the slides are laid out in; with colour the closing slide can draw its
    /// QR code (black on white).
    theme: Theme,
    /// Each slide's text and pages at the current size, margin and theme, built once.
    laid: Vec<render::Laid>,
    /// The closing slide's QR code of the program's address, built once.
    qr: Option<crate::ui::qr::Qr>,
}

impl Deck {
    pub fn new(lib: Catalog, width: u16, height: u16) -> Deck {
        let slides = slides::deck(&lib.kb);
        let qr = lib
            .kb
            .programs
            .first()
            .and_then(|p| p.url.as_deref())
            .and_then(crate::ui::qr::Qr::new);
        Deck {
            lib,
            slides,
            current: 0,
            blank: false,
            chrome: Chrome::default(),
            size: (width, height),
            margin: 0,
            auto: None,
            shown: 0,
            page: 0,
            pages: Vec::new(),
            theme: Theme::high_contrast(),
            laid: Vec::new(),
            qr,
        }
        .measured()
    }

    /// Counts each slide's pages at the current size and margin.
    fn measured(mut self) -> Deck {
        self.remeasure();
        self
    }

    fn remeasure(&mut self) {
        self.laid = render::lay_out(self);
        self.pages = self.laid.iter().map(|l| l.pages.len().max(1)).collect();
        self.page = self.page.min(self.pages_of(self.current).saturating_sub(1));
    }

    /// Sets the margin (rows; twice as many columns) and re-fits the pages to it.
    pub fn set_margin(&mut self, margin: u16) {
        self.margin = margin;
        self.remeasure();
    }

    /// The theme to lay the slides out in (a mono screen gets no QR code); re-fits the pages.
    pub fn set_theme(&mut self, theme: Theme) {
        self.theme = theme;
        self.remeasure();
    }

    fn pages_of(&self, slide: usize) -> usize {
        self.pages.get(slide).copied().unwrap_or(1)
    }

    /// Every page of the deck, continuation slides included.
    pub fn total_pages(&self) -> usize {
        (0..self.slides.len()).map(|s| self.pages_of(s)).sum()
    }

    fn next(&mut self) {
        if self.page + 1 < self.pages_of(self.current) {
            self.page += 1;
            self.shown = 0;
            self.blank = false;
        } else if self.current + 1 < self.slides.len() {
            self.go(self.current + 1);
        }
    }

    fn previous(&mut self) {
        if self.page > 0 {
            self.page -= 1;
            self.shown = 0;
            self.blank = false;
        } else if self.current > 0 {
            self.go(self.current - 1);
            self.page = self.pages_of(self.current).saturating_sub(1);
        }
    }

    pub fn mode(&self) -> Mode {
        if self.chrome.confirming_quit() {
            Mode::Confirm
        } else if self.chrome.help().is_some() {
            Mode::Help
        } else {
            Mode::Present
        }
    }

    fn go(&mut self, index: usize) {
        self.current = index.min(self.slides.len().saturating_sub(1));
        self.page = 0;
        self.shown = 0;
        self.blank = false;
    }

    pub fn update(&mut self, action: Action) {
        if let Action::Tick(ms) = action {
            self.shown = self.shown.saturating_add(ms);
            if let Some(auto) = self.auto
                && self.shown >= auto
                && !self.blank
                && self.chrome.overlay == Overlay::None
            {
                // An unattended screen loops back to the start.
                let last = self.current + 1 >= self.slides.len()
                    && self.page + 1 >= self.pages_of(self.current);
                if last {
                    self.go(0);
                } else {
                    self.next();
                }
            }
            return;
        }
        let (w, h, kiosk) = (self.size.0, self.size.1, self.chrome.kiosk);
        let help_range = |filter: &str| {
            let area = ratatui::layout::Rect::new(0, 0, w, h);
            crate::ui::help::scroll_range(filter, crate::ui::help::PRESENT_MODES, kiosk, area)
        };
        let Some(action) = self.chrome.update(action, help_range) else {
            return;
        };
        match action {
            Action::NextSlide => self.next(),
            Action::PrevSlide => self.previous(),
            Action::FirstSlide => self.go(0),
            Action::LastSlide => {
                self.go(usize::MAX);
                self.page = self.pages_of(self.current).saturating_sub(1);
            }
            Action::JumpSlide(n) if usize::from(n) <= self.slides.len() && n > 0 => {
                self.go(usize::from(n) - 1);
            }
            Action::Blank => self.blank = !self.blank,
            // Esc and F5 (clickers send them) only ever unblank.
            Action::Cancel => self.blank = false,
            Action::Resize(w, h) => self.resize(w, h),
            _ => {}
        }
    }

    fn resize(&mut self, w: u16, h: u16) {
        if (w, h) != self.size {
            self.size = (w, h);
            self.remeasure();
        }
    }

    /// "3 / 11": this page among all the deck's pages.
    pub fn position(&self) -> String {
        let before: usize = (0..self.current).map(|s| self.pages_of(s)).sum();
        format!("{} / {}", before + self.page + 1, self.total_pages())
    }
}

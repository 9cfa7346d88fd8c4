//! Advisor mode: a slide deck built from the knowledge base, driven by the keys a
//! presentation clicker sends, with blanking, auto-advance and a kiosk quit prompt.

pub mod qr;
pub mod render;
pub mod slides;

use crate::app::{Action, HelpState, Mode};
use crate::library::Library;
pub use slides::Slide;

pub struct Deck {
    pub lib: Library,
    pub slides: Vec<Slide>,
    /// Index of the slide shown.
    pub current: usize,
    pub blank: bool,
    pub help: Option<HelpState>,
    pub kiosk: bool,
    pub confirm_quit: bool,
    pub quit: bool,
    pub size: (u16, u16),
    /// Blank cells kept around the slide, for projectors that crop the edges.
    pub margin: u16,
    /// Advance by itself after this long (ms), looping at the end.
    pub auto: Option<u32>,
    /// Milliseconds the current slide has been shown.
    shown: u32,
}

impl Deck {
    pub fn new(lib: Library, width: u16, height: u16) -> Deck {
        let slides = slides::deck(&lib.kb);
        Deck {
            lib,
            slides,
            current: 0,
            blank: false,
            help: None,
            kiosk: false,
            confirm_quit: false,
            quit: false,
            size: (width, height),
            margin: 0,
            auto: None,
            shown: 0,
        }
    }

    pub fn mode(&self) -> Mode {
        if self.confirm_quit {
            Mode::Confirm
        } else if self.help.is_some() {
            Mode::Help
        } else {
            Mode::Present
        }
    }

    fn go(&mut self, index: usize) {
        self.current = index.min(self.slides.len().saturating_sub(1));
        self.shown = 0;
        self.blank = false;
    }

    pub fn update(&mut self, action: Action) {
        if let Action::Tick(ms) = action {
            self.shown = self.shown.saturating_add(ms);
            if let Some(auto) = self.auto
                && self.shown >= auto
                && !self.blank
                && self.help.is_none()
                && !self.confirm_quit
            {
                // An unattended screen loops back to the start.
                let next = if self.current + 1 >= self.slides.len() {
                    0
                } else {
                    self.current + 1
                };
                self.go(next);
            }
            return;
        }
        if self.confirm_quit {
            match action {
                Action::ConfirmQuit => self.quit = true,
                Action::Resize(w, h) => self.size = (w, h),
                _ => self.confirm_quit = false,
            }
            return;
        }
        if let Some(help) = self.help.as_mut() {
            match action {
                Action::ToggleHelp => self.help = None,
                Action::Cancel if help.filter.is_empty() => self.help = None,
                Action::Cancel => help.filter.clear(),
                Action::Input(c) => help.filter.push(c),
                Action::Backspace => {
                    help.filter.pop();
                }
                Action::Down => help.scroll += 1,
                Action::Up => help.scroll = help.scroll.saturating_sub(1),
                Action::Quit => self.quit_or_ask(),
                Action::Resize(w, h) => self.size = (w, h),
                _ => {}
            }
            return;
        }
        match action {
            Action::NextSlide => self.go(self.current + 1),
            Action::PrevSlide => self.go(self.current.saturating_sub(1)),
            Action::FirstSlide => self.go(0),
            Action::LastSlide => self.go(usize::MAX),
            Action::JumpSlide(n) if usize::from(n) <= self.slides.len() && n > 0 => {
                self.go(usize::from(n) - 1)
            }
            Action::Blank => self.blank = !self.blank,
            // Esc and F5 (clickers send them) only ever unblank.
            Action::Cancel => self.blank = false,
            Action::ToggleHelp => self.help = Some(HelpState::default()),
            Action::Quit => self.quit_or_ask(),
            Action::ConfirmQuit => self.quit = true,
            Action::Resize(w, h) => self.size = (w, h),
            _ => {}
        }
    }

    fn quit_or_ask(&mut self) {
        if self.kiosk {
            self.help = None;
            self.confirm_quit = true;
        } else {
            self.quit = true;
        }
    }

    /// "3 / 8"
    pub fn position(&self) -> String {
        format!("{} / {}", self.current + 1, self.slides.len())
    }
}

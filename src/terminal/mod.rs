//! The terminal side of the explorer: setup and restore, signals and job control, and the
//! event loop that turns terminal events into actions.

mod events;
pub mod kiosk;
mod lifecycle;
mod signals;

use std::io;
use std::time::Duration;

use ratatui::crossterm::event;
use ratatui::layout::Rect;

pub use events::actions_for;
pub use lifecycle::{is_interactive, restore};

use std::time::Instant;

use ratatui::Frame;
use ratatui::crossterm::event::Event;

use crate::app::{Action, App};
use crate::searchlog::SearchLog;
use crate::ui::{self, Theme};
use crate::view::layout::fit;

/// Something the event loop can run: the explorer or the presentation.
pub trait Screen {
    fn update(&mut self, action: Action);
    /// The clock moved `ms`: true when that changed what is drawn (an idle reset, an
    /// auto-advanced slide), so an idle screen is not redrawn ten times a second.
    fn tick(&mut self, ms: u32) -> bool;
    fn render(&self, theme: &Theme, frame: &mut Frame);
    /// What a terminal event means now.
    fn actions(&self, area: Rect, ev: Event) -> Vec<Action>;
    fn size(&self) -> (u16, u16);
    /// Overlays, kiosk mode (no key leaves it; see `kiosk`) and whether to quit.
    fn chrome(&self) -> &crate::app::Chrome;
    /// Pasted text, as one insertion (the deck takes none).
    fn paste(&mut self, _text: &str) {}
    /// Searches settled on since last asked, for the search log.
    fn take_searches(&mut self) -> Vec<(String, usize)> {
        Vec::new()
    }
    /// Writes what the student keeps (the shortlist) if it changed.
    fn save(&mut self) {}
}

impl Screen for App {
    fn update(&mut self, action: Action) {
        App::update(self, action);
    }

    fn tick(&mut self, ms: u32) -> bool {
        // Only the idle reset, which lands on the home screen, shows on a tick.
        let home = self.is_home();
        App::update(self, Action::Tick(ms));
        home != self.is_home()
    }

    fn render(&self, theme: &Theme, frame: &mut Frame) {
        ui::render(self, theme, frame);
    }

    fn actions(&self, area: Rect, ev: Event) -> Vec<Action> {
        actions_for(self, area, &ev)
    }

    fn size(&self) -> (u16, u16) {
        self.size
    }

    fn chrome(&self) -> &crate::app::Chrome {
        &self.chrome
    }

    fn take_searches(&mut self) -> Vec<(String, usize)> {
        std::mem::take(&mut self.settled)
    }

    fn paste(&mut self, text: &str) {
        App::paste(self, text);
    }

    fn save(&mut self) {
        if !self.shortlist.take_changed() {
            return;
        }
        let saved = self
            .shortlist_store
            .as_ref()
            .map(|s| s.save(&self.shortlist));
        if let Some(Err(why)) = saved {
            self.notice = Some(format!("Your shortlist was {why}"));
        }
    }
}

/// How the explorer ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Quit,
    /// Ended by this signal; exit with 128 + its number.
    Signal(i32),
}

impl Ending {
    pub fn exit_code(self) -> u8 {
        match self {
            Ending::Quit => 0,
            Ending::Signal(sig) => signals::exit_code(sig),
        }
    }
}

impl Screen for crate::present::Deck {
    fn update(&mut self, action: Action) {
        crate::present::Deck::update(self, action);
    }

    fn tick(&mut self, ms: u32) -> bool {
        let shown = (self.current, self.page);
        crate::present::Deck::update(self, Action::Tick(ms));
        shown != (self.current, self.page)
    }

    fn render(&self, theme: &Theme, frame: &mut Frame) {
        let area = frame.area();
        crate::present::render::draw(self, theme, area, frame.buffer_mut());
    }

    fn actions(&self, _area: Rect, ev: Event) -> Vec<Action> {
        use ratatui::crossterm::event::{MouseButton, MouseEventKind};
        if let Some(key) = ev.as_key_press_event() {
            return crate::app::keymap::action_for(self.mode(), &key)
                .into_iter()
                .collect();
        }
        match ev {
            Event::Resize(w, h) => {
                let area = fit(w, h);
                vec![Action::Resize(area.width, area.height)]
            }
            // A click or the wheel moves through the deck, like a clicker.
            Event::Mouse(m) if self.mode() == crate::app::Mode::Present => match m.kind {
                MouseEventKind::Down(MouseButton::Left) | MouseEventKind::ScrollDown => {
                    vec![Action::NextSlide]
                }
                MouseEventKind::ScrollUp => vec![Action::PrevSlide],
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    fn size(&self) -> (u16, u16) {
        self.size
    }

    fn chrome(&self) -> &crate::app::Chrome {
        &self.chrome
    }
}

/// How long to wait for input before checking signals again.
const TICK: Duration = Duration::from_millis(100);

/// Fits the drawn area to the terminal's size now (`layout::fit`), and tells the screen when
/// that changed or when `always` (after the terminal was handed away and back). Returns
/// the area drawn.
fn refit<S: Screen, B: ratatui::backend::Backend>(
    terminal: &mut ratatui::Terminal<B>,
    app: &mut S,
    area: Rect,
    always: bool,
) -> Result<Rect, B::Error> {
    let size = terminal.size()?;
    let now = fit(size.width, size.height);
    if now != area || always {
        terminal.resize(now)?;
    }
    if now != area || always || (now.width, now.height) != app.size() {
        app.update(Action::Resize(now.width, now.height));
    }
    Ok(now)
}

/// Runs the explorer until the user quits or a signal ends it. The terminal is restored
/// however this returns.
/// The screen is built by `make` at the terminal's real size, so nothing is measured twice.
pub fn run<S: Screen>(
    make: impl FnOnce(u16, u16) -> S,
    theme: &Theme,
    log: Option<&SearchLog>,
) -> io::Result<Ending> {
    let signals = signals::Signals::register()?;
    lifecycle::install_panic_hook();
    let _guard = lifecycle::Guard;
    let mut terminal = lifecycle::setup()?;
    let size = terminal.size()?;
    let mut area = fit(size.width, size.height);
    let mut app = make(area.width, area.height);
    let mut last_tick = Instant::now();
    let mut lock = app.chrome().kiosk.then(kiosk::Lock::from_env);
    // Drawn after anything that can change the screen, not on every wake-up.
    let mut dirty = true;
    loop {
        if let Some(sig) = signals.ending() {
            // After a hangup the terminal is gone: do not draw, just leave.
            if !signals::is_hangup(sig) {
                restore();
            }
            return Ok(Ending::Signal(sig));
        }
        if signals.take_continued() {
            signals::resume(&mut terminal)?;
            area = refit(&mut terminal, &mut app, area, true)?;
            dirty = true;
        }
        if app.chrome().quit {
            return Ok(Ending::Quit);
        }
        let now = Instant::now();
        let elapsed = now.duration_since(last_tick).as_millis();
        last_tick = now;
        dirty |= app.tick(u32::try_from(elapsed).unwrap_or(u32::MAX));
        // A resize is not always reported as an event (a SIGWINCH can be missed between
        // polls): the size is asked each time round, which is one ioctl.
        let before = area;
        area = refit(&mut terminal, &mut app, area, false)?;
        dirty |= area != before;
        for (query, hits) in app.take_searches() {
            if let Some(log) = log {
                log.record(&query, hits);
            }
        }
        if dirty {
            terminal.draw(|f| app.render(theme, f))?;
            dirty = false;
        }
        // Lets the test suite prove the terminal survives a panic; absent from release builds.
        #[cfg(debug_assertions)]
        assert!(
            std::env::var_os("PERFUSION_EXPLORER_TEST_PANIC").is_none(),
            "test panic requested by PERFUSION_EXPLORER_TEST_PANIC"
        );
        match event::poll(TICK) {
            Ok(false) => continue,
            Ok(true) => {}
            // A signal arrived while waiting; the top of the loop deals with it.
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
        let ev = match event::read() {
            Ok(ev) => ev,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        dirty = true;
        // A paste is one insertion and one search, whatever its length.
        if let Event::Paste(text) = &ev {
            app.paste(text);
            continue;
        }
        let events = match lock.as_mut().map(|l| l.feed(ev.clone())) {
            None => vec![ev],
            Some(kiosk::Feed::Pass(events)) => events,
            Some(kiosk::Feed::Unlock) => return Ok(Ending::Quit),
        };
        let (w, h) = app.size();
        let actions = events
            .into_iter()
            .flat_map(|ev| app.actions(Rect::new(0, 0, w, h), ev))
            .filter(|a| lock.is_none() || kiosk::allows(a));
        for action in actions.collect::<Vec<_>>() {
            if action == Action::Suspend {
                signals::suspend(&mut terminal)?;
                area = refit(&mut terminal, &mut app, area, true)?;
            } else {
                app.update(action);
            }
        }
        app.save();
    }
}

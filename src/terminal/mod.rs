//! The terminal side of the explorer: setup and restore, signals and job control, and the
//! event loop that turns terminal events into actions.

mod events;
mod lifecycle;
mod signals;

use std::io;
use std::time::Duration;

use ratatui::crossterm::event;
use ratatui::layout::Rect;

pub use events::actions_for;
pub use lifecycle::{is_interactive, restore};

use crate::app::{Action, App};
use crate::ui::{self, Theme};

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

/// How long to wait for input before checking signals again.
const TICK: Duration = Duration::from_millis(100);

/// Runs the explorer until the user quits or a signal ends it. The terminal is restored
/// however this returns.
pub fn run(mut app: App, theme: &Theme) -> io::Result<Ending> {
    let signals = signals::Signals::register()?;
    lifecycle::install_panic_hook();
    let _guard = lifecycle::Guard;
    let mut terminal = lifecycle::setup()?;
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
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
            let size = terminal.size()?;
            app.update(Action::Resize(size.width, size.height));
        }
        if app.quit {
            return Ok(Ending::Quit);
        }
        terminal.draw(|f| ui::render(&app, theme, f))?;
        // Lets the test suite prove the terminal survives a panic; absent from release builds.
        #[cfg(debug_assertions)]
        if std::env::var_os("PERFUSION_EXPLORER_TEST_PANIC").is_some() {
            panic!("test panic requested by PERFUSION_EXPLORER_TEST_PANIC");
        }
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
        let area = Rect::new(0, 0, app.size.0, app.size.1);
        for action in actions_for(&app, area, ev) {
            if action == Action::Suspend {
                signals::suspend(&mut terminal)?;
                let size = terminal.size()?;
                app.update(Action::Resize(size.width, size.height));
            } else {
                app.update(action);
            }
        }
    }
}

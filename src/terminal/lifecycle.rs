//! Entering and leaving the full-screen state: exactly once each way, on every path out
//! (quit, error, panic, signal, suspend).

use std::io::{self, IsTerminal, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use ratatui::{Terminal, TerminalOptions, Viewport};

/// True when both stdin and stdout are terminals, so a full-screen UI can run.
pub fn is_interactive() -> bool {
    io::stdin().is_terminal() && io::stdout().is_terminal()
}

/// Whether the terminal is in our full-screen state, so restoring happens exactly once:
/// a second `LeaveAlternateScreen` would move the cursor back over what was printed since.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back as we found it. Each step runs even if another fails; calls after
/// the first do nothing.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    let _ = execute!(out, DisableBracketedPaste);
    let _ = execute!(out, DisableMouseCapture);
    let _ = execute!(out, LeaveAlternateScreen);
    let _ = execute!(out, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Mouse reports for presses, releases, drags and the wheel (1000, 1002) in SGR form
/// (1006), but not every pointer movement (1003, which crossterm's `EnableMouseCapture`
/// also asks for): the explorer has no use for bare motion, and over SSH it is a stream of
/// reports for nothing. `DisableMouseCapture` turns all of them off again.
struct EnableButtonMouse;

impl ratatui::crossterm::Command for EnableButtonMouse {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str("\x1b[?1000h\x1b[?1002h\x1b[?1006h")
    }
}

/// Enters raw mode, the alternate screen, mouse capture and bracketed paste.
pub fn enter() -> io::Result<()> {
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    // A plain clear: `Terminal::clear` asks the terminal for the cursor position, and some
    // terminals never answer, which stalls start-up for seconds and then fails.
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableButtonMouse,
        EnableBracketedPaste,
        Clear(ClearType::All)
    )
}

/// Restores the terminal when dropped, on every way out of the event loop.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// The terminal, drawing into a fixed area the run loop refits to the terminal's size (up to
/// `layout::fit`'s limit), not into whatever size the terminal claims.
pub fn setup() -> io::Result<Terminal<CrosstermBackend<Stdout>>> {
    enter()?;
    let backend = CrosstermBackend::new(io::stdout());
    let size = ratatui::backend::Backend::size(&backend)?;
    let viewport = Viewport::Fixed(crate::view::layout::fit(size.width, size.height));
    Terminal::with_options(backend, TerminalOptions { viewport })
}

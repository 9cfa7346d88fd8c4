//! Terminal setup and restore, the panic hook, and the event loop that turns terminal
//! events into actions.

use std::io::{self, IsTerminal, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use ratatui::layout::Rect;

use crate::app::{Action, App, Mode, keymap};
use crate::kb::sanitize::clean;
use crate::ui::{self, Theme};

/// Lines the mouse wheel scrolls.
const WHEEL_LINES: u16 = 3;

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

/// Restores the terminal when dropped, on every way out of `run`.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

fn setup() -> io::Result<Terminal<CrosstermBackend<Stdout>>> {
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    // A plain clear: `Terminal::clear` asks the terminal for the cursor position, and some
    // terminals never answer, which stalls start-up for seconds and then fails.
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        Clear(ClearType::All)
    )?;
    Terminal::new(CrosstermBackend::new(io::stdout()))
}

/// Runs the explorer until the user quits. The terminal is restored however this returns.
pub fn run(mut app: App, theme: &Theme) -> io::Result<()> {
    install_panic_hook();
    let _guard = Guard;
    let mut terminal = setup()?;
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    while !app.quit {
        terminal.draw(|f| ui::render(&app, theme, f))?;
        // Lets the test suite prove the terminal survives a panic; absent from release builds.
        #[cfg(debug_assertions)]
        if std::env::var_os("PERFUSION_EXPLORER_TEST_PANIC").is_some() {
            panic!("test panic requested by PERFUSION_EXPLORER_TEST_PANIC");
        }
        if !event::poll(Duration::from_millis(250))? {
            continue;
        }
        let area = Rect::new(0, 0, app.size.0, app.size.1);
        for action in actions_for(&app, area, event::read()?) {
            app.update(action);
        }
    }
    Ok(())
}

/// What a terminal event means for the app in its current state.
pub fn actions_for(app: &App, area: Rect, ev: Event) -> Vec<Action> {
    if let Some(key) = ev.as_key_press_event() {
        return keymap::action_for(app.mode(), &key).into_iter().collect();
    }
    match ev {
        Event::Resize(w, h) => vec![Action::Resize(w, h)],
        Event::Paste(text) => {
            let mut out = Vec::new();
            if app.mode() == Mode::Browse {
                out.push(Action::FocusSearch);
            }
            out.extend(clean(&text).chars().map(Action::Input));
            out
        }
        Event::Mouse(m) => {
            let (col, row) = (m.column, m.row);
            let wheel_over_list = app.help.is_some() || app.showing_results();
            match m.kind {
                MouseEventKind::Down(MouseButton::Left) => {
                    ui::click(app, area, col, row).into_iter().collect()
                }
                MouseEventKind::ScrollDown if wheel_over_list => vec![Action::Down],
                MouseEventKind::ScrollUp if wheel_over_list => vec![Action::Up],
                MouseEventKind::ScrollDown if ui::over_body(area, col, row) => {
                    vec![Action::ScrollDown(WHEEL_LINES)]
                }
                MouseEventKind::ScrollUp if ui::over_body(area, col, row) => {
                    vec![Action::ScrollUp(WHEEL_LINES)]
                }
                _ => Vec::new(),
            }
        }
        _ => Vec::new(),
    }
}

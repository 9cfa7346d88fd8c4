//! Signals and job control: SIGTERM, SIGINT, SIGHUP and every other signal whose default
//! is to end the process (SIGQUIT, SIGUSR1/2, SIGALRM, SIGXCPU, ...) end the loop promptly
//! with the terminal restored; Ctrl-Z suspends with it restored; SIGCONT re-enters and
//! redraws everything.

use std::io::{self, Stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use signal_hook::consts::{
    SIGALRM, SIGCONT, SIGHUP, SIGINT, SIGPROF, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2,
    SIGVTALRM, SIGXCPU, SIGXFSZ,
};

/// Signals that end the process by default: each ends the loop instead, so the terminal is
/// restored before the process exits with 128 + the signal (attack report F26).
#[cfg(target_os = "linux")]
const ENDING: &[i32] = &[
    SIGTERM,
    SIGINT,
    SIGHUP,
    SIGQUIT,
    SIGUSR1,
    SIGUSR2,
    SIGALRM,
    SIGXCPU,
    SIGXFSZ,
    SIGVTALRM,
    SIGPROF,
    rustix::process::Signal::POWER.as_raw(),
];
#[cfg(not(target_os = "linux"))]
const ENDING: &[i32] = &[
    SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGXFSZ, SIGVTALRM,
    SIGPROF,
];

use super::lifecycle::{enter, restore};

/// What the signal handlers have seen since the loop last looked.
pub struct Signals {
    /// The last ending signal received (`ENDING`), or 0.
    ending: Arc<AtomicUsize>,
    continued: Arc<AtomicBool>,
}

impl Signals {
    pub fn register() -> io::Result<Signals> {
        let ending = Arc::new(AtomicUsize::new(0));
        for &sig in ENDING {
            // Signal numbers are small and positive.
            let number = usize::try_from(sig).unwrap_or(usize::MAX);
            signal_hook::flag::register_usize(sig, Arc::clone(&ending), number)?;
        }
        let continued = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(SIGCONT, Arc::clone(&continued))?;
        Ok(Signals { ending, continued })
    }

    /// The signal that asks us to end, if any.
    pub fn ending(&self) -> Option<i32> {
        match self.ending.load(Ordering::SeqCst) {
            0 => None,
            sig => i32::try_from(sig).ok(),
        }
    }

    /// True once after the process was continued (after Ctrl-Z and `fg`, or kill -CONT).
    pub fn take_continued(&self) -> bool {
        self.continued.swap(false, Ordering::SeqCst)
    }
}

/// The conventional exit status for death by a signal.
pub fn exit_code(sig: i32) -> u8 {
    u8::try_from(128 + sig).unwrap_or(1)
}

pub fn is_hangup(sig: i32) -> bool {
    sig == SIGHUP
}

/// A session leader has no shell to return to, so Ctrl-Z would only freeze it.
fn is_session_leader() -> bool {
    rustix::process::getsid(None).ok() == Some(rustix::process::getpid())
}

/// Ctrl-Z: hand the terminal back and stop; carries on here after `fg`.
pub fn suspend(terminal: &mut Terminal<CrosstermBackend<Stdout>>) -> io::Result<()> {
    if is_session_leader() {
        return Ok(());
    }
    restore();
    // A self-raised SIGTSTP is discarded in an orphaned process group, so we never hang.
    signal_hook::low_level::raise(SIGTSTP)?;
    resume(terminal)
}

/// Re-enters the full-screen state and forces a complete redraw.
pub fn resume(terminal: &mut Terminal<CrosstermBackend<Stdout>>) -> io::Result<()> {
    enter()?;
    let size = terminal.size()?;
    // Resizing resets ratatui's back buffer, so the next draw repaints every cell.
    terminal.resize(Rect::new(0, 0, size.width, size.height))
}

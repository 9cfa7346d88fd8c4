//! A real pseudo-terminal session for end-to-end tests: spawn the binary, type into it,
//! and poll the parsed screen until it shows what we expect or a deadline passes.

// Each test crate that includes this module uses a different part of it.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub const DEADLINE: Duration = Duration::from_secs(15);

/// A script that prints the app's PID (the inner shell execs into the app, keeping its PID),
/// runs it with `args`, then prints its exit status and the terminal's line flags.
pub fn pid_script(args: &str) -> String {
    format!(
        "sh -c 'echo PID=$$; exec \"$BIN\" {args}'; code=$?; echo; echo EXIT=$code; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo|isig)$'; echo DONE"
    )
}

/// Sends a signal to a process.
pub fn kill(pid: i32, sig: &str) {
    let ok = std::process::Command::new("kill")
        .args([&format!("-{sig}"), &pid.to_string()])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "kill -{sig} {pid} failed");
}

pub struct Session {
    pub parser: vt100::Parser,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    output: Receiver<Vec<u8>>,
    /// Every byte the program wrote, for checks on raw escape sequences.
    pub raw: Vec<u8>,
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

impl Session {
    /// Runs `script` under `sh -c` in a terminal of `cols` x `rows`; `$BIN` is the binary.
    pub fn start(script: &str, cols: u16, rows: u16, env: &[(&str, &str)]) -> Session {
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .expect("open a pty");
        let mut cmd = CommandBuilder::new("sh");
        cmd.args(["-c", script]);
        cmd.env("BIN", env!("CARGO_BIN_EXE_perfusion-explorer"));
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn in the pty");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Session {
            parser: vt100::Parser::new(rows, cols, 0),
            master: pair.master,
            writer,
            child,
            output,
            raw: Vec::new(),
        }
    }

    fn pump(&mut self, wait: Duration) {
        if let Ok(bytes) = self.output.recv_timeout(wait) {
            self.parser.process(&bytes);
            self.raw.extend_from_slice(&bytes);
            while let Ok(more) = self.output.try_recv() {
                self.parser.process(&more);
                self.raw.extend_from_slice(&more);
            }
        }
    }

    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Waits until the screen satisfies `pred`; panics with the screen if it never does.
    pub fn wait_for(&mut self, what: &str, pred: impl Fn(&str) -> bool) {
        let end = Instant::now() + DEADLINE;
        while Instant::now() < end {
            if pred(&self.screen()) {
                return;
            }
            self.pump(Duration::from_millis(50));
        }
        panic!("timed out waiting for {what}; screen:\n{}", self.screen());
    }

    /// Whether the app currently shows its full screen (alternate screen on).
    pub fn on_alternate_screen(&self) -> bool {
        self.parser.screen().alternate_screen()
    }

    /// Waits until "PID=n" has been written and returns n. Read from the raw output, since
    /// the app may already have switched to the alternate screen over it.
    pub fn wait_pid(&mut self) -> i32 {
        let end = Instant::now() + DEADLINE;
        while Instant::now() < end {
            let raw = String::from_utf8_lossy(&self.raw).into_owned();
            if let Some(rest) = raw.split("PID=").nth(1) {
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                if rest.len() > digits.len()
                    && let Ok(pid) = digits.parse()
                {
                    return pid;
                }
            }
            self.pump(Duration::from_millis(50));
        }
        panic!("no PID line; screen:\n{}", self.screen());
    }

    pub fn wait_text(&mut self, text: &str) {
        let t = text.to_string();
        self.wait_for(text, move |s| s.contains(&t));
    }

    pub fn send(&mut self, bytes: &str) {
        self.writer
            .write_all(bytes.as_bytes())
            .expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// Resizes the pty only, leaving the parsed screen as it is (for sizes no parser should
    /// hold in memory).
    pub fn resize_pty_only(&mut self, cols: u16, rows: u16) {
        self.master.resize(size(cols, rows)).expect("resize pty");
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.master.resize(size(cols, rows)).expect("resize pty");
        self.parser.screen_mut().set_size(rows, cols);
    }

    /// Waits for the shell (and so the app) to exit, draining output; returns its status.
    pub fn wait_exit(&mut self) -> u32 {
        let end = Instant::now() + DEADLINE;
        while Instant::now() < end {
            self.pump(Duration::from_millis(50));
            if let Ok(Some(status)) = self.child.try_wait() {
                // Collect whatever is still in flight.
                for _ in 0..5 {
                    self.pump(Duration::from_millis(20));
                }
                return status.exit_code();
            }
        }
        let _ = self.child.kill();
        panic!("process did not exit; screen:\n{}", self.screen());
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// The terminal is back as it was: main screen, cursor shown, no mouse or paste modes, and
/// the line discipline in cooked mode with echo (from the `stty` lines the scripts print).
pub fn assert_restored(s: &Session) {
    let screen = s.parser.screen();
    assert!(!screen.alternate_screen(), "still on the alternate screen");
    assert!(!screen.hide_cursor(), "cursor left hidden");
    assert_eq!(
        screen.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse capture left on"
    );
    assert!(!screen.bracketed_paste(), "bracketed paste left on");
    let text = s.screen();
    let flags: Vec<&str> = text.lines().map(str::trim).collect();
    for flag in ["icanon", "echo", "isig"] {
        assert!(
            flags.contains(&flag),
            "{flag} not restored; screen:\n{text}"
        );
    }
}

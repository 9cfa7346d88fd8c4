//! End to end in a real pseudo-terminal: start, search, open a result, open help, quit,
//! and check the terminal was handed back as it was.

use crate::support::{Session, assert_restored};
use perfusion_explorer::kb::Pane;
use perfusion_explorer::ui::tabs;
use perfusion_explorer::view::{Rect, layout};

/// After the app, the shell prints the line discipline flags we care about, one per line.
const AFTER: &str = "; code=$?; echo; echo EXIT=$code; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo|isig)$'; echo DONE";

#[test]
fn search_open_help_quit_restores_the_terminal() {
    let mut s = Session::start(&format!("\"$BIN\"{AFTER}"), 80, 24, &[]);
    s.wait_text("1 Program");
    s.wait_text("MSOE M.S. in Perfusion");
    s.send("/");
    s.wait_text("Search: Enter opens");
    s.send("cell saver");
    s.wait_text("Results: ");
    s.wait_text("Cell salvage");
    s.send("\r");
    s.wait_for("the glossary pane with the term", |sc| {
        sc.contains("┌ Glossary") && sc.contains("Also called: cell saver")
    });
    s.send("?");
    s.wait_text("Keys · type to filter");
    s.send("\x1b");
    s.wait_for("help to close", |sc| !sc.contains("Keys · type to filter"));
    s.send("q");
    s.wait_text("DONE");
    assert!(s.screen().contains("EXIT=0"), "{}", s.screen());
    assert_restored(&s);
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn ctrl_c_quits_from_the_search_bar() {
    let mut s = Session::start(&format!("\"$BIN\"{AFTER}"), 80, 24, &[]);
    s.wait_text("MSOE M.S. in Perfusion");
    s.send("/ecmo");
    s.wait_text("Results:");
    s.send("\x03");
    s.wait_text("DONE");
    assert!(s.screen().contains("EXIT=0"));
    assert_restored(&s);
}

#[test]
fn too_small_screen_recovers_on_resize() {
    let mut s = Session::start(&format!("\"$BIN\"{AFTER}"), 80, 24, &[]);
    s.wait_text("MSOE M.S. in Perfusion");
    s.resize(30, 8);
    s.wait_text("Terminal too small");
    s.resize(60, 20);
    s.wait_for("the normal layout", |sc| {
        sc.contains("1 Prog") && !sc.contains("too small")
    });
    s.send("q");
    s.wait_text("DONE");
    assert_restored(&s);
}

/// An SGR mouse report: `button` 0 is a left press, 64/65 the wheel; x and y are 0-based.
fn mouse(button: u8, x: u16, y: u16) -> String {
    format!("\x1b[<{button};{};{}M", x + 1, y + 1)
}

#[test]
fn mouse_clicks_tabs_and_items_and_the_wheel_scrolls() {
    let mut s = Session::start(&format!("\"$BIN\"{AFTER}"), 80, 24, &[]);
    s.wait_text("MSOE M.S. in Perfusion");
    let screen = Rect::new(0, 0, 80, 24);
    let (from, to, _) = tabs::ranges(layout::areas(screen).tabs)
        .into_iter()
        .find(|t| t.2 == Pane::Faq)
        .expect("an FAQ tab at 80 columns");
    s.send(&mouse(0, u16::midpoint(from, to), 0));
    s.wait_text("┌ FAQ");
    s.wait_text("What does a perfusionist actually do?");
    // The FAQ is a list of questions: the wheel over it moves the selection...
    let list = layout::list_split(layout::body_inner_for(screen, true), 80).list;
    for _ in 0..3 {
        s.send(&mouse(65, list.x + 10, list.y + 1));
    }
    s.wait_text("FAQ 4/");
    // ...and a click on a row selects that question.
    s.send(&mouse(0, list.x + 10, list.y + 1));
    s.wait_text("FAQ 2/");
    // A document pane scrolls under the wheel.
    s.send("6");
    s.wait_text("┌ Sources");
    let first = "[1]";
    s.wait_text(first);
    for _ in 0..3 {
        s.send(&mouse(65, 40, 12));
    }
    s.wait_for("the wheel to scroll the first source away", |sc| {
        !sc.contains("│▌ [1]") && !sc.contains("│  [1]")
    });
    // Click the last line of the pane body: that item becomes selected.
    let body = layout::body_inner(screen);
    s.send(&mouse(0, body.x + 18, body.bottom() - 1));
    s.wait_for("a later item selected", |sc| {
        !sc.contains("Sources 1/") && sc.contains("Sources ")
    });
    let search = layout::areas(screen).search;
    s.send(&mouse(0, search.x + search.width / 2, search.y + 1));
    s.wait_text("Search: Enter opens");
    s.send("\x03");
    s.wait_text("DONE");
    assert_restored(&s);
}

// The panic hook it triggers exists only in debug builds, so `cargo test --release` skips it.
#[cfg(debug_assertions)]
#[test]
fn a_panic_still_restores_the_terminal() {
    let mut s = Session::start(
        &format!("\"$BIN\"{AFTER}"),
        80,
        24,
        &[
            ("PERFUSION_EXPLORER_TEST_PANIC", "1"),
            ("RUST_BACKTRACE", "0"),
        ],
    );
    s.wait_text("DONE");
    let screen = s.screen();
    assert!(screen.contains("EXIT=101"), "{screen}");
    assert!(
        screen.contains("test panic requested"),
        "the panic message is shown on the main screen: {screen}"
    );
    assert_restored(&s);
}

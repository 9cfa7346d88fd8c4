//! Kiosk mode as state: quitting asks first in the explorer and the deck, and an idle
//! explorer goes back home (no terminal; the locked-down terminal is in `tests/tty`).

use perfusion_explorer::app::{Action, App, Focus, Mode};
use perfusion_explorer::kb::Pane;

use crate::present::{deck, lib};

#[test]
fn kiosk_quit_needs_y() {
    let mut d = deck();
    d.chrome.kiosk = true;
    d.update(Action::Quit);
    assert_eq!(d.mode(), Mode::Confirm);
    d.update(Action::Cancel);
    assert_eq!(d.mode(), Mode::Present);
    assert!(!d.chrome.quit);
    d.update(Action::Quit);
    d.update(Action::ConfirmQuit);
    assert!(d.chrome.quit);
    let mut plain = deck();
    plain.update(Action::Quit);
    assert!(plain.chrome.quit, "without --kiosk, q quits at once");
}

#[test]
fn explorer_kiosk_confirms_quit_and_goes_home_when_idle() {
    let mut app = App::new(lib(), 80, 24, &perfusion_explorer::ui::measure::MEASURE);
    app.chrome.kiosk = true;
    app.idle_limit = Some(60_000);
    app.update(Action::Quit);
    assert_eq!(app.mode(), Mode::Confirm);
    app.update(Action::Input('x'));
    assert!(!app.chrome.quit && !app.confirming_quit());
    for c in "ecmo".chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::Open);
    app.update(Action::Down);
    assert!(!app.is_home());
    app.update(Action::Tick(59_000));
    assert!(!app.is_home(), "not idle long enough yet");
    app.update(Action::Tick(1_000));
    assert!(app.is_home());
    assert_eq!(
        (app.pane, app.focus, app.query.as_str()),
        (Pane::Program, Focus::Pane, "")
    );
    app.update(Action::Quit);
    app.update(Action::ConfirmQuit);
    assert!(app.chrome.quit);
}

#[test]
fn input_resets_the_idle_clock() {
    let mut app = App::new(lib(), 80, 24, &perfusion_explorer::ui::measure::MEASURE);
    app.chrome.kiosk = true;
    app.idle_limit = Some(1_000);
    app.update(Action::GoToPane(Pane::Faq));
    app.update(Action::Tick(900));
    app.update(Action::Down);
    app.update(Action::Tick(900));
    assert_eq!(app.pane, Pane::Faq, "input in between restarted the clock");
}

//! The presentation and kiosk: deck navigation with clicker keys, blanking, auto-advance,
//! quit confirmation, idle reset, and snapshots of every slide and prompt.

use perfusion_explorer::app::{Action, App, Focus, Mode};
use perfusion_explorer::kb::{Pane, load};
use perfusion_explorer::library::Library;
use perfusion_explorer::present::Deck;
use perfusion_explorer::present::render::draw;
use perfusion_explorer::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn lib() -> Library {
    Library::new(load::embedded().expect("loads").kb)
}

fn deck() -> Deck {
    Deck::new(lib(), 80, 24)
}

#[test]
fn the_embedded_deck_has_the_slides_the_issue_lists() {
    let d = deck();
    let headings: Vec<&str> = d.slides.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "MSOE Perfusion",
            "Perfusionist",
            "ECMO specialist",
            "Side by side",
            "Pay",
            "Certification",
            "Questions",
            "Learn more"
        ]
    );
}

#[test]
fn clicker_navigation_clamps_and_jumps() {
    let mut d = deck();
    let n = d.slides.len();
    d.update(Action::PrevSlide);
    assert_eq!(d.current, 0);
    for _ in 0..3 {
        d.update(Action::NextSlide);
    }
    assert_eq!(d.position(), format!("4 / {n}"));
    d.update(Action::LastSlide);
    d.update(Action::NextSlide);
    assert_eq!(d.current, n - 1, "manual next stops at the last slide");
    d.update(Action::JumpSlide(2));
    assert_eq!(d.current, 1);
    d.update(Action::JumpSlide(99));
    assert_eq!(d.current, 1, "a number past the end does nothing");
    d.update(Action::FirstSlide);
    assert_eq!(d.current, 0);
}

#[test]
fn blank_toggles_and_escape_unblanks_but_never_quits() {
    let mut d = deck();
    d.update(Action::Blank);
    assert!(d.blank);
    d.update(Action::Cancel);
    assert!(!d.blank);
    d.update(Action::Cancel);
    assert!(!d.quit);
    d.update(Action::Blank);
    d.update(Action::NextSlide);
    assert!(!d.blank, "moving on shows the slide again");
}

#[test]
fn auto_advance_loops_and_pauses_while_blank() {
    let mut d = deck();
    d.auto = Some(1000);
    d.update(Action::Tick(999));
    assert_eq!(d.current, 0);
    d.update(Action::Tick(1));
    assert_eq!(d.current, 1);
    d.update(Action::LastSlide);
    d.update(Action::Tick(1000));
    assert_eq!(d.current, 0, "loops to the start");
    d.update(Action::Blank);
    d.update(Action::Tick(5000));
    assert_eq!(d.current, 0, "a blanked screen stays put");
}

#[test]
fn kiosk_quit_needs_y() {
    let mut d = deck();
    d.kiosk = true;
    d.update(Action::Quit);
    assert_eq!(d.mode(), Mode::Confirm);
    d.update(Action::Cancel);
    assert_eq!(d.mode(), Mode::Present);
    assert!(!d.quit);
    d.update(Action::Quit);
    d.update(Action::ConfirmQuit);
    assert!(d.quit);
    let mut plain = deck();
    plain.update(Action::Quit);
    assert!(plain.quit, "without --kiosk, q quits at once");
}

#[test]
fn explorer_kiosk_confirms_quit_and_goes_home_when_idle() {
    let mut app = App::new(lib(), 80, 24);
    app.kiosk = true;
    app.idle_limit = Some(60_000);
    app.update(Action::Quit);
    assert_eq!(app.mode(), Mode::Confirm);
    app.update(Action::Input('x'));
    assert!(!app.quit && !app.confirm_quit);
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
    assert!(app.quit);
}

#[test]
fn input_resets_the_idle_clock() {
    let mut app = App::new(lib(), 80, 24);
    app.kiosk = true;
    app.idle_limit = Some(1_000);
    app.update(Action::GoToPane(Pane::Faq));
    app.update(Action::Tick(900));
    app.update(Action::Down);
    app.update(Action::Tick(900));
    assert_eq!(app.pane, Pane::Faq, "input in between restarted the clock");
}

fn snapshot_deck(d: &Deck, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| {
        let area = f.area();
        draw(d, &Theme::high_contrast(), area, f.buffer_mut());
    })
    .expect("draw");
    t
}

#[test]
fn every_slide_at_80x24_and_160x45() {
    for (w, h) in [(80, 24), (160, 45)] {
        let mut d = deck();
        d.update(Action::Resize(w, h));
        for i in 0..d.slides.len() {
            d.update(Action::JumpSlide(u8::try_from(i + 1).unwrap_or(1)));
            let t = snapshot_deck(&d, w, h);
            let text = t.backend().to_string();
            assert!(
                text.contains(&format!("{} / {}", i + 1, d.slides.len())),
                "footer on slide {}",
                i + 1
            );
            insta::assert_snapshot!(format!("slide_{}_{w}x{h}", i + 1), t.backend());
        }
    }
}

#[test]
fn prompts_blank_and_margins() {
    let mut d = deck();
    d.kiosk = true;
    d.update(Action::Quit);
    insta::assert_snapshot!("deck_kiosk_quit_80x24", snapshot_deck(&d, 80, 24).backend());
    let mut app = App::new(lib(), 80, 24);
    app.kiosk = true;
    app.update(Action::Quit);
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    t.draw(|f| ui::render(&app, &Theme::default_theme(), f))
        .expect("draw");
    insta::assert_snapshot!("explorer_kiosk_quit_80x24", t.backend());
    let mut blank = deck();
    blank.update(Action::Blank);
    assert!(
        snapshot_deck(&blank, 80, 24)
            .backend()
            .buffer()
            .content()
            .iter()
            .all(|c| c.symbol() == " ")
    );
    let mut margined = deck();
    margined.margin = 2;
    let t = snapshot_deck(&margined, 80, 24);
    let buf = t.backend().buffer();
    for y in 0..24u16 {
        for x in 0..80u16 {
            if !(2..22).contains(&y) || !(4..76).contains(&x) {
                assert_eq!(buf[(x, y)].symbol(), " ", "margin cell {x},{y} drawn");
            }
        }
    }
}

#[test]
fn the_qr_code_appears_only_where_it_fits_whole() {
    let mut d = deck();
    d.update(Action::LastSlide);
    let big = snapshot_deck(&d, 160, 45).backend().to_string();
    assert!(big.contains("█▀▀▀▀▀█"), "finder pattern at 160x45");
    let small = snapshot_deck(&d, 80, 24).backend().to_string();
    assert!(!small.contains("█▀▀▀▀▀█"), "no partial QR code at 80x24");
}

/// The clicker's long key list ("PgDn → Space Enter l j") must not run into its meaning.
#[test]
fn deck_help_keeps_keys_and_descriptions_apart() {
    let mut d = deck();
    d.update(Action::ToggleHelp);
    let text = snapshot_deck(&d, 80, 24).backend().to_string();
    let row = text
        .lines()
        .find(|l| l.contains("PgDn → Space Enter l j"))
        .unwrap_or_else(|| panic!("no next-slide row:\n{text}"));
    assert!(row.contains("PgDn → Space Enter l j  "), "{row}");
    assert!(row.contains("next slide"), "{row}");
    // Every description starts in the same column.
    let starts: Vec<usize> = ["next slide", "previous slide", "first slide"]
        .iter()
        .filter_map(|d| {
            text.lines()
                .find_map(|l| l.find(d).map(|i| l[..i].chars().count()))
        })
        .collect();
    assert_eq!(starts.len(), 3);
    assert!(
        starts.windows(2).all(|w| w[0] == w[1]),
        "{starts:?}\n{text}"
    );
}

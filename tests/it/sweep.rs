//! The one sweep over terminal sizes: every screen of the explorer (each pane, results, no
//! results, help, the sources popup, the quit prompt) and every slide of the deck, drawn
//! at sizes proptest picks (tiny ones often, where the edge cases are) on the embedded base
//! and on one with hostile text in every field. At every size: nothing panics, no character
//! that could drive the terminal is drawn, a usable size shows the tabs and the footer, and
//! a smaller one says what size it needs. The run counts the cases each way.

use std::cell::Cell;

use perfusion_explorer::app::{Action, App};
use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::{KnowledgeBase, Pane, load};
use perfusion_explorer::present::Deck;
use perfusion_explorer::ui::{self, Theme};
use perfusion_explorer::view::layout;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::hostile::{forbidden, hostile_kb};

fn typed(s: &str) -> Vec<Action> {
    std::iter::once(Action::FocusSearch)
        .chain(s.chars().map(Action::Input))
        .collect()
}

fn screens() -> Vec<Vec<Action>> {
    let mut out: Vec<Vec<Action>> = Pane::ALL
        .iter()
        .flat_map(|&p| {
            [
                vec![Action::GoToPane(p), Action::Down],
                vec![Action::GoToPane(p), Action::Bottom],
            ]
        })
        .collect();
    out.extend([
        typed("ecmo pay"),
        typed("zzqqxx"),
        typed("how long is perfusion school"),
        vec![Action::ToggleHelp],
        vec![Action::ToggleHelp, Action::Bottom],
        vec![
            Action::GoToPane(Pane::Faq),
            Action::Down,
            Action::ToggleSources,
        ],
        vec![Action::Quit],
    ]);
    out
}

fn text(buf: &Buffer) -> String {
    let a = buf.area;
    (a.top()..a.bottom())
        .map(|y| {
            (a.left()..a.right())
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Sizes where layouts break: tiny and around the minimum far more often than large.
fn size() -> impl Strategy<Value = (u16, u16)> {
    let w = prop_oneof![2 => 0u16..=12, 2 => 30u16..=50, 3 => 51u16..=130, 1 => 131u16..=240];
    let h = prop_oneof![2 => 0u16..=6, 2 => 8u16..=16, 3 => 17u16..=50, 1 => 51u16..=80];
    (w, h)
}

#[test]
fn every_screen_and_slide_at_any_size() {
    let bases: [KnowledgeBase; 2] = [load::embedded().unwrap().kb, hostile_kb()];
    let screens = screens();
    let (usable, small, slides) = (Cell::new(0), Cell::new(0), Cell::new(0));
    let mut runner = TestRunner::new(Config {
        cases: 400,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(
            &(0..bases.len(), 0..screens.len() + 1, size(), 0usize..12),
            |(base, screen, (w, h), slide)| {
                let lib = Catalog::new(bases[base].clone());
                let area = Rect::new(0, 0, w, h);
                let mut buf = Buffer::empty(area);
                if screen == screens.len() {
                    // The deck: one of its pages at this size, drawn after a resize from
                    // another, as a projector's resolution change does.
                    let mut deck = Deck::new(lib, 80, 24);
                    for _ in 0..slide {
                        deck.update(Action::NextSlide);
                    }
                    deck.update(Action::Resize(w, h));
                    perfusion_explorer::present::render::draw(
                        &deck,
                        &Theme::high_contrast(),
                        area,
                        &mut buf,
                    );
                    slides.set(slides.get() + 1);
                } else {
                    // Built at one size and resized, as a terminal window is.
                    let mut app = App::new(lib, 80, 24, &ui::measure::MEASURE);
                    app.chrome.kiosk = true;
                    for a in &screens[screen] {
                        app.update(*a);
                    }
                    app.update(Action::Resize(w, h));
                    ui::draw(&app, &Theme::default_theme(), area, &mut buf);
                    let shown = text(&buf);
                    if layout::too_small(area) {
                        small.set(small.get() + 1);
                        if w >= 30 && h >= 6 {
                            prop_assert!(shown.contains("too small"), "{w}x{h}:\n{shown}");
                        }
                    } else {
                        usable.set(usable.get() + 1);
                        let first = shown.lines().next().unwrap_or_default();
                        let last = shown.lines().last().unwrap_or_default();
                        prop_assert!(
                            (1..=Pane::ALL.len()).all(|n| first.contains(&format!(" {n}"))),
                            "{w}x{h}: no tabs:\n{shown}"
                        );
                        prop_assert!(!last.trim().is_empty(), "{w}x{h}: no footer:\n{shown}");
                    }
                }
                for cell in buf.content() {
                    prop_assert!(
                        !cell.symbol().chars().any(forbidden),
                        "{:?} drawn at {w}x{h}",
                        cell.symbol()
                    );
                }
                Ok(())
            },
        )
        .unwrap();
    eprintln!(
        "sweep: {} usable screens, {} too small, {} slides",
        usable.get(),
        small.get(),
        slides.get()
    );
    assert!(usable.get() >= 100 && small.get() >= 60 && slides.get() >= 10);
}

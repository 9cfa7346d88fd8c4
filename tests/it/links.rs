//! Source addresses as OSC 8 hyperlinks: where the explorer links them (the Sources pane,
//! the side panel, the popup), that a link goes to its own source's whole address, and
//! that nothing else on screen ever carries an escape sequence.

use perfusion_explorer::app::{Action, App};
use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::{Pane, load};
use perfusion_explorer::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

fn drawn(w: u16, h: u16, actions: &[Action], links: bool) -> (App, Buffer) {
    let lib = Catalog::new(load::embedded().expect("embedded loads").kb);
    let mut app = App::new(lib, w, h, &ui::measure::MEASURE);
    for a in actions {
        app.update(*a);
    }
    let theme = Theme {
        links,
        ..Theme::default_theme()
    };
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    t.draw(|f| ui::render(&app, &theme, f)).expect("draw");
    (app, t.backend().buffer().clone())
}

/// Every link on screen: (row, the address it opens, the text it shows).
fn links(buf: &Buffer) -> Vec<(u16, String, String)> {
    let mut out: Vec<(u16, String, String)> = Vec::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let sym = buf[(x, y)].symbol();
            let Some(rest) = sym.strip_prefix("\x1b]8;;") else {
                assert!(
                    !sym.contains('\x1b'),
                    "an escape outside a link at {x},{y}: {sym:?}"
                );
                continue;
            };
            let (url, tail) = rest.split_once("\x1b\\").expect("the link's address ends");
            let shown = tail
                .strip_suffix("\x1b]8;;\x1b\\")
                .expect("each cell closes its link");
            match out.last_mut() {
                Some((row, u, text)) if *row == y && u == url => text.push_str(shown),
                _ => out.push((y, url.to_string(), shown.to_string())),
            }
        }
    }
    out
}

#[test]
fn each_address_shown_links_to_its_own_whole_address() {
    for (w, h) in [(80, 24), (120, 40), (160, 45)] {
        let (app, buf) = drawn(w, h, &[Action::GoToPane(Pane::Sources)], true);
        let found = links(&buf);
        let kb = &app.lib.kb;
        // The first source's address is on the first screen, linked.
        assert_eq!(
            found.first().map(|f| &f.1),
            kb.sources[0].url.as_ref(),
            "{w}x{h}"
        );
        for (_, url, text) in &found {
            assert!(
                kb.sources
                    .iter()
                    .any(|s| s.url.as_deref() == Some(url.as_str())),
                "{url} is no source's address"
            );
            let text = text.strip_suffix('…').unwrap_or(text);
            assert!(url.starts_with(text), "{w}x{h}: {text:?} links to {url}");
        }
    }
}

#[test]
fn the_popup_links_every_piece_of_a_wrapped_address_to_the_whole() {
    // A 60-column popup wraps the longest addresses into pieces.
    let (app, buf) = drawn(
        60,
        30,
        &[Action::GoToPane(Pane::Sources), Action::ToggleSources],
        true,
    );
    let url = app.lib.kb.sources[0]
        .url
        .clone()
        .expect("the MSOE page has an address");
    let pieces: String = links(&buf)
        .into_iter()
        .filter(|(_, u, _)| *u == url)
        .map(|(_, _, t)| t)
        .collect();
    assert!(!pieces.is_empty());
    assert_eq!(pieces.matches(url.as_str()).count(), 1, "{pieces:?}");
}

#[test]
fn without_links_no_cell_carries_an_escape() {
    for pane in Pane::ALL {
        let (_, buf) = drawn(
            160,
            45,
            &[Action::GoToPane(pane), Action::ToggleSources],
            false,
        );
        assert!(links(&buf).is_empty(), "{pane:?}");
    }
}

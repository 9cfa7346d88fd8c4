//! Property tests: random bytes, random byte mutations of the real knowledge base, and random
//! strings spliced into it never make the loader, search or renderer panic.

use perfusion_explorer::app::{Action, App};
use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::sanitize::is_invisible;
use perfusion_explorer::kb::{Pane, load};
use perfusion_explorer::ui::{self, Theme};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::Value;

fn render_everything(lib: Catalog, w: u16, h: u16, query: &str) {
    let mut app = App::new(lib, w, h, &perfusion_explorer::ui::measure::MEASURE);
    let mut screens: Vec<Vec<Action>> = Pane::ALL
        .iter()
        .map(|&p| vec![Action::GoToPane(p), Action::Bottom])
        .collect();
    screens.push(
        std::iter::once(Action::FocusSearch)
            .chain(query.chars().map(Action::Input))
            .collect(),
    );
    screens.push(vec![Action::Open, Action::ToggleHelp]);
    for actions in screens {
        for a in actions {
            app.update(a);
        }
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        t.draw(|f| ui::render(&app, &Theme::default_theme(), f))
            .expect("draw");
        for cell in t.backend().buffer().content() {
            let bad = cell
                .symbol()
                .chars()
                .any(|c| c.is_control() || is_invisible(c) || matches!(c, '\u{2028}' | '\u{2029}'));
            assert!(!bad, "{:?} reached the screen", cell.symbol());
        }
    }
}

/// Every string slot of a JSON value, depth first, for splicing.
fn string_slots(v: &mut Value) -> Vec<&mut String> {
    match v {
        Value::String(s) => vec![s],
        Value::Array(a) => a.iter_mut().flat_map(string_slots).collect(),
        Value::Object(m) => m.values_mut().flat_map(string_slots).collect(),
        _ => Vec::new(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic_the_loader(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("random.json");
        std::fs::write(&path, &bytes).expect("write");
        let _ = load::from_path(&path);
        let _ = load::from_str(&String::from_utf8_lossy(&bytes), "random");
    }

    #[test]
    fn byte_mutations_of_the_real_base_never_panic(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..8),
        w in 0u16..160, h in 0u16..50, query in "\\PC{0,12}",
    ) {
        let mut bytes = load::EMBEDDED_JSON.as_bytes().to_vec();
        for (at, byte, op) in edits {
            let i = at.index(bytes.len().max(1));
            match op {
                0 => bytes.insert(i, byte),
                1 if !bytes.is_empty() => { bytes.remove(i.min(bytes.len() - 1)); }
                _ if !bytes.is_empty() => { let n = bytes.len(); bytes[i.min(n - 1)] = byte; }
                _ => {}
            }
        }
        if let Ok(loaded) = load::from_str(&String::from_utf8_lossy(&bytes), "mutated") {
            render_everything(Catalog::new(loaded.kb), w, h, &query);
        }
    }

    #[test]
    fn random_prose_in_every_field_loads_and_never_reaches_the_screen_raw(
        splices in proptest::collection::vec((any::<prop::sample::Index>(), any::<String>()), 1..12),
        w in 0u16..160, h in 0u16..50, query in any::<String>(),
    ) {
        let mut v: Value = serde_json::from_str(load::EMBEDDED_JSON).expect("parses");
        {
            // Prose only (ids, references and kinds stay valid), so every case loads and
            // reaches the renderer.
            let mut slots: Vec<&mut String> =
                string_slots(&mut v).into_iter().filter(|s| s.len() > 30).collect();
            let n = slots.len();
            for (at, text) in splices {
                // Never blank: an empty title is an error the checker reports (B6).
                *slots[at.index(n)] = format!("x{text}");
            }
        }
        let text = serde_json::to_string(&v).expect("serializes");
        let loaded = load::from_str(&text, "spliced");
        prop_assert!(loaded.is_ok(), "{:?}", loaded.err());
        if let Ok(loaded) = loaded {
            render_everything(Catalog::new(loaded.kb), w, h, &query);
        }
    }
}

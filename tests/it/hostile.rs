//! Hostile text (reliability.md section 7A) in every field of a knowledge base: nothing that
//! could drive, reorder or hide text reaches the screen or any output format.

use assert_cmd::Command;
use perfusion_explorer::app::{Action, App};
use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::load;
use perfusion_explorer::kb::sanitize::is_invisible;
use perfusion_explorer::kb::{KnowledgeBase, Pane};
use perfusion_explorer::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::{Value, json};

pub const HOSTILE: &[&str] = &[
    "A\u{1b}[31mRED\u{1b}[0mB",
    "\u{1b}]0;PWNED\u{7}",
    "\u{1b}]52;c;ZWNobyBwd25lZA==\u{7}",
    "\u{1b}]8;;http://evil\u{7}click\u{1b}]8;;\u{7}",
    "\u{1b}]8;;\u{1b}0m\u{1b}[>0q",
    "c1 \u{9b}31m \u{9d}0;x \u{85}next",
    "safe\rEVIL",
    "bell\u{7} bs\u{8} nul\u{0} del\u{7f} vt\u{b} ff\u{c}",
    "a\tb\t\tc",
    "line\nbreak\r\ncrlf\u{2028}ls\u{2029}ps",
    "bidi \u{202e}evil\u{202c} \u{2066}iso\u{2069} \u{200e}\u{200f}\u{61c}",
    "in\u{200b}vis\u{2060}ible\u{feff} \u{ad}\u{3164}\u{115f}\u{ffa0}\u{e0041}",
    "\u{301}ab cd ef",
    "zalgo e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}\u{309}\u{30a}\u{30b}",
    "wide a🌞b 漢字漢字 👨‍👩‍👧 🇺🇸 ⌨️",
];

/// The embedded base with hostile text spliced into every string value.
fn hostile_json() -> String {
    let mut v: Value = serde_json::from_str(load::EMBEDDED_JSON).expect("embedded parses");
    let mut n = 0;
    poison(&mut v, &mut n, false);
    v["sources"][0]["\u{1b}]0;key\u{7}"] = json!("unknown field with a hostile key");
    serde_json::to_string(&v).expect("serializes")
}

fn poison(v: &mut Value, n: &mut usize, in_ids: bool) {
    match v {
        Value::String(s) if !in_ids => {
            s.push(' ');
            s.push_str(HOSTILE[*n % HOSTILE.len()]);
            *n += 1;
        }
        Value::Array(items) => items.iter_mut().for_each(|i| poison(i, n, in_ids)),
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                // Ids and references stay intact so the file still validates.
                let is_ref = matches!(
                    k.as_str(),
                    "id" | "sources"
                        | "role"
                        | "roles"
                        | "related"
                        | "trust"
                        | "kind"
                        | "per"
                        | "to"
                        | "unit"
                ) && !child.is_object();
                let is_id_list = matches!(k.as_str(), "roles" | "faqs")
                    && child
                        .as_array()
                        .is_some_and(|a| a.iter().all(Value::is_string));
                poison(child, n, is_ref || is_id_list);
            }
        }
        _ => {}
    }
}

pub fn hostile_kb() -> KnowledgeBase {
    load::from_str(&hostile_json(), "hostile.json")
        .expect("hostile base still loads")
        .kb
}

pub fn forbidden(c: char) -> bool {
    c.is_control() || is_invisible(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

#[test]
fn sanitizing_leaves_no_forbidden_character_in_the_model() {
    let kb = hostile_kb();
    let text = serde_json::to_string(&kb).expect("serializes");
    let value: Value = serde_json::from_str(&text).expect("parses");
    fn walk(v: &Value) {
        match v {
            Value::String(s) => assert!(!s.chars().any(forbidden), "{s:?}"),
            Value::Array(a) => a.iter().for_each(walk),
            Value::Object(m) => m.iter().for_each(|(k, v)| {
                assert!(!k.chars().any(forbidden), "{k:?}");
                walk(v);
            }),
            _ => {}
        }
    }
    walk(&value);
}

#[test]
fn no_pane_overlay_or_result_list_draws_a_forbidden_character() {
    let screens: Vec<Vec<Action>> = vec![
        vec![],
        vec![Action::GoToPane(Pane::Compare)],
        vec![Action::GoToPane(Pane::Compare), Action::Bottom],
        vec![Action::GoToPane(Pane::Faq)],
        vec![Action::GoToPane(Pane::Glossary)],
        vec![Action::GoToPane(Pane::Sources)],
        vec![
            Action::FocusSearch,
            Action::Input('e'),
            Action::Input('v'),
            Action::Input('i'),
            Action::Input('l'),
        ],
        vec![Action::ToggleHelp],
    ];
    for (w, h) in [(80, 24), (120, 40), (40, 12), (200, 60)] {
        for actions in &screens {
            let mut app = App::new(
                Catalog::new(hostile_kb()),
                w,
                h,
                &perfusion_explorer::ui::measure::MEASURE,
            );
            for a in actions {
                app.update(*a);
            }
            // Scroll through the whole pane so every item gets drawn.
            for _ in 0..60 {
                let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
                t.draw(|f| ui::render(&app, &Theme::default_theme(), f))
                    .expect("draw");
                for cell in t.backend().buffer().content() {
                    assert!(
                        !cell.symbol().chars().any(forbidden),
                        "{:?} drawn at {w}x{h} after {actions:?}",
                        cell.symbol()
                    );
                }
                app.update(Action::PageDown);
            }
        }
    }
}

#[test]
fn typed_or_pasted_control_characters_never_enter_the_query() {
    let mut app = App::new(
        Catalog::new(hostile_kb()),
        80,
        24,
        &perfusion_explorer::ui::measure::MEASURE,
    );
    for c in "\u{1b}]0;x\u{7}\u{202e}ok\u{200b}\u{2028}\u{2029}\u{85}".chars() {
        app.update(Action::Input(c));
    }
    assert_eq!(app.query, "]0;xok");
    // The help filter takes the same care.
    app.update(Action::Cancel);
    app.update(Action::ToggleHelp);
    for c in "q\u{2028}\u{1b}".chars() {
        app.update(Action::Input(c));
    }
    assert_eq!(app.help().map(|h| h.filter.as_str()), Some("q"));
}

#[test]
fn cli_outputs_carry_no_control_bidi_or_invisible_character() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("hostile\u{1b}]0;x\u{7}.json");
    std::fs::write(&path, hostile_json()).expect("write");
    let p = path.to_str().expect("utf-8 path");
    let runs: Vec<Vec<&str>> = vec![
        vec!["--data", p, "export"],
        vec!["--data", p, "export", "--format", "json"],
        vec!["--data", p, "search", "evil", "--format", "json"],
        vec!["--data", p, "search", "ecmo", "--limit", "50"],
        vec!["--data", p, "show", "cmp-duties"],
        vec!["--data", p, "show", "cmp-duties", "--format", "markdown"],
        vec!["--data", p, "show", "megainterview", "--format", "json"],
        vec!["check", p],
        vec!["--data", p, "show", "\u{1b}]0;nope\u{7}"],
    ];
    for args in runs {
        let out = Command::cargo_bin("perfusion-explorer")
            .expect("binary")
            .env("XDG_CACHE_HOME", env!("CARGO_TARGET_TMPDIR"))
            .args(&args)
            .output()
            .expect("runs");
        for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            let bad: Vec<char> = text
                .chars()
                .filter(|&c| c != '\n' && forbidden(c))
                .collect();
            assert!(
                bad.is_empty(),
                "{args:?} {name} carries {:?}",
                &bad[..bad.len().min(8)]
            );
            assert!(
                !text.contains("\\u00") && !text.contains("\\u20"),
                "{args:?} {name} carries an escaped control character"
            );
        }
    }
}

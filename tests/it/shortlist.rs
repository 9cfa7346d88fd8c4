//! The shortlist: starring, notes and the view in the explorer; `notes` on the command
//! line; and saving that survives a SIGKILL at any moment.

use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;
use perfusion_explorer::app::{Action, App, Mode};
use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::{Pane, load};
use perfusion_explorer::shortlist::{MAX_NOTE_CHARS, Shortlist, Starred};

fn app(w: u16, h: u16) -> App {
    let lib = Catalog::new(load::embedded().unwrap().kb);
    App::new(lib, w, h, &perfusion_explorer::ui::measure::MEASURE)
}

fn screen(a: &App) -> String {
    let (w, h) = a.size;
    let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, w, h));
    let theme = perfusion_explorer::ui::Theme::default_theme();
    perfusion_explorer::ui::draw(a, &theme, buf.area, &mut buf);
    let mut out = String::new();
    for y in 0..h {
        for x in 0..w {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

fn notes(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("perfusion-explorer")
        .unwrap()
        .env("XDG_DATA_HOME", dir)
        .arg("notes")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn star_note_and_the_view_in_the_explorer() {
    let mut a = app(80, 24);
    a.update(Action::GoToPane(Pane::Faq));
    a.update(Action::Down);
    let id = a.current_entry().unwrap().id.clone();
    a.update(Action::ToggleStar);
    assert!(a.shortlist.contains(&id));
    assert!(a.notice.as_deref().unwrap().contains("Starred"));
    // The list marks it.
    let title = a.current_entry().unwrap().title.clone();
    assert!(
        screen(&a).contains(&format!("▌ ★ {title}")),
        "{}",
        screen(&a)
    );
    // A note: typed, kept with Enter.
    a.update(Action::EditNote);
    assert_eq!(a.mode(), Mode::Note);
    for c in "ask about call\u{1b}".chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::Open);
    assert_eq!(a.shortlist.note(&id), Some("ask about call"));
    // The view opens the entry again from elsewhere.
    a.update(Action::GoToPane(Pane::Glossary));
    a.update(Action::OpenShortlist);
    assert_eq!(a.mode(), Mode::Shortlist);
    a.update(Action::Open);
    assert_eq!(
        (a.pane, a.current_entry().map(|e| e.id.clone())),
        (Pane::Faq, Some(id.clone()))
    );
    // Esc on a note leaves it as it was; * in the view removes the entry.
    a.update(Action::EditNote);
    a.update(Action::Input('x'));
    a.update(Action::Cancel);
    assert_eq!(a.shortlist.note(&id), Some("ask about call"));
    a.update(Action::OpenShortlist);
    a.update(Action::ToggleStar);
    assert!(a.shortlist.is_empty());
}

#[test]
fn a_note_is_capped_while_typed() {
    let mut a = app(60, 20);
    a.update(Action::GoToPane(Pane::Glossary));
    a.update(Action::EditNote);
    for _ in 0..MAX_NOTE_CHARS + 20 {
        a.update(Action::Input('a'));
    }
    a.update(Action::Open);
    let id = a.current_entry().unwrap().id.clone();
    assert_eq!(a.shortlist.note(&id).map(str::len), Some(MAX_NOTE_CHARS));
}

#[test]
fn a_kiosk_forgets_the_shortlist_at_the_idle_reset() {
    let mut a = app(80, 24);
    a.chrome.kiosk = true;
    a.idle_limit = Some(1000);
    a.update(Action::GoToPane(Pane::Faq));
    a.update(Action::ToggleStar);
    a.update(Action::GoToPane(Pane::Program));
    assert!(!a.shortlist.is_empty());
    a.update(Action::Tick(1500));
    assert!(a.shortlist.is_empty() && a.is_home());
}

#[test]
fn an_entry_gone_from_the_base_is_shown_as_such_not_dropped() {
    let mut a = app(80, 24);
    a.shortlist = Shortlist::from_items(vec![Starred {
        id: "faq-removed-last-year".into(),
        note: "was about tuition".into(),
    }]);
    a.update(Action::OpenShortlist);
    let text = screen(&a);
    assert!(
        text.contains("faq-removed-last-year · no longer in this knowledge base"),
        "{text}"
    );
    assert!(text.contains("was about tuition"));
    a.update(Action::Open);
    assert_eq!(a.mode(), Mode::Shortlist, "nothing to open, the view stays");
    assert_eq!(a.shortlist.len(), 1);
}

#[test]
fn notes_prints_markdown_with_each_entrys_sources_and_keeps_vanished_ones() {
    let dir = tempfile::tempdir().unwrap();
    let out = notes(
        dir.path(),
        &[
            "--star",
            "faq-ecmo-licensed",
            "--note",
            "ask <b>advisor</b>",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("## Is ECMO specialist a separate licensed profession?"));
    assert!(
        md.contains("**My note:** ask \\<b\\>advisor\\</b\\>"),
        "{md}"
    );
    assert!(md.contains("Sources:") && md.contains("- [35] "));
    // An id the base lost since: listed, with its note, not dropped.
    let file = dir.path().join("perfusion-explorer").join("shortlist.json");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("faq-ecmo-licensed", "faq-gone")).unwrap();
    let md = String::from_utf8(notes(dir.path(), &[]).stdout).unwrap();
    assert!(md.contains("## faq-gone") && md.contains("No longer in this knowledge base"));
    // Bad input: an unknown id is refused and nothing is written.
    let before = std::fs::read(&file).unwrap();
    let out = notes(dir.path(), &["--star", "no-such-entry"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no entry has the id"));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn a_damaged_shortlist_is_kept_aside_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("perfusion-explorer");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::write(home.join("shortlist.json"), "not json").unwrap();
    let out = notes(dir.path(), &["--star", "term-ecmo"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not be read"));
    let kept: Vec<String> = std::fs::read_dir(&home)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("shortlist.damaged-"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read_to_string(home.join(&kept[0])).unwrap(),
        "not json"
    );
}

/// SIGKILL at random moments while `notes` saves a large shortlist: the file is always the
/// old version or the new one, never a broken one.
#[test]
fn a_kill_during_a_save_leaves_the_old_file_or_the_new() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("perfusion-explorer");
    std::fs::create_dir_all(&home).unwrap();
    let file = home.join("shortlist.json");
    // Large enough that a save takes a while: 480 entries with full notes (about 150 KB).
    let items: Vec<Starred> = (0..480)
        .map(|i| Starred {
            id: format!("entry-{i}"),
            note: "n".repeat(MAX_NOTE_CHARS),
        })
        .chain(std::iter::once(Starred {
            id: "term-ecmo".into(),
            note: "version 0".into(),
        }))
        .collect();
    let seed = Shortlist::from_items(items).to_file();
    std::fs::write(&file, serde_json::to_vec(&seed).unwrap()).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("perfusion-explorer");
    let mut killed_midway = 0;
    for round in 1..=40u64 {
        let before = std::fs::read(&file).unwrap();
        let mut child = std::process::Command::new(&bin)
            .env("XDG_DATA_HOME", dir.path())
            .args(["notes", "--format", "json", "--star", "term-ecmo", "--note"])
            .arg(format!("version {round}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Spread over the process's life: loading the base, reading, saving.
        std::thread::sleep(Duration::from_micros(round * 37 % 1500 * 10));
        let _ = child.kill();
        let status = child.wait().unwrap();
        let after = std::fs::read(&file).unwrap();
        let parsed: perfusion_explorer::shortlist::File = serde_json::from_slice(&after)
            .unwrap_or_else(|e| panic!("round {round}: broken file ({e})"));
        let note = parsed
            .items
            .iter()
            .find(|s| s.id == "term-ecmo")
            .map(|s| s.note.clone());
        assert_eq!(parsed.items.len(), 481, "round {round}");
        if after == before {
            if !status.success() {
                killed_midway += 1;
            }
        } else {
            assert_eq!(note, Some(format!("version {round}")), "round {round}");
        }
    }
    assert!(killed_midway > 0, "no kill landed before the save finished");
}

#[test]
fn every_pane_can_star_its_selected_item() {
    let mut a = app(100, 30);
    for pane in Pane::ALL {
        a.update(Action::GoToPane(pane));
        // The Compare pane opens on its table's heading, which is no entry.
        if a.current_entry().is_none() {
            a.update(Action::ToggleStar);
            assert_eq!(a.notice.as_deref(), Some("Nothing here to star."));
            a.update(Action::Down);
        }
        let id = a.current_entry().map(|e| e.id.clone());
        assert!(id.is_some(), "{pane:?} has no entry to star");
        a.update(Action::ToggleStar);
        assert!(a.shortlist.contains(&id.unwrap_or_default()), "{pane:?}");
    }
    assert_eq!(a.shortlist.len(), Pane::ALL.len());
}

#[test]
fn a_kiosk_shortlist_leaves_as_a_qr_code_of_its_sources_that_scans() {
    let mut a = app(160, 45);
    a.chrome.kiosk = true;
    a.update(Action::GoToPane(Pane::Faq));
    a.update(Action::ToggleStar);
    a.update(Action::Down);
    a.update(Action::ToggleStar);
    a.update(Action::OpenShortlist);
    let links = perfusion_explorer::ui::shortlist::source_links(&a);
    assert!(links.len() >= 2, "{links:?}");
    let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 160, 45));
    let theme = perfusion_explorer::ui::Theme::default_theme();
    perfusion_explorer::ui::draw(&a, &theme, buf.area, &mut buf);
    let text = crate::present::decode_buffer(&buf).expect("the code scans");
    let held: Vec<&str> = text.lines().collect();
    assert!(!held.is_empty());
    assert_eq!(
        held,
        links[..held.len()]
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
    );
}

//! The one keymap table and key dispatch; the help overlay and the footer hints are read
//! from the same table (`hints.rs`).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::kb::Pane;

/// Which set of keys is live.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Reading a pane.
    Browse,
    /// Reading a pane with its item's sources open over it; other keys act as in Browse.
    Sources,
    /// Typing in the search bar: printable keys go into the query.
    Search,
    /// The help overlay is open: printable keys filter it.
    Help,
    /// Presenting slides: keys a presentation clicker sends.
    Present,
    /// Kiosk: asking whether to really quit.
    Confirm,
    /// The "which path fits me" self-check: answering its questions, then reading why.
    Fit,
    /// The shortlist view: the starred entries and their notes.
    Shortlist,
    /// Writing a note on an entry: printable keys go into the note.
    Note,
}

impl Mode {
    pub fn label(self) -> &'static str {
        match self {
            Mode::Browse => "Browsing",
            Mode::Sources => "Sources popup (other keys as Browsing)",
            Mode::Search => "Search bar",
            Mode::Help => "Help",
            Mode::Present => "Presenting",
            Mode::Confirm => "Quit prompt (kiosk)",
            Mode::Fit => "Which path fits me (f)",
            Mode::Shortlist => "Your shortlist (S)",
            Mode::Note => "Writing a note (n)",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub mode: Mode,
    pub code: KeyCode,
    pub mods: KeyModifiers,
    pub action: Action,
    pub desc: &'static str,
    /// Shown in the footer.
    pub hint: bool,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

const fn bind(
    mode: Mode,
    code: KeyCode,
    mods: KeyModifiers,
    action: Action,
    desc: &'static str,
    hint: bool,
) -> Binding {
    Binding {
        mode,
        code,
        mods,
        action,
        desc,
        hint,
    }
}

use KeyCode::{
    BackTab, Backspace, Char, Delete, Down, End, Enter, Esc, F, Home, Left, PageDown, PageUp,
    Right, Tab, Up,
};
use Mode::{Browse, Confirm, Fit, Help, Note, Present, Search, Shortlist, Sources};

/// Every binding. Printable characters in Search and Help modes are input, not listed here.
#[rustfmt::skip]
pub const KEYMAP: &[Binding] = &[
    bind(Browse, Char('/'), NONE, Action::FocusSearch, "search", true),
    bind(Browse, Char('j'), NONE, Action::Down, "next item", false),
    bind(Browse, Down, NONE, Action::Down, "next item", false),
    bind(Browse, Char('k'), NONE, Action::Up, "previous item", false),
    bind(Browse, Up, NONE, Action::Up, "previous item", false),
    bind(Browse, Tab, NONE, Action::NextPane, "next pane", true),
    bind(Browse, BackTab, SHIFT, Action::PrevPane, "previous pane", false),
    bind(Browse, Char('l'), NONE, Action::NextPane, "next pane", false),
    bind(Browse, Right, NONE, Action::NextPane, "next pane", false),
    bind(Browse, Char('h'), NONE, Action::PrevPane, "previous pane", false),
    bind(Browse, Left, NONE, Action::PrevPane, "previous pane", false),
    bind(Browse, Char('1'), NONE, Action::GoToPane(Pane::Program), "Program pane", false),
    bind(Browse, Char('2'), NONE, Action::GoToPane(Pane::Compare), "Compare pane", false),
    bind(Browse, Char('3'), NONE, Action::GoToPane(Pane::Roles), "Roles pane", false),
    bind(Browse, Char('4'), NONE, Action::GoToPane(Pane::Faq), "FAQ pane", false),
    bind(Browse, Char('5'), NONE, Action::GoToPane(Pane::Glossary), "Glossary pane", false),
    bind(Browse, Char('6'), NONE, Action::GoToPane(Pane::Sources), "Sources pane", false),
    bind(Browse, Char('7'), NONE, Action::GoToPane(Pane::Routes), "Routes pane", false),
    bind(Browse, PageDown, NONE, Action::PageDown, "page down (in a list: the item's text)", false),
    bind(Browse, PageUp, NONE, Action::PageUp, "page up (in a list: the item's text)", false),
    bind(Browse, Char(' '), NONE, Action::PageDown, "page down (in a list: the item's text)", false),
    bind(Browse, Char('g'), NONE, Action::Top, "first item", false),
    bind(Browse, Home, NONE, Action::Top, "first item", false),
    bind(Browse, Char('G'), SHIFT, Action::Bottom, "last item", false),
    bind(Browse, End, NONE, Action::Bottom, "last item", false),
    bind(Browse, Esc, NONE, Action::Cancel, "close popup, clear the search", false),
    bind(Browse, Char('s'), NONE, Action::ToggleSources, "item's sources", true),
    bind(Browse, Char('c'), NONE, Action::ToggleCompare, "compare this role", true),
    bind(Browse, Char('C'), SHIFT, Action::ResetCompare, "compare the usual roles again", false),
    bind(Browse, Char('f'), NONE, Action::OpenFit, "which path fits me", true),
    bind(Browse, Char('*'), NONE, Action::ToggleStar, "star for your shortlist", true),
    bind(Browse, Char('n'), NONE, Action::EditNote, "note on this item (stars it)", false),
    bind(Browse, Char('S'), SHIFT, Action::OpenShortlist, "your shortlist", false),
    bind(Browse, Char('?'), NONE, Action::ToggleHelp, "help", true),
    bind(Browse, F(1), NONE, Action::ToggleHelp, "help", false),
    bind(Browse, Char('q'), NONE, Action::Quit, "quit", true),
    bind(Browse, Char('c'), CTRL, Action::Quit, "quit", false),
    bind(Browse, Char('z'), CTRL, Action::Suspend, "suspend (fg returns)", false),
    bind(Sources, PageDown, NONE, Action::PageDown, "more sources", true),
    bind(Sources, Char(' '), NONE, Action::PageDown, "more sources", false),
    bind(Sources, PageUp, NONE, Action::PageUp, "back up the sources", false),
    bind(Sources, Char('j'), NONE, Action::Down, "next item", true),
    bind(Sources, Char('s'), NONE, Action::ToggleSources, "close", true),
    bind(Sources, Esc, NONE, Action::Cancel, "close", false),
    bind(Search, Enter, NONE, Action::Open, "open result", true),
    bind(Search, Down, NONE, Action::Down, "next result", true),
    bind(Search, Char('n'), CTRL, Action::Down, "next result", false),
    bind(Search, Up, NONE, Action::Up, "previous result", false),
    bind(Search, Char('p'), CTRL, Action::Up, "previous result", false),
    bind(Search, PageDown, NONE, Action::PageDown, "results: next page", false),
    bind(Search, PageUp, NONE, Action::PageUp, "results: previous page", false),
    bind(Search, Home, NONE, Action::Top, "first result", false),
    bind(Search, End, NONE, Action::Bottom, "last result", false),
    bind(Search, Backspace, NONE, Action::Backspace, "delete a character", false),
    bind(Search, Left, NONE, Action::CursorLeft, "cursor left", false),
    bind(Search, Right, NONE, Action::CursorRight, "cursor right", false),
    bind(Search, Char('a'), CTRL, Action::CursorStart, "cursor to the start", false),
    bind(Search, Char('e'), CTRL, Action::CursorEnd, "cursor to the end", false),
    bind(Search, Char('w'), CTRL, Action::DeleteWord, "delete a word", false),
    bind(Search, Char('u'), CTRL, Action::ClearQuery, "clear the query", false),
    bind(Search, Esc, NONE, Action::Cancel, "clear the search, back to the pane", true),
    bind(Search, Tab, NONE, Action::NextPane, "leave search, next pane", false),
    bind(Search, BackTab, SHIFT, Action::PrevPane, "leave search, previous pane", false),
    bind(Search, F(1), NONE, Action::ToggleHelp, "help", true),
    bind(Search, Char('c'), CTRL, Action::Quit, "quit", false),
    bind(Search, Char('z'), CTRL, Action::Suspend, "suspend (fg returns)", false),
    bind(Fit, Char('1'), NONE, Action::Choose(1), "choose an answer", true),
    bind(Fit, Char('2'), NONE, Action::Choose(2), "choose an answer", false),
    bind(Fit, Char('3'), NONE, Action::Choose(3), "choose an answer", false),
    bind(Fit, Char('4'), NONE, Action::Choose(4), "choose an answer", false),
    bind(Fit, Backspace, NONE, Action::Backspace, "back a question", true),
    bind(Fit, Down, NONE, Action::Down, "scroll down", false),
    bind(Fit, Char('j'), NONE, Action::Down, "scroll down", false),
    bind(Fit, Up, NONE, Action::Up, "scroll up", false),
    bind(Fit, Char('k'), NONE, Action::Up, "scroll up", false),
    bind(Fit, PageDown, NONE, Action::PageDown, "page down", false),
    bind(Fit, Char(' '), NONE, Action::PageDown, "page down", false),
    bind(Fit, PageUp, NONE, Action::PageUp, "page up", false),
    bind(Fit, Char('r'), NONE, Action::OpenFit, "start again", false),
    bind(Fit, Esc, NONE, Action::Cancel, "close", true),
    bind(Fit, Char('f'), NONE, Action::Cancel, "close", false),
    bind(Fit, Char('?'), NONE, Action::ToggleHelp, "help", false),
    bind(Fit, Char('c'), CTRL, Action::Quit, "quit", false),
    bind(Fit, Char('z'), CTRL, Action::Suspend, "suspend (fg returns)", false),
    bind(Shortlist, Down, NONE, Action::Down, "next entry", false),
    bind(Shortlist, Char('j'), NONE, Action::Down, "next entry", false),
    bind(Shortlist, Up, NONE, Action::Up, "previous entry", false),
    bind(Shortlist, Char('k'), NONE, Action::Up, "previous entry", false),
    bind(Shortlist, Home, NONE, Action::Top, "first entry", false),
    bind(Shortlist, End, NONE, Action::Bottom, "last entry", false),
    bind(Shortlist, Enter, NONE, Action::Open, "open the entry", true),
    bind(Shortlist, Char('n'), NONE, Action::EditNote, "note on it", true),
    bind(Shortlist, Char('*'), NONE, Action::ToggleStar, "remove it", true),
    bind(Shortlist, Char('d'), NONE, Action::ToggleStar, "remove it", false),
    bind(Shortlist, Delete, NONE, Action::ToggleStar, "remove it", false),
    bind(Shortlist, Esc, NONE, Action::Cancel, "close", true),
    bind(Shortlist, Char('S'), SHIFT, Action::OpenShortlist, "close", false),
    bind(Shortlist, Char('?'), NONE, Action::ToggleHelp, "help", false),
    bind(Shortlist, Char('c'), CTRL, Action::Quit, "quit", false),
    bind(Shortlist, Char('z'), CTRL, Action::Suspend, "suspend (fg returns)", false),
    bind(Note, Enter, NONE, Action::Open, "keep the note", true),
    bind(Note, Esc, NONE, Action::Cancel, "leave it as it was", true),
    bind(Note, Backspace, NONE, Action::Backspace, "delete a character", false),
    bind(Note, Char('u'), CTRL, Action::ClearQuery, "clear the note", false),
    bind(Note, Char('c'), CTRL, Action::Quit, "quit", false),
    bind(Note, Char('z'), CTRL, Action::Suspend, "suspend (fg returns)", false),
    bind(Help, Esc, NONE, Action::Cancel, "close", true),
    bind(Help, Char('?'), NONE, Action::ToggleHelp, "close help", false),
    bind(Help, F(1), NONE, Action::ToggleHelp, "close help", false),
    bind(Help, Backspace, NONE, Action::Backspace, "delete a filter character", false),
    bind(Help, Down, NONE, Action::Down, "scroll down", false),
    bind(Help, Up, NONE, Action::Up, "scroll up", false),
    bind(Help, PageDown, NONE, Action::PageDown, "page down", false),
    bind(Help, PageUp, NONE, Action::PageUp, "page up", false),
    bind(Help, Home, NONE, Action::Top, "top", false),
    bind(Help, End, NONE, Action::Bottom, "bottom", false),
    bind(Help, Char('u'), CTRL, Action::ClearQuery, "clear the filter", false),
    bind(Help, Char('c'), CTRL, Action::Quit, "quit", false),
    bind(Help, Char('z'), CTRL, Action::Suspend, "suspend (fg returns)", false),
    bind(Present, PageDown, NONE, Action::NextSlide, "next slide", true),
    bind(Present, Right, NONE, Action::NextSlide, "next slide", false),
    bind(Present, Char(' '), NONE, Action::NextSlide, "next slide", false),
    bind(Present, Enter, NONE, Action::NextSlide, "next slide", false),
    bind(Present, Char('l'), NONE, Action::NextSlide, "next slide", false),
    bind(Present, Char('j'), NONE, Action::NextSlide, "next slide", false),
    bind(Present, Down, NONE, Action::NextSlide, "next slide", false),
    bind(Present, PageUp, NONE, Action::PrevSlide, "previous slide", true),
    bind(Present, Left, NONE, Action::PrevSlide, "previous slide", false),
    bind(Present, Char('h'), NONE, Action::PrevSlide, "previous slide", false),
    bind(Present, Char('k'), NONE, Action::PrevSlide, "previous slide", false),
    bind(Present, Up, NONE, Action::PrevSlide, "previous slide", false),
    bind(Present, Backspace, NONE, Action::PrevSlide, "previous slide", false),
    bind(Present, Home, NONE, Action::FirstSlide, "first slide", false),
    bind(Present, Char('g'), NONE, Action::FirstSlide, "first slide", false),
    bind(Present, End, NONE, Action::LastSlide, "last slide", false),
    bind(Present, Char('G'), SHIFT, Action::LastSlide, "last slide", false),
    bind(Present, Char('1'), NONE, Action::JumpSlide(1), "jump to a slide", false),
    bind(Present, Char('2'), NONE, Action::JumpSlide(2), "jump to a slide", false),
    bind(Present, Char('3'), NONE, Action::JumpSlide(3), "jump to a slide", false),
    bind(Present, Char('4'), NONE, Action::JumpSlide(4), "jump to a slide", false),
    bind(Present, Char('5'), NONE, Action::JumpSlide(5), "jump to a slide", false),
    bind(Present, Char('6'), NONE, Action::JumpSlide(6), "jump to a slide", false),
    bind(Present, Char('7'), NONE, Action::JumpSlide(7), "jump to a slide", false),
    bind(Present, Char('8'), NONE, Action::JumpSlide(8), "jump to a slide", false),
    bind(Present, Char('9'), NONE, Action::JumpSlide(9), "jump to a slide", false),
    bind(Present, Char('.'), NONE, Action::Blank, "blank the screen", true),
    bind(Present, Char('b'), NONE, Action::Blank, "blank the screen", false),
    bind(Present, Esc, NONE, Action::Cancel, "unblank (never quits)", false),
    bind(Present, F(5), NONE, Action::Cancel, "unblank (never quits)", false),
    bind(Present, Char('?'), NONE, Action::ToggleHelp, "keys", true),
    bind(Present, F(1), NONE, Action::ToggleHelp, "keys", false),
    bind(Present, Char('q'), NONE, Action::Quit, "quit", false),
    bind(Present, Char('c'), CTRL, Action::Quit, "quit", false),
    bind(Present, Char('z'), CTRL, Action::Suspend, "suspend (fg returns)", false),
    bind(Confirm, Char('y'), NONE, Action::ConfirmQuit, "yes, quit", true),
    bind(Confirm, Char('n'), NONE, Action::Cancel, "no, keep going", true),
    bind(Confirm, Esc, NONE, Action::Cancel, "no, keep going", false),
];

/// Terminals disagree on whether Shift is reported with BackTab and capitals; ignore it.
fn same_key(b: &Binding, key: &KeyEvent) -> bool {
    b.code == key.code && (b.mods - SHIFT) == (key.modifiers - SHIFT)
}

/// The mode whose keys also work in `mode`, unless `mode` binds them itself.
pub(super) fn fallback(mode: Mode) -> Option<Mode> {
    (mode == Mode::Sources).then_some(Mode::Browse)
}

/// The action a key press means in `mode`, if any.
pub fn action_for(mode: Mode, key: &KeyEvent) -> Option<Action> {
    let bound = |m: Mode| KEYMAP.iter().find(|b| b.mode == m && same_key(b, key));
    if let Some(b) = bound(mode).or_else(|| fallback(mode).and_then(bound)) {
        return Some(b.action);
    }
    let typing = matches!(mode, Mode::Search | Mode::Help | Mode::Note);
    match key.code {
        Char(c) if typing && (key.modifiers - SHIFT).is_empty() => Some(Action::Input(c)),
        // At the quit prompt, any key but "y" means no.
        _ if mode == Mode::Confirm => Some(Action::Cancel),
        _ => None,
    }
}

/// A key as people write it: "Ctrl-c", "PgDn", "Shift-Tab", "?".
pub fn key_label(code: KeyCode, mods: KeyModifiers) -> String {
    let base = match code {
        Char(' ') => "Space".to_string(),
        Char(c) => c.to_string(),
        Enter => "Enter".into(),
        Esc => "Esc".into(),
        Tab => "Tab".into(),
        BackTab => "Shift-Tab".into(),
        Backspace => "Backspace".into(),
        Up => "↑".into(),
        Down => "↓".into(),
        Left => "←".into(),
        Right => "→".into(),
        PageUp => "PgUp".into(),
        PageDown => "PgDn".into(),
        Home => "Home".into(),
        End => "End".into(),
        F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if mods.contains(CTRL) {
        format!("Ctrl-{base}")
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_mode() {
        for (i, a) in KEYMAP.iter().enumerate() {
            for b in &KEYMAP[i + 1..] {
                assert!(
                    !(a.mode == b.mode && a.code == b.code && (a.mods - SHIFT) == (b.mods - SHIFT)),
                    "{:?} bound twice in {:?}",
                    a.code,
                    a.mode
                );
            }
        }
    }

    #[test]
    fn every_binding_is_described() {
        assert!(KEYMAP.iter().all(|b| !b.desc.trim().is_empty()));
    }

    #[test]
    fn printable_keys_are_input_while_typing() {
        let key = KeyEvent::new(Char('q'), NONE);
        assert_eq!(action_for(Mode::Search, &key), Some(Action::Input('q')));
        assert_eq!(action_for(Mode::Browse, &key), Some(Action::Quit));
        let slash = KeyEvent::new(Char('/'), NONE);
        assert_eq!(action_for(Mode::Search, &slash), Some(Action::Input('/')));
    }

    #[test]
    fn the_sources_popup_pages_itself_and_otherwise_browses() {
        let key = |code| KeyEvent::new(code, NONE);
        assert_eq!(action_for(Sources, &key(PageDown)), Some(Action::PageDown));
        assert_eq!(
            action_for(Sources, &key(Char('s'))),
            Some(Action::ToggleSources)
        );
        for code in [Char('q'), Tab, Char('k'), Char('?'), Char('/'), Char('3')] {
            assert_eq!(
                action_for(Sources, &key(code)),
                action_for(Browse, &key(code))
            );
            assert!(action_for(Sources, &key(code)).is_some());
        }
        let hints: Vec<_> = super::super::hints::hints(Sources, false)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(&hints[..3], ["/", "?", "q"]);
        assert!(hints.contains(&"PgDn".to_string()));
    }

    #[test]
    fn ctrl_c_quits_everywhere() {
        let key = KeyEvent::new(Char('c'), CTRL);
        for mode in [Mode::Browse, Mode::Search, Mode::Help, Mode::Present] {
            assert_eq!(action_for(mode, &key), Some(Action::Quit));
        }
    }
}

#[cfg(test)]
mod present_tests {
    use super::*;

    #[test]
    fn clicker_keys_move_and_never_quit() {
        let next = [PageDown, Right, Char(' '), Enter, Char('l'), Char('j')];
        for code in next {
            assert_eq!(
                action_for(Mode::Present, &KeyEvent::new(code, NONE)),
                Some(Action::NextSlide),
                "{code:?}"
            );
        }
        for code in [PageUp, Left, Char('h'), Char('k')] {
            assert_eq!(
                action_for(Mode::Present, &KeyEvent::new(code, NONE)),
                Some(Action::PrevSlide),
                "{code:?}"
            );
        }
        for code in [Esc, F(5)] {
            assert_ne!(
                action_for(Mode::Present, &KeyEvent::new(code, NONE)),
                Some(Action::Quit)
            );
        }
    }

    #[test]
    fn only_y_confirms_a_quit() {
        assert_eq!(
            action_for(Mode::Confirm, &KeyEvent::new(Char('y'), NONE)),
            Some(Action::ConfirmQuit)
        );
        for code in [Char('q'), Char('x'), Enter, Esc, Char('n')] {
            assert_eq!(
                action_for(Mode::Confirm, &KeyEvent::new(code, NONE)),
                Some(Action::Cancel),
                "{code:?}"
            );
        }
    }
}

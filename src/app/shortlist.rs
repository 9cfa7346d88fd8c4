//! The shortlist in the explorer: starring the selected item (`*`), a note on it (`n`),
//! and the Shortlist view (`S`) that lists them, opens one or removes it. Saving is the
//! event loop's (`Shortlist::take_changed`); a kiosk never saves.

use super::{Action, App, Focus, never_typed};
use crate::kb::Entry;
use crate::shortlist::MAX_NOTE_CHARS;

/// A note being written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoteEdit {
    /// The entry the note is on.
    pub id: String,
    pub title: String,
    pub text: String,
}

impl App {
    /// The entry the current pane's selected item shows, if it is one.
    pub fn current_entry(&self) -> Option<&Entry> {
        let item = self.current();
        self.lib
            .entries
            .iter()
            .find(|e| e.pane == self.pane && e.item == item)
    }

    /// Whether the shortlist view is open, and which of its rows is selected.
    pub fn shortlist_selected(&self) -> Option<usize> {
        self.shortlist_view
    }

    /// The note being written, while it is.
    pub fn note_edit(&self) -> Option<&NoteEdit> {
        self.note_edit.as_ref()
    }

    pub(super) fn toggle_star(&mut self) {
        let Some((id, title)) = self
            .current_entry()
            .map(|e| (e.id.clone(), e.title.clone()))
        else {
            self.notice = Some("Nothing here to star.".into());
            return;
        };
        self.notice = Some(match self.shortlist.toggle(&id) {
            Ok(true) => format!("★ Starred \"{title}\". S shows your shortlist."),
            Ok(false) => format!("Took \"{title}\" off your shortlist."),
            Err(why) => why,
        });
    }

    /// Starts a note on the selected item (or, in the shortlist view, its selected row).
    pub(super) fn edit_note(&mut self) {
        let target = match self.shortlist_view {
            Some(row) => self.shortlist.items().get(row).map(|s| {
                let title = self
                    .lib
                    .find(&s.id)
                    .map_or_else(|| s.id.clone(), |e| e.title.clone());
                (s.id.clone(), title)
            }),
            None => self
                .current_entry()
                .map(|e| (e.id.clone(), e.title.clone())),
        };
        let Some((id, title)) = target else {
            self.notice = Some("Nothing here to write a note on.".into());
            return;
        };
        let text = self.shortlist.note(&id).unwrap_or_default().to_string();
        self.note_edit = Some(NoteEdit { id, title, text });
    }

    /// A key while a note is being written: it takes every key but the chrome's.
    pub(super) fn note_key(&mut self, action: Action) {
        let Some(edit) = self.note_edit.as_mut() else {
            return;
        };
        match action {
            Action::Input(c) if never_typed(c) => {}
            Action::Input(c) => {
                if edit.text.chars().count() < MAX_NOTE_CHARS {
                    edit.text.push(c);
                } else {
                    self.notice = Some(format!("A note holds {MAX_NOTE_CHARS} characters."));
                }
            }
            Action::Backspace => {
                edit.text.pop();
            }
            Action::ClearQuery => edit.text.clear(),
            Action::Open => {
                let (id, text) = (edit.id.clone(), edit.text.clone());
                self.note_edit = None;
                self.notice = Some(match self.shortlist.set_note(&id, &text) {
                    Ok(()) => "Note kept; the entry is on your shortlist (S).".into(),
                    Err(why) => why,
                });
            }
            Action::Cancel => self.note_edit = None,
            _ => {}
        }
    }

    pub(super) fn open_shortlist(&mut self) {
        self.close_sources();
        self.focus = Focus::Pane;
        self.shortlist_view = Some(0);
    }

    /// A key while the shortlist view is open.
    pub(super) fn shortlist_key(&mut self, action: Action) {
        let Some(row) = self.shortlist_view else {
            return;
        };
        let last = self.shortlist.len().saturating_sub(1);
        match action {
            Action::Down => self.shortlist_view = Some((row + 1).min(last)),
            Action::Up => self.shortlist_view = Some(row.saturating_sub(1)),
            Action::Top => self.shortlist_view = Some(0),
            Action::Bottom => self.shortlist_view = Some(last),
            Action::SelectItem(i) => self.shortlist_view = Some(i.min(last)),
            Action::Open => {
                let found = self
                    .shortlist
                    .items()
                    .get(row)
                    .and_then(|s| self.lib.find(&s.id))
                    .map(|e| (e.pane, e.item));
                match found {
                    Some((pane, item)) => {
                        self.shortlist_view = None;
                        self.go_to(pane);
                        self.select(pane, item);
                    }
                    None => {
                        self.notice =
                            Some("That entry is no longer in this knowledge base.".into());
                    }
                }
            }
            Action::ToggleStar => {
                if let Some(id) = self.shortlist.items().get(row).map(|s| s.id.clone()) {
                    self.shortlist.remove(&id);
                    self.shortlist_view = Some(row.min(self.shortlist.len().saturating_sub(1)));
                }
            }
            Action::EditNote => self.edit_note(),
            Action::Cancel | Action::OpenShortlist => self.shortlist_view = None,
            _ => {}
        }
    }
}

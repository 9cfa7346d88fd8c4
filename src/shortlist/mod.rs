//! The student's shortlist: starred entries, each with a short note. Plain data, no I/O;
//! `store` keeps it on disk (never in a kiosk, where it lives for one visit).

pub mod store;

use serde::{Deserialize, Serialize};

use crate::kb::sanitize::clean;

/// The longest note, in characters: a reminder, not an essay (a paste is cut there).
pub const MAX_NOTE_CHARS: usize = 280;
/// The most entries starred at once: more than a base has worth starring.
pub const MAX_ITEMS: usize = 500;

/// One starred entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Starred {
    /// The entry's id in the knowledge base (it may have left a changed base since).
    pub id: String,
    #[serde(default)]
    pub note: String,
}

/// The shortlist as saved: a version, so a newer build's file is recognised, not misread.
#[derive(Debug, Serialize, Deserialize)]
pub struct File {
    pub version: u32,
    pub items: Vec<Starred>,
}

/// The version this build writes and reads.
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shortlist {
    items: Vec<Starred>,
    /// Changed since the last save.
    changed: bool,
}

impl Shortlist {
    /// A shortlist of saved items: each cleaned once here, duplicates and empty ids
    /// dropped, at most `MAX_ITEMS`.
    pub fn from_items(items: Vec<Starred>) -> Shortlist {
        let mut list = Shortlist::default();
        for s in items {
            let id = clean(&s.id);
            if id.trim().is_empty() || list.contains(&id) || list.items.len() >= MAX_ITEMS {
                continue;
            }
            list.items.push(Starred {
                id,
                note: cap_note(&s.note),
            });
        }
        list
    }

    pub fn items(&self) -> &[Starred] {
        &self.items
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.items.iter().any(|s| s.id == id)
    }

    /// The note on a starred entry (empty when it has none).
    pub fn note(&self, id: &str) -> Option<&str> {
        self.items
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.note.as_str())
    }

    /// Stars `id`, or unstars it if starred; says which, or why not.
    pub fn toggle(&mut self, id: &str) -> Result<bool, String> {
        if let Some(i) = self.items.iter().position(|s| s.id == id) {
            self.items.remove(i);
            self.changed = true;
            return Ok(false);
        }
        self.star(id)?;
        Ok(true)
    }

    /// Stars `id` (a starred one stays as it is, note and all); says why not when full.
    pub fn star(&mut self, id: &str) -> Result<(), String> {
        if self.contains(id) {
            return Ok(());
        }
        if self.items.len() >= MAX_ITEMS {
            return Err(format!(
                "The shortlist is full ({MAX_ITEMS} entries); remove one first."
            ));
        }
        self.items.push(Starred {
            id: id.to_string(),
            note: String::new(),
        });
        self.changed = true;
        Ok(())
    }

    /// Sets the note on `id`, starring it first if it is not yet; the note is cleaned and
    /// cut at `MAX_NOTE_CHARS`.
    pub fn set_note(&mut self, id: &str, note: &str) -> Result<(), String> {
        self.star(id)?;
        let note = cap_note(note);
        if let Some(s) = self.items.iter_mut().find(|s| s.id == id)
            && s.note != note
        {
            s.note = note;
            self.changed = true;
        }
        Ok(())
    }

    pub fn remove(&mut self, id: &str) {
        let before = self.items.len();
        self.items.retain(|s| s.id != id);
        self.changed |= self.items.len() != before;
    }

    /// Forgets everything (a kiosk's idle reset).
    pub fn clear(&mut self) {
        self.changed |= !self.items.is_empty();
        self.items.clear();
    }

    /// Whether it changed since this was last asked: the event loop saves when it did.
    pub fn take_changed(&mut self) -> bool {
        std::mem::take(&mut self.changed)
    }

    /// What is saved.
    pub fn to_file(&self) -> File {
        File {
            version: VERSION,
            items: self.items.clone(),
        }
    }
}

/// A note as kept: one line, nothing that could drive a terminal, at most
/// `MAX_NOTE_CHARS` characters.
fn cap_note(note: &str) -> String {
    clean(note).trim().chars().take(MAX_NOTE_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_star_toggles_and_a_note_stars_what_it_notes() {
        let mut list = Shortlist::default();
        assert_eq!(list.toggle("faq-a"), Ok(true));
        assert!(list.contains("faq-a") && list.take_changed());
        assert!(!list.take_changed(), "asked once, then clean");
        assert_eq!(list.toggle("faq-a"), Ok(false));
        assert!(list.is_empty() && list.take_changed());
        list.set_note("term-b", "ask about\tcall\u{1b}[2J").ok();
        assert_eq!(list.note("term-b"), Some("ask about   call[2J"));
        assert_eq!(list.len(), 1);
    }

    #[test]
    fn notes_are_capped_and_the_list_is_bounded() {
        let mut list = Shortlist::default();
        list.set_note("x", &"é".repeat(MAX_NOTE_CHARS + 50)).ok();
        assert_eq!(
            list.note("x").map(|n| n.chars().count()),
            Some(MAX_NOTE_CHARS)
        );
        for i in 1..MAX_ITEMS {
            assert_eq!(list.toggle(&format!("e{i}")), Ok(true));
        }
        assert!(list.toggle("one-too-many").is_err());
        assert_eq!(list.len(), MAX_ITEMS);
    }

    #[test]
    fn saved_items_are_cleaned_and_deduplicated() {
        let star = |id: &str| Starred {
            id: id.into(),
            note: String::new(),
        };
        let list = Shortlist::from_items(vec![star("a"), star("a"), star(" "), star("b\u{202e}")]);
        let ids: Vec<&str> = list.items().iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
    }
}

//! `perfusion-explorer notes`: the saved shortlist as Markdown or JSON, and starring,
//! noting and unstarring from the command line (the same file the explorer keeps).

use super::args::NotesFormat;
use super::{CliError, write_out};
use crate::catalog::Catalog;
use crate::export::shortlist_markdown;
use crate::kb::sanitize::clean;
use crate::shortlist::store::{Store, default_dir};

/// What to change before printing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Change<'a> {
    pub star: Option<&'a str>,
    pub note: Option<&'a str>,
    pub unstar: Option<&'a str>,
}

pub fn notes(lib: &Catalog, change: Change<'_>, format: NotesFormat) -> Result<(), CliError> {
    let dir = default_dir().ok_or_else(|| {
        CliError::Environment(
            "there is nowhere to keep a shortlist: set $HOME or $XDG_DATA_HOME (an absolute path)"
                .into(),
        )
    })?;
    let mut store = Store::in_dir(&dir);
    let (mut list, damaged) = store.load();
    if let Some(message) = damaged {
        eprintln!("perfusion-explorer: {message}");
    }
    if let Some(id) = change.star {
        let id = clean(id);
        if lib.find(&id).is_none() {
            return Err(CliError::BadInput(format!(
                "no entry has the id \"{id}\"; `perfusion-explorer search WORDS` and `list` show ids"
            )));
        }
        // --star on a starred entry keeps it, and its note unless --note gives another.
        let done = match change.note {
            Some(note) => list.set_note(&id, note),
            None => list.star(&id),
        };
        done.map_err(CliError::BadInput)?;
    }
    if let Some(id) = change.unstar {
        let id = clean(id);
        if !list.contains(&id) {
            return Err(CliError::BadInput(format!(
                "\"{id}\" is not on your shortlist"
            )));
        }
        list.remove(&id);
    }
    if list.take_changed() {
        store
            .save(&list)
            .map_err(|why| CliError::Environment(format!("your shortlist was {why}")))?;
    }
    let out = match format {
        NotesFormat::Markdown => shortlist_markdown(lib, &list),
        NotesFormat::Json => {
            let items: Vec<serde_json::Value> = list
                .items()
                .iter()
                .map(|s| {
                    let e = lib.find(&s.id);
                    serde_json::json!({
                        "id": s.id,
                        "note": s.note,
                        "title": e.map(|e| e.title.clone()),
                        "kind": e.map(|e| e.kind.label()),
                        "in_base": e.is_some(),
                    })
                })
                .collect();
            let value = serde_json::json!({
                "saved_in": clean(&store.path().display().to_string()),
                "items": items,
            });
            let mut text = serde_json::to_string_pretty(&value)
                .map_err(|e| CliError::Environment(e.to_string()))?;
            text.push('\n');
            text
        }
    };
    write_out(&out)
}

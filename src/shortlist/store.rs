//! Where the shortlist is kept: `$XDG_DATA_HOME/perfusion-explorer/shortlist.json`, or
//! `~/.local/share/perfusion-explorer/` on every Unix. Saved whole, beside the old file and
//! renamed over it; a damaged file is moved aside, never overwritten.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use super::{File, Shortlist, VERSION};
use crate::kb::sanitize::clean;

/// The file's name in its directory.
pub const FILE_NAME: &str = "shortlist.json";
/// Temporary files of a save start so.
const TEMP_PREFIX: &str = ".shortlist-";
/// A temporary file older than this was left by a killed writer.
const STALE: std::time::Duration = std::time::Duration::from_secs(60);
/// A shortlist file larger than this is not one this program wrote.
const MAX_BYTES: u64 = 4 * 1024 * 1024;

/// The directory the shortlist lives in, or `None` when neither `$XDG_DATA_HOME` (an
/// absolute path) nor `$HOME` says where.
pub fn default_dir() -> Option<PathBuf> {
    let absolute = |v: Option<std::ffi::OsString>| {
        v.map(PathBuf::from)
            .filter(|p| p.is_absolute() && !p.as_os_str().is_empty())
    };
    // The XDG rule: a relative $XDG_DATA_HOME is ignored.
    absolute(std::env::var_os("XDG_DATA_HOME"))
        .or_else(|| absolute(std::env::var_os("HOME")).map(|h| h.join(".local").join("share")))
        .map(|d| d.join("perfusion-explorer"))
}

#[derive(Debug, Clone)]
pub struct Store {
    path: PathBuf,
    /// Saving is off: the file could not be read and could not be moved aside either, so
    /// writing would overwrite it.
    frozen: bool,
}

impl Store {
    /// The store in `dir` (its file need not exist yet).
    pub fn in_dir(dir: &Path) -> Store {
        Store {
            path: dir.join(FILE_NAME),
            frozen: false,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the saved shortlist. A missing file is an empty list. A file that cannot be
    /// read as one is moved aside (its name and why are in the message) and the list starts
    /// empty; if it cannot be moved, it is left alone and nothing is saved this session.
    pub fn load(&mut self) -> (Shortlist, Option<String>) {
        self.remove_stale_temps();
        let shown = clean(&self.path.display().to_string());
        let why = match read(&self.path) {
            Ok(None) => return (Shortlist::default(), None),
            Ok(Some(file)) if file.version <= VERSION => {
                return (Shortlist::from_items(file.items), None);
            }
            Ok(Some(file)) => format!(
                "it was written by a newer version (format {}, this build reads {VERSION})",
                file.version
            ),
            Err(why) => why,
        };
        let aside = self.aside_name();
        match std::fs::rename(&self.path, &aside) {
            Ok(()) => (
                Shortlist::default(),
                Some(format!(
                    "Your shortlist {shown} could not be read: {why}. It was kept as {} and a new one started.",
                    clean(&aside.display().to_string())
                )),
            ),
            Err(e) => {
                self.frozen = true;
                (
                    Shortlist::default(),
                    Some(format!(
                        "Your shortlist {shown} could not be read: {why}; it could not be moved aside either ({}), so nothing will be saved over it this time.",
                        clean(&e.to_string())
                    )),
                )
            }
        }
    }

    /// A save takes milliseconds: a temporary file a minute old was left by a writer that
    /// was killed, and nothing else will remove it.
    fn remove_stale_temps(&self) {
        let Some(dir) = self.path.parent() else {
            return;
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            let stale = e
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > STALE);
            if name.starts_with(TEMP_PREFIX) && name.ends_with(".tmp") && stale {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    /// A name beside the file that no earlier damaged file has taken.
    fn aside_name(&self) -> PathBuf {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        (0u32..1000)
            .map(|n| {
                let suffix = if n == 0 {
                    String::new()
                } else {
                    format!("-{n}")
                };
                self.path
                    .with_file_name(format!("shortlist.damaged-{secs}{suffix}.json"))
            })
            .find(|p| !p.exists())
            .unwrap_or_else(|| self.path.with_extension("damaged.json"))
    }

    /// Saves the whole list: synced, then renamed over the old file, so a crash, SIGKILL
    /// or full disk leaves the old file or the new one, never a broken one.
    pub fn save(&self, list: &Shortlist) -> Result<(), String> {
        if self.frozen {
            return Err("not saved: the damaged shortlist file is still in the way".into());
        }
        let mut text = serde_json::to_vec_pretty(&list.to_file())
            .map_err(|e| format!("not saved: {}", clean(&e.to_string())))?;
        text.push(b'\n');
        crate::files::write_atomically(&self.path, TEMP_PREFIX, &[text], true).map_err(|e| {
            format!(
                "not saved to {}: {}",
                clean(&self.path.display().to_string()),
                clean(&e.to_string())
            )
        })
    }
}

/// The saved file, `None` when there is none, or why it is not a shortlist.
fn read(path: &Path) -> Result<Option<File>, String> {
    let file = match crate::files::open_regular(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(clean(&e.to_string())),
    };
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| clean(&e.to_string()))?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > MAX_BYTES {
        return Err(format!("it is over {} MiB", MAX_BYTES / (1024 * 1024)));
    }
    serde_json::from_slice::<File>(&bytes)
        .map(Some)
        .map_err(|e| format!("it is not a shortlist ({})", clean(&e.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp() -> tempfile::TempDir {
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn what_is_saved_loads_back() {
        use std::os::unix::fs::PermissionsExt;
        let dir = temp();
        let mut store = Store::in_dir(&dir.path().join("pe"));
        let mut list = Shortlist::default();
        list.set_note("faq-pay", "ask the advisor").ok();
        list.toggle("term-ecmo").ok();
        store.save(&list).unwrap_or_else(|e| panic!("{e}"));
        let (back, notice) = store.load();
        assert_eq!(notice, None);
        assert_eq!(back.items(), list.items());
        let mode = |p: &Path| std::fs::metadata(p).map(|m| m.permissions().mode() & 0o777);
        assert_eq!(mode(store.path()).ok(), Some(0o600));
        assert_eq!(mode(&dir.path().join("pe")).ok(), Some(0o700));
    }

    #[test]
    fn a_damaged_file_is_kept_aside_and_never_overwritten() {
        let dir = temp();
        let mut store = Store::in_dir(dir.path());
        std::fs::write(store.path(), "{\"version\": 1, \"items\": [tru").ok();
        let (list, notice) = store.load();
        assert!(list.is_empty());
        let notice = notice.unwrap_or_default();
        assert!(notice.contains("kept as"), "{notice}");
        let aside: Vec<PathBuf> = std::fs::read_dir(dir.path())
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().contains("damaged"))
            .collect();
        assert_eq!(aside.len(), 1);
        assert_eq!(
            std::fs::read_to_string(&aside[0]).ok().as_deref(),
            Some("{\"version\": 1, \"items\": [tru")
        );
        assert!(!store.path().exists(), "the damaged file moved, not copied");
    }

    #[test]
    fn a_newer_file_is_kept_aside_too() {
        let dir = temp();
        let mut store = Store::in_dir(dir.path());
        std::fs::write(store.path(), "{\"version\": 9, \"items\": []}").ok();
        let (_, notice) = store.load();
        assert!(notice.unwrap_or_default().contains("newer version"));
    }

    #[test]
    fn no_file_is_an_empty_list_and_no_message() {
        let dir = temp();
        let (list, notice) = Store::in_dir(dir.path()).load();
        assert!(list.is_empty() && notice.is_none());
    }
}

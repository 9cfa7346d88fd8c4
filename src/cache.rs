//! The search cache for `search --data FILE`: the built index and entries of a large data
//! file, kept in the user's cache directory so later searches skip parsing and indexing.
//!
//! A cache file is used only when it was written by this very build for this very file
//! (path, device, inode, size, modification and change times), and each part only after its
//! checksum and tables have been checked: the head when opened, each posting list and entry
//! when read. Anything else, including any read error, means "no cache" and the data file
//! is loaded as usual.

use std::borrow::Cow;
use std::cell::RefCell;
use std::fs::{self, File};
use std::hash::{Hash, Hasher};
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rustc_hash::FxHasher;

use crate::catalog::Catalog;
use crate::kb::load::{Problem, Severity};
use crate::kb::sanitize::clean;
use crate::kb::{Entry, Kind, Pane};
use crate::search::codec::{Reader, Writer, checksum};
use crate::search::{Found, Index, Marker, Query, Texts, view};

const MAGIC: &[u8; 8] = b"PEXIDX01";
/// Bump when what is stored, or how the index is built or scored, changes shape.
const FORMAT: u32 = 4;
/// Below this size loading and indexing take a few milliseconds: no cache is kept.
pub const MIN_BYTES: u64 = 1 << 20;
/// A file changed this recently could change again within the same timestamp tick, which
/// its metadata would not show; it is cached on a later run instead.
const SETTLE: Duration = Duration::from_secs(3);
/// Cache files kept; the least recently written go first.
const KEEP: usize = 8;
const HEADER: u64 = 24;
/// Far above the head of any base the loader accepts (64 MiB of JSON); a larger claim is
/// damage, and is refused before anything is allocated for it.
const MAX_HEAD: u64 = 256 << 20;

/// `$XDG_CACHE_HOME` when it is set to an absolute path, on every Unix (macOS included, as
/// the README says), else the platform's cache directory (`~/.cache`, `~/Library/Caches`).
fn cache_home() -> Option<PathBuf> {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(dirs::cache_dir)
}

/// Where the cache of one data file lives and what it must have been written for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    file: PathBuf,
    data: PathBuf,
    stamp: String,
}

impl Key {
    /// The key of a data file as it is now, in the default cache directory; None when the
    /// file is too small to be worth caching or there is no cache directory.
    pub fn of(data: &Path) -> Option<Key> {
        Key::in_dir(&cache_home()?.join("perfusion-explorer"), data)
    }

    pub fn in_dir(dir: &Path, data: &Path) -> Option<Key> {
        let data = fs::canonicalize(data).ok()?;
        let stamp = stamp(&data)?;
        let mut h = FxHasher::default();
        data.hash(&mut h);
        Some(Key {
            file: dir.join(format!("search-{:016x}.bin", h.finish())),
            data,
            stamp,
        })
    }

    /// The cache file's path.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// The data file has not changed since the key was made, and not just before: safe to
    /// write a cache for.
    fn settled(&self) -> bool {
        let recent = fs::metadata(&self.data)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok())
            .is_none_or(|age| age < SETTLE);
        !recent && stamp(&self.data).as_deref() == Some(self.stamp.as_str())
    }
}

/// What identifies this build and this version of the data file.
#[cfg(unix)]
fn stamp(data: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let m = fs::metadata(data).ok()?;
    if !m.is_file() || m.len() < MIN_BYTES {
        return None;
    }
    let exe = std::env::current_exe().and_then(fs::metadata).ok()?;
    Some(format!(
        "format {FORMAT} version {} exe {} {}.{} data {} {} {} {}.{} {}.{}",
        env!("CARGO_PKG_VERSION"),
        exe.len(),
        exe.mtime(),
        exe.mtime_nsec(),
        m.dev(),
        m.ino(),
        m.len(),
        m.mtime(),
        m.mtime_nsec(),
        m.ctime(),
        m.ctime_nsec(),
    ))
}

/// Without inode and change times a same-size edit could go unnoticed: no cache.
#[cfg(not(unix))]
fn stamp(_: &Path) -> Option<String> {
    None
}

/// A cache file opened for searching: the index in memory but for its posting lists, which
/// are read as a query needs them, like the entries its hits show.
pub struct Stored {
    file: File,
    index: Index,
    /// Where each entry's record starts in the file, and where the last one ends.
    offsets: Vec<u32>,
    /// Each entry record's checksum.
    sums: Vec<u64>,
    blob_start: u64,
    pub warnings: Vec<Problem>,
}

impl Stored {
    /// The cache for `key`, if there is a complete, intact one written for exactly it.
    pub fn open(key: &Key) -> Option<Stored> {
        // Never blocks on a FIFO planted at the cache path, and reads only a regular file.
        let mut file = crate::files::open_regular(&key.file).ok()?;
        let len = file.metadata().ok()?.len();
        let mut header = [0u8; 24];
        debug_assert_eq!(u64::try_from(header.len()).ok(), Some(HEADER));
        file.read_exact(&mut header).ok()?;
        let mut r = Reader::new(&header[8..]);
        let (head_len, sum) = (r.u64()?, r.u64()?);
        if &header[..8] != MAGIC || head_len > (len - HEADER).min(MAX_HEAD) {
            return None;
        }
        let mut head = vec![0u8; usize::try_from(head_len).ok()?];
        file.read_exact(&mut head).ok()?;
        if checksum(&head) != sum {
            return None;
        }
        let mut r = Reader::new(&head);
        if r.bytes()? != key.stamp.as_bytes() {
            return None;
        }
        let warnings = decode_problems(&mut r)?;
        let region_len = r.u64()?;
        let region = HEADER + head_len;
        let blob_start = region.checked_add(region_len).filter(|&b| b <= len)?;
        let index = Index::decode(&mut r, &file, region, region_len)?;
        let offsets = r.u32s()?;
        let sums = r.u64s()?;
        let in_order = offsets.windows(2).all(|w| w[0] <= w[1]);
        let fits = offsets
            .last()
            .is_some_and(|&end| u64::from(end) <= len - blob_start);
        let rows = offsets.len() == index.len() + 1 && sums.len() == index.len();
        (r.is_empty() && rows && in_order && fits).then_some(Stored {
            file,
            index,
            offsets,
            sums,
            blob_start,
            warnings,
        })
    }

    /// The same results `Catalog::search` gives for the data file; None if the cache file
    /// cannot be read after all.
    pub fn search(&self, query: &str, limit: usize, width: usize) -> Option<Found> {
        let read = Reads {
            stored: self,
            kept: RefCell::default(),
        };
        let results = self.index.search_in(query, limit, Some(&read));
        if self.index.read_failed() {
            return None;
        }
        let parsed = Query::parse(query);
        let marker = Marker::new(&parsed, &results.words);
        let mut kept = read.kept.into_inner();
        let mut views = Vec::with_capacity(results.hits.len());
        for hit in results.hits {
            // The phrase pass has read the best already; each entry is read once.
            let entry = match kept.remove(&hit.entry) {
                Some(e) => e,
                None => self.entry(hit.entry)?,
            };
            views.push(view(
                &entry,
                hit,
                &marker,
                crate::search::Snippet::Window(width),
            ));
        }
        Some(Found {
            hits: views,
            total: results.total,
            unmatched: results.unmatched,
        })
    }

    fn entry(&self, i: usize) -> Option<Entry> {
        let (start, end) = (*self.offsets.get(i)?, *self.offsets.get(i + 1)?);
        let mut bytes = vec![0u8; usize::try_from(end.checked_sub(start)?).ok()?];
        // `&File` reads and seeks, so a search needs no exclusive hold on the cache.
        let mut file = &self.file;
        file.seek(SeekFrom::Start(self.blob_start + u64::from(start)))
            .ok()?;
        file.read_exact(&mut bytes).ok()?;
        if checksum(&bytes) != self.sums[i] {
            return None;
        }
        let mut r = Reader::new(&bytes);
        let entry = decode_entry(&mut r)?;
        (r.is_empty() && entry.id == self.index.id(i)).then_some(entry)
    }
}

/// The entries one search reads from the cache file, kept for its result views.
struct Reads<'a> {
    stored: &'a Stored,
    kept: RefCell<rustc_hash::FxHashMap<usize, Entry>>,
}

/// The phrase pass reads the entries it needs from the cache file.
impl Texts for Reads<'_> {
    fn entry(&self, doc: usize) -> Option<Cow<'_, Entry>> {
        let entry = self.stored.entry(doc)?;
        self.kept.borrow_mut().insert(doc, entry.clone());
        Some(Cow::Owned(entry))
    }
}

/// Writes the cache for `key` from a library built from that file, if the file has
/// settled and not changed meanwhile. Best effort: a cache that cannot be written only
/// means the next search loads the file again.
pub fn store(key: &Key, lib: &Catalog, warnings: &[Problem]) {
    if !key.settled() {
        return;
    }
    let mut blob = Writer::default();
    let mut offsets = Vec::with_capacity(lib.entries.len() + 1);
    let mut sums = Vec::with_capacity(lib.entries.len());
    let mut end = 0u32;
    offsets.push(end);
    for e in &lib.entries {
        let mut w = Writer::default();
        encode_entry(&mut w, e);
        let bytes = w.finish();
        sums.push(checksum(&bytes));
        blob.raw(&bytes);
        let Some(next) = u32::try_from(bytes.len())
            .ok()
            .and_then(|n| end.checked_add(n))
        else {
            return;
        };
        end = next;
        offsets.push(end);
    }
    let mut head = Writer::default();
    head.bytes(key.stamp.as_bytes());
    encode_problems(&mut head, warnings);
    let mut index = Writer::default();
    let mut region = Writer::default();
    lib.index.encode(&mut index, &mut region);
    head.u64(region.len() as u64);
    head.raw(&index.finish());
    head.u32s(&offsets);
    head.u64s(&sums);
    let head = head.finish();
    let mut header = Writer::default();
    header.raw(MAGIC);
    header.u64(head.len() as u64);
    header.u64(checksum(&head));
    let parts = [header.finish(), head, region.finish(), blob.finish()];
    if crate::files::write_atomically(&key.file, TEMP_PREFIX, &parts, false).is_ok() {
        evict(key.file.parent());
    }
}

/// Temporary cache files start so; one left by a killed process is removed later.
const TEMP_PREFIX: &str = ".search-";
/// A temporary file older than this was left by a writer that died.
const STALE: std::time::Duration = std::time::Duration::from_secs(600);

/// Keeps the `KEEP` most recently written cache files.
fn evict(dir: Option<&Path>) {
    let Some(Ok(list)) = dir.map(fs::read_dir) else {
        return;
    };
    let entries: Vec<fs::DirEntry> = list.filter_map(Result::ok).collect();
    // Debris of writes a signal or SIGKILL cut short (attack report F11).
    for e in &entries {
        let name = e.file_name();
        let name = name.to_string_lossy();
        let old = e
            .metadata()
            .ok()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE);
        if name.starts_with(TEMP_PREFIX) && name.ends_with(".tmp") && old {
            let _ = fs::remove_file(e.path());
        }
    }
    let mut files: Vec<(SystemTime, PathBuf)> = entries
        .into_iter()
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with("search-") && name.ends_with(".bin")
        })
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    files.sort_by_key(|f| std::cmp::Reverse(f.0));
    for (_, path) in files.into_iter().skip(KEEP) {
        let _ = fs::remove_file(path);
    }
}

fn encode_entry(w: &mut Writer, e: &Entry) {
    w.bytes(e.id.as_bytes());
    w.bytes(e.title.as_bytes());
    w.bytes(e.body.as_bytes());
    w.u64(e.kind as u64);
    w.u64(e.pane.index() as u64);
    w.u64(e.item as u64);
}

/// Text is sanitized again on the way out: the cache file is input like any other.
fn decode_entry(r: &mut Reader) -> Option<Entry> {
    let id = text(r)?;
    let title = text(r)?;
    let body = text(r)?;
    Some(Entry {
        id,
        title,
        body,
        kind: *Kind::ALL.get(usize::try_from(r.u64()?).ok()?)?,
        pane: *Pane::ALL.get(usize::try_from(r.u64()?).ok()?)?,
        item: usize::try_from(r.u64()?).ok()?,
        aliases: Vec::new(),
        tags: Vec::new(),
    })
}

fn encode_problems(w: &mut Writer, problems: &[Problem]) {
    w.u64(problems.len() as u64);
    for p in problems {
        w.bytes(p.path.as_bytes());
        w.u64(p.line.map_or(0, |l| l as u64 + 1));
        w.u64(p.column.map_or(0, |c| c as u64 + 1));
        w.bytes(p.message.as_bytes());
    }
}

fn decode_problems(r: &mut Reader) -> Option<Vec<Problem>> {
    let n = r.u64()?;
    let mut out = Vec::new();
    for _ in 0..n {
        let path = text(r)?;
        let place = |v: u64| v.checked_sub(1).and_then(|v| usize::try_from(v).ok());
        let (line, column) = (place(r.u64()?), place(r.u64()?));
        let message = text(r)?;
        out.push(Problem {
            file: None,
            severity: Severity::Warning,
            path,
            line,
            column,
            message,
        });
    }
    Some(out)
}

fn text(r: &mut Reader) -> Option<String> {
    std::str::from_utf8(r.bytes()?).ok().map(clean)
}

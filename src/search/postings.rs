//! Posting lists in memory, or in a cache file and read only when a search needs them
//! (a query touches a few lists; reading all of them would cost more than the search).

use std::fs::File;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use super::codec::{Reader, Writer, checksum, u32_bytes};
use super::table::Lists;

/// Postings pack a document number and a field weight into one u32.
pub const WEIGHT_BITS: u32 = 3;

pub enum Postings {
    Memory(Lists),
    File(FileLists),
}

impl Postings {
    pub fn len(&self) -> usize {
        match self {
            Postings::Memory(l) => l.len(),
            Postings::File(f) => f.ends.len(),
        }
    }

    /// List `i`; from a file, an unreadable or damaged list reads as empty and is noted
    /// (see `failed`), so a search never panics and its caller can fall back.
    pub fn get(&self, i: usize) -> &[u32] {
        match self {
            Postings::Memory(l) => l.get(i),
            Postings::File(f) => f.get(i),
        }
    }

    /// The ends go to the head of a cache file, the items to its list region.
    pub fn encode(&self, head: &mut Writer, region: &mut Writer) {
        match self {
            Postings::Memory(l) => {
                head.u64(l.items().len() as u64);
                head.u32s(l.ends());
                let sums: Vec<u64> = (0..l.len())
                    .map(|i| checksum(&u32_bytes(l.get(i))))
                    .collect();
                head.u64s(&sums);
                region.raw_u32s(l.items());
            }
            // A file-backed index is only ever read; it is written from a built one.
            Postings::File(_) => {}
        }
    }

    /// Whether any list could not be read from the file.
    pub fn failed(&self) -> bool {
        match self {
            Postings::Memory(_) => false,
            Postings::File(f) => f.failed.load(Ordering::Relaxed),
        }
    }
}

/// Lists stored end to end in a file from `start`, four bytes per item.
pub struct FileLists {
    file: File,
    start: u64,
    ends: Vec<u32>,
    /// Each list's checksum: a damaged list is refused, not searched.
    sums: Vec<u64>,
    /// Lists must name documents below this, in increasing order.
    docs: usize,
    loaded: Vec<OnceLock<Box<[u32]>>>,
    failed: AtomicBool,
}

impl FileLists {
    /// Reads what `encode` put in the head; the items themselves stay in `file` from
    /// `start`. None if the ends are out of order or disagree with the item count.
    pub fn decode(r: &mut Reader, file: File, start: u64, docs: usize) -> Option<FileLists> {
        let items = r.u64()?;
        let ends = r.u32s()?;
        let sums = r.u64s()?;
        let ordered = ends.windows(2).all(|w| w[0] <= w[1]);
        let whole = ends.last().map_or(0, |&e| u64::from(e)) == items;
        (ordered && whole && sums.len() == ends.len()).then(|| FileLists {
            file,
            start,
            sums,
            loaded: (0..ends.len()).map(|_| OnceLock::new()).collect(),
            ends,
            docs,
            failed: AtomicBool::new(false),
        })
    }

    /// The same lists, checked against `docs` documents as they are read.
    pub fn for_docs(self, docs: usize) -> FileLists {
        FileLists { docs, ..self }
    }

    /// How many items the lists hold in all.
    pub fn items(&self) -> u64 {
        self.ends.last().map_or(0, |&e| u64::from(e))
    }

    fn get(&self, i: usize) -> &[u32] {
        self.loaded[i].get_or_init(|| {
            self.read(i).unwrap_or_else(|| {
                self.failed.store(true, Ordering::Relaxed);
                Box::default()
            })
        })
    }

    fn read(&self, i: usize) -> Option<Box<[u32]>> {
        let from = if i == 0 { 0 } else { self.ends[i - 1] };
        let n = (self.ends[i] - from) as usize;
        let mut bytes = vec![0u8; n * 4];
        read_at(&self.file, &mut bytes, self.start + u64::from(from) * 4)?;
        if checksum(&bytes) != self.sums[i] {
            return None;
        }
        let list: Box<[u32]> = bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        let ordered = list
            .windows(2)
            .all(|p| p[0] >> WEIGHT_BITS < p[1] >> WEIGHT_BITS);
        let in_range = list
            .last()
            .is_none_or(|&p| ((p >> WEIGHT_BITS) as usize) < self.docs);
        (ordered && in_range).then_some(list)
    }
}

#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], at: u64) -> Option<()> {
    use std::os::unix::fs::FileExt;
    file.read_exact_at(buf, at).ok()
}

/// The search cache is only kept on Unix (see `cache`), so this is never reached elsewhere.
#[cfg(not(unix))]
fn read_at(_: &File, _: &mut [u8], _: u64) -> Option<()> {
    None
}

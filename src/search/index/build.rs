//! Building the index's tables from entries: posting lists per word, whole titles, and
//! the tables with a row per document.

use rustc_hash::FxHashMap as HashMap;

use fuzzy_matcher::skim::SkimMatcherV2;

use super::super::postings::{Postings, WEIGHT_BITS};
use super::super::table::{self, Lists, Strings, id};
use super::super::text::{fold, normalize, words};
use super::{Index, PARALLEL_FROM};
use crate::kb::{Entry, Kind};
use crate::parallel::join;

pub(super) const TITLE: u32 = 4;
pub(super) const ALIAS: u32 = 3;
pub(super) const TAG: u32 = 2;
pub(super) const BODY: u32 = 1;

/// Postings for a run of entries, before the vocabulary is sorted.
pub(super) struct Part {
    ids_of: HashMap<String, u32>,
    postings: Vec<Vec<u32>>,
    exact: HashMap<String, Vec<u32>>,
}

impl Part {
    pub(super) fn build(entries: &[Entry], first_doc: u32) -> Part {
        let mut ids_of: HashMap<String, u32> = HashMap::default();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut exact: HashMap<String, Vec<u32>> = HashMap::default();
        for (i, e) in entries.iter().enumerate() {
            let doc = first_doc + id(i);
            let parts = title_parts(&e.title);
            // A source's title names a page, not an answer; weigh it like a tag.
            let title_weight = if e.kind == Kind::Source { TAG } else { TITLE };
            let fields = std::iter::once((e.title.as_str(), title_weight))
                .chain(e.aliases.iter().chain(&parts).map(|a| (a.as_str(), ALIAS)))
                .chain(e.tags.iter().map(|t| (t.as_str(), TAG)))
                .chain(std::iter::once((e.body.as_str(), BODY)));
            for (text, weight) in fields {
                if weight >= ALIAS {
                    let whole = normalize(text);
                    if !whole.is_empty() {
                        let docs = exact.entry(whole).or_default();
                        if docs.last() != Some(&doc) {
                            docs.push(doc);
                        }
                    }
                }
                for w in words(&fold(text)) {
                    // Look up by &str first: allocating per token dominated the build.
                    let id = if let Some(&id) = ids_of.get(w) {
                        id
                    } else {
                        let id = table::id(ids_of.len());
                        ids_of.insert(w.to_string(), id);
                        postings.push(Vec::new());
                        id
                    };
                    let list = &mut postings[id as usize];
                    let packed = doc << WEIGHT_BITS | weight;
                    match list.last_mut() {
                        Some(last) if *last >> WEIGHT_BITS == doc => *last = (*last).max(packed),
                        _ => list.push(packed),
                    }
                }
            }
        }
        Part {
            ids_of,
            postings,
            exact,
        }
    }

    /// Appends a later run of entries; document order in every list is kept.
    pub(super) fn merge(mut self, later: Part) -> Part {
        let Part {
            ids_of,
            mut postings,
            exact,
        } = later;
        for (word, id) in ids_of {
            let list = std::mem::take(&mut postings[id as usize]);
            if let Some(&mine) = self.ids_of.get(&word) {
                self.postings[mine as usize].extend(list);
            } else {
                self.ids_of.insert(word, table::id(self.postings.len()));
                self.postings.push(list);
            }
        }
        for (title, docs) in exact {
            self.exact.entry(title).or_default().extend(docs);
        }
        self
    }
}

impl Index {
    pub(super) fn from_part(part: Part, entries: &[Entry]) -> Index {
        let Part {
            ids_of,
            mut postings,
            exact,
        } = part;
        let mut order: Vec<(&str, u32)> = ids_of.iter().map(|(w, &id)| (w.as_str(), id)).collect();
        order.sort_unstable();
        let vocab: Strings = order.iter().map(|&(w, _)| w).collect();
        let sorted_postings: Lists = order
            .iter()
            .map(|&(_, id)| std::mem::take(&mut postings[id as usize]))
            .collect();
        let mut rank = vec![0u32; order.len()];
        for (i, &(_, id)) in order.iter().enumerate() {
            rank[id as usize] = table::id(i);
        }
        let mut by_len: Vec<Vec<u32>> = Vec::new();
        for (i, w) in vocab.iter().enumerate() {
            let len = w.chars().count();
            if by_len.len() <= len {
                by_len.resize(len + 1, Vec::new());
            }
            by_len[len].push(id(i));
        }
        // The tables by word here, the tables by document on the helper thread.
        let ((head_postings, exact), docs) = join(
            entries.len() >= PARALLEL_FROM,
            || {
                let head: Lists = (0..sorted_postings.len())
                    .map(|w| {
                        sorted_postings
                            .get(w)
                            .iter()
                            .copied()
                            .filter(|p| p & ((1 << WEIGHT_BITS) - 1) >= TAG)
                    })
                    .collect();
                let mut exact: Vec<(String, Vec<u32>)> = exact.into_iter().collect();
                exact.sort_unstable();
                (head, exact)
            },
            || DocTables::new(entries, |w| ids_of.get(w).map(|&id| rank[id as usize])),
        );
        Index {
            head_postings: Postings::Memory(head_postings),
            vocab,
            postings: Postings::Memory(sorted_postings),
            by_len: by_len.into_iter().collect(),
            exact_keys: exact.iter().map(|(k, _)| k.as_str()).collect(),
            exact_docs: exact.into_iter().map(|(_, docs)| docs).collect(),
            titles: docs.titles,
            title_words: docs.title_words,
            title_chars: docs.title_chars,
            kinds: docs.kinds,
            heads: docs.heads,
            ids: docs.ids,
            matcher: SkimMatcherV2::default().ignore_case(),
        }
    }
}

/// The index's tables with a row per document.
struct DocTables {
    titles: Strings,
    title_words: Lists,
    title_chars: Vec<u32>,
    kinds: Vec<u32>,
    heads: Vec<u32>,
    ids: Strings,
}

pub(crate) const KIND_SOURCE: u32 = 0;
pub(crate) const KIND_CONTENT: u32 = 1;
pub(crate) const KIND_TERM: u32 = 2;

fn kind_code(kind: Kind) -> u32 {
    match kind {
        Kind::Source => KIND_SOURCE,
        Kind::Term => KIND_TERM,
        _ => KIND_CONTENT,
    }
}

impl DocTables {
    fn new(entries: &[Entry], word_id: impl Fn(&str) -> Option<u32>) -> DocTables {
        let mut titles = Strings::default();
        for e in entries {
            titles.push(&normalize(&e.title));
        }
        DocTables {
            // Every title word is indexed, so each has a word id.
            title_words: titles
                .iter()
                .map(|t| words(t).filter_map(&word_id))
                .collect(),
            titles,
            title_chars: entries
                .iter()
                .map(|e| id(e.title.chars().count()))
                .collect(),
            kinds: entries.iter().map(|e| kind_code(e.kind)).collect(),
            heads: entries
                .iter()
                .map(|e| head_word(e).and_then(|w| word_id(&w)).unwrap_or(NO_HEAD))
                .collect(),
            ids: entries.iter().map(|e| e.id.as_str()).collect(),
        }
    }
}

/// A document whose title has no head noun.
pub(crate) const NO_HEAD: u32 = u32::MAX;

/// The word a role's or a term's name is about: the last of its first part, as English
/// puts the head noun last ("Registered Nurses" are nurses, "Nurse Midwives" midwives).
/// Questions and headings have none.
fn head_word(e: &Entry) -> Option<String> {
    if !matches!(e.kind, Kind::Role | Kind::Term) {
        return None;
    }
    let first = e
        .title
        .split_once(" (")
        .map_or(e.title.as_str(), |(head, _)| head);
    let normal = normalize(first);
    let words: Vec<&str> = normal.split(' ').filter(|w| !w.is_empty()).collect();
    // A one-word name is matched whole by the exact-title bonus already.
    (words.len() >= 2).then(|| words[words.len() - 1].to_string())
}

/// "ELSO (Extracorporeal Life Support Organization)" is also called by either part.
fn title_parts(title: &str) -> Vec<String> {
    let Some((head, rest)) = title.split_once(" (") else {
        return Vec::new();
    };
    let inner = rest.strip_suffix(')').unwrap_or(rest);
    [head, inner]
        .iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

//! The inverted word index and the tiered, field-weighted search over it: the tables
//! (`build`), which indexed words a query word matches (`matching`), how entries are scored
//! (`score`) and the phrase re-ranking of the best (`phrase`).

mod build;
mod matching;
mod phrase;
mod score;

use fuzzy_matcher::skim::SkimMatcherV2;

use super::postings::Postings;
use super::table::{Lists, Strings};
use super::text::Query;
use crate::kb::Entry;
use crate::parallel::join;

use build::Part;
pub(super) use build::{KIND_TERM, NO_HEAD};
use matching::{Matched, Tier};
pub use phrase::Texts;

/// One search result: which entry and how well it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub entry: usize,
    pub score: i64,
    /// Which query terms the entry matched: bit i for term i (terms past 64 are not told).
    pub matched: u64,
}

/// The best results and how many entries matched in all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    pub hits: Vec<Hit>,
    pub total: usize,
    /// Query words that matched nothing in the base ("no match for: tuition").
    pub unmatched: Vec<String>,
    /// Per query term, the indexed words it matched (at most `WORDS_TOLD`; a word still
    /// being typed leaves out its plain prefixes), so highlights mark what search found.
    pub words: Vec<Vec<String>>,
}

/// Most matched words told per term: enough for every entry a screen shows.
const WORDS_TOLD: usize = 256;

/// From this many entries the index is built on two threads.
const PARALLEL_FROM: usize = 20_000;

/// Every table is flat (see `table`), so the index can be stored and read back in bulk.
pub struct Index {
    /// Sorted unique folded words.
    pub(super) vocab: Strings,
    /// Per word: (doc << WEIGHT_BITS | best field weight), in doc order.
    pub(super) postings: Postings,
    /// The same, only where the word is in a title, alias or tag.
    pub(super) head_postings: Postings,
    /// Word ids by length in characters, for the typo scan.
    pub(super) by_len: Lists,
    /// Whole normalized titles and aliases, sorted, and the docs that have each.
    pub(super) exact_keys: Strings,
    pub(super) exact_docs: Lists,
    /// Normalized titles.
    pub(super) titles: Strings,
    /// Each title's words, as word ids.
    pub(super) title_words: Lists,
    pub(super) title_chars: Vec<u32>,
    /// Per document: KIND_SOURCE, KIND_TERM (glossary: answers "what is X") or
    /// KIND_CONTENT (programs, sections, roles, rows, FAQs).
    pub(super) kinds: Vec<u32>,
    /// Per document: the word id of a role's or term's head noun, or `NO_HEAD`.
    pub(super) heads: Vec<u32>,
    pub(super) ids: Strings,
    pub(super) matcher: SkimMatcherV2,
}

impl Index {
    pub fn new(entries: &[Entry]) -> Index {
        // Large bases are indexed in two halves on two threads, then merged.
        let part = if entries.len() >= PARALLEL_FROM {
            let mid = entries.len() / 2;
            let (first, second) = join(
                true,
                || Part::build(&entries[..mid], 0),
                || Part::build(&entries[mid..], super::table::id(mid)),
            );
            first.merge(second)
        } else {
            Part::build(entries, 0)
        };
        Index::from_part(part, entries)
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Whether a search had to treat a posting list as empty because its cache file could
    /// not be read; its results are then incomplete.
    pub fn read_failed(&self) -> bool {
        self.postings.failed() || self.head_postings.failed()
    }

    /// The id of entry `i`.
    pub fn id(&self, i: usize) -> &str {
        self.ids.get(i)
    }

    fn lookup(&self, word: &str) -> Option<usize> {
        self.vocab.find_sorted(word)
    }

    /// Results for `raw`, best first, at most `limit`, ranked on the index alone (no
    /// phrase bonus for the entries' text). An empty query finds nothing.
    pub fn search(&self, raw: &str, limit: usize) -> Results {
        self.search_in(raw, limit, None)
    }

    /// Results for `raw`, best first, at most `limit`; with `texts`, the best are re-ranked
    /// by query words standing side by side in their text (see `phrase`).
    pub fn search_in(&self, raw: &str, limit: usize, texts: Option<&dyn Texts>) -> Results {
        let query = Query::parse(raw);
        if query.is_empty() || self.is_empty() {
            return Results::default();
        }
        let words = self.query_words(&query);
        let rarity = self.rarity(&words);
        let unmatched = query
            .terms
            .iter()
            .zip(&words)
            .filter(|(_, w)| w.is_empty())
            .map(|(t, _)| t.clone())
            .collect();
        let told = words
            .iter()
            .enumerate()
            .map(|(i, ws)| {
                ws.iter()
                    .filter(|m| !(query.typing(i) && m.tier == Tier::Prefix))
                    .take(WORDS_TOLD)
                    .map(|m| self.vocab.get(m.word).to_string())
                    .collect()
            })
            .collect();
        let scoring = Scoring {
            query: &query,
            words: &words,
            rarity: &rarity,
        };
        let pool = match texts {
            Some(_) if query.terms.len() > 1 => limit.saturating_add(phrase::POOL),
            _ => limit,
        };
        let n = super::table::id(self.ids.len());
        // Large bases are scored in two halves of the document range on two threads.
        let (mut hits, total) = if n as usize >= PARALLEL_FROM {
            let mid = n / 2;
            let ((mut hits, total), (more, more_total)) = join(
                true,
                || self.score_range(&scoring, 0, mid, pool),
                || self.score_range(&scoring, mid, n, pool),
            );
            hits.extend(more);
            (hits, total + more_total)
        } else {
            self.score_range(&scoring, 0, n, pool)
        };
        self.keep_best(&mut hits, pool);
        if let Some(texts) = texts.filter(|_| pool > limit) {
            self.add_phrases(&mut hits, &scoring, texts, limit);
            self.keep_best(&mut hits, limit);
        }
        Results {
            hits,
            total,
            unmatched,
            words: told,
        }
    }

    fn order(&self, a: &Hit, b: &Hit) -> std::cmp::Ordering {
        b.score
            .cmp(&a.score)
            .then(self.title_chars[a.entry].cmp(&self.title_chars[b.entry]))
            .then(self.ids.get(a.entry).cmp(self.ids.get(b.entry)))
            .then(a.entry.cmp(&b.entry))
    }

    /// Keeps the best `limit` hits, sorted best first.
    fn keep_best(&self, hits: &mut Vec<Hit>, limit: usize) {
        if limit < hits.len() {
            if limit > 0 {
                hits.select_nth_unstable_by(limit - 1, |a, b| self.order(a, b));
            }
            hits.truncate(limit);
        }
        hits.sort_unstable_by(|a, b| self.order(a, b));
    }
}

/// What every range of a search scores with.
#[derive(Clone, Copy)]
struct Scoring<'a> {
    query: &'a Query,
    words: &'a [Vec<Matched>],
    rarity: &'a [f64],
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{Kind, Pane};

    fn entry(i: usize) -> Entry {
        let word = |k: usize| format!("w{}", (i * 7 + k * 13) % 997);
        Entry {
            kind: Kind::Faq,
            id: format!("e{i}"),
            title: format!("{} {}", word(1), word(2)),
            aliases: vec![word(3)],
            tags: vec![word(4)],
            body: (5..25).map(word).collect::<Vec<_>>().join(" "),
            pane: Pane::Faq,
            item: i,
        }
    }

    #[test]
    fn the_two_thread_build_equals_the_one_thread_build() {
        let entries: Vec<Entry> = (0..PARALLEL_FROM + 1234).map(entry).collect();
        let parallel = Index::new(&entries);
        let single = Index::from_part(Part::build(&entries, 0), &entries);
        assert_eq!(parallel.vocab, single.vocab);
        assert_eq!(parallel.postings.len(), single.postings.len());
        for w in 0..single.postings.len() {
            assert_eq!(parallel.postings.get(w), single.postings.get(w));
            assert_eq!(parallel.head_postings.get(w), single.head_postings.get(w));
        }
        assert_eq!(parallel.exact_keys, single.exact_keys);
        assert_eq!(parallel.exact_docs, single.exact_docs);
        assert_eq!(parallel.search("w5 w18", 20), single.search("w5 w18", 20));
        // The two-thread search (this base is large enough for it) equals one pass over all.
        for q in ["w5 w18", "w1", "w12 w40 w77", "zzz"] {
            let query = Query::parse(q);
            let words = single.query_words(&query);
            let rarity = single.rarity(&words);
            let scoring = Scoring {
                query: &query,
                words: &words,
                rarity: &rarity,
            };
            let (mut hits, total) =
                single.score_range(&scoring, 0, crate::search::table::id(entries.len()), 20);
            single.keep_best(&mut hits, 20);
            let got = single.search(q, 20);
            assert_eq!((got.hits, got.total), (hits, total), "{q}");
        }
    }
}

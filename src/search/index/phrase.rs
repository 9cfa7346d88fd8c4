//! The phrase bonus beyond titles: query words standing side by side in an entry's text
//! ("pass rate", "drug test") lift it. The index keeps no word positions, so this reads the
//! text of the best few after scoring, a bounded pool.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;

use super::super::text::{fold, is_stop, words};
use super::{Hit, Index, Matched, Scoring, Tier};
use crate::kb::Entry;

/// How many hits past the limit are read for phrases: a hit further down than this would
/// need more than a phrase to reach the list.
pub const POOL: usize = 64;

/// Most entries read per search, the best first: the phrase decides among the first
/// screenful or two, and reading is what costs (a few microseconds an entry).
const MOST_READ: usize = 24;

/// One pair of query words found side by side in an alias, a tag or the body (the title's
/// pairs count in `score`, at more).
const BODY_PHRASE_BONUS: i64 = 150;

/// Most indexed words a query term may match and still count in a phrase.
const MOST_FORMS: usize = 256;

/// Where the phrase pass reads an entry's text: the entries in memory or the cache file.
pub trait Texts {
    fn entry(&self, doc: usize) -> Option<Cow<'_, Entry>>;
}

impl Texts for Vec<Entry> {
    fn entry(&self, doc: usize) -> Option<Cow<'_, Entry>> {
        self.get(doc).map(Cow::Borrowed)
    }
}

impl Index {
    /// Adds the phrase bonus to every hit in `hits` (sorted best first) that could still
    /// reach the best `limit` with it.
    pub(super) fn add_phrases(
        &self,
        hits: &mut [Hit],
        scoring: &Scoring,
        texts: &dyn Texts,
        limit: usize,
    ) {
        let pairs = scoring.words.len().saturating_sub(1).min(63);
        if pairs == 0 || limit == 0 {
            return;
        }
        let lookup = Lookup::new(self, scoring);
        // Terms that can stand in a phrase, and pairs of them side by side in the query.
        let pairable = lookup.terms & (lookup.terms >> 1);
        if pairable == 0 {
            return;
        }
        let most = BODY_PHRASE_BONUS * i64::try_from(pairs).unwrap_or(63);
        let bar = hits.get(limit - 1).map_or(i64::MIN, |h| h.score);
        let mut read = 0;
        for hit in hits.iter_mut() {
            // A hit missing a word of every pair cannot have any of the phrases.
            if hit.score.saturating_add(most) < bar
                || hit.matched & (hit.matched >> 1) & pairable == 0
            {
                continue;
            }
            if read == MOST_READ {
                break;
            }
            read += 1;
            if let Some(entry) = texts.entry(hit.entry) {
                hit.score += BODY_PHRASE_BONUS * i64::from(lookup.phrases(&entry).count_ones());
            }
        }
    }
}

/// Each word a query term matched, with the terms it stands for (bit i for term i).
struct Lookup<'a> {
    words: HashMap<&'a str, u64>,
    /// The terms with any words here.
    terms: u64,
}

impl<'a> Lookup<'a> {
    fn new(index: &'a Index, scoring: &Scoring) -> Lookup<'a> {
        let mut words: HashMap<&str, u64> = HashMap::default();
        let mut terms = 0u64;
        // A word still being typed stands in a phrase by its whole-word forms only, not the
        // hundreds it is a prefix of ("perfusionist s"); nor does a term matching too many.
        for (i, ms) in scoring.words.iter().enumerate().take(64) {
            let whole = |m: &&Matched| !(scoring.query.typing(i) && m.tier == Tier::Prefix);
            let forms: Vec<&Matched> = ms.iter().filter(whole).take(MOST_FORMS + 1).collect();
            if forms.is_empty() || forms.len() > MOST_FORMS {
                continue;
            }
            terms |= 1 << i;
            for m in forms {
                *words.entry(index.vocab.get(m.word)).or_insert(0) |= 1 << i;
            }
        }
        Lookup { words, terms }
    }

    /// Which pairs of adjacent query terms (bit i for terms i and i+1) stand side by side
    /// in one of the entry's aliases, tags or body, stop words between them skipped ("cost
    /// of tuition" has "cost tuition").
    fn phrases(&self, entry: &Entry) -> u64 {
        let mut found = 0u64;
        let fields = entry.aliases.iter().chain(&entry.tags).chain([&entry.body]);
        for text in fields {
            let folded = fold(text);
            let mut last = 0u64;
            for w in words(&folded) {
                match self.words.get(w) {
                    Some(&bits) => {
                        found |= last & (bits >> 1);
                        last = bits;
                    }
                    // A stop word between two query words keeps them side by side.
                    None if is_stop(w) => {}
                    None => last = 0,
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{Kind, Pane};

    fn faq(id: &str, title: &str, body: &str) -> Entry {
        Entry {
            kind: Kind::Faq,
            id: id.to_string(),
            title: title.to_string(),
            aliases: Vec::new(),
            tags: Vec::new(),
            body: body.to_string(),
            pane: Pane::Faq,
            item: 0,
        }
    }

    fn ids(index: &Index, entries: &Vec<Entry>, q: &str) -> Vec<String> {
        let results = index.search_in(q, 10, Some(entries));
        results
            .hits
            .iter()
            .map(|h| entries[h.entry].id.clone())
            .collect()
    }

    #[test]
    fn words_side_by_side_in_the_body_rank_first() {
        // Same title length and the same words: only adjacency tells them apart, and the
        // tie-break by id would put "a" first.
        let entries = vec![
            faq("a", "Exams one", "the rate at which you pass is told later"),
            faq("b", "Exams two", "the first time pass rate is told later"),
        ];
        let index = Index::new(&entries);
        let plain: Vec<usize> = index
            .search("pass rate", 10)
            .hits
            .iter()
            .map(|h| h.entry)
            .collect();
        assert_eq!(plain, [0, 1], "without the text, the tie-break decides");
        assert_eq!(ids(&index, &entries, "pass rate"), ["b", "a"]);
        // Word order matters: "rate pass" is not the phrase in either.
        assert_eq!(ids(&index, &entries, "rate pass"), ["a", "b"]);
    }

    #[test]
    fn stop_words_between_and_other_forms_still_make_a_phrase() {
        let entries = vec![
            faq("a", "Money one", "tuition is listed; the cost is elsewhere"),
            faq("b", "Money two", "the cost of tuition is listed here"),
            faq("c", "Money ten", "a test is given; the drug list is long"),
            faq(
                "d",
                "Money six",
                "drug tests are routine; a test of drugs too",
            ),
        ];
        let index = Index::new(&entries);
        assert_eq!(ids(&index, &entries, "cost tuition")[0], "b");
        assert_eq!(ids(&index, &entries, "what is the cost of tuition")[0], "b");
        assert_eq!(ids(&index, &entries, "drug test")[0], "d");
    }

    #[test]
    fn a_hit_far_below_the_list_is_not_read() {
        struct Counting<'a>(&'a Vec<Entry>, std::cell::Cell<usize>);
        impl Texts for Counting<'_> {
            fn entry(&self, doc: usize) -> Option<Cow<'_, Entry>> {
                self.1.set(self.1.get() + 1);
                self.0.get(doc).map(Cow::Borrowed)
            }
        }
        let entries: Vec<Entry> = (0..500)
            .map(|i| faq(&format!("e{i:03}"), "Pass and rate", "pass rate"))
            .collect();
        let index = Index::new(&entries);
        let texts = Counting(&entries, std::cell::Cell::new(0));
        let results = index.search_in("pass rate", 5, Some(&texts));
        assert_eq!(results.hits.len(), 5);
        assert_eq!(results.total, 500);
        assert_eq!(texts.1.get(), MOST_READ, "reads stop at the cap");
        // One-word queries have no pairs and read nothing.
        let texts = Counting(&entries, std::cell::Cell::new(0));
        index.search_in("pass", 5, Some(&texts));
        assert_eq!(texts.1.get(), 0);
    }
}

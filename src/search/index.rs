//! The inverted word index and the tiered, field-weighted search over it.

use rustc_hash::FxHashMap as HashMap;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::postings::{Postings, WEIGHT_BITS};
use super::table::{Lists, Strings};
use super::text::{Query, bounded_distance, fold, normalize, stem, typo_allowance, words};
use crate::kb::{Entry, Kind};
use crate::par::join;

/// How a query word matched an indexed word, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    Fuzzy = 1,
    Typo = 2,
    Substring = 3,
    Derived = 5,
    Prefix = 6,
    Stem = 7,
    Word = 8,
}

impl Tier {
    /// How much of a query word a match of this tier covers, in hundredths: a typo or a
    /// scattered-letter match is weaker evidence that the entry is about that word.
    fn coverage(self) -> u32 {
        match self {
            Tier::Word | Tier::Stem => 100,
            Tier::Prefix => 90,
            Tier::Derived => 85,
            Tier::Typo => 70,
            Tier::Substring => 60,
            Tier::Fuzzy => 40,
        }
    }
}

const TITLE: u32 = 4;
const ALIAS: u32 = 3;
const TAG: u32 = 2;
const BODY: u32 = 1;
const EXACT_TITLE_BONUS: i64 = 1000;
const TITLE_PREFIX_BONUS: i64 = 300;
/// What a stop word found in the title adds ("what does a perfusionist do").
const MINOR_WORD_BONUS: i64 = 15;
/// Two query words side by side in the title ("pass rate").
const PHRASE_BONUS: i64 = 250;
/// Ranks are ordered by coverage first (how much of the query, weighted by how rare each
/// word is, an entry matches), in this many steps; within a step, content before sources,
/// then the field-weighted score.
const COVERAGE_STEPS: i64 = 20;
const COVERAGE_STEP: i64 = 1_000_000;
const CONTENT_BONUS: i64 = COVERAGE_STEP / 2;
/// "what is X" and X names a glossary term: that term above everything else.
const DEFINITION_BONUS: i64 = COVERAGE_STEP * (COVERAGE_STEPS + 2);

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

/// Suffixes that name the person doing a thing; a query word also matches itself plus one.
const DERIVED: [&str; 4] = ["ist", "ists", "ian", "ians"];

/// Most matched words told per term: enough for every entry a screen shows.
const WORDS_TOLD: usize = 256;

/// From this many entries the index is built on two threads.
const PARALLEL_FROM: usize = 20_000;

/// Postings for a run of entries, before the vocabulary is sorted.
struct Part {
    ids_of: HashMap<String, u32>,
    postings: Vec<Vec<u32>>,
    exact: HashMap<String, Vec<u32>>,
}

impl Part {
    fn build(entries: &[Entry], first_doc: u32) -> Part {
        let mut ids_of: HashMap<String, u32> = HashMap::default();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut exact: HashMap<String, Vec<u32>> = HashMap::default();
        for (i, e) in entries.iter().enumerate() {
            let doc = first_doc + i as u32;
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
                    let id = match ids_of.get(w) {
                        Some(&id) => id,
                        None => {
                            let id = ids_of.len() as u32;
                            ids_of.insert(w.to_string(), id);
                            postings.push(Vec::new());
                            id
                        }
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
    fn merge(mut self, later: Part) -> Part {
        let Part {
            ids_of,
            mut postings,
            exact,
        } = later;
        for (word, id) in ids_of {
            let list = std::mem::take(&mut postings[id as usize]);
            match self.ids_of.get(&word) {
                Some(&mine) => self.postings[mine as usize].extend(list),
                None => {
                    self.ids_of.insert(word, self.postings.len() as u32);
                    self.postings.push(list);
                }
            }
        }
        for (title, docs) in exact {
            self.exact.entry(title).or_default().extend(docs);
        }
        self
    }
}

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
                || Part::build(&entries[mid..], mid as u32),
            );
            first.merge(second)
        } else {
            Part::build(entries, 0)
        };
        Index::from_part(part, entries)
    }

    fn from_part(part: Part, entries: &[Entry]) -> Index {
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
            rank[id as usize] = i as u32;
        }
        let mut by_len: Vec<Vec<u32>> = Vec::new();
        for (i, w) in vocab.iter().enumerate() {
            let len = w.chars().count();
            if by_len.len() <= len {
                by_len.resize(len + 1, Vec::new());
            }
            by_len[len].push(i as u32);
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
            ids: docs.ids,
            matcher: SkimMatcherV2::default().ignore_case(),
        }
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

    /// Indexed words matching one query term, each with its tier (best tier per word).
    /// Prefixes and substrings count only for a word still being typed or one that has no
    /// whole-word match, so "pass" finds "passes" but not "passenger", and "gre" never
    /// "degree"; fuzzy (scattered letters) only when nothing closer matched at all.
    fn matching_words(&self, term: &str, root: &str, typing: bool) -> Vec<Matched> {
        let mut out: Vec<Matched> = Vec::new();
        let short = term.chars().count() <= 2;
        let mut seen = rustc_hash::FxHashSet::default();
        let mut add = |out: &mut Vec<Matched>, word: usize, tier: Tier, extra: i64| {
            if seen.insert(word) {
                let head_only = short && tier == Tier::Prefix;
                out.push(Matched {
                    word,
                    tier,
                    extra,
                    head_only,
                });
            }
        };
        if let Some(id) = self.lookup(term) {
            add(&mut out, id, Tier::Word, 0);
        }
        // Words with the same stem share a prefix with it (Porter2 may turn a final "y"
        // into "i", so the scan starts from what the word and its stem have in common).
        let common = term
            .chars()
            .zip(root.chars())
            .take_while(|(a, b)| a == b)
            .count();
        if common >= 3 {
            let prefix: String = term.chars().take(common).collect();
            let start = self.vocab.partition_point(|w| w < prefix.as_str());
            for id in start..self.vocab.len() {
                let w = self.vocab.get(id);
                if !w.starts_with(prefix.as_str()) {
                    break;
                }
                if stem(w) == root {
                    add(&mut out, id, Tier::Stem, 0);
                }
            }
        }
        // The person who does it ("perfusion" -> "perfusionist"): the one derivation that
        // stemming leaves apart and students mix freely.
        for suffix in DERIVED {
            if let Some(id) = self.lookup(&format!("{term}{suffix}")) {
                add(&mut out, id, Tier::Derived, 0);
            }
        }
        let whole_word = !out.is_empty();
        let before = out.len();
        if typing || !whole_word {
            let start = self.vocab.partition_point(|w| w < term);
            for id in start..self.vocab.len() {
                if !self.vocab.get(id).starts_with(term) {
                    break;
                }
                add(&mut out, id, Tier::Prefix, 0);
            }
        }
        // A word being typed that already starts some words needs no looser match yet.
        let loose = !(whole_word || typing && out.len() > before);
        let term_chars: Vec<char> = term.chars().collect();
        if loose && term_chars.len() >= 4 {
            for (id, w) in self.vocab.iter().enumerate() {
                if w.len() > term.len() && w.contains(term) {
                    add(&mut out, id, Tier::Substring, 0);
                }
            }
        }
        let k = typo_allowance(term_chars.len());
        if k > 0 && loose {
            let lo = term_chars.len().saturating_sub(k);
            let hi = (term_chars.len() + k).min(self.by_len.len().saturating_sub(1));
            let mut chars: Vec<char> = Vec::new();
            for len in lo..=hi {
                for &id in self.by_len.get(len) {
                    let id = id as usize;
                    chars.clear();
                    chars.extend(self.vocab.get(id).chars());
                    if let Some(d) = bounded_distance(&term_chars, &chars, k) {
                        add(&mut out, id, Tier::Typo, (k - d) as i64 * 5);
                    }
                }
            }
        }
        // Fuzzy (an abbreviation, scattered letters) only when nothing closer matched.
        if out.is_empty() && term_chars.len() >= 3 {
            for (id, w) in self.vocab.iter().enumerate() {
                if w.len() < term.len() {
                    continue;
                }
                if let Some(score) = self.matcher.fuzzy_match(w, term)
                    && score >= 16 * term_chars.len() as i64
                {
                    add(&mut out, id, Tier::Fuzzy, (score / 16).min(9));
                }
            }
        }
        out
    }

    /// The indexed words matching each query term.
    fn query_words(&self, query: &Query) -> Vec<Vec<Matched>> {
        query
            .terms
            .iter()
            .zip(&query.roots)
            .enumerate()
            .map(|(i, (t, root))| self.matching_words(t, root, query.typing(i)))
            .collect()
    }

    /// How rare each query word is (BM25's idf) over the whole base, from the lengths of the
    /// posting lists it matched: the same weights for both halves of a two-thread search.
    fn rarity(&self, words: &[Vec<Matched>]) -> Vec<f64> {
        let n = self.ids.len() as f64;
        words
            .iter()
            .map(|term_words| {
                let df: usize = term_words
                    .iter()
                    .map(|m| self.list(m).len())
                    .sum::<usize>()
                    .min(self.ids.len());
                if df == 0 {
                    0.0
                } else {
                    let df = df as f64;
                    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
                }
            })
            .collect()
    }

    fn list(&self, m: &Matched) -> &[u32] {
        if m.head_only {
            self.head_postings.get(m.word)
        } else {
            self.postings.get(m.word)
        }
    }

    /// Results for `raw`, best first, at most `limit`. An empty query finds nothing.
    pub fn search(&self, raw: &str, limit: usize) -> Results {
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
        let n = self.ids.len() as u32;
        // Large bases are scored in two halves of the document range on two threads.
        let (mut hits, total) = if n as usize >= PARALLEL_FROM {
            let mid = n / 2;
            let ((mut hits, total), (more, more_total)) = join(
                true,
                || self.score_range(&scoring, 0, mid, limit),
                || self.score_range(&scoring, mid, n, limit),
            );
            hits.extend(more);
            (hits, total + more_total)
        } else {
            self.score_range(&scoring, 0, n, limit)
        };
        self.keep_best(&mut hits, limit);
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

    /// Scores documents `lo..hi`: their best `limit` hits and how many matched. Any entry
    /// matching any query word is a result; entries covering more of the query (weighted
    /// by rarity) come first, so one word the base lacks never empties the list.
    fn score_range(&self, scoring: &Scoring, lo: u32, hi: u32, limit: usize) -> (Vec<Hit>, usize) {
        let Scoring {
            query,
            words,
            rarity,
        } = *scoring;
        let span = (hi - lo) as usize;
        let mut total = vec![0f64; span];
        let mut covered = vec![0f64; span];
        let mut best = vec![(0i64, 0u32); span];
        let mut mask = vec![0u64; span];
        let mut candidates: Vec<u32> = Vec::new();
        let mut seen = vec![false; span];
        for (ti, (term_words, &idf)) in words.iter().zip(rarity).enumerate() {
            let bit = 1u64
                .checked_shl(u32::try_from(ti).unwrap_or(u32::MAX))
                .unwrap_or(0);
            let mut touched: Vec<u32> = Vec::new();
            for m in term_words {
                let list = self.list(m);
                let start = list.partition_point(|&p| p >> WEIGHT_BITS < lo);
                for &p in &list[start..] {
                    let doc = p >> WEIGHT_BITS;
                    if doc >= hi {
                        break;
                    }
                    let d = (doc - lo) as usize;
                    let score =
                        m.tier as i64 * i64::from(p & ((1 << WEIGHT_BITS) - 1)) * 10 + m.extra;
                    if best[d].0 == 0 {
                        touched.push(d as u32);
                    }
                    if score > best[d].0 {
                        best[d] = (score, m.tier.coverage());
                    }
                }
            }
            for &d in &touched {
                let d = d as usize;
                if !seen[d] {
                    seen[d] = true;
                    candidates.push(d as u32);
                }
                mask[d] |= bit;
                let (score, cover) = best[d];
                total[d] += idf * score as f64;
                covered[d] += idf * f64::from(cover) / 100.0;
                best[d] = (0, 0);
            }
        }
        let coverable: f64 = rarity.iter().sum();
        // Stop words not in any title cannot add to any score.
        let minor_ids: Vec<u32> = query
            .minor
            .iter()
            .filter_map(|m| self.lookup(m).map(|id| id as u32))
            .collect();
        let exact_docs = |key: &str| -> &[u32] {
            self.exact_keys
                .find_sorted(key)
                .map_or(&[], |i| self.exact_docs.get(i))
        };
        let exact = exact_docs(&query.whole);
        let defined = query.defines.as_deref().map_or(&[][..], exact_docs);
        let pairs: Vec<String> = query
            .terms
            .windows(2)
            .map(|w| format!("{} {}", w[0], w[1]))
            .collect();
        let phrases_in = |title: &str| pairs.iter().filter(|p| has_phrase(title, p)).count();
        let count = candidates.len();
        // The score without the title's bonuses, for every candidate.
        let mut hits: Vec<Hit> = candidates
            .into_iter()
            .map(|d| {
                let doc = lo + d;
                let di = doc as usize;
                let d = d as usize;
                let share = if coverable > 0.0 {
                    covered[d] / coverable
                } else {
                    0.0
                };
                let step = (share * COVERAGE_STEPS as f64).round() as i64;
                let kind = self.kinds[di];
                let mut score = step * COVERAGE_STEP + total[d].round() as i64;
                if kind != KIND_SOURCE {
                    score += CONTENT_BONUS;
                }
                if kind == KIND_TERM && defined.binary_search(&doc).is_ok() {
                    score += DEFINITION_BONUS;
                }
                if exact.binary_search(&doc).is_ok() {
                    score += EXACT_TITLE_BONUS;
                }
                Hit {
                    entry: di,
                    score,
                    matched: mask[d],
                }
            })
            .collect();
        // The title's bonuses are small and bounded: only an entry that could still reach
        // the best `limit` with all of them is worth reading its title for.
        let most = TITLE_PREFIX_BONUS
            + PHRASE_BONUS * pairs.len() as i64
            + MINOR_WORD_BONUS * minor_ids.len() as i64;
        if limit > 0 && hits.len() > limit {
            let mut scores: Vec<i64> = hits.iter().map(|h| h.score).collect();
            let (_, &mut bar, _) = scores.select_nth_unstable_by(limit - 1, |a, b| b.cmp(a));
            hits.retain(|h| h.score + most >= bar);
        }
        for hit in &mut hits {
            let doc = hit.entry as u32;
            let title = self.titles.get(hit.entry);
            if exact.binary_search(&doc).is_err() && title.starts_with(&query.whole) {
                hit.score += TITLE_PREFIX_BONUS;
            }
            hit.score += PHRASE_BONUS * phrases_in(title) as i64;
            let title_words = self.title_words.get(hit.entry);
            let minor = minor_ids
                .iter()
                .filter(|id| title_words.contains(id))
                .count();
            hit.score += MINOR_WORD_BONUS * minor as i64;
        }
        self.keep_best(&mut hits, limit);
        (hits, count)
    }
}

/// Whether `phrase` stands in a normalized `title` as whole words.
fn has_phrase(title: &str, phrase: &str) -> bool {
    title.match_indices(phrase).any(|(at, _)| {
        let end = at + phrase.len();
        (at == 0 || title.as_bytes()[at - 1] == b' ')
            && (end == title.len() || title.as_bytes()[end] == b' ')
    })
}

/// What every range of a search scores with.
#[derive(Clone, Copy)]
struct Scoring<'a> {
    query: &'a Query,
    words: &'a [Vec<Matched>],
    rarity: &'a [f64],
}

/// The index's tables with a row per document.
struct DocTables {
    titles: Strings,
    title_words: Lists,
    title_chars: Vec<u32>,
    kinds: Vec<u32>,
    ids: Strings,
}

pub(super) const KIND_SOURCE: u32 = 0;
pub(super) const KIND_CONTENT: u32 = 1;
pub(super) const KIND_TERM: u32 = 2;

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
        entries
            .iter()
            .for_each(|e| titles.push(&normalize(&e.title)));
        DocTables {
            // Every title word is indexed, so each has a word id.
            title_words: titles
                .iter()
                .map(|t| words(t).filter_map(&word_id))
                .collect(),
            titles,
            title_chars: entries
                .iter()
                .map(|e| e.title.chars().count() as u32)
                .collect(),
            kinds: entries.iter().map(|e| kind_code(e.kind)).collect(),
            ids: entries.iter().map(|e| e.id.as_str()).collect(),
        }
    }
}

/// One indexed word that matches a query term.
struct Matched {
    word: usize,
    tier: Tier,
    extra: i64,
    /// Only titles, aliases and tags: a one- or two-letter prefix in body text is noise.
    head_only: bool,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::Pane;

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
            let (mut hits, total) = single.score_range(&scoring, 0, entries.len() as u32, 20);
            single.keep_best(&mut hits, 20);
            let got = single.search(q, 20);
            assert_eq!((got.hits, got.total), (hits, total), "{q}");
        }
    }
}

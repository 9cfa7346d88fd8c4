//! Which indexed words a query word matches, in tiers (word, stem, derived, prefix,
//! substring, typo, fuzzy), and how rare each query word is.

use fuzzy_matcher::FuzzyMatcher;

use super::super::text::{Query, bounded_distance, stem, typo_allowance};
use super::Index;

/// How a query word matched an indexed word, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Tier {
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
    pub(super) fn coverage(self) -> u32 {
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

/// Suffixes that name the person doing a thing; a query word also matches itself plus one.
const DERIVED: [&str; 4] = ["ist", "ists", "ian", "ians"];

/// The plain and comparative forms of a superlative ("fastest" -> "fast", "faster";
/// "largest" -> "large", "larger"; "easiest" -> "easy", "easier"; "biggest" -> "big",
/// "bigger"), which stemming leaves apart. Only forms the base has are ever matched, so a
/// word that merely ends in "est" ("interest") finds nothing new.
fn comparison_forms(term: &str) -> Vec<String> {
    let mut out = Vec::new();
    if term.chars().count() < 6 || !term.is_ascii() {
        return out;
    }
    if let Some(base) = term.strip_suffix("iest") {
        out.extend([format!("{base}y"), format!("{base}ier")]);
    } else if let Some(base) = term.strip_suffix("est") {
        // "fastest" -> "fast", "faster"; "largest" -> "large" (and "larger" again).
        out.extend([base.to_string(), format!("{base}er"), format!("{base}e")]);
        // "biggest": a doubled consonant.
        let b = base.as_bytes();
        if b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] {
            let single = &base[..base.len() - 1];
            out.extend([single.to_string(), format!("{single}er")]);
        }
    }
    out
}

/// One indexed word that matches a query term.
pub(super) struct Matched {
    pub(super) word: usize,
    pub(super) tier: Tier,
    pub(super) extra: i64,
    /// Only titles, aliases and tags: a one- or two-letter prefix in body text is noise.
    pub(super) head_only: bool,
}

impl Index {
    /// Indexed words matching one query term, each with its tier (best tier per word).
    /// Prefixes and substrings count only for a word still being typed or one that has no
    /// whole-word match, so "pass" finds "passes" but not "passenger", and "gre" never
    /// "degree"; fuzzy (scattered letters) only when nothing closer matched at all.
    pub(super) fn matching_words(&self, term: &str, root: &str, typing: bool) -> Vec<Matched> {
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
        for form in comparison_forms(term) {
            if let Some(id) = self.lookup(&form) {
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
            // Never a word under four letters: one edit from "ecmo" is "eco", not a typo.
            let lo = term_chars.len().saturating_sub(k).max(4);
            let hi = (term_chars.len() + k).min(self.by_len.len().saturating_sub(1));
            let mut chars: Vec<char> = Vec::new();
            for len in lo..=hi {
                for &id in self.by_len.get(len) {
                    let id = id as usize;
                    chars.clear();
                    chars.extend(self.vocab.get(id).chars());
                    if let Some(d) = bounded_distance(&term_chars, &chars, k) {
                        add(
                            &mut out,
                            id,
                            Tier::Typo,
                            i64::try_from(k - d).unwrap_or(0) * 5,
                        );
                    }
                }
            }
        }
        // Fuzzy (an abbreviation, scattered letters) only when nothing closer matched, and
        // never for three letters: "cna" is an acronym, and its letters scattered through
        // "contractors" say nothing.
        if out.is_empty() && term_chars.len() >= 4 {
            for (id, w) in self.vocab.iter().enumerate() {
                if w.len() < term.len() {
                    continue;
                }
                if let Some(score) = self.matcher.fuzzy_match(w, term)
                    && score >= 16 * i64::try_from(term_chars.len()).unwrap_or(i64::MAX / 16)
                {
                    add(&mut out, id, Tier::Fuzzy, (score / 16).min(9));
                }
            }
        }
        out
    }

    /// The indexed words matching each query term.
    pub(super) fn query_words(&self, query: &Query) -> Vec<Vec<Matched>> {
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
    pub(super) fn rarity(&self, words: &[Vec<Matched>]) -> Vec<f64> {
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

    pub(super) fn list(&self, m: &Matched) -> &[u32] {
        if m.head_only {
            self.head_postings.get(m.word)
        } else {
            self.postings.get(m.word)
        }
    }
}

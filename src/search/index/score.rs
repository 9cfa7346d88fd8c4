//! Scoring a range of documents: coverage of the query weighted by rarity, content before
//! sources, the glossary term for "what is X", and the title's bounded bonuses.

use super::super::postings::WEIGHT_BITS;
use super::super::table::id;
use super::build::{KIND_SOURCE, KIND_TERM};
use super::matching::Tier;
use super::{Hit, Index, NO_HEAD, Scoring};

/// A count of query words as a score factor (a query has at most a few hundred).
fn factor(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX / (1 << 20))
}

const EXACT_TITLE_BONUS: i64 = 1000;
const TITLE_PREFIX_BONUS: i64 = 300;
/// A query word is what a role or term is (its head noun): "nurse" finds Registered
/// Nurses before Nurse Midwives, whose title merely starts with the word.
const HEAD_NOUN_BONUS: i64 = 400;
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

impl Index {
    /// Scores documents `lo..hi`: their best `limit` hits and how many matched. Any entry
    /// matching any query word is a result; entries covering more of the query (weighted
    /// by rarity) come first, so one word the base lacks never empties the list.
    pub(super) fn score_range(
        &self,
        scoring: &Scoring,
        lo: u32,
        hi: u32,
        limit: usize,
    ) -> (Vec<Hit>, usize) {
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
                        touched.push(id(d));
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
                    candidates.push(id(d));
                }
                mask[d] |= bit;
                let (score, cover) = best[d];
                total[d] += idf * score as f64;
                covered[d] += idf * f64::from(cover) / 100.0;
                best[d] = (0, 0);
            }
        }
        let coverable: f64 = rarity.iter().sum();
        // Words a query word matches as itself or its stem: what a head noun must be. A
        // question wants its answer, not the page of the role it names.
        let mut whole: Vec<u32> = words
            .iter()
            .flatten()
            .filter(|m| m.tier >= Tier::Stem && !query.asks)
            .map(|m| id(m.word))
            .collect();
        whole.sort_unstable();
        // Stop words not in any title cannot add to any score.
        let minor_ids: Vec<u32> = query
            .minor
            .iter()
            .filter_map(|m| self.lookup(m).map(id))
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
                // share is in 0..=1, so the step is 0..=COVERAGE_STEPS.
                #[allow(clippy::cast_possible_truncation)]
                let step = (share * COVERAGE_STEPS as f64).round() as i64;
                let kind = self.kinds[di];
                // A sum of a few weights per query word: far inside i64.
                #[allow(clippy::cast_possible_truncation)]
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
                let head = self.heads[di];
                if head != NO_HEAD && whole.binary_search(&head).is_ok() {
                    score += HEAD_NOUN_BONUS;
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
            + PHRASE_BONUS * factor(pairs.len())
            + MINOR_WORD_BONUS * factor(minor_ids.len());
        if limit > 0 && hits.len() > limit {
            let mut scores: Vec<i64> = hits.iter().map(|h| h.score).collect();
            let (_, &mut bar, _) = scores.select_nth_unstable_by(limit - 1, |a, b| b.cmp(a));
            hits.retain(|h| h.score + most >= bar);
        }
        for hit in &mut hits {
            let doc = id(hit.entry);
            let title = self.titles.get(hit.entry);
            if exact.binary_search(&doc).is_err() && title.starts_with(&query.whole) {
                hit.score += TITLE_PREFIX_BONUS;
            }
            hit.score += PHRASE_BONUS * factor(phrases_in(title));
            let title_words = self.title_words.get(hit.entry);
            let minor = minor_ids
                .iter()
                .filter(|id| title_words.contains(id))
                .count();
            hit.score += MINOR_WORD_BONUS * factor(minor);
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

//! The one search engine, shared by the TUI and the CLI: tiered, field-weighted ranking
//! with a fuzzy fallback, stable tie-breaks, and character-index highlights.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use serde::Serialize;
use unicode_normalization::char::decompose_canonical;

use crate::kb::{Entry, Kind, Pane};

/// Words that carry no meaning in a student's question ("how much do ... make").
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "how", "what", "which", "who", "whom", "why", "when", "where", "do", "does",
    "did", "is", "are", "was", "were", "be", "i", "me", "my", "you", "your", "to", "of", "in",
    "on", "for", "with", "can", "could", "should", "would", "will", "it", "this", "that", "there",
    "and", "or", "much", "many", "about", "have", "has", "vs", "versus", "than",
];

/// How a query word matched a field, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    Fuzzy = 1,
    Substring = 3,
    WordPrefix = 6,
    Word = 8,
}

const TITLE_WEIGHT: i64 = 4;
const ALIAS_WEIGHT: i64 = 3;
const TAG_WEIGHT: i64 = 2;
const BODY_WEIGHT: i64 = 1;
const EXACT_TITLE_BONUS: i64 = 1000;
const TITLE_PREFIX_BONUS: i64 = 300;

/// Folds one character to its lower-case base letter, so "É" and "e" match. Always one
/// char out per char in, which keeps match positions valid as character indices.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut base = None;
    decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
        }
    });
    let base = base.unwrap_or(c);
    base.to_lowercase().next().unwrap_or(base)
}

pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A parsed query: the folded whole, and the words that carry meaning.
#[derive(Debug, Clone)]
pub struct Query {
    whole: String,
    terms: Vec<String>,
}

impl Query {
    pub fn parse(raw: &str) -> Query {
        let folded = fold(raw);
        let whole = words(&folded).collect::<Vec<_>>().join(" ");
        let all: Vec<String> = words(&folded).map(str::to_string).collect();
        let meaningful: Vec<String> = all
            .iter()
            .filter(|w| !STOP_WORDS.contains(&w.as_str()))
            .cloned()
            .collect();
        let terms = if meaningful.is_empty() {
            all
        } else {
            meaningful
        };
        Query { whole, terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn terms(&self) -> &[String] {
        &self.terms
    }
}

/// A plural-insensitive variant of a term ("perfusionists" -> "perfusionist").
fn stem(term: &str) -> Option<&str> {
    if term.chars().count() > 3 {
        term.strip_suffix('s')
    } else {
        None
    }
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

struct Doc {
    title: String,
    aliases: Vec<String>,
    tags: Vec<String>,
    body: String,
    title_chars: usize,
}

/// The search index over a knowledge base's entries.
pub struct Index {
    docs: Vec<Doc>,
    ids: Vec<String>,
    matcher: SkimMatcherV2,
}

/// One search result: which entry and how well it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub entry: usize,
    pub score: i64,
}

impl Index {
    pub fn new(entries: &[Entry]) -> Index {
        let docs = entries
            .iter()
            .map(|e| Doc {
                title: fold(&e.title),
                aliases: e
                    .aliases
                    .iter()
                    .chain(&title_parts(&e.title))
                    .map(|a| fold(a))
                    .collect(),
                tags: e.tags.iter().map(|t| fold(t)).collect(),
                body: fold(&e.body),
                title_chars: e.title.chars().count(),
            })
            .collect();
        Index {
            docs,
            ids: entries.iter().map(|e| e.id.clone()).collect(),
            matcher: SkimMatcherV2::default().ignore_case(),
        }
    }

    /// Hits for `raw`, best first, at most `limit`. An empty query finds nothing.
    pub fn search(&self, raw: &str, limit: usize) -> Vec<Hit> {
        let query = Query::parse(raw);
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = self
            .docs
            .iter()
            .enumerate()
            .filter_map(|(i, doc)| self.score(doc, &query).map(|score| Hit { entry: i, score }))
            .collect();
        hits.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(
                    self.docs[a.entry]
                        .title_chars
                        .cmp(&self.docs[b.entry].title_chars),
                )
                .then(self.ids[a.entry].cmp(&self.ids[b.entry]))
                .then(a.entry.cmp(&b.entry))
        });
        hits.truncate(limit);
        hits
    }

    fn score(&self, doc: &Doc, query: &Query) -> Option<i64> {
        let mut total = 0;
        for term in &query.terms {
            total += self.term_score(doc, term)?;
        }
        if doc.title == query.whole || doc.aliases.contains(&query.whole) {
            total += EXACT_TITLE_BONUS;
        } else if doc.title.starts_with(&query.whole) {
            total += TITLE_PREFIX_BONUS;
        }
        Some(total)
    }

    /// The best weighted score of one term over every field, or None if it matches nowhere.
    fn term_score(&self, doc: &Doc, term: &str) -> Option<i64> {
        let fields = std::iter::once((doc.title.as_str(), TITLE_WEIGHT, true))
            .chain(doc.aliases.iter().map(|a| (a.as_str(), ALIAS_WEIGHT, true)))
            .chain(doc.tags.iter().map(|t| (t.as_str(), TAG_WEIGHT, true)))
            .chain(std::iter::once((doc.body.as_str(), BODY_WEIGHT, false)));
        fields
            .filter_map(|(text, weight, fuzzy_ok)| {
                let (tier, extra) = self.match_field(text, term, fuzzy_ok)?;
                Some(tier as i64 * weight * 10 + extra)
            })
            .max()
    }

    fn match_field(&self, text: &str, term: &str, fuzzy_ok: bool) -> Option<(Tier, i64)> {
        let stemmed = stem(term);
        let mut best: Option<Tier> = None;
        for w in words(text) {
            let tier = if w == term || Some(w) == stemmed || stem(w) == Some(term) {
                Tier::Word
            } else if w.starts_with(term) || stemmed.is_some_and(|s| w.starts_with(s)) {
                Tier::WordPrefix
            } else {
                continue;
            };
            if tier == Tier::Word {
                return Some((tier, 0));
            }
            best = best.max(Some(tier));
        }
        if let Some(tier) = best {
            return Some((tier, 0));
        }
        let long_enough = term.chars().count() >= 3;
        if long_enough && text.contains(term) {
            return Some((Tier::Substring, 0));
        }
        if fuzzy_ok && long_enough {
            let score = self.matcher.fuzzy_match(text, term)?;
            // A scattered subsequence is noise; require most characters to sit together.
            if score >= 16 * term.chars().count() as i64 {
                return Some((Tier::Fuzzy, (score / 16).min(9)));
            }
        }
        None
    }
}

/// Character indices in `text` that the query matched, sorted and unique.
pub fn highlight(text: &str, query: &Query) -> Vec<usize> {
    let folded: Vec<char> = text.chars().map(fold_char).collect();
    let mut marks = vec![false; folded.len()];
    for term in &query.terms {
        let needle: Vec<char> = term.chars().collect();
        let needle = match stem(term) {
            Some(s) if !contains_chars(&folded, &needle) => s.chars().collect(),
            _ => needle,
        };
        let mut found = false;
        if !needle.is_empty() && needle.len() <= folded.len() {
            for start in 0..=folded.len() - needle.len() {
                let at_word_start = start == 0 || !folded[start - 1].is_alphanumeric();
                if (at_word_start || needle.len() >= 3)
                    && folded[start..start + needle.len()] == needle[..]
                {
                    marks[start..start + needle.len()]
                        .iter_mut()
                        .for_each(|m| *m = true);
                    found = true;
                }
            }
        }
        if !found && needle.len() >= 3 {
            let folded_text: String = folded.iter().collect();
            if let Some((_, idx)) = SkimMatcherV2::default()
                .ignore_case()
                .fuzzy_indices(&folded_text, term)
            {
                let n = marks.len();
                idx.into_iter()
                    .filter(|&i| i < n)
                    .for_each(|i| marks[i] = true);
            }
        }
    }
    marks
        .iter()
        .enumerate()
        .filter(|(_, m)| **m)
        .map(|(i, _)| i)
        .collect()
}

fn contains_chars(hay: &[char], needle: &[char]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// A hit ready to show: kind, title and a snippet, with highlights as character indices.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HitView {
    pub kind: Kind,
    pub id: String,
    pub title: String,
    pub snippet: String,
    pub score: i64,
    pub pane: Pane,
    /// Which item of `pane` shows this entry.
    #[serde(skip)]
    pub item: usize,
    #[serde(skip)]
    pub title_marks: Vec<usize>,
    #[serde(skip)]
    pub snippet_marks: Vec<usize>,
}

/// Builds the view of a hit, with a snippet of about `width` characters around the first
/// place the query matched the body.
pub fn view(entries: &[Entry], hit: Hit, raw_query: &str, width: usize) -> HitView {
    let query = Query::parse(raw_query);
    let entry = &entries[hit.entry];
    let title_marks = highlight(&entry.title, &query);
    // When the title already shows the match, the snippet reads best from the start.
    let snippet = snippet(
        &entry.body,
        if title_marks.is_empty() {
            Some(&query)
        } else {
            None
        },
        width,
    );
    HitView {
        kind: entry.kind,
        id: entry.id.clone(),
        title: entry.title.clone(),
        title_marks,
        snippet_marks: highlight(&snippet, &query),
        snippet,
        score: hit.score,
        pane: entry.pane,
        item: entry.item,
    }
}

fn snippet(body: &str, query: Option<&Query>, width: usize) -> String {
    let chars: Vec<char> = body.chars().collect();
    // Leave room for the two ellipses.
    let width = width.max(10) - 2;
    if chars.len() <= width {
        return body.to_string();
    }
    let first = query
        .and_then(|q| highlight(body, q).first().copied())
        .unwrap_or(0);
    // Start a little before the match, at a word boundary, so it reads naturally.
    let mut start = first.saturating_sub(width / 4);
    while start > 0 && start < first && !chars[start - 1].is_whitespace() {
        start += 1;
    }
    let end = (start + width).min(chars.len());
    let start = start.min(end.saturating_sub(width));
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.extend(&chars[start..end]);
    if end < chars.len() {
        out.push('…');
    }
    out
}

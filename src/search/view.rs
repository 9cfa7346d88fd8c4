//! Turning hits into what people see: kind, title and a snippet, with the matched
//! characters as character indices (never byte offsets).

use rustc_hash::FxHashSet;
use serde::Serialize;

use super::index::Hit;
use super::text::{Query, fold_chars, stem};
use crate::kb::{Entry, Kind, Pane};

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
    /// The query's words this entry has, and those it lacks.
    pub matched: Vec<String>,
    pub missing: Vec<String>,
}

/// The best hits of a search, ready to show, with what the whole base lacked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    pub hits: Vec<HitView>,
    /// How many entries matched in all (`hits` holds the best of them).
    pub total: usize,
    /// Query words no entry has ("no match for: tuition").
    pub unmatched: Vec<String>,
}

/// What marks a word as a match for a query term: the words the index matched for it, or,
/// with no index at hand, the term itself and words with its stem. Either way a word is
/// marked whole (never scattered letters), and a word still being typed marks its prefixes.
pub struct Marker<'q> {
    query: &'q Query,
    terms: Vec<Vec<char>>,
    /// Per term, the indexed words it matched; None compares stems instead.
    words: Option<Vec<FxHashSet<String>>>,
    /// Per term, the first letters and the lengths a matching word can have: most words of
    /// a text fail this and are never hashed or stemmed.
    shapes: Vec<Shape>,
}

#[derive(Default)]
struct Shape {
    firsts: Vec<char>,
    shortest: usize,
    longest: usize,
}

impl Shape {
    fn of<'a>(words: impl Iterator<Item = &'a [char]>) -> Shape {
        let mut shape = Shape {
            shortest: usize::MAX,
            ..Shape::default()
        };
        for w in words {
            if let Some(&c) = w.first()
                && !shape.firsts.contains(&c)
            {
                shape.firsts.push(c);
            }
            shape.shortest = shape.shortest.min(w.len());
            shape.longest = shape.longest.max(w.len());
        }
        shape
    }

    fn admits(&self, word: &[char]) -> bool {
        (self.shortest..=self.longest).contains(&word.len())
            && word.first().is_some_and(|c| self.firsts.contains(c))
    }
}

impl<'q> Marker<'q> {
    /// Marks what the index matched for each term (`Results::words`).
    pub fn new(query: &'q Query, words: &[Vec<String>]) -> Marker<'q> {
        let mut m = Marker::standalone(query);
        m.shapes = words
            .iter()
            .map(|ws| {
                let chars: Vec<Vec<char>> = ws.iter().map(|w| w.chars().collect()).collect();
                Shape::of(chars.iter().map(Vec::as_slice))
            })
            .collect();
        m.words = Some(
            words
                .iter()
                .map(|ws| ws.iter().cloned().collect())
                .collect(),
        );
        m
    }

    /// Marks the terms and words sharing their stems, with no index.
    pub fn standalone(query: &'q Query) -> Marker<'q> {
        // A word with a term's stem starts with that stem's first letter and is no shorter
        // than the stem less one letter (Porter2's y -> i).
        let shapes = query
            .roots
            .iter()
            .map(|root| {
                let root: Vec<char> = root.chars().collect();
                Shape {
                    firsts: root.first().copied().into_iter().collect(),
                    shortest: root.len().saturating_sub(1),
                    longest: usize::MAX,
                }
            })
            .collect();
        Marker {
            query,
            terms: query.terms.iter().map(|t| t.chars().collect()).collect(),
            words: None,
            shapes,
        }
    }

    /// Which terms a folded word matches: bit i for term i.
    fn mask(&self, word: &[char], buf: &mut String) -> u64 {
        let mut mask = 0;
        let mut filled = false;
        for (i, term) in self.terms.iter().enumerate().take(64) {
            let hit = word == term.as_slice()
                || (self.query.typing(i) && word.starts_with(term))
                || (self.shapes.get(i).is_some_and(|s| s.admits(word)) && {
                    if !filled {
                        buf.clear();
                        buf.extend(word);
                        filled = true;
                    }
                    match &self.words {
                        Some(sets) => sets.get(i).is_some_and(|set| set.contains(buf.as_str())),
                        None => self.query.roots.get(i).is_some_and(|root| {
                            let lead = root.chars().count().saturating_sub(1);
                            word.iter()
                                .zip(root.chars())
                                .take(lead)
                                .all(|(a, b)| *a == b)
                                && stem(buf) == root.as_str()
                        }),
                    }
                });
            if hit {
                mask |= 1 << i;
            }
        }
        mask
    }

    /// Calls `each(start, end, mask)` for every word (run of letters and digits) of a
    /// folded text, with the terms it matches.
    fn scan(&self, folded: &[char], mut each: impl FnMut(usize, usize, u64)) {
        let mut buf = String::new();
        let mut i = 0;
        while i < folded.len() {
            if !folded[i].is_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while i < folded.len() && folded[i].is_alphanumeric() {
                i += 1;
            }
            each(start, i, self.mask(&folded[start..i], &mut buf));
        }
    }

    /// Character indices in `text` that the query matched, sorted and unique.
    pub fn marks(&self, text: &str) -> Vec<usize> {
        let folded = fold_chars(text);
        let mut out = Vec::new();
        self.scan(&folded, |s, e, mask| {
            if mask != 0 {
                out.extend(s..e);
            }
        });
        out
    }
}

/// Character indices in `text` that the query matched (the terms and words with their
/// stems), sorted and unique.
pub fn highlight(text: &str, query: &Query) -> Vec<usize> {
    Marker::standalone(query).marks(text)
}

/// How much of the body a hit shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Snippet {
    /// About this many characters from the best sentence on, cut with "…" (a row on screen).
    Window(usize),
    /// The best sentence whole, up to this many characters, cut only between words (read
    /// aloud, where half a word is noise).
    Sentence(usize),
}

/// Builds the view of a hit: its title and a snippet from the body (see `snippet`), with
/// the matched words marked.
pub fn view(entry: &Entry, hit: Hit, marker: &Marker, shape: Snippet) -> HitView {
    let title_marks = marker.marks(&entry.title);
    let snippet = snippet(&entry.body, marker, !title_marks.is_empty(), shape);
    let has = |i: usize| i < 64 && hit.matched & (1 << i) != 0;
    let mut matched = Vec::new();
    let mut missing = Vec::new();
    for (i, t) in marker.query.terms.iter().enumerate() {
        if has(i) { &mut matched } else { &mut missing }.push(t.clone());
    }
    HitView {
        kind: entry.kind,
        id: entry.id.clone(),
        title: entry.title.clone(),
        snippet_marks: marker.marks(&snippet),
        title_marks,
        snippet,
        score: hit.score,
        pane: entry.pane,
        item: entry.item,
        matched,
        missing,
    }
}

/// Part of `body` from the sentence that holds the most query words (the one likeliest to
/// hold the answer: the number, the name), shaped as `shape` says. A title that already
/// shows the one query word reads on from the body's start. Sentences start after ". ",
/// "? ", "! " or "; ".
fn snippet(body: &str, marker: &Marker, title_matched: bool, shape: Snippet) -> String {
    let width = match shape {
        // Leave room for the two ellipses.
        Snippet::Window(width) => width.max(10) - 2,
        Snippet::Sentence(max) => max.max(10),
    };
    let folded = fold_chars(body);
    if folded.len() <= width && matches!(shape, Snippet::Window(_)) {
        return body.to_string();
    }
    let ends_sentence = |i: usize| {
        i >= 1
            && folded[i].is_whitespace()
            && matches!(folded[i - 1], '.' | '?' | '!' | ';')
            && folded.get(i + 1).is_some_and(|c| !c.is_whitespace())
    };
    // The best sentence is the first with the most distinct query words.
    let (mut best, mut best_start) = (0, 0);
    let (mut start, mut mask) = (0, 0u64);
    let mut boundary = 0;
    let mut consider = |start: usize, mask: u64| {
        if mask.count_ones() > best {
            (best, best_start) = (mask.count_ones(), start);
        }
    };
    marker.scan(&folded, |ws, _, m| {
        // Close every sentence that ends before this word.
        while let Some(i) = (boundary..ws).find(|&i| ends_sentence(i)) {
            consider(start, mask);
            (start, mask) = (i + 1, 0);
            boundary = i + 1;
        }
        boundary = ws;
        mask |= m;
    });
    consider(start, mask);
    let start = if title_matched && best < 2 {
        0
    } else {
        best_start
    };
    if matches!(shape, Snippet::Sentence(_)) {
        return sentence(body, &folded, start, width, ends_sentence);
    }
    let end = (start + width).min(folded.len());
    let start = start.min(end.saturating_sub(width));
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.extend(body.chars().skip(start).take(end - start));
    if end < folded.len() {
        out.push('…');
    }
    out
}

/// The sentence of `body` that starts at character `start`, whole when it has at most `max`
/// characters, else cut after its last whole word that fits, with "…".
fn sentence(
    body: &str,
    folded: &[char],
    start: usize,
    max: usize,
    ends_sentence: impl Fn(usize) -> bool,
) -> String {
    let end = (start + 1..folded.len())
        .find(|&i| ends_sentence(i))
        .unwrap_or(folded.len());
    if end - start <= max {
        return body.chars().skip(start).take(end - start).collect();
    }
    let cut = (start + 1..=start + max)
        .rev()
        .find(|&i| folded[i].is_whitespace())
        .unwrap_or(start + max);
    let mut out: String = body.chars().skip(start).take(cut - start).collect();
    out.truncate(out.trim_end_matches([',', ';', ':', ' ']).len());
    out.push('…');
    out
}

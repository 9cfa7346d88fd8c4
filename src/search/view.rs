//! Turning hits into what people see: kind, title and a snippet, with the matched
//! characters as character indices (never byte offsets).

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use serde::Serialize;

use super::index::Hit;
use super::text::{Query, bounded_distance, fold_char, stem, typo_allowance};
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

/// Character indices in `text` that the query matched, sorted and unique: whole words
/// with the term's stem (or a prefix of the word still being typed) first, else a longer
/// substring, else words within typo distance. Scattered letters (fuzzy-matcher's indices)
/// only when no query word matched the text at all.
pub fn highlight(text: &str, query: &Query) -> Vec<usize> {
    marks(text, query, true)
}

/// As `highlight`, without the scattered-letter fallback.
pub fn highlight_words(text: &str, query: &Query) -> Vec<usize> {
    marks(text, query, false)
}

fn marks(text: &str, query: &Query, fuzzy: bool) -> Vec<usize> {
    let folded: Vec<char> = text.chars().map(fold_char).collect();
    let mut marks = vec![false; folded.len()];
    let mut missing: Vec<&str> = Vec::new();
    for (ti, (term, root)) in query.terms.iter().zip(&query.roots).enumerate() {
        let full: Vec<char> = term.chars().collect();
        let mut found = mark_words(&folded, &full, root, query.typing(ti), &mut marks);
        if !found && full.len() >= 4 {
            found = mark_substrings(&folded, &full, &mut marks);
        }
        if !found {
            found = mark_typo_words(&folded, &full, &mut marks);
        }
        if !found {
            missing.push(term);
        }
    }
    if fuzzy && !marks.contains(&true) {
        let folded_text: String = folded.iter().collect();
        let matcher = SkimMatcherV2::default().ignore_case();
        for term in missing.into_iter().filter(|t| t.chars().count() >= 3) {
            if let Some((_, idx)) = matcher.fuzzy_indices(&folded_text, term) {
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

/// The spans of the words (runs of letters and digits) in `hay`.
fn word_spans(hay: &[char]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < hay.len() {
        if !hay[i].is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < hay.len() && hay[i].is_alphanumeric() {
            i += 1;
        }
        spans.push((start, i));
    }
    spans
}

/// Marks whole words equal to `term` or sharing its stem `root` (or, while it is typed,
/// starting with it).
fn mark_words(hay: &[char], term: &[char], root: &str, typing: bool, marks: &mut [bool]) -> bool {
    // A word with this stem starts with all of it but (Porter2's y -> i) its last letter:
    // checking that first keeps the stemmer off almost every word of the text.
    let lead: Vec<char> = root.chars().collect();
    let lead = &lead[..lead.len().saturating_sub(1)];
    let mut found = false;
    for (start, end) in word_spans(hay) {
        let word = &hay[start..end];
        if word == term
            || (typing && word.starts_with(term))
            || (word.starts_with(lead) && stem(&word.iter().collect::<String>()) == root)
        {
            marks[start..end].iter_mut().for_each(|m| *m = true);
            found = true;
        }
    }
    found
}

/// How many of the query's words `text` has as whole words (or stems).
fn terms_in(text: &[char], terms: &[(Vec<char>, &str)]) -> usize {
    let mut scratch = vec![false; text.len()];
    terms
        .iter()
        .filter(|(t, root)| mark_words(text, t, root, false, &mut scratch))
        .count()
}

fn mark_substrings(hay: &[char], needle: &[char], marks: &mut [bool]) -> bool {
    if needle.is_empty() || needle.len() > hay.len() {
        return false;
    }
    let mut found = false;
    for start in 0..=hay.len() - needle.len() {
        if hay[start..start + needle.len()] == *needle {
            marks[start..start + needle.len()]
                .iter_mut()
                .for_each(|m| *m = true);
            found = true;
        }
    }
    found
}

fn mark_typo_words(hay: &[char], term: &[char], marks: &mut [bool]) -> bool {
    let k = typo_allowance(term.len());
    if k == 0 {
        return false;
    }
    let mut found = false;
    for (start, end) in word_spans(hay) {
        if bounded_distance(term, &hay[start..end], k).is_some() {
            marks[start..end].iter_mut().for_each(|m| *m = true);
            found = true;
        }
    }
    found
}

/// Builds the view of a hit: its title and a snippet of about `width` characters from the
/// body (see `snippet`), with the matched characters marked.
pub fn view(entry: &Entry, hit: Hit, query: &Query, width: usize) -> HitView {
    let title_marks = highlight_words(&entry.title, query);
    // When the title already shows the match and the body adds no query word, the
    // snippet reads best from the start.
    let snippet = snippet(&entry.body, query, !title_marks.is_empty(), width);
    let has = |i: usize| i < 64 && hit.matched & (1 << i) != 0;
    let mut matched = Vec::new();
    let mut missing = Vec::new();
    for (i, t) in query.terms.iter().enumerate() {
        if has(i) { &mut matched } else { &mut missing }.push(t.clone());
    }
    let mut view = HitView {
        matched,
        missing,
        kind: entry.kind,
        id: entry.id.clone(),
        title: entry.title.clone(),
        snippet_marks: highlight_words(&snippet, query),
        title_marks,
        snippet,
        score: hit.score,
        pane: entry.pane,
        item: entry.item,
    };
    // Scattered letters only for an entry no query word matched anywhere on screen.
    if view.title_marks.is_empty() && view.snippet_marks.is_empty() {
        view.title_marks = highlight(&view.title, query);
        view.snippet_marks = highlight(&view.snippet, query);
    }
    view
}

/// About `width` characters of `body`, from the sentence that holds the most query words
/// (the one likeliest to hold the answer: the number, the name).
fn snippet(body: &str, q: &Query, title_matched: bool, width: usize) -> String {
    let chars: Vec<char> = body.chars().collect();
    // Leave room for the two ellipses.
    let width = width.max(10) - 2;
    if chars.len() <= width {
        return body.to_string();
    }
    let start = {
        let folded: Vec<char> = chars.iter().map(|&c| fold_char(c)).collect();
        let sentences = sentence_starts(&chars);
        let terms: Vec<(Vec<char>, &str)> = q
            .terms
            .iter()
            .zip(&q.roots)
            .map(|(t, r)| (t.chars().collect(), r.as_str()))
            .collect();
        let mut best = (0, 0);
        for (i, &s) in sentences.iter().enumerate() {
            let e = sentences.get(i + 1).copied().unwrap_or(chars.len());
            let n = terms_in(&folded[s..e], &terms);
            if n > best.0 {
                best = (n, s);
            }
        }
        // A title that already shows the one query word reads on from the body's start.
        if title_matched && best.0 < 2 {
            0
        } else if best.0 == 0 {
            // No whole word matched: centre on the first looser match.
            let first = highlight(body, q).first().copied().unwrap_or(0);
            let mut start = first.saturating_sub(width / 4);
            while start > 0 && start < first && !chars[start - 1].is_whitespace() {
                start += 1;
            }
            start
        } else {
            best.1
        }
    };
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

/// Where each sentence of `text` starts (after ". ", "? ", "! " or "; ").
fn sentence_starts(text: &[char]) -> Vec<usize> {
    let mut starts = vec![0];
    for i in 1..text.len() {
        if text[i - 1].is_whitespace()
            && i >= 2
            && matches!(text[i - 2], '.' | '?' | '!' | ';')
            && !text[i].is_whitespace()
        {
            starts.push(i);
        }
    }
    starts
}

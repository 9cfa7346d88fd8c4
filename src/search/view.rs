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
}

/// Character indices in `text` that the query matched, sorted and unique: substrings of a
/// term first, else whole words within typo distance, else fuzzy-matcher's indices.
pub fn highlight(text: &str, query: &Query) -> Vec<usize> {
    let folded: Vec<char> = text.chars().map(fold_char).collect();
    let mut marks = vec![false; folded.len()];
    for term in &query.terms {
        let full: Vec<char> = term.chars().collect();
        let short: Option<Vec<char>> = stem(term).map(|s| s.chars().collect());
        let mut found = mark_substrings(&folded, &full, &mut marks);
        if !found && let Some(s) = &short {
            found = mark_substrings(&folded, s, &mut marks);
        }
        if !found {
            found = mark_typo_words(&folded, &full, &mut marks);
        }
        if !found && full.len() >= 3 {
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

fn mark_substrings(hay: &[char], needle: &[char], marks: &mut [bool]) -> bool {
    if needle.is_empty() || needle.len() > hay.len() {
        return false;
    }
    let mut found = false;
    for start in 0..=hay.len() - needle.len() {
        let at_word_start = start == 0 || !hay[start - 1].is_alphanumeric();
        if (at_word_start || needle.len() >= 3) && hay[start..start + needle.len()] == *needle {
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
        if bounded_distance(term, &hay[start..i], k).is_some() {
            marks[start..i].iter_mut().for_each(|m| *m = true);
            found = true;
        }
    }
    found
}

/// Builds the view of a hit, with a snippet of about `width` characters around the first
/// place the query matched the body.
pub fn view(entry: &Entry, hit: Hit, query: &Query, width: usize) -> HitView {
    let title_marks = highlight(&entry.title, query);
    // When the title already shows the match, the snippet reads best from the start.
    let snippet = snippet(
        &entry.body,
        if title_marks.is_empty() {
            Some(query)
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
        snippet_marks: highlight(&snippet, query),
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

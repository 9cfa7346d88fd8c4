//! Query text handling shared by indexing and highlighting: case and accent folding, word
//! splitting, stop words, plurals and typo allowances.

use unicode_normalization::char::decompose_canonical;

/// Words that carry no meaning in a student's question ("how much do ... make").
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "how", "what", "which", "who", "whom", "why", "when", "where", "do", "does",
    "did", "is", "are", "was", "were", "be", "i", "me", "my", "you", "your", "to", "of", "in",
    "on", "for", "with", "can", "could", "should", "would", "will", "it", "its", "this", "that",
    "there", "and", "or", "much", "many", "about", "have", "has", "vs", "versus", "than", "get",
    "if", "at", "as", "by", "any", "some", "need", "tell", "no", "not",
];

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
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(fold_char).collect()
}

pub fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A folded string with runs of non-word characters turned into single spaces, for
/// comparing whole titles with whole queries.
pub fn normalize(s: &str) -> String {
    words(&fold(s)).collect::<Vec<_>>().join(" ")
}

/// A plural-insensitive variant of a term ("perfusionists" -> "perfusionist").
pub fn stem(term: &str) -> Option<&str> {
    if term.chars().count() > 3 && !term.ends_with("ss") {
        term.strip_suffix('s')
    } else {
        None
    }
}

/// How many edits a word of this many characters may be off by and still count as a typo.
pub fn typo_allowance(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// A parsed query: the normalized whole, the words that carry meaning, and the stop words
/// left out of them (which still nudge up titles phrased the same way).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub whole: String,
    pub terms: Vec<String>,
    pub minor: Vec<String>,
}

impl Query {
    pub fn parse(raw: &str) -> Query {
        let whole = normalize(raw);
        let all: Vec<String> = words(&whole).map(str::to_string).collect();
        let meaningful: Vec<String> = all
            .iter()
            .filter(|w| !STOP_WORDS.contains(&w.as_str()))
            .cloned()
            .collect();
        let minor: Vec<String> = if meaningful.is_empty() {
            Vec::new()
        } else {
            all.iter()
                .filter(|w| STOP_WORDS.contains(&w.as_str()))
                .cloned()
                .collect()
        };
        let mut terms = if meaningful.is_empty() {
            all
        } else {
            meaningful
        };
        terms.dedup();
        Query {
            whole,
            terms,
            minor,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Optimal-string-alignment distance between two char slices, or None once it must exceed
/// `max` (so long mismatches are rejected after a row or two).
pub fn bounded_distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut prev2: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        prev2 = std::mem::replace(&mut prev, cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn distance_counts_substitutions_deletions_and_transpositions() {
        assert_eq!(
            bounded_distance(&chars("perfusionist"), &chars("perfusinist"), 2),
            Some(1)
        );
        assert_eq!(
            bounded_distance(&chars("pharmacist"), &chars("pharamcist"), 2),
            Some(1)
        );
        assert_eq!(
            bounded_distance(&chars("salary"), &chars("salery"), 1),
            Some(1)
        );
        assert_eq!(bounded_distance(&chars("ecmo"), &chars("iabp"), 1), None);
        assert_eq!(bounded_distance(&chars("abc"), &chars("abcdef"), 2), None);
    }

    #[test]
    fn questions_keep_only_meaningful_words() {
        let q = Query::parse("How much do perfusionists MAKE?");
        assert_eq!(q.terms, ["perfusionists", "make"]);
        assert_eq!(q.whole, "how much do perfusionists make");
        assert_eq!(Query::parse("how").terms, ["how"]);
        assert_eq!(Query::parse("Café").terms, ["cafe"]);
    }
}

//! Query text handling shared by indexing and highlighting: case and accent folding, word
//! splitting, stop words, stems and typo allowances.

use std::borrow::Cow;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::char::decompose_canonical;

/// Words that carry no meaning in a student's question ("how much do ... make"): question
/// words, pronouns, filler. They never decide a ranking.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "how", "what", "whats", "which", "who", "whom", "why", "when", "where", "do",
    "does", "did", "doing", "done", "is", "are", "was", "were", "be", "been", "being", "am", "i",
    "im", "ive", "me", "my", "mine", "you", "your", "youre", "we", "us", "our", "they", "them",
    "their", "he", "she", "his", "her", "to", "of", "in", "on", "for", "with", "from", "into",
    "onto", "can", "could", "should", "would", "will", "shall", "may", "might", "must", "it",
    "its", "this", "that", "these", "those", "there", "here", "and", "or", "but", "so", "much",
    "many", "about", "have", "has", "had", "vs", "versus", "than", "then", "get", "getting", "got",
    "if", "at", "as", "by", "any", "some", "need", "needed", "tell", "no", "not", "just", "really",
    "actually", "also", "still", "ever", "even", "very", "like", "thing", "things", "stuff",
    "anyone", "someone", "something", "guys", "hi", "hey", "please", "thanks", "up", "out", "all",
    "more", "most", "other", "only", "own", "same", "too", "yet", "again", "ok", "okay", "dont",
    "doesnt", "isnt", "arent", "cant", "wont", "u", "ur", "pls", "lot", "lots", "kind", "sort",
    "know", "want", "wanna", "gonna", "after", "before", "during", "while", "between", "per",
    "each", "every",
];

/// Whether `word` (folded) is a stop word, by hash: body text is checked word by word.
pub fn is_stop(word: &str) -> bool {
    static SET: LazyLock<rustc_hash::FxHashSet<&str>> =
        LazyLock::new(|| STOP_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// Words that turn a question into "what does X mean"; with them the glossary answers.
const DEFINE_WORDS: &[&str] = &[
    "define",
    "definition",
    "definitions",
    "meaning",
    "mean",
    "means",
    "abbreviation",
    "acronym",
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

/// `fold_char` over a whole text, as chars (an ASCII text takes a byte-wise fast path).
pub fn fold_chars(s: &str) -> Vec<char> {
    if s.is_ascii() {
        s.bytes()
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect()
    } else {
        s.chars().map(fold_char).collect()
    }
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

/// The Snowball (Porter2) English stem of a folded word, so "passes", "passing" and
/// "passed" meet at "pass". Short words and words with digits are kept as they are: an
/// acronym ("ccp", "gre", "pbse") has no suffix to strip.
pub fn stem(word: &str) -> Cow<'_, str> {
    static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));
    if word.chars().count() <= 3 || word.chars().any(|c| c.is_ascii_digit()) {
        return Cow::Borrowed(word);
    }
    STEMMER.stem(word)
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
    /// "what is X", "define X", "what does X stand for": the normalized X, for the glossary.
    pub defines: Option<String>,
    /// The last word may still be being typed (no space or punctuation after it).
    pub partial_last: bool,
    /// Each term's stem, computed once for the index and every highlight.
    pub roots: Vec<String>,
    /// It reads like a question ("how long is school", "what is ecmo", "gpa?"), not a bare
    /// word: a direct answer is worth showing.
    pub asks: bool,
}

impl Query {
    pub fn parse(raw: &str) -> Query {
        let whole = normalize(raw);
        let all: Vec<String> = words(&whole).map(str::to_string).collect();
        // "stand(s) for" defines; "stand out" does not.
        let stands_for = |i: usize| {
            matches!(all[i].as_str(), "stand" | "stands")
                && all.get(i + 1).is_some_and(|n| n == "for")
        };
        let is_define = |i: usize| DEFINE_WORDS.contains(&all[i].as_str()) || stands_for(i);
        let asks_what = all.first().is_some_and(|w| w == "what" || w == "whats") && all.len() <= 4;
        let defining = (0..all.len()).any(is_define) || asks_what;
        let meaningful: Vec<String> = (0..all.len())
            .filter(|&i| !(is_stop(&all[i]) || defining && is_define(i)))
            .map(|i| all[i].clone())
            .collect();
        let minor: Vec<String> = if meaningful.is_empty() {
            Vec::new()
        } else {
            all.iter().filter(|w| is_stop(w)).cloned().collect()
        };
        let mut terms = if meaningful.is_empty() {
            all
        } else {
            meaningful
        };
        let mut seen = std::collections::HashSet::new();
        terms.retain(|t| seen.insert(t.clone()));
        let defines = (defining && !terms.is_empty()).then(|| terms.join(" "));
        let partial_last = raw.chars().last().is_some_and(char::is_alphanumeric);
        let roots = terms.iter().map(|t| stem(t).into_owned()).collect();
        let asks = defines.is_some() || !minor.is_empty() || raw.trim_end().ends_with('?');
        Query {
            whole,
            terms,
            minor,
            defines,
            partial_last,
            roots,
            asks,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether term `i` is the last one and may still be being typed.
    pub fn typing(&self, i: usize) -> bool {
        self.partial_last && i + 1 == self.terms.len()
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
    fn stems_meet_at_one_root_and_acronyms_stay_whole() {
        assert_eq!(stem("passes"), "pass");
        assert_eq!(stem("passing"), stem("pass"));
        assert_eq!(stem("perfusionists"), stem("perfusionist"));
        assert_eq!(stem("stressful"), stem("stress"));
        assert_eq!(stem("gre"), "gre");
        assert_eq!(stem("pbse"), "pbse");
        // Unrelated words keep different stems.
        assert_ne!(stem("degree"), stem("gre"));
        assert_ne!(stem("standards"), stem("stand"));
        assert_ne!(stem("school"), stem("scholarship"));
    }

    #[test]
    fn questions_keep_only_meaningful_words() {
        let q = Query::parse("How much do perfusionists MAKE?");
        assert_eq!(q.terms, ["perfusionists", "make"]);
        assert_eq!(q.whole, "how much do perfusionists make");
        assert_eq!(Query::parse("how").terms, ["how"]);
        assert_eq!(Query::parse("what does ccp stand for").terms, ["ccp"]);
        assert_eq!(
            Query::parse("what does ccp stand for").defines.as_deref(),
            Some("ccp")
        );
        assert_eq!(
            Query::parse("define oxygenator").defines.as_deref(),
            Some("oxygenator")
        );
        assert_eq!(
            Query::parse("what is ecmo").defines.as_deref(),
            Some("ecmo")
        );
        assert_eq!(Query::parse("what gpa do you need to get in").defines, None);
        assert_eq!(Query::parse("make my application stand out").defines, None);
        assert_eq!(Query::parse("how much does school cost").defines, None);
        assert_eq!(Query::parse("Café").terms, ["cafe"]);
    }
}

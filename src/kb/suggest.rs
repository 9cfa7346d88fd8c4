//! "Did you mean": the known name nearest a mistyped one, for the checker, `show` and plain
//! mode, with work bounded whatever the input (a 10,000-character id, 100,000 names).

/// A name longer than this gets no suggestion: nobody mistypes an id that long, and edit
/// distance costs the product of the two lengths.
const MAX_NAME: usize = 64;

/// How many edits from `known` (of `len` characters) still reads as a slip of it.
fn allowed(len: usize) -> usize {
    2.max(len / 4)
}

/// Letters counted in 32 buckets. One edit changes the counts by at most 2 in all (a
/// substitution moves one letter, an insertion or deletion adds or drops one), and sharing
/// buckets can only lower the difference, so names whose counts differ by more than twice
/// the edits allowed can be skipped unmeasured.
fn counts(s: &str) -> [u16; 32] {
    let mut out = [0u16; 32];
    for c in s.chars() {
        let b = &mut out[(u32::from(c) & 31) as usize];
        *b = b.saturating_add(1);
    }
    out
}

fn count_gap(a: &[u16; 32], b: &[u16; 32]) -> usize {
    a.iter()
        .zip(b)
        .map(|(x, y)| usize::from(x.abs_diff(*y)))
        .sum()
}

/// The known name within a few edits of `name` (letter case aside), the nearest first.
/// Only names of about the same length and letters are measured, so most never are.
pub fn did_you_mean<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = name.to_lowercase();
    let n = lower.chars().count();
    if n == 0 || n > MAX_NAME {
        return None;
    }
    let mine = counts(&lower);
    known
        .into_iter()
        .filter_map(|k| {
            let len = k.chars().count();
            // Distance is at least the difference in length: skip what cannot be close.
            if len > MAX_NAME * 2 || len.abs_diff(n) > allowed(len) {
                return None;
            }
            if count_gap(&mine, &counts(k)) > 2 * allowed(len) {
                return None;
            }
            let d = strsim::osa_distance(&lower, k);
            (d <= allowed(len) && d < len).then_some((d, k))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn near_names_are_suggested_and_far_or_huge_ones_never() {
        assert_eq!(did_you_mean("titel", ["title", "text"]), Some("title"));
        assert_eq!(did_you_mean("Sources", ["sources"]), Some("sources"));
        assert_eq!(did_you_mean("colour", ["title", "sources"]), None);
        assert_eq!(
            did_you_mean("faq-gpaa", ["faq-gpa", "faq-tuition"]),
            Some("faq-gpa")
        );
        let huge = "zq".repeat(5000);
        assert_eq!(
            did_you_mean(&huge, [huge.as_str()]),
            None,
            "too long to compare"
        );
    }

    #[test]
    fn the_letter_count_filter_never_drops_a_real_slip() {
        // Every kind of edit, up to the allowance, still finds the name.
        let name = "faq-perfusionist-pay";
        for slip in [
            "faq-perfusionist-pya",  // transposition
            "faq-perfusoinist-pay",  // transposition
            "faq-perfusionist-pax",  // substitution
            "faq-perfusionst-pay",   // deletion
            "faq-perfusionisst-pay", // insertion
            "fq-perfusionist-pqy",   // two edits
        ] {
            assert_eq!(
                did_you_mean(slip, [name, "faq-tuition"]),
                Some(name),
                "{slip}"
            );
        }
    }

    #[test]
    fn a_hundred_thousand_names_are_searched_in_a_blink() {
        // Bounded by the length filter: 100,000 ids of other lengths are never measured.
        let known: Vec<String> = (0..100_000).map(|i| format!("entry-number-{i}")).collect();
        let hit = did_you_mean("entry-number-4242x", known.iter().map(String::as_str));
        assert_eq!(hit, Some("entry-number-4242"));
    }
}

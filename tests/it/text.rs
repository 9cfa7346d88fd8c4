//! Text helpers the screen checks share.

/// Text with no whitespace at all: wrapping may break a line at any space (a long address
/// mid-word), and the checks are about what is shown, not where lines break.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect()
}

//! Turning match positions (character indices, never bytes) into styled spans.

use ratatui::style::Style;
use ratatui::text::Span;

/// Splits `text` into spans, styling the characters whose index is in `marks`.
pub fn spans(text: &str, marks: &[usize], base: Style, matched: Style) -> Vec<Span<'static>> {
    let mut out: Vec<Span<'static>> = Vec::new();
    let mut current = String::new();
    let mut current_on = false;
    let mut next_mark = marks.iter().peekable();
    for (i, c) in text.chars().enumerate() {
        while next_mark.peek().is_some_and(|&&m| m < i) {
            next_mark.next();
        }
        let on = next_mark.peek().is_some_and(|&&m| m == i);
        if on != current_on && !current.is_empty() {
            out.push(Span::styled(
                std::mem::take(&mut current),
                if current_on { matched } else { base },
            ));
        }
        current_on = on;
        current.push(c);
    }
    if !current.is_empty() {
        out.push(Span::styled(
            current,
            if current_on { matched } else { base },
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    #[test]
    fn marks_are_character_indices_on_non_ascii_text() {
        let m = Style::new().add_modifier(Modifier::BOLD);
        let out = spans("éa灌🫀b", &[1, 3], Style::new(), m);
        let parts: Vec<(&str, bool)> = out
            .iter()
            .map(|s| (s.content.as_ref(), s.style == m))
            .collect();
        assert_eq!(
            parts,
            [
                ("é", false),
                ("a", true),
                ("灌", false),
                ("🫀", true),
                ("b", false)
            ]
        );
    }

    #[test]
    fn out_of_range_marks_are_ignored() {
        let out = spans(
            "ab",
            &[5],
            Style::new(),
            Style::new().add_modifier(Modifier::BOLD),
        );
        assert_eq!(out.len(), 1);
    }
}

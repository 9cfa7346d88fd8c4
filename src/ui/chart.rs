//! The pay chart: every pay figure as a bar (a disputed one flagged, with no bar), with its
//! label, year, source and any dispute;
//! used in the Compare pane and on the pay slide.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::facts::marker_style;
use super::theme::Theme;
use super::wrap::ellipsize;
use super::wrap::fit;
use crate::kb::items::marker;
use crate::kb::pay::amount;
use crate::kb::{KnowledgeBase, PayFigure, Per, Role};

/// The shortest bar row worth drawing; labels are cut before bars shrink below it.
const MIN_BAR: usize = 16;

/// A figure's year, flagged when it is more than five years older than the base's
/// "checked" date ("2015; >5 yrs old"), so an old number never passes for a current one.
fn year_label(kb: &KnowledgeBase, year: &str) -> String {
    let checked = kb.checked.get(..4).and_then(|y| y.parse::<u32>().ok());
    match (year.parse::<u32>().ok(), checked) {
        (Some(y), Some(now)) if now > y + 5 => format!("{year}; >5 yrs old"),
        _ => year.to_string(),
    }
}

/// Chart lines for `roles` at `width`: a heading per role, then one line per figure: its
/// label, a bar, then the amount, year and source marker, which are never cut. Bars share
/// one scale, so only yearly figures get one; hourly ones are listed with "(hourly)".
pub fn lines(kb: &KnowledgeBase, roles: &[&Role], width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let figures: Vec<&PayFigure> = roles.iter().flat_map(|r| &r.pay).collect();
    if figures.is_empty() {
        return Vec::new();
    }
    let max = figures
        .iter()
        .filter(|p| p.per == Per::Year)
        .map(|p| p.high.unwrap_or(p.low))
        .fold(0.0_f64, f64::max);
    let width = usize::from(width);
    let when = |p: &PayFigure| year_label(kb, &p.year);
    let tail = |p: &PayFigure| format!(" {} ({}) {}", amount(p), when(p), marker(kb, &p.sources));
    let tail_width = figures.iter().map(|p| tail(p).width()).max().unwrap_or(0);
    // Bars must stay long enough to compare ($119,628 and $134,629 differ by two cells in
    // twenty): on a narrow screen the labels give way first, down to the nine columns that
    // still show "DISPUTED" whole.
    let room = width.saturating_sub(tail_width + 1);
    let label_width = (width * 7 / 20)
        .clamp(9, 40)
        .min(room.saturating_sub(MIN_BAR))
        .max(9);
    let bar_width = room.saturating_sub(label_width).max(3);
    let scale = |v: f64| {
        let share = if max > 0.0 {
            (v / max).clamp(0.0, 1.0)
        } else {
            0.0
        };
        // A share of at most bar_width cells, so the cast cannot overflow.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let cells =
            (share * f64::from(u16::try_from(bar_width).unwrap_or(u16::MAX))).round() as usize;
        cells
    };
    let mut out = Vec::new();
    for role in roles.iter().filter(|r| !r.pay.is_empty()) {
        out.push(Line::styled(role.title.clone(), theme.kind));
        for p in &role.pay {
            let disputed = p.dispute.is_some();
            let mut spans: Vec<Span<'static>> = Vec::new();
            let label = if disputed {
                format!("DISPUTED {}", p.label)
            } else {
                p.label.clone()
            };
            let label = ellipsize(&label, label_width);
            let label_style = if disputed { theme.disputed } else { theme.base };
            spans.extend(fit(
                &Line::from(Span::styled(label, label_style)),
                label_width,
            ));
            spans.push(Span::raw(" "));
            // Solid up to the figure (or the low end of a range), lighter across a range. A
            // disputed figure gets no bar at all: a bar would set it beside the real ones.
            if disputed {
                spans.push(Span::styled(
                    ellipsize("(no bar)", bar_width),
                    theme.disputed,
                ));
            } else if p.per == Per::Hour {
                spans.push(Span::styled(ellipsize("(hourly)", bar_width), theme.base));
            } else {
                let low = scale(p.low).max(1);
                let high = p.high.map_or(low, |h| scale(h).max(low));
                spans.push(Span::styled("█".repeat(low), theme.heading));
                spans.push(Span::styled("▒".repeat(high - low), theme.heading));
            }
            spans.push(Span::styled(
                format!(" {} ({}) ", amount(p), when(p)),
                theme.base,
            ));
            spans.push(Span::styled(
                marker(kb, &p.sources),
                marker_style(kb, &p.sources, theme),
            ));
            out.push(Line::from(spans));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::year_label;
    use crate::kb::load;

    #[test]
    fn figures_over_five_years_older_than_the_base_say_so() {
        let mut kb = load::embedded().expect("loads").kb;
        kb.checked = "2026-12".into();
        assert_eq!(year_label(&kb, "2015"), "2015; >5 yrs old");
        assert_eq!(year_label(&kb, "2021"), "2021");
        assert_eq!(year_label(&kb, "undated"), "undated");
        kb.checked.clear();
        assert_eq!(year_label(&kb, "2015"), "2015");
    }
}

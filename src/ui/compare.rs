//! The Compare pane: the roles side by side, one row per dimension, then pay figures.

use ratatui::text::{Line, Span};

use super::facts;
use super::theme::Theme;
use super::wrap::{fit, wrap};
use crate::kb::pay::pay_fact;
use crate::kb::{Fact, KnowledgeBase, Role};
use crate::view::layout;

/// Below this width the columns are stacked instead of side by side.
pub const SIDE_BY_SIDE_FROM: u16 = 70;
const LABEL_WIDTH: u16 = 14;
const SEP: &str = " │ ";
/// The narrowest column the side-by-side table uses (issue 15, B5).
const MIN_COLUMN: u16 = 16;
/// What a comparison row says for a role the data has nothing on.
const NO_DATA: &str = "No data for this role here; see its profile (3 Roles).";

/// The cell contents of item `item` for each role column, and the row label.
fn row(kb: &KnowledgeBase, item: usize) -> Option<(String, Vec<Vec<Fact>>)> {
    let roles: Vec<&Role> = kb.compared_roles().collect();
    if item == 0 {
        return Some((
            "Roles".into(),
            roles.iter().map(|r| vec![r.summary.clone()]).collect(),
        ));
    }
    if let Some(d) = kb.comparison.dimensions.get(item - 1) {
        let cells = roles
            .iter()
            .map(|r| {
                d.cells
                    .iter()
                    .filter(|c| c.role == r.id)
                    .flat_map(|c| c.facts.clone())
                    .collect()
            })
            .collect();
        return Some((d.label.clone(), cells));
    }
    None
}

pub fn item(kb: &KnowledgeBase, item: usize, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    if item == 1 + kb.comparison.dimensions.len() {
        return pay_item(kb, width, theme);
    }
    let Some((label, cells)) = row(kb, item) else {
        return Vec::new();
    };
    let roles: Vec<&Role> = kb.compared_roles().collect();
    let n = layout::cells(roles.len());
    let sep_w = layout::cells(SEP.chars().count());
    let col = width
        .saturating_sub(LABEL_WIDTH.saturating_add(n.saturating_mul(sep_w)))
        .checked_div(n)
        .unwrap_or(0);
    // Narrower columns break words mid-word ("Cardiovascul|ar"); a list reads better.
    if width < SIDE_BY_SIDE_FROM || n == 0 || col < MIN_COLUMN {
        return stacked(kb, &label, &roles, &cells, width, theme);
    }
    let label_lines = wrap(
        &[(&label, theme.heading)],
        LABEL_WIDTH,
        ("", theme.base),
        ("", theme.base),
    );
    let columns: Vec<Vec<Line<'static>>> = roles
        .iter()
        .zip(&cells)
        .map(|(role, facts_)| {
            let mut lines = Vec::new();
            if item == 0 {
                lines.extend(wrap(
                    &[(&role.title, theme.heading)],
                    col,
                    ("", theme.base),
                    ("", theme.base),
                ));
            }
            for f in facts_ {
                lines.extend(facts::lines(kb, f, col, theme, "• "));
            }
            // A row the data lacks for a role says so, instead of an empty column.
            if facts_.is_empty() && item != 0 {
                lines.extend(wrap(
                    &[(NO_DATA, theme.note)],
                    col,
                    ("", theme.note),
                    ("", theme.note),
                ));
            }
            lines
        })
        .collect();
    let height = columns
        .iter()
        .map(Vec::len)
        .chain([label_lines.len()])
        .max()
        .unwrap_or(0);
    let empty = Line::default();
    let mut out = Vec::with_capacity(height + 1);
    for i in 0..height {
        let mut spans: Vec<Span<'static>> = fit(
            label_lines.get(i).unwrap_or(&empty),
            usize::from(LABEL_WIDTH),
        );
        for c in &columns {
            spans.push(Span::styled(SEP, theme.border));
            spans.extend(fit(c.get(i).unwrap_or(&empty), usize::from(col)));
        }
        out.push(Line::from(spans));
    }
    let mut rule = "─".repeat(usize::from(LABEL_WIDTH));
    for _ in 0..n {
        rule.push_str("─┼─");
        rule.push_str(&"─".repeat(usize::from(col)));
    }
    // The columns leave what does not divide evenly at the right: the rule runs on to
    // the border all the same.
    let drawn = usize::from(LABEL_WIDTH) + usize::from(n) * (3 + usize::from(col));
    rule.push_str(&"─".repeat(usize::from(width).saturating_sub(drawn)));
    out.push(Line::styled(rule, theme.border));
    out
}

fn stacked(
    kb: &KnowledgeBase,
    label: &str,
    roles: &[&Role],
    cells: &[Vec<Fact>],
    width: u16,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut out = wrap(
        &[(label, theme.heading)],
        width,
        ("", theme.base),
        ("", theme.base),
    );
    for (role, facts_) in roles.iter().zip(cells) {
        out.extend(wrap(
            &[(&role.title, theme.kind)],
            width,
            ("▸ ", theme.kind),
            ("  ", theme.base),
        ));
        for f in facts_ {
            out.extend(facts::lines(kb, f, width, theme, "  • "));
        }
        if facts_.is_empty() {
            out.extend(wrap(
                &[(NO_DATA, theme.note)],
                width,
                ("  ", theme.note),
                ("  ", theme.note),
            ));
        }
    }
    out.push(Line::default());
    out
}

fn pay_item(kb: &KnowledgeBase, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let mut out = wrap(
        &[(
            "Pay figures (US$ a year), each with its source and year",
            theme.heading,
        )],
        width,
        ("", theme.base),
        ("", theme.base),
    );
    // The compared roles' figures only; every role's own are on its profile.
    let roles: Vec<&Role> = kb.compared_roles().collect();
    out.extend(super::chart::lines(kb, &roles, width, theme));
    out.push(Line::default());
    for role in roles.iter().filter(|r| !r.pay.is_empty()) {
        out.extend(wrap(
            &[(&role.title, theme.kind)],
            width,
            ("▸ ", theme.kind),
            ("  ", theme.base),
        ));
        for p in &role.pay {
            out.extend(facts::lines(kb, &pay_fact(p), width, theme, "  • "));
        }
    }
    out
}

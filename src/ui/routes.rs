//! The Routes pane: a route as a timeline, each step with how long it takes and its sourced
//! facts, and the total time the steps add up to.

use ratatui::text::Line;

use super::facts::{self, Fit};
use super::wrap::wrap;
use crate::kb::KnowledgeBase;
use crate::kb::entries::route_title;

pub fn item(kb: &KnowledgeBase, item: usize, fit: Fit<'_>) -> Vec<Line<'static>> {
    let (width, theme) = (fit.width, fit.theme);
    let Some(r) = kb.routes.get(item) else {
        return Vec::new();
    };
    let mut out = wrap(
        &[(&route_title(kb, r), theme.heading)],
        width,
        ("", theme.base),
        ("", theme.base),
    );
    let t = r.total();
    let total = format!("Total: {}.", t.describe());
    for line in std::iter::once(total).chain(t.describe_fees().map(|f| format!("{f}."))) {
        out.extend(wrap(
            &[(&line, theme.kind)],
            width,
            ("", theme.base),
            ("", theme.base),
        ));
    }
    for (i, s) in r.steps.iter().enumerate() {
        let mut time = s
            .takes
            .map_or_else(|| "time not given".into(), |t| t.describe());
        if let Some(c) = &s.costs {
            time = format!("{time}; fees {}", c.describe());
        }
        let head = if s.optional {
            format!("{}. Optional: {}", i + 1, s.label)
        } else {
            format!("{}. {}", i + 1, s.label)
        };
        let time = format!("({time})");
        out.extend(wrap(
            &[(&head, theme.heading), (&time, theme.kind)],
            width,
            ("", theme.base),
            ("   ", theme.base),
        ));
        let step_facts: Vec<_> = s.facts().cloned().collect();
        out.extend(facts::list(kb, &step_facts, &r.id, fit, "   "));
    }
    out
}

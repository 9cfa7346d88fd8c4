//! The Program pane: each program's overview, then its sections.

use ratatui::text::{Line, Span};

use super::facts::{self, Fit};
use super::wrap::wrap;
use crate::kb::{KnowledgeBase, Program, Section};

enum Item<'a> {
    Header(&'a Program),
    Section(&'a Section),
}

fn find(kb: &KnowledgeBase, mut item: usize) -> Option<Item<'_>> {
    for p in &kb.programs {
        if item == 0 {
            return Some(Item::Header(p));
        }
        item -= 1;
        if let Some(s) = p.sections.get(item) {
            return Some(Item::Section(s));
        }
        item -= p.sections.len();
    }
    None
}

pub fn item(kb: &KnowledgeBase, item: usize, fit: Fit<'_>) -> Vec<Line<'static>> {
    let (width, theme) = (fit.width, fit.theme);
    let mut out = Vec::new();
    match find(kb, item) {
        Some(Item::Header(p)) => {
            out.extend(wrap(
                &[(&p.name, theme.heading)],
                width,
                ("", theme.base),
                ("", theme.base),
            ));
            out.extend(facts::lines(kb, &p.summary, width, theme, ""));
            // On one line, cut with "…" (`show` and the handout have it whole).
            if let Some(url) = &p.url {
                let room = usize::from(width).saturating_sub(5);
                out.push(Line::from(vec![
                    Span::styled("Web: ", theme.dim),
                    Span::styled(super::wrap::ellipsize(url, room), theme.source),
                ]));
            }
        }
        Some(Item::Section(s)) => {
            out.extend(wrap(
                &[(&s.heading, theme.heading)],
                width,
                ("", theme.base),
                ("", theme.base),
            ));
            out.extend(facts::list(kb, &s.facts, &s.id, fit, "• "));
        }
        None => {}
    }
    out
}

//! What each slide says, as chunks of lines kept whole on a page: the program at a
//! glance, a role, the side-by-side comparison, pay, the path, FAQs and the closing slide,
//! every fact with its source marker.

use ratatui::text::{Line, Span};

use super::Deck;
use super::slides::{Slide, path_dimensions};
use crate::kb::{Fact, KnowledgeBase, SlideKind};
use crate::ui::theme::Theme;
use crate::ui::wrap::{fit, wrap};
use crate::ui::{chart, facts};
use crate::view::layout::cells;

pub type Chunk = Vec<Line<'static>>;

fn verified(facts: &[Fact]) -> impl Iterator<Item = &Fact> {
    facts.iter().filter(|f| f.dispute.is_none())
}

fn heading_chunk(text: &str, width: u16, theme: &Theme) -> Chunk {
    wrap(
        &[(text, theme.heading)],
        width,
        ("", theme.base),
        ("", theme.base),
    )
}

fn fact_chunks<'a>(
    kb: &KnowledgeBase,
    facts: impl Iterator<Item = &'a Fact>,
    width: u16,
    theme: &Theme,
) -> Vec<Chunk> {
    facts
        .map(|f| facts::lines(kb, f, width, theme, "• "))
        .collect()
}

fn glance(kb: &KnowledgeBase, width: u16, theme: &Theme) -> Vec<Chunk> {
    let Some(p) = kb.programs.first() else {
        return Vec::new();
    };
    let mut out = vec![
        heading_chunk(&p.name, width, theme),
        facts::lines(kb, &p.summary, width, theme, ""),
    ];
    // The program's numbers: facts that state one.
    let numbers = p
        .sections
        .iter()
        .flat_map(|s| verified(&s.facts))
        .filter(|f| f.text.chars().any(|c| c.is_ascii_digit()));
    out.extend(fact_chunks(kb, numbers, width, theme));
    out
}

fn role(kb: &KnowledgeBase, slide: &Slide, width: u16, theme: &Theme) -> Vec<Chunk> {
    let Some(r) = slide.role.as_ref().and_then(|id| kb.role(id)) else {
        return Vec::new();
    };
    let mut out = vec![
        heading_chunk(&r.title, width, theme),
        facts::lines(kb, &r.summary, width, theme, ""),
    ];
    let duties = kb
        .comparison
        .dimensions
        .iter()
        .filter(|d| d.label.to_lowercase().contains("dut"));
    let facts = duties.flat_map(|d| {
        d.cells
            .iter()
            .filter(|c| c.role == r.id)
            .flat_map(|c| verified(&c.facts))
    });
    out.extend(fact_chunks(kb, facts, width, theme));
    out
}

fn compare(kb: &KnowledgeBase, width: u16, theme: &Theme) -> Vec<Chunk> {
    let roles: Vec<_> = kb.compared_roles().collect();
    let dims = &kb.comparison.dimensions;
    if roles.is_empty() || dims.is_empty() {
        return Vec::new();
    }
    let label_w = 14u16;
    let n = cells(roles.len());
    let col = width
        .saturating_sub(label_w.saturating_add(n.saturating_mul(3)))
        .checked_div(n)
        .unwrap_or(0);
    if col < 10 {
        return Vec::new();
    }
    let row = |label: Chunk, cells: Vec<Chunk>| -> Chunk {
        let height = cells
            .iter()
            .chain([&label])
            .map(Vec::len)
            .max()
            .unwrap_or(1)
            .max(1);
        let empty = Line::default();
        (0..height)
            .map(|i| {
                let mut spans = fit(label.get(i).unwrap_or(&empty), usize::from(label_w));
                for c in &cells {
                    spans.push(Span::styled(" │ ", theme.border));
                    spans.extend(fit(c.get(i).unwrap_or(&empty), usize::from(col)));
                }
                Line::from(spans)
            })
            .collect()
    };
    let mut out = vec![row(
        Vec::new(),
        roles
            .iter()
            .map(|r| heading_chunk(&r.title, col, theme))
            .collect(),
    )];
    for d in dims {
        let cells = roles
            .iter()
            .map(|r| {
                let fact = d
                    .cells
                    .iter()
                    .filter(|c| c.role == r.id)
                    .flat_map(|c| verified(&c.facts))
                    .next();
                // Whole cells: a row is as tall as its longest cell, and pages carry the rest.
                fact.map(|f| facts::lines(kb, f, col, theme, ""))
                    .unwrap_or_default()
            })
            .collect();
        out.push(row(heading_chunk(&d.label, label_w, theme), cells));
    }
    out
}

fn pay(kb: &KnowledgeBase, width: u16, theme: &Theme) -> Vec<Chunk> {
    vec![
        // The compared roles only, as the Compare pane's chart (issue 15, B3).
        chart::lines(kb, &kb.compared_roles().collect::<Vec<_>>(), width, theme),
        wrap(
            &[(
                "US$ a year. Year and source [n] after each figure; disputed claims are flagged and get no bar.",
                theme.dim,
            )],
            width,
            ("", theme.dim),
            ("", theme.dim),
        ),
    ]
}

fn path(kb: &KnowledgeBase, width: u16, theme: &Theme) -> Vec<Chunk> {
    let mut out = Vec::new();
    for r in kb.compared_roles() {
        out.push(heading_chunk(&r.title, width, theme));
        let facts = path_dimensions(kb).flat_map(|d| {
            d.cells
                .iter()
                .filter(|c| c.role == r.id)
                .flat_map(|c| verified(&c.facts))
        });
        out.extend(fact_chunks(kb, facts, width, theme));
    }
    out
}

fn faqs(kb: &KnowledgeBase, slide: &Slide, width: u16, theme: &Theme) -> Vec<Chunk> {
    let mut out = Vec::new();
    for q in slide
        .faqs
        .iter()
        .filter_map(|id| kb.faqs.iter().find(|q| q.id == *id))
    {
        let mut chunk = wrap(
            &[(&q.question, theme.heading)],
            width,
            ("Q. ", theme.heading),
            ("   ", theme.base),
        );
        if let Some(f) = verified(&q.answer).next() {
            chunk.extend(facts::lines(kb, f, width, theme, "   "));
        }
        out.push(chunk);
    }
    out
}

fn closing(kb: &KnowledgeBase, width: u16, theme: &Theme) -> Vec<Chunk> {
    let Some(p) = kb.programs.first() else {
        return Vec::new();
    };
    // The call to action first: it is what the audience came for, and never on a later page.
    let mut out = vec![heading_chunk(&p.name, width, theme)];
    if let Some(url) = &p.url {
        out.push(wrap(
            &[("Web:", theme.dim), (url, theme.source)],
            width,
            ("", theme.base),
            ("  ", theme.base),
        ));
    }
    let contact = p
        .sections
        .iter()
        .filter(|s| s.heading.to_lowercase().contains("contact"));
    out.extend(fact_chunks(
        kb,
        contact.flat_map(|s| verified(&s.facts)),
        width,
        theme,
    ));
    out
}

/// The body's chunks for a slide at a width.
pub fn body(deck: &Deck, slide: &Slide, width: u16, theme: &Theme) -> Vec<Chunk> {
    let kb = &deck.lib.kb;
    match slide.kind {
        SlideKind::Glance => glance(kb, width, theme),
        SlideKind::Role => role(kb, slide, width, theme),
        SlideKind::Compare => compare(kb, width, theme),
        SlideKind::Pay => pay(kb, width, theme),
        SlideKind::Path => path(kb, width, theme),
        SlideKind::Faqs => faqs(kb, slide, width, theme),
        SlideKind::Closing => closing(kb, width, theme),
    }
}

//! The flat list of entries (one per program, section, role, dimension, FAQ, term and
//! source) that search indexes and that tells each pane which item shows an entry.

use serde::Serialize;

use super::model::{Fact, KnowledgeBase};

/// The panes of the explorer, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Pane {
    Program,
    Compare,
    Roles,
    Faq,
    Glossary,
    Sources,
    Routes,
}

impl Pane {
    pub const ALL: [Pane; 7] = [
        Pane::Program,
        Pane::Compare,
        Pane::Roles,
        Pane::Faq,
        Pane::Glossary,
        Pane::Sources,
        Pane::Routes,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn title(self) -> &'static str {
        match self {
            Pane::Program => "Program",
            Pane::Compare => "Compare roles",
            Pane::Roles => "Roles",
            Pane::Faq => "FAQ",
            Pane::Glossary => "Glossary",
            Pane::Sources => "Sources",
            Pane::Routes => "Routes",
        }
    }

    /// A short name for narrow tab bars.
    pub fn short(self) -> &'static str {
        match self {
            Pane::Program => "Program",
            Pane::Compare => "Compare",
            Pane::Roles => "Roles",
            Pane::Faq => "FAQ",
            Pane::Glossary => "Glossary",
            Pane::Sources => "Sources",
            Pane::Routes => "Routes",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Program,
    Section,
    Role,
    // One name everywhere: text output, `list` and JSON all say "compare" (finding 18).
    #[serde(rename = "compare")]
    Comparison,
    Faq,
    Term,
    Source,
    Route,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Program,
        Kind::Section,
        Kind::Role,
        Kind::Comparison,
        Kind::Faq,
        Kind::Term,
        Kind::Source,
        Kind::Route,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Kind::Program => "program",
            Kind::Section => "section",
            Kind::Role => "role",
            Kind::Comparison => "compare",
            Kind::Faq => "faq",
            Kind::Term => "term",
            Kind::Source => "source",
            Kind::Route => "route",
        }
    }
}

/// One searchable, openable thing in the knowledge base.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub kind: Kind,
    pub id: String,
    pub title: String,
    pub aliases: Vec<String>,
    pub tags: Vec<String>,
    pub body: String,
    pub pane: Pane,
    /// Which item of `pane` shows this entry.
    pub item: usize,
}

/// The text search reads for an entry. A disputed claim keeps its flag ("DISPUTED: ...",
/// then "Sources say: ..."), so a snippet cut from it never reads as a plain fact.
fn body_of<'a>(facts: impl IntoIterator<Item = &'a Fact>) -> String {
    let mut body = String::new();
    let mut push = |part: &str| {
        if !body.is_empty() {
            body.push(' ');
        }
        body.push_str(part);
    };
    for f in facts {
        match &f.dispute {
            Some(d) => {
                push(&format!("DISPUTED: {}", f.text));
                push(&format!("Sources say: {}", d.says));
            }
            None => push(&f.text),
        }
        if let Some(note) = &f.note {
            push(note);
        }
    }
    body
}

/// "From a science bachelor's degree to clinical perfusionist".
pub fn route_title(kb: &KnowledgeBase, r: &super::route::Route) -> String {
    let to = kb
        .role(&r.to)
        .map_or(r.to.as_str(), |role| role.title.as_str());
    format!("From {} to {}", lower_first(&r.from), lower_first(to))
}

/// "Registered nurse" reads "registered nurse" inside a sentence; "RN" stays "RN".
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => a
            .to_lowercase()
            .chain(std::iter::once(b))
            .chain(chars)
            .collect(),
        _ => s.to_string(),
    }
}

/// Whether the Compare pane ends with the pay-figures item (the compared roles' pay).
pub fn has_pay_item(kb: &KnowledgeBase) -> bool {
    kb.compared_roles().any(|r| !r.pay.is_empty())
}

/// How many items a pane shows.
pub fn pane_len(kb: &KnowledgeBase, pane: Pane) -> usize {
    match pane {
        Pane::Program => kb.programs.iter().map(|p| 1 + p.sections.len()).sum(),
        Pane::Compare => 1 + kb.comparison.dimensions.len() + usize::from(has_pay_item(kb)),
        Pane::Roles => kb.roles.len(),
        Pane::Faq => kb.faqs.len(),
        Pane::Glossary => kb.glossary.len(),
        Pane::Sources => kb.sources.len(),
        Pane::Routes => kb.routes.len(),
    }
}

/// Builds the entry list; its order is the final tie-break of search.
pub fn entries(kb: &KnowledgeBase) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut item = 0;
    for p in &kb.programs {
        out.push(Entry {
            kind: Kind::Program,
            id: p.id.clone(),
            title: p.name.clone(),
            aliases: p.aliases.clone(),
            tags: Vec::new(),
            body: body_of([&p.summary]),
            pane: Pane::Program,
            item,
        });
        item += 1;
        for s in &p.sections {
            out.push(Entry {
                kind: Kind::Section,
                id: s.id.clone(),
                title: s.heading.clone(),
                aliases: Vec::new(),
                tags: s.tags.clone(),
                body: body_of(&s.facts),
                pane: Pane::Program,
                item,
            });
            item += 1;
        }
    }
    for (i, r) in kb.roles.iter().enumerate() {
        // The role's own text: what the comparison says of it has entries of its own.
        let own = std::iter::once(&r.summary)
            .chain(&r.tasks)
            .chain(r.sections.iter().flat_map(|s| &s.facts));
        let mut tags = r.tags.clone();
        tags.extend(r.sections.iter().flat_map(|s| s.tags.iter().cloned()));
        out.push(Entry {
            kind: Kind::Role,
            id: r.id.clone(),
            title: r.title.clone(),
            aliases: r.aliases.clone(),
            tags,
            body: body_of(own),
            pane: Pane::Roles,
            item: i,
        });
    }
    for (i, d) in kb.comparison.dimensions.iter().enumerate() {
        out.push(Entry {
            kind: Kind::Comparison,
            id: d.id.clone(),
            title: format!("Compare: {}", d.label),
            aliases: d.aliases.clone(),
            tags: Vec::new(),
            body: body_of(d.cells.iter().flat_map(|c| &c.facts)),
            pane: Pane::Compare,
            item: i + 1,
        });
    }
    for (i, q) in kb.faqs.iter().enumerate() {
        out.push(Entry {
            kind: Kind::Faq,
            id: q.id.clone(),
            title: q.question.clone(),
            aliases: Vec::new(),
            tags: q.tags.clone(),
            body: body_of(&q.answer),
            pane: Pane::Faq,
            item: i,
        });
    }
    for (i, t) in kb.glossary.iter().enumerate() {
        out.push(Entry {
            kind: Kind::Term,
            id: t.id.clone(),
            title: t.term.clone(),
            aliases: t.aliases.clone(),
            tags: Vec::new(),
            body: body_of(&t.definition),
            pane: Pane::Glossary,
            item: i,
        });
    }
    for (i, r) in kb.routes.iter().enumerate() {
        // The steps' names only: their facts are FAQ answers' too, and a route holding
        // them all would outrank the answer to every question it touches.
        let body = r
            .steps
            .iter()
            .map(|s| s.label.as_str())
            .collect::<Vec<_>>()
            .join(". ");
        out.push(Entry {
            kind: Kind::Route,
            id: r.id.clone(),
            title: route_title(kb, r),
            aliases: Vec::new(),
            tags: r.tags.clone(),
            body,
            pane: Pane::Routes,
            item: i,
        });
    }
    for (i, s) in kb.sources.iter().enumerate() {
        let mut body = format!("{} {}", s.publisher, s.year);
        if let Some(note) = &s.note {
            body.push(' ');
            body.push_str(note);
        }
        out.push(Entry {
            kind: Kind::Source,
            id: s.id.clone(),
            title: s.title.clone(),
            aliases: Vec::new(),
            tags: vec![s.publisher.clone()],
            body,
            pane: Pane::Sources,
            item: i,
        });
    }
    out
}

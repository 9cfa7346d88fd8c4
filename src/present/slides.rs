//! Building the slide deck from a knowledge base: its `slides` section when it has one,
//! otherwise a default deck from what the data holds.

use crate::kb::{KnowledgeBase, SlideKind, SlideSpec};

/// One slide: what it shows and its short heading (drawn in large letters where it fits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slide {
    pub kind: SlideKind,
    pub heading: String,
    pub role: Option<String>,
    pub faqs: Vec<String>,
}

/// FAQs the default deck shows: the questions students ask first at information sessions.
const DEFAULT_FAQS: usize = 3;

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn default_heading(kb: &KnowledgeBase, spec: &SlideSpec) -> String {
    match spec.kind {
        SlideKind::Glance => "The program".into(),
        SlideKind::Role => spec.role.as_ref().and_then(|id| kb.role(id)).map_or_else(
            || "The role".into(),
            |r| {
                // "Clinical perfusionist" is too long for large letters; its last word is not.
                if r.title.chars().count() <= 16 {
                    r.title.clone()
                } else {
                    capitalized(r.title.split(' ').next_back().unwrap_or(&r.title))
                }
            },
        ),
        SlideKind::Compare => "Side by side".into(),
        SlideKind::Pay => "Pay".into(),
        SlideKind::Path => "Certification".into(),
        SlideKind::Faqs => "Questions".into(),
        SlideKind::Closing => "Learn more".into(),
    }
}

fn default_specs(kb: &KnowledgeBase) -> Vec<SlideSpec> {
    let spec = |kind| SlideSpec {
        kind,
        heading: None,
        role: None,
        faqs: Vec::new(),
    };
    let mut out = Vec::new();
    if !kb.programs.is_empty() {
        out.push(spec(SlideKind::Glance));
    }
    for id in &kb.comparison.roles {
        out.push(SlideSpec {
            role: Some(id.clone()),
            ..spec(SlideKind::Role)
        });
    }
    if !kb.comparison.dimensions.is_empty() {
        out.push(spec(SlideKind::Compare));
    }
    if kb.roles.iter().any(|r| !r.pay.is_empty()) {
        out.push(spec(SlideKind::Pay));
    }
    if path_dimensions(kb).next().is_some() {
        out.push(spec(SlideKind::Path));
    }
    if !kb.faqs.is_empty() {
        out.push(SlideSpec {
            faqs: kb
                .faqs
                .iter()
                .take(DEFAULT_FAQS)
                .map(|q| q.id.clone())
                .collect(),
            ..spec(SlideKind::Faqs)
        });
    }
    if !kb.programs.is_empty() {
        out.push(spec(SlideKind::Closing));
    }
    out
}

/// Comparison rows about getting qualified: certification, licensure, education.
pub fn path_dimensions(kb: &KnowledgeBase) -> impl Iterator<Item = &crate::kb::Dimension> {
    kb.comparison.dimensions.iter().filter(|d| {
        let label = d.label.to_lowercase();
        ["certif", "licen", "education", "training"]
            .iter()
            .any(|w| label.contains(w))
    })
}

pub fn deck(kb: &KnowledgeBase) -> Vec<Slide> {
    let specs = if kb.slides.is_empty() {
        default_specs(kb)
    } else {
        kb.slides.clone()
    };
    specs
        .iter()
        .map(|spec| Slide {
            kind: spec.kind,
            heading: spec
                .heading
                .clone()
                .unwrap_or_else(|| default_heading(kb, spec)),
            role: spec.role.clone(),
            faqs: spec.faqs.clone(),
        })
        .collect()
}

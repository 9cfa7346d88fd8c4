//! What each item of a pane holds, as data: its facts (a pay figure written as a fact), the
//! sources it cites, and how a citation is numbered. Drawing, export, plain mode and `show`
//! all read items through here.

use super::pay::pay_fact;
use crate::kb::{Fact, KnowledgeBase, Pane};

/// The facts an item shows.
pub fn item_facts(kb: &KnowledgeBase, pane: Pane, item: usize) -> Vec<Fact> {
    match pane {
        Pane::Program => {
            let mut i = item;
            for p in &kb.programs {
                if i == 0 {
                    return vec![p.summary.clone()];
                }
                i -= 1;
                if let Some(s) = p.sections.get(i) {
                    return s.facts.clone();
                }
                i -= p.sections.len();
            }
            Vec::new()
        }
        Pane::Compare if item == 0 => kb.compared_roles().map(|r| r.summary.clone()).collect(),
        Pane::Compare => match kb.comparison.dimensions.get(item - 1) {
            Some(d) => d.cells.iter().flat_map(|c| c.facts.clone()).collect(),
            None => kb
                .compared_roles()
                .flat_map(|r| r.pay.iter().map(pay_fact))
                .collect(),
        },
        Pane::Roles => kb
            .roles
            .get(item)
            .map(|r| super::profile::facts(kb, r))
            .unwrap_or_default(),
        Pane::Faq => kb
            .faqs
            .get(item)
            .map(|q| q.answer.clone())
            .unwrap_or_default(),
        Pane::Glossary => kb
            .glossary
            .get(item)
            .map(|t| t.definition.clone())
            .unwrap_or_default(),
        Pane::Routes => kb
            .routes
            .get(item)
            .map(|r| r.facts().cloned().collect())
            .unwrap_or_default(),
        Pane::Sources => kb
            .sources
            .get(item)
            .map(|s| {
                vec![Fact {
                    text: String::new(),
                    sources: vec![s.id.clone()],
                    note: None,
                    dispute: None,
                }]
            })
            .unwrap_or_default(),
    }
}

/// The one-line name of an item of a list pane (a question, a term, a role, a route), for
/// its row.
pub fn item_title(kb: &KnowledgeBase, pane: Pane, item: usize) -> String {
    let title = match pane {
        Pane::Roles => kb.roles.get(item).map(|r| r.title.clone()),
        Pane::Faq => kb.faqs.get(item).map(|q| q.question.clone()),
        Pane::Glossary => kb.glossary.get(item).map(|t| t.term.clone()),
        Pane::Routes => kb
            .routes
            .get(item)
            .map(|r| super::entries::route_title(kb, r)),
        Pane::Program | Pane::Compare | Pane::Sources => None,
    };
    title.unwrap_or_default()
}

/// Source ids cited by an item, in order of first citation.
pub fn item_sources(kb: &KnowledgeBase, pane: Pane, item: usize) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for f in item_facts(kb, pane, item) {
        for id in f.all_sources() {
            if !ids.iter().any(|x| x == id) {
                ids.push(id.to_string());
            }
        }
    }
    ids
}

/// "\[3,12\]": the numbers of the cited sources as listed in the Sources pane.
pub fn marker(kb: &KnowledgeBase, ids: &[String]) -> String {
    let nums: Vec<String> = ids
        .iter()
        .map(|id| {
            kb.source_index(id)
                .map_or_else(|| "?".to_string(), |i| (i + 1).to_string())
        })
        .collect();
    format!("[{}]", nums.join(","))
}

//! A role's profile as data, in the order career explorers use: what they do, the main
//! tasks, what the comparison says of the role, the role's own sections (work setting,
//! how to become one, credentials, outlook, routes), pay, and related roles. The Roles
//! pane, `show`, plain mode and the handout all read profiles through here.

use super::model::{Fact, KnowledgeBase, Role};
use super::pay::pay_fact;

/// One headed block of a profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub heading: String,
    pub facts: Vec<Fact>,
}

/// The blocks of `role`'s profile that have facts.
pub fn blocks(kb: &KnowledgeBase, role: &Role) -> Vec<Block> {
    let mut out = vec![Block {
        heading: "What they do".into(),
        facts: vec![role.summary.clone()],
    }];
    let mut push = |heading: &str, facts: Vec<Fact>| {
        if !facts.is_empty() {
            out.push(Block {
                heading: heading.to_string(),
                facts,
            });
        }
    };
    push("Main tasks", role.tasks.clone());
    for d in &kb.comparison.dimensions {
        let facts: Vec<Fact> = d
            .cells
            .iter()
            .filter(|c| c.role == role.id)
            .flat_map(|c| c.facts.clone())
            .collect();
        push(&d.label, facts);
    }
    for s in &role.sections {
        push(&s.heading, s.facts.clone());
    }
    push("Pay", role.pay.iter().map(pay_fact).collect());
    out
}

/// Every fact of the profile, in order.
pub fn facts(kb: &KnowledgeBase, role: &Role) -> Vec<Fact> {
    blocks(kb, role).into_iter().flat_map(|b| b.facts).collect()
}

/// The titles of the related roles this base has.
pub fn related<'a>(kb: &'a KnowledgeBase, role: &Role) -> Vec<&'a str> {
    role.related
        .iter()
        .filter_map(|id| kb.role(id))
        .map(|r| r.title.as_str())
        .collect()
}

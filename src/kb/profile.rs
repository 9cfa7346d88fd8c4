//! A role's profile as data, in the order career explorers use (the BLS Occupational
//! Outlook Handbook's): what they do and their tasks, work setting and hours, how to become
//! one, credentials, pay, outlook, then how it compares and related roles. The blocks come
//! from the comparison's rows and the role's own sections, placed by their headings. The
//! Roles pane, `show`, plain mode and the handout all read profiles through here.

use super::model::{Fact, KnowledgeBase, Role};
use super::pay::pay_fact;

/// One headed block of a profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub heading: String,
    pub facts: Vec<Fact>,
}

/// Where a block goes in a profile, from its heading: the order of a career page.
/// Headings it does not know (how a role leads into another, say) go after the outlook.
fn place(heading: &str) -> u8 {
    let h = heading.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| h.contains(w));
    if has(&["related"]) {
        8
    } else if has(&["task", "duties", "what they do", "scope"]) {
        1
    } else if has(&["setting", "hours", "environment", "where"]) {
        2
    } else if has(&["certif", "licen", "credential"]) {
        4
    } else if has(&[
        "become",
        "education",
        "training",
        "experience",
        "skill",
        "prereq",
    ]) {
        3
    } else if has(&["pay", "salary", "wage", "earn"]) {
        5
    } else if has(&["outlook", "jobs"]) {
        6
    } else {
        7
    }
}

/// The blocks of `role`'s profile that have facts.
pub fn blocks(kb: &KnowledgeBase, role: &Role) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
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
    // Stable: blocks of one place keep the base's order.
    out.sort_by_key(|b| place(&b.heading));
    // The figures join the pay block the text has, so a profile never has two "Pay"s.
    let figures: Vec<Fact> = role.pay.iter().map(pay_fact).collect();
    match out.iter_mut().find(|b| place(&b.heading) == 5) {
        Some(pay) => pay.facts.extend(figures),
        None if !figures.is_empty() => {
            let at = out.partition_point(|b| place(&b.heading) <= 5);
            out.insert(
                at,
                Block {
                    heading: "Pay".into(),
                    facts: figures,
                },
            );
        }
        None => {}
    }
    out.insert(
        0,
        Block {
            heading: "What they do".into(),
            facts: vec![role.summary.clone()],
        },
    );
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::load;

    #[test]
    fn every_profile_reads_in_career_page_order_with_one_pay_block() {
        let kb = load::embedded().expect("loads").kb;
        for role in &kb.roles {
            let b = blocks(&kb, role);
            assert_eq!(b[0].heading, "What they do");
            let places: Vec<u8> = b[1..].iter().map(|b| place(&b.heading)).collect();
            assert!(places.is_sorted(), "{}: {places:?}", role.id);
            let pay = b.iter().filter(|b| place(&b.heading) == 5).count();
            assert!(pay <= 1, "{}: {pay} pay blocks", role.id);
            // The figures are in it, whatever the text's block was called.
            let figures = role.pay.iter().map(pay_fact);
            let facts = super::facts(&kb, role);
            assert!(
                figures.into_iter().all(|f| facts.contains(&f)),
                "{}",
                role.id
            );
        }
        assert_eq!(place("Work setting and hours"), 2);
        assert!(place("How to become one") < place("Certification and licensure"));
        assert!(place("Pay (BLS)") < place("Jobs and outlook, 2024-34 (BLS)"));
        assert_eq!(place("Related occupations (O*NET)"), 8);
    }
}

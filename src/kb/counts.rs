//! What a knowledge-base file holds: entries, facts, sources and facts without a source,
//! counted from its JSON (so even a file with errors) or from the typed model.

use serde_json::Value;

use super::model::KnowledgeBase;

/// What a knowledge-base file holds, counted from its JSON (so even a file with errors).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub programs: usize,
    pub sections: usize,
    pub roles: usize,
    pub dimensions: usize,
    pub faqs: usize,
    pub terms: usize,
    pub routes: usize,
    pub sources: usize,
    pub facts: usize,
    pub unsourced: usize,
}

pub(crate) fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn count_facts(facts: &[Value], c: &mut Counts) {
    for f in facts {
        c.facts += 1;
        if f.get("sources")
            .and_then(Value::as_array)
            .is_none_or(Vec::is_empty)
        {
            c.unsourced += 1;
        }
    }
}

pub fn counts(v: &Value) -> Counts {
    let mut c = Counts {
        sources: list(v, "sources").len(),
        ..Counts::default()
    };
    for p in list(v, "programs") {
        c.programs += 1;
        count_facts(
            p.get("summary")
                .map(std::slice::from_ref)
                .unwrap_or_default(),
            &mut c,
        );
        for s in list(p, "sections") {
            c.sections += 1;
            count_facts(list(s, "facts"), &mut c);
        }
    }
    for r in list(v, "roles") {
        c.roles += 1;
        count_facts(
            r.get("summary")
                .map(std::slice::from_ref)
                .unwrap_or_default(),
            &mut c,
        );
        // The same facts as `KnowledgeBase::all_facts`: tasks and sections too.
        count_facts(list(r, "tasks"), &mut c);
        for s in list(r, "sections") {
            count_facts(list(s, "facts"), &mut c);
        }
    }
    if let Some(cmp) = v.get("comparison") {
        for d in list(cmp, "dimensions") {
            c.dimensions += 1;
            for cell in list(d, "cells") {
                count_facts(list(cell, "facts"), &mut c);
            }
        }
    }
    for q in list(v, "faqs") {
        c.faqs += 1;
        count_facts(list(q, "answer"), &mut c);
    }
    for t in list(v, "glossary") {
        c.terms += 1;
        count_facts(list(t, "definition"), &mut c);
    }
    for q in list(v, "fit") {
        for a in list(q, "answers") {
            count_facts(list(a, "because"), &mut c);
        }
    }
    for r in list(v, "routes") {
        c.routes += 1;
        for s in list(r, "steps") {
            // A cost's fact first, as `Step::facts` has it.
            if let Some(cost) = s.get("costs").and_then(|k| k.get("fact")) {
                count_facts(std::slice::from_ref(cost), &mut c);
            }
            count_facts(list(s, "facts"), &mut c);
        }
    }
    c
}

impl Counts {
    /// Counts of an already typed knowledge base.
    pub fn of(kb: &KnowledgeBase) -> Counts {
        Counts {
            programs: kb.programs.len(),
            sections: kb.programs.iter().map(|p| p.sections.len()).sum(),
            roles: kb.roles.len(),
            dimensions: kb.comparison.dimensions.len(),
            faqs: kb.faqs.len(),
            terms: kb.glossary.len(),
            routes: kb.routes.len(),
            sources: kb.sources.len(),
            facts: kb.all_facts().count(),
            unsourced: kb.all_facts().filter(|f| f.sources.is_empty()).count(),
        }
    }
}

/// "1 FAQ", "3 FAQs".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Routes are named only when there are some: most bases have none.
        let routes = if self.routes > 0 {
            format!(", {}", plural(self.routes, "route", "routes"))
        } else {
            String::new()
        };
        write!(
            f,
            "entities: {}, {}, {}, {}, {}, {}{routes}; facts: {}; sources: {}; facts without a source: {}",
            plural(self.programs, "program", "programs"),
            plural(self.sections, "section", "sections"),
            plural(self.roles, "role", "roles"),
            plural(self.dimensions, "comparison row", "comparison rows"),
            plural(self.faqs, "FAQ", "FAQs"),
            plural(self.terms, "glossary term", "glossary terms"),
            self.facts,
            self.sources,
            self.unsourced
        )
    }
}

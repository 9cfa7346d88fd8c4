//! A loaded knowledge base together with its entries and search index.

use crate::kb::{Entry, Fact, Kind, KnowledgeBase, entries};
use crate::search::{self, HitView, Index, Query};
use crate::ui::compare::pay_fact;

pub struct Library {
    pub kb: KnowledgeBase,
    pub entries: Vec<Entry>,
    pub index: Index,
    /// How many facts and pay figures cite each source, by source position.
    pub citations: Vec<usize>,
    /// Which entries cite each source, by source position (entry indices, in order).
    pub cited_by: Vec<Vec<usize>>,
}

impl Library {
    pub fn new(kb: KnowledgeBase) -> Library {
        let entries = entries::entries(&kb);
        let index = Index::new(&entries);
        let citations = citation_counts(&kb);
        let cited_by = cited_by(&kb, &entries);
        Library {
            kb,
            entries,
            index,
            citations,
            cited_by,
        }
    }

    pub fn find(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Search results ready to show, best first.
    pub fn search(&self, query: &str, limit: usize, snippet_width: usize) -> Vec<HitView> {
        self.search_counted(query, limit, snippet_width).0
    }

    /// Search results ready to show, and how many entries matched in all.
    pub fn search_counted(
        &self,
        query: &str,
        limit: usize,
        snippet_width: usize,
    ) -> (Vec<HitView>, usize) {
        let results = self.index.search(query, limit);
        let parsed = Query::parse(query);
        let views = results
            .hits
            .into_iter()
            .map(|hit| search::view(&self.entries, hit, &parsed, snippet_width))
            .collect();
        (views, results.total)
    }
}

fn citation_counts(kb: &KnowledgeBase) -> Vec<usize> {
    let mut counts = vec![0; kb.sources.len()];
    let pay = kb.roles.iter().flat_map(|r| &r.pay).map(|p| {
        p.sources
            .iter()
            .chain(p.dispute.iter().flat_map(|d| &d.sources))
            .map(String::as_str)
            .collect::<Vec<_>>()
    });
    let facts = kb
        .facts()
        .into_iter()
        .map(|(_, f)| f.all_sources().collect::<Vec<_>>());
    for mut ids in facts.chain(pay) {
        ids.sort_unstable();
        ids.dedup();
        for id in ids {
            if let Some(i) = kb.source_index(id) {
                counts[i] += 1;
            }
        }
    }
    counts
}

/// The facts an entry shows (a role's include its pay figures).
pub fn entry_facts(kb: &KnowledgeBase, e: &Entry) -> Vec<Fact> {
    match e.kind {
        Kind::Program => kb
            .programs
            .iter()
            .filter(|p| p.id == e.id)
            .map(|p| p.summary.clone())
            .collect(),
        Kind::Section => kb
            .programs
            .iter()
            .flat_map(|p| &p.sections)
            .filter(|s| s.id == e.id)
            .flat_map(|s| s.facts.clone())
            .collect(),
        Kind::Role => kb
            .role(&e.id)
            .map(|r| {
                std::iter::once(r.summary.clone())
                    .chain(r.pay.iter().map(pay_fact))
                    .collect()
            })
            .unwrap_or_default(),
        Kind::Comparison => kb
            .comparison
            .dimensions
            .iter()
            .filter(|d| d.id == e.id)
            .flat_map(|d| d.cells.iter().flat_map(|c| c.facts.clone()))
            .collect(),
        Kind::Faq => kb
            .faqs
            .iter()
            .filter(|q| q.id == e.id)
            .flat_map(|q| q.answer.clone())
            .collect(),
        Kind::Term => kb
            .glossary
            .iter()
            .filter(|t| t.id == e.id)
            .flat_map(|t| t.definition.clone())
            .collect(),
        Kind::Source => Vec::new(),
    }
}

fn cited_by(kb: &KnowledgeBase, entries: &[Entry]) -> Vec<Vec<usize>> {
    let positions: std::collections::HashMap<&str, usize> = kb
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let mut out = vec![Vec::new(); kb.sources.len()];
    for (ei, e) in entries.iter().enumerate() {
        for f in entry_facts(kb, e) {
            for id in f.all_sources() {
                if let Some(&si) = positions.get(id)
                    && out[si].last() != Some(&ei)
                {
                    out[si].push(ei);
                }
            }
        }
    }
    out
}

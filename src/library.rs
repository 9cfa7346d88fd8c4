//! A loaded knowledge base together with its entries and search index.

use crate::kb::{Entry, KnowledgeBase, entries};
use crate::search::{self, HitView, Index};

pub struct Library {
    pub kb: KnowledgeBase,
    pub entries: Vec<Entry>,
    pub index: Index,
    /// How many facts and pay figures cite each source, by source position.
    pub citations: Vec<usize>,
}

impl Library {
    pub fn new(kb: KnowledgeBase) -> Library {
        let entries = entries::entries(&kb);
        let index = Index::new(&entries);
        let citations = citation_counts(&kb);
        Library {
            kb,
            entries,
            index,
            citations,
        }
    }

    pub fn find(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Search results ready to show, best first.
    pub fn search(&self, query: &str, limit: usize, snippet_width: usize) -> Vec<HitView> {
        self.index
            .search(query, limit)
            .into_iter()
            .map(|hit| search::view(&self.entries, hit, query, snippet_width))
            .collect()
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

//! A loaded knowledge base together with its entries and search index.

use crate::kb::{Entry, KnowledgeBase, entries};
use crate::search::{self, HitView, Index};

pub struct Library {
    pub kb: KnowledgeBase,
    pub entries: Vec<Entry>,
    pub index: Index,
}

impl Library {
    pub fn new(kb: KnowledgeBase) -> Library {
        let entries = entries::entries(&kb);
        let index = Index::new(&entries);
        Library { kb, entries, index }
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

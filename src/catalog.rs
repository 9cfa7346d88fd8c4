//! A loaded knowledge base together with its entries and search index.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use crate::kb::items::item_facts;
use crate::kb::pay::pay_fact;
use crate::kb::{Entry, Fact, Kind, KnowledgeBase, Pane, entries};
use crate::search::{self, Found, HitView, Index, Marker, Query};

pub struct Catalog {
    pub kb: KnowledgeBase,
    pub entries: Vec<Entry>,
    pub index: Index,
    /// Built on first use: only the Sources pane needs it.
    citations: OnceLock<Citations>,
}

/// Who cites each source, by source position.
#[derive(Debug, Default)]
pub struct Citations {
    /// How many facts and pay figures cite the source.
    pub counts: Vec<usize>,
    /// Which entries cite it (entry indices, in order).
    pub entries: Vec<Vec<usize>>,
}

impl Catalog {
    pub fn new(mut kb: KnowledgeBase) -> Catalog {
        // Whatever was done to the base before, its id tables are built afresh from here.
        kb.reindex();
        let entries = entries::entries(&kb);
        let index = Index::new(&entries);
        Catalog {
            kb,
            entries,
            index,
            citations: OnceLock::new(),
        }
    }

    pub fn citations(&self) -> &Citations {
        self.citations.get_or_init(|| {
            let positions: HashMap<&str, usize> = self
                .kb
                .sources
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.as_str(), i))
                .collect();
            Citations {
                counts: citation_counts(&self.kb, &positions),
                entries: cited_by(&self.kb, &self.entries, &positions),
            }
        })
    }

    pub fn find(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Search results ready to show, best first.
    pub fn search(&self, query: &str, limit: usize, snippet_width: usize) -> Vec<HitView> {
        self.results(query, limit, snippet_width).hits
    }

    /// Search results ready to show, how many entries matched in all, and the query words
    /// the base lacks.
    pub fn results(&self, query: &str, limit: usize, snippet_width: usize) -> Found {
        self.results_shaped(query, limit, search::Snippet::Window(snippet_width))
    }

    /// The same results with their snippets shaped as `shape` says (whole sentences for
    /// plain mode).
    pub fn results_shaped(&self, query: &str, limit: usize, shape: search::Snippet) -> Found {
        let results = self.index.search_in(query, limit, Some(&self.entries));
        let parsed = Query::parse(query);
        let marker = Marker::new(&parsed, &results.words);
        Found {
            hits: results
                .hits
                .into_iter()
                .map(|hit| search::view(&self.entries[hit.entry], hit, &marker, shape))
                .collect(),
            total: results.total,
            unmatched: results.unmatched,
        }
    }

    /// The fact that answers a question outright: the first fact of the best hit, when the
    /// query reads like a question and that hit is an FAQ or a glossary term.
    pub fn answer(&self, query: &str, found: &Found) -> Option<Fact> {
        let first = found.hits.first()?;
        let question = Query::parse(query).asks;
        if !question || !matches!(first.kind, Kind::Faq | Kind::Term) {
            return None;
        }
        let entry = self.find(&first.id)?;
        entry_facts(&self.kb, entry).into_iter().next()
    }
}

fn citation_counts(kb: &KnowledgeBase, positions: &HashMap<&str, usize>) -> Vec<usize> {
    let mut counts = vec![0; kb.sources.len()];
    let pay = kb.roles.iter().flat_map(|r| &r.pay).map(|p| {
        p.sources
            .iter()
            .chain(p.dispute.iter().flat_map(|d| &d.sources))
            .map(String::as_str)
            .collect::<Vec<_>>()
    });
    let facts = kb.all_facts().map(|f| f.all_sources().collect::<Vec<_>>());
    for mut ids in facts.chain(pay) {
        ids.sort_unstable();
        ids.dedup();
        for id in ids {
            if let Some(&i) = positions.get(id) {
                counts[i] += 1;
            }
        }
    }
    counts
}

/// The facts an entry shows (a role's include its pay figures).
pub fn entry_facts(kb: &KnowledgeBase, e: &Entry) -> Vec<Fact> {
    match e.kind {
        Kind::Program | Kind::Section => item_facts(kb, Pane::Program, e.item),
        Kind::Role => kb
            .role(&e.id)
            .map(|r| {
                std::iter::once(r.summary.clone())
                    .chain(r.pay.iter().map(pay_fact))
                    .collect()
            })
            .unwrap_or_default(),
        Kind::Comparison => item_facts(kb, Pane::Compare, e.item),
        Kind::Faq => item_facts(kb, Pane::Faq, e.item),
        Kind::Term => item_facts(kb, Pane::Glossary, e.item),
        Kind::Route => item_facts(kb, Pane::Routes, e.item),
        Kind::Source => Vec::new(),
    }
}

fn cited_by(
    kb: &KnowledgeBase,
    entries: &[Entry],
    positions: &HashMap<&str, usize>,
) -> Vec<Vec<usize>> {
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

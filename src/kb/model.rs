//! Serde types for the knowledge base: the shape of `assets/knowledge.json`. Unknown fields
//! fail the fast typed parse; the diagnostic path warns about them and strips them.

use serde::{Deserialize, Serialize};

/// The newest `schema_version` this build understands.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeBase {
    pub schema_version: u32,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// When the facts were last checked against their sources ("2026-12"), shown on the
    /// handout and the Sources pane so a reader knows how old the base is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub checked: String,
    pub sources: Vec<Source>,
    #[serde(default)]
    pub programs: Vec<Program>,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub comparison: Comparison,
    #[serde(default)]
    pub faqs: Vec<Faq>,
    #[serde(default)]
    pub glossary: Vec<Term>,
    /// The presentation's slides, in order; empty means the default deck.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub slides: Vec<SlideSpec>,
    /// Positions of sources and roles by id, built on first look-up: citations are looked
    /// up per fact per frame, and a scan per citation was quadratic on large bases.
    #[serde(skip)]
    ids: Ids,
}

/// First position of each source and role id (a duplicate id keeps its first, as the
/// checker reports it).
#[derive(Debug, Clone, Default)]
struct Ids {
    built: std::sync::OnceLock<(IdMap, IdMap)>,
}

type IdMap = rustc_hash::FxHashMap<String, usize>;

/// The look-up table is derived data: two bases are equal when their data is.
impl PartialEq for Ids {
    fn eq(&self, _: &Ids) -> bool {
        true
    }
}

/// What one slide of the presentation shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SlideKind {
    /// The program at a glance, with its numbers.
    Glance,
    /// What one role does (`role` names it).
    Role,
    /// The roles side by side.
    Compare,
    /// Pay figures as a chart, with sources and years.
    Pay,
    /// The path to certification and licensure.
    Path,
    /// A few questions and answers (`faqs` names them).
    Faqs,
    /// How to learn more: contact, address and a QR code.
    Closing,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlideSpec {
    pub kind: SlideKind,
    /// A short heading shown in large letters; a default fits each kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub faqs: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Trust {
    Low,
    Medium,
    High,
}

impl Trust {
    pub fn label(self) -> &'static str {
        match self {
            Trust::High => "high",
            Trust::Medium => "medium",
            Trust::Low => "low",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A year such as "2024", an approximate one such as "c. 2021", or "undated".
    pub year: String,
    pub trust: Trust,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One statement, always with the sources that support it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub text: String,
    pub sources: Vec<String>,
    /// A caveat shown with the fact (self-reported, possibly stale, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Present when better sources contradict this claim: what they say instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute: Option<Dispute>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dispute {
    pub says: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Program {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub summary: Fact,
    #[serde(default)]
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub heading: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub facts: Vec<Fact>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub summary: Fact,
    #[serde(default)]
    pub pay: Vec<PayFigure>,
}

/// A pay figure in US dollars a year, with its basis, year and sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayFigure {
    pub label: String,
    /// "average", "median", "starting range", ...
    pub basis: String,
    pub low: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<u32>,
    pub year: String,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute: Option<Dispute>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// Role ids, in column order.
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub dimensions: Vec<Dimension>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cell {
    pub role: String,
    pub facts: Vec<Fact>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub id: String,
    pub question: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub answer: Vec<Fact>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub definition: Vec<Fact>,
}

impl Fact {
    /// Every source id this fact cites, its dispute's included.
    pub fn all_sources(&self) -> impl Iterator<Item = &str> {
        self.sources
            .iter()
            .chain(self.dispute.iter().flat_map(|d| d.sources.iter()))
            .map(String::as_str)
    }
}

impl KnowledgeBase {
    fn ids(&self) -> &(IdMap, IdMap) {
        self.ids.built.get_or_init(|| {
            let first = |ids: &mut dyn Iterator<Item = &String>| {
                let mut map = IdMap::default();
                for (i, id) in ids.enumerate() {
                    map.entry(id.clone()).or_insert(i);
                }
                map
            };
            (
                first(&mut self.sources.iter().map(|s| &s.id)),
                first(&mut self.roles.iter().map(|r| &r.id)),
            )
        })
    }

    /// Forgets the id look-up tables; call after changing `sources` or `roles` of a base
    /// that was already looked up in.
    pub fn reindex(&mut self) {
        self.ids = Ids::default();
    }

    pub fn source_index(&self, id: &str) -> Option<usize> {
        self.ids().0.get(id).copied()
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.ids().1.get(id).and_then(|&i| self.roles.get(i))
    }

    /// The roles the comparison shows, in column order.
    pub fn compared_roles(&self) -> impl Iterator<Item = &Role> {
        self.comparison.roles.iter().filter_map(|id| self.role(id))
    }

    /// Every fact in the knowledge base (pay figures are not facts), without locations.
    pub fn all_facts(&self) -> impl Iterator<Item = &Fact> {
        let programs = self.programs.iter().flat_map(|p| {
            std::iter::once(&p.summary).chain(p.sections.iter().flat_map(|s| &s.facts))
        });
        let roles = self.roles.iter().map(|r| &r.summary);
        let cells = self
            .comparison
            .dimensions
            .iter()
            .flat_map(|d| d.cells.iter().flat_map(|c| &c.facts));
        let faqs = self.faqs.iter().flat_map(|q| &q.answer);
        let terms = self.glossary.iter().flat_map(|t| &t.definition);
        programs.chain(roles).chain(cells).chain(faqs).chain(terms)
    }

    /// Every fact in the knowledge base, with a JSON-path-like location.
    pub fn facts(&self) -> Vec<(String, &Fact)> {
        let mut out = Vec::new();
        for (i, p) in self.programs.iter().enumerate() {
            out.push((format!("programs[{i}].summary"), &p.summary));
            for (j, s) in p.sections.iter().enumerate() {
                for (k, f) in s.facts.iter().enumerate() {
                    out.push((format!("programs[{i}].sections[{j}].facts[{k}]"), f));
                }
            }
        }
        for (i, r) in self.roles.iter().enumerate() {
            out.push((format!("roles[{i}].summary"), &r.summary));
        }
        for (i, d) in self.comparison.dimensions.iter().enumerate() {
            for (j, c) in d.cells.iter().enumerate() {
                for (k, f) in c.facts.iter().enumerate() {
                    out.push((
                        format!("comparison.dimensions[{i}].cells[{j}].facts[{k}]"),
                        f,
                    ));
                }
            }
        }
        for (i, q) in self.faqs.iter().enumerate() {
            for (k, f) in q.answer.iter().enumerate() {
                out.push((format!("faqs[{i}].answer[{k}]"), f));
            }
        }
        for (i, t) in self.glossary.iter().enumerate() {
            for (k, f) in t.definition.iter().enumerate() {
                out.push((format!("glossary[{i}].definition[{k}]"), f));
            }
        }
        out
    }
}

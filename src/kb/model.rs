//! Serde types for the knowledge base: the shape of `assets/knowledge.json`, and the one
//! source of its schema. The doc comments on types and fields are the schema's descriptions
//! and the checker's messages ("expected a string (its web address)"), so they are written
//! for an author, and kept to one paragraph. Unknown fields fail the fast typed parse; the
//! diagnostic path warns about them and strips them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The newest `schema_version` this build understands. Version 2 added role profiles
/// (tasks, sections, tags, related roles) and hourly and "at least" pay; every version-1
/// file is a valid version-2 file, so both load.
pub const SCHEMA_VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// A Perfusion Explorer knowledge base.
pub struct KnowledgeBase {
    /// the schema version the file is written for (3; files written for 1 and 2 load too)
    #[schemars(range(max = SCHEMA_VERSION))]
    pub schema_version: u32,
    /// the knowledge base's title
    pub title: String,
    /// what it covers
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    // Shown on the handout and the Sources pane so a reader knows how old the base is.
    /// when the facts were last checked against their sources, e.g. "2026-12"
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub checked: String,
    /// every source facts may cite
    pub sources: Vec<Source>,
    /// education programs
    #[serde(default)]
    pub programs: Vec<Program>,
    /// careers
    #[serde(default)]
    pub roles: Vec<Role>,
    /// the roles side by side
    #[serde(default)]
    pub comparison: Comparison,
    /// frequently asked questions
    #[serde(default)]
    pub faqs: Vec<Faq>,
    /// glossary terms
    #[serde(default)]
    pub glossary: Vec<Term>,
    /// routes from where a student stands to a role, step by step
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routes: Vec<super::route::Route>,
    /// the "which path fits me" self-check's questions, in order
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fit: Vec<super::fit::FitQuestion>,
    /// the presentation's slides, in order (default deck when absent)
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

// Variants carry no doc comments: those would make the schema a list of alternatives,
// where a plain list of names reads better in an editor.
/// what the slide shows
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SlideKind {
    // The program at a glance, with its numbers.
    Glance,
    // What one role does (`role` names it).
    Role,
    // The roles side by side.
    Compare,
    // Pay figures as a chart, with sources and years.
    Pay,
    // The path to certification and licensure.
    Path,
    // A few questions and answers (`faqs` names them).
    Faqs,
    // How to learn more: contact, address and a QR code.
    Closing,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Slide")]
/// One slide of the presentation (`perfusion-explorer present`).
pub struct SlideSpec {
    /// what the slide shows
    pub kind: SlideKind,
    // A default fits each kind.
    /// a short heading for large letters
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// for a role slide: the role id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// for a faqs slide: FAQ ids
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub faqs: Vec<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
/// how far to rely on it
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// Where facts come from.
pub struct Source {
    /// a short unique id that facts cite, e.g. "abcp-cert"
    pub id: String,
    /// the page's or document's title
    pub title: String,
    /// who published it
    pub publisher: String,
    /// its web address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// a year such as "2024", "c. 2021", or "undated"
    pub year: String,
    /// how far to rely on it
    pub trust: Trust,
    /// why it has this trust level, or other caveats
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// One statement with the sources that support it.
pub struct Fact {
    /// the statement, in your own words
    pub text: String,
    /// ids of sources from the top-level `sources` list
    pub sources: Vec<String>,
    /// a caveat shown with the fact, e.g. self-reported or possibly out of date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// present when better sources contradict the claim
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute: Option<Dispute>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// What better sources say instead of a contradicted claim.
pub struct Dispute {
    /// what the better sources say
    pub says: String,
    /// ids of the sources that say it
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// An education program.
pub struct Program {
    /// a short unique id
    pub id: String,
    /// the program's name
    pub name: String,
    /// other names search should match
    #[serde(default)]
    pub aliases: Vec<String>,
    /// the program's web address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// one-paragraph overview
    pub summary: Fact,
    /// the program's sections
    #[serde(default)]
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// A headed part of a program's description.
pub struct Section {
    /// a short unique id
    pub id: String,
    /// the section's heading
    pub heading: String,
    /// extra words search should match
    #[serde(default)]
    pub tags: Vec<String>,
    /// the section's facts
    pub facts: Vec<Fact>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// A career, with its profile in the Roles pane; the comparison's roles are its columns.
pub struct Role {
    /// a short unique id
    pub id: String,
    /// the role's name
    pub title: String,
    /// other names search should match
    #[serde(default)]
    pub aliases: Vec<String>,
    /// extra words search should match
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// one-paragraph description: what they do
    pub summary: Fact,
    /// the main tasks, each a fact with its sources
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Fact>,
    /// headed parts of the profile, in reading order (work setting and hours, how to become one, credentials, outlook, how it leads into or differs from other roles)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// pay figures, each with source and year
    #[serde(default)]
    pub pay: Vec<PayFigure>,
    /// ids of related roles in this base
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// A pay figure in US dollars, a year or an hour.
pub struct PayFigure {
    /// where the figure comes from, e.g. "Validated salary survey"
    pub label: String,
    /// "average", "median", "starting range", ...
    pub basis: String,
    /// the figure, or the bottom of a range, in dollars (cents allowed for hourly pay)
    #[schemars(range(min = 0))]
    pub low: f64,
    /// the top of a range
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0))]
    pub high: Option<f64>,
    /// what the figure is paid for: "year" (the default) or "hour"
    #[serde(default, skip_serializing_if = "Per::is_year")]
    pub per: Per,
    /// the source gives a floor ("more than $239,200"), not an exact figure
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub at_least: bool,
    /// the year the figure describes, or "undated"
    pub year: String,
    /// ids of the sources
    pub sources: Vec<String>,
    /// a caveat
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// present when better sources contradict the figure
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute: Option<Dispute>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
/// what the figure is paid for: "year" (the default) or "hour"
pub enum Per {
    #[default]
    Year,
    Hour,
}

impl Per {
    pub fn is_year(&self) -> bool {
        *self == Per::Year
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// The roles side by side.
pub struct Comparison {
    /// role ids, in column order
    #[serde(default)]
    pub roles: Vec<String>,
    /// the rows
    #[serde(default)]
    pub dimensions: Vec<Dimension>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// One row of the comparison, e.g. Duties or Pay.
pub struct Dimension {
    /// a short unique id
    pub id: String,
    /// the row's label
    pub label: String,
    /// other words search should match, e.g. "salary" for Pay
    #[serde(default)]
    pub aliases: Vec<String>,
    /// one cell per role
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// What one role's column says for one dimension.
pub struct Cell {
    /// a role id from `comparison.roles`
    pub role: String,
    /// the cell's facts
    pub facts: Vec<Fact>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// A question students ask, with a sourced answer.
pub struct Faq {
    /// a short unique id
    pub id: String,
    /// the question as a student would ask it
    pub question: String,
    /// extra words search should match
    #[serde(default)]
    pub tags: Vec<String>,
    /// the answer's facts
    pub answer: Vec<Fact>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// A glossary term.
pub struct Term {
    /// a short unique id
    pub id: String,
    /// the term, e.g. "IABP (intra-aortic balloon pump)"
    pub term: String,
    /// other names, e.g. "balloon pump"
    #[serde(default)]
    pub aliases: Vec<String>,
    /// the definition's facts
    pub definition: Vec<Fact>,
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
}

//! The fast path for good files: a quick check of the typed model that says only whether
//! there is anything at all to report, and stripping unknown fields for the strict parse.

use rustc_hash::FxHashSet as HashSet;
use serde_json::Value;

use super::check::{MAX_ITEMS, MAX_STRING_CHARS};
use super::model::{KnowledgeBase, SCHEMA_VERSION};
use super::sanitize::Sizes;
use super::schema::{ROOT, Ty, schema};

/// The fast check of a typed knowledge base: true when there is nothing at all to report
/// (no error, no warning). Anything else sends the file down the diagnostic path.
pub fn typed_ok(kb: &KnowledgeBase, sizes: Sizes) -> bool {
    if kb.schema_version > SCHEMA_VERSION
        || sizes.longest_string > MAX_STRING_CHARS
        || sizes.longest_list > MAX_ITEMS
    {
        return false;
    }
    let mut ids: HashSet<&str> = HashSet::default();
    let sources: HashSet<&str> = kb.sources.iter().map(|s| s.id.as_str()).collect();
    let roles: HashSet<&str> = kb.roles.iter().map(|r| r.id.as_str()).collect();
    let all_ids = kb
        .sources
        .iter()
        .map(|s| s.id.as_str())
        .chain(kb.programs.iter().map(|p| p.id.as_str()))
        .chain(
            kb.programs
                .iter()
                .flat_map(|p| &p.sections)
                .map(|s| s.id.as_str()),
        )
        .chain(kb.roles.iter().map(|r| r.id.as_str()))
        .chain(
            kb.roles
                .iter()
                .flat_map(|r| &r.sections)
                .map(|s| s.id.as_str()),
        )
        .chain(kb.comparison.dimensions.iter().map(|d| d.id.as_str()))
        .chain(kb.faqs.iter().map(|q| q.id.as_str()))
        .chain(kb.glossary.iter().map(|t| t.id.as_str()))
        .chain(kb.routes.iter().map(|r| r.id.as_str()))
        .chain(kb.fit.iter().map(|q| q.id.as_str()));
    for id in all_ids {
        if id.trim().is_empty() || !ids.insert(id) {
            return false;
        }
        // An id with spaces inside is a warning (`complete.rs`); surrounding ones are trimmed.
        if id.trim() == id && id.contains(char::is_whitespace) {
            return false;
        }
    }
    if !complete(kb) {
        return false;
    }
    let cites_ok =
        |ids: &[String]| !ids.is_empty() && ids.iter().all(|i| sources.contains(i.as_str()));
    for f in kb.all_facts() {
        if !cites_ok(&f.sources) || f.dispute.as_ref().is_some_and(|d| !cites_ok(&d.sources)) {
            return false;
        }
    }
    for p in kb.roles.iter().flat_map(|r| &r.pay) {
        if !cites_ok(&p.sources)
            || p.dispute.as_ref().is_some_and(|d| !cites_ok(&d.sources))
            || p.high.is_some_and(|h| h < p.low)
            || p.low < 0.0
        {
            return false;
        }
    }
    // A route leads to a role of this base, and each time and cost range runs low to high.
    let routes_ok = kb.routes.iter().all(|r| {
        roles.contains(r.to.as_str())
            && r.steps
                .iter()
                .filter_map(|s| s.takes)
                .all(|t| t.low >= 0.0 && t.high() >= t.low)
            && r.steps
                .iter()
                .filter_map(|s| s.costs.as_ref())
                .all(|c| c.low >= 0.0 && c.high() >= c.low)
    });
    let fit_ok = kb
        .fit
        .iter()
        .flat_map(|q| &q.answers)
        .flat_map(|a| &a.leans)
        .all(|l| roles.contains(l.role.as_str()));
    if !routes_ok || !fit_ok {
        return false;
    }
    // Related roles name roles of this base.
    if !kb
        .roles
        .iter()
        .flat_map(|r| &r.related)
        .all(|id| roles.contains(id.as_str()))
    {
        return false;
    }
    let mut columns: HashSet<&str> = HashSet::default();
    if !kb
        .comparison
        .roles
        .iter()
        .all(|r| roles.contains(r.as_str()) && columns.insert(r.as_str()))
    {
        return false;
    }
    // Slides name roles and FAQs; a dangling one would draw an empty slide.
    let faqs: HashSet<&str> = kb.faqs.iter().map(|q| q.id.as_str()).collect();
    let slides_ok = kb.slides.iter().all(|s| {
        s.role.as_deref().is_none_or(|r| roles.contains(r))
            && s.faqs.iter().all(|q| faqs.contains(q.as_str()))
    });
    if !slides_ok {
        return false;
    }

    kb.comparison
        .dimensions
        .iter()
        .flat_map(|d| &d.cells)
        .all(|c| kb.comparison.roles.contains(&c.role))
}

/// What `complete::completeness` reports, on the typed model: no empty title, answer or
/// definition, and a cell for every compared role in every row.
fn complete(kb: &KnowledgeBase) -> bool {
    let blank = |s: &str| s.trim().is_empty();
    let titles = kb
        .sources
        .iter()
        .map(|s| s.title.as_str())
        .chain(kb.programs.iter().map(|p| p.name.as_str()))
        .chain(
            kb.programs
                .iter()
                .flat_map(|p| &p.sections)
                .chain(kb.roles.iter().flat_map(|r| &r.sections))
                .map(|s| s.heading.as_str()),
        )
        .chain(kb.roles.iter().map(|r| r.title.as_str()))
        .chain(kb.comparison.dimensions.iter().map(|d| d.label.as_str()))
        .chain(kb.faqs.iter().map(|q| q.question.as_str()))
        .chain(kb.glossary.iter().map(|t| t.term.as_str()))
        .chain(
            kb.roles
                .iter()
                .flat_map(|r| &r.pay)
                .map(|p| p.label.as_str()),
        )
        .chain(kb.slides.iter().filter_map(|s| s.heading.as_deref()));
    if titles.into_iter().any(blank)
        || kb.faqs.iter().any(|q| q.answer.is_empty())
        || kb.glossary.iter().any(|t| t.definition.is_empty())
    {
        return false;
    }
    kb.comparison.dimensions.iter().all(|d| {
        kb.comparison
            .roles
            .iter()
            .all(|r| d.cells.iter().any(|c| c.role == *r))
    })
}

/// Removes fields the schema does not know (after they have been warned about), so the
/// strict typed parse accepts the rest.
pub fn strip_unknown(v: &mut Value) {
    fn strip(v: &mut Value, ty: &Ty) {
        match ty {
            Ty::Obj(i) => {
                let obj = schema().obj(*i);
                if let Some(map) = v.as_object_mut() {
                    map.retain(|k, _| obj.field(k).is_some());
                    for f in &obj.fields {
                        if let Some(child) = map.get_mut(&f.name) {
                            strip(child, &f.ty);
                        }
                    }
                }
            }
            Ty::Array(inner) => {
                if let Some(items) = v.as_array_mut() {
                    for i in items.iter_mut() {
                        strip(i, inner);
                    }
                }
            }
            _ => {}
        }
    }
    strip(v, &ROOT);
}

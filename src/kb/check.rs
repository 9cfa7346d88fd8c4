//! Checking a parsed JSON value against the schema: required fields, types, unknown fields
//! (with "did you mean"), and size limits. Collects every problem instead of stopping.

use std::fmt::Write as _;

use serde_json::Value;

use rustc_hash::FxHashSet as HashSet;

use super::counts::list;
use super::diagnostics::{Problem, Severity};
use super::model::{Cell, Fact, KnowledgeBase, PayFigure};
use super::route::{Cost, Span};
use super::sanitize::{clean, cleaned};
use super::schema::{Obj, ROOT, Ty, describe, schema};
use super::suggest::did_you_mean;

/// Longest string accepted, in characters: far beyond any real fact, small enough to draw.
pub const MAX_STRING_CHARS: usize = 20_000;
/// Most items accepted in one list.
pub const MAX_ITEMS: usize = 1_000_000;

fn found(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("{b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() > 40 => "a long string".into(),
        Value::String(s) => format!("the string \"{}\"", clean(s)),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

pub(super) fn problem(severity: Severity, path: &str, message: String) -> Problem {
    Problem {
        file: None,
        severity,
        path: path.to_string(),
        line: None,
        column: None,
        message,
    }
}

/// Problems after this many get no "did you mean" (a report shows the first 50).
const MAX_HINTS: usize = 100;

fn check_ty(v: &Value, ty: &Ty, path: &mut String, what: &str, out: &mut Vec<Problem>) {
    let wrong = |out: &mut Vec<Problem>| {
        out.push(problem(
            Severity::Error,
            path,
            format!("expected {} ({what}), found {}", describe(ty), found(v)),
        ));
    };
    match ty {
        Ty::Str => match v.as_str() {
            // A string no longer in bytes than the limit is within it in characters.
            Some(s) if s.len() > MAX_STRING_CHARS && s.chars().count() > MAX_STRING_CHARS => out.push(problem(
                Severity::Error,
                path,
                format!("string of {} characters is over the {MAX_STRING_CHARS}-character limit; shorten it or split it into several facts", s.chars().count()),
            )),
            Some(_) => {}
            None => wrong(out),
        },
        Ty::Bool => {
            if !v.is_boolean() {
                wrong(out);
            }
        }
        Ty::Num => {
            if v.as_f64().is_none_or(|n| !n.is_finite() || n < 0.0) {
                wrong(out);
            }
        }
        Ty::Uint => {
            if v.as_u64().is_none_or(|n| n > u64::from(u32::MAX)) {
                wrong(out);
            }
        }
        Ty::Enum(values) => match v.as_str() {
            Some(s) if values.iter().any(|v| v == s) => {}
            Some(s) => {
                let hint = did_you_mean(s, values.iter().map(String::as_str)).map(|m| format!("; did you mean \"{m}\"?")).unwrap_or_default();
                out.push(problem(Severity::Error, path, format!("expected {} ({what}), found \"{}\"{hint}", describe(ty), clean(s))));
            }
            None => wrong(out),
        },
        Ty::Array(inner) => match v.as_array() {
            Some(items) if items.len() > MAX_ITEMS => out.push(problem(
                Severity::Error,
                path,
                format!("list of {} items is over the {MAX_ITEMS}-item limit", items.len()),
            )),
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = push_index(path, i);
                    check_ty(item, inner, path, what, out);
                    path.truncate(len);
                }
            }
            None => wrong(out),
        },
        Ty::Obj(i) => match v.as_object() {
            Some(_) => check_obj(v, schema().obj(*i), path, out),
            None => wrong(out),
        },
    }
}

pub(super) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn check_obj(v: &Value, obj: &Obj, path: &mut String, out: &mut Vec<Problem>) {
    let Some(map) = v.as_object() else { return };
    // Only the required fields are looked up by hash; the rest are met in the walk below.
    for f in obj.fields.iter().filter(|f| f.required) {
        if !map.contains_key(&f.name) {
            out.push(problem(
                Severity::Error,
                &join(path, &f.name),
                format!(
                    "missing required field \"{}\": {} ({})",
                    f.name,
                    describe(&f.ty),
                    f.doc
                ),
            ));
        }
    }
    for (key, value) in map {
        if let Some(f) = obj.field(key) {
            if !(value.is_null() && f.nullable) {
                let len = push_key(path, &f.name);
                check_ty(value, &f.ty, path, &f.doc, out);
                path.truncate(len);
            }
        } else {
            let shown = clean(key);
            let hint = did_you_mean(key, obj.fields.iter().map(|f| f.name.as_str())).map_or_else(
                || {
                    format!(
                        "; {} fields are: {}",
                        obj.name,
                        obj.fields
                            .iter()
                            .map(|f| f.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                },
                |m| format!("; did you mean \"{m}\"?"),
            );
            out.push(problem(
                Severity::Warning,
                &join(path, &shown),
                format!("unknown field \"{shown}\" is ignored{hint}"),
            ));
        }
    }
}

/// Calls `visit` for every object that sits where the schema expects one, with its path.
pub(super) fn walk<'a>(
    v: &'a Value,
    ty: &Ty,
    path: &str,
    visit: &mut impl FnMut(&'static Obj, &'a Value, &str),
) {
    walk_in(v, ty, &mut path.to_string(), visit);
}

/// The walk, with one path buffer grown and cut back as it goes: no string is made per
/// value, which is most of the cost on a large file.
fn walk_in<'a>(
    v: &'a Value,
    ty: &Ty,
    path: &mut String,
    visit: &mut impl FnMut(&'static Obj, &'a Value, &str),
) {
    match ty {
        Ty::Obj(i) if v.is_object() => {
            let obj = schema().obj(*i);
            visit(obj, v, path);
            // The object's own entries, in the file's order: a few short name compares
            // each instead of hashing every field the schema knows.
            for (key, child) in v.as_object().into_iter().flatten() {
                if let Some(f) = obj.field(key) {
                    let len = push_key(path, &f.name);
                    walk_in(child, &f.ty, path, visit);
                    path.truncate(len);
                }
            }
        }
        Ty::Array(inner) => {
            for (i, item) in v
                .as_array()
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .enumerate()
            {
                let len = push_index(path, i);
                walk_in(item, inner, path, visit);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// Appends ".key" (or "key" at the top) to a path; returns the length to cut back to.
fn push_key(path: &mut String, key: &str) -> usize {
    let len = path.len();
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
    len
}

/// Appends "[i]" to a path; returns the length to cut back to.
fn push_index(path: &mut String, i: usize) -> usize {
    let len = path.len();
    let _ = write!(path, "[{i}]");
    len
}

pub(super) fn strings(v: Option<&Value>) -> Vec<(usize, String)> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .enumerate()
                .filter_map(|(i, s)| s.as_str().map(|s| (i, clean(s))))
                .collect()
        })
        .unwrap_or_default()
}

/// A reference to a role the base does not have, at `path`, with an optional why.
fn unknown_role(path: &str, role: &str, why: &str) -> Problem {
    problem(
        Severity::Error,
        path,
        format!("role \"{role}\" is not in the roles list{why}"),
    )
}

/// Problems serde cannot see: duplicate ids, references that do not resolve, facts without
/// a source, inverted ranges. Works on the JSON value, so it runs even when types are wrong.
pub fn references(root: &Value) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut ids: rustc_hash::FxHashMap<String, String> = std::collections::HashMap::default();
    // Sources and roles live in their own top-level lists, so what can be cited is known
    // before the one walk that checks ids and citations together.
    let ids_in = |key: &str| -> rustc_hash::FxHashSet<String> {
        list(root, key)
            .iter()
            .filter_map(|v| v.get("id").and_then(Value::as_str))
            .map(clean)
            .collect()
    };
    let sources = ids_in("sources");
    let roles = ids_in("roles");
    let columns = strings(root.get("comparison").and_then(|c| c.get("roles")));
    walk(root, &ROOT, "", &mut |obj, v, path| {
        if obj.field("id").is_some()
            && let Some(id) = v.get("id").and_then(Value::as_str).map(cleaned)
        {
            if id.trim().is_empty() {
                out.push(problem(
                    Severity::Error,
                    &join(path, "id"),
                    "id is empty; give every entry a short unique id".into(),
                ));
            } else if let Some(first) = ids.get(id.as_ref()) {
                out.push(problem(
                    Severity::Error,
                    &join(path, "id"),
                    format!("duplicate id \"{id}\" (first used at {first}); ids must be unique"),
                ));
            } else {
                ids.insert(id.into_owned(), join(path, "id"));
            }
        }
        if obj
            .field("sources")
            .is_some_and(|f| matches!(f.ty, Ty::Array(_)))
            && !obj.is::<KnowledgeBase>()
        {
            let cited: Vec<(usize, std::borrow::Cow<'_, str>)> = v
                .get("sources")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
                .filter_map(|(k, s)| s.as_str().map(|s| (k, cleaned(s))))
                .collect();
            if cited.is_empty() {
                let (sev, what) = if obj.is::<Fact>() {
                    (Severity::Warning, "fact has no source")
                } else {
                    (Severity::Error, "no source given")
                };
                out.push(problem(
                    sev,
                    &join(path, "sources"),
                    format!("{what}; cite at least one id from the sources list"),
                ));
            }
            for (k, id) in cited {
                if !sources.contains(id.as_ref()) {
                    // Hints for the first problems only: more than a report shows, and
                    // never one search of every source per bad reference.
                    let hint = (out.len() < MAX_HINTS)
                        .then(|| did_you_mean(&id, sources.iter().map(String::as_str)))
                        .flatten()
                        .map(|m| format!("; did you mean \"{m}\"?"))
                        .unwrap_or_default();
                    out.push(problem(
                        Severity::Error,
                        &format!("{path}.sources[{k}]"),
                        format!("source \"{id}\" is not in the sources list{hint}"),
                    ));
                }
            }
        }
        if obj.is::<Cell>()
            && let Some(r) = v.get("role").and_then(Value::as_str).map(clean)
            && !columns.iter().any(|(_, c)| *c == r)
        {
            out.push(problem(
                Severity::Error,
                &join(path, "role"),
                format!("role \"{r}\" is not one of comparison.roles"),
            ));
        }
        if obj.is::<PayFigure>() || obj.is::<Span>() || obj.is::<Cost>() {
            let (low, high) = (
                v.get("low").and_then(Value::as_f64),
                v.get("high").and_then(Value::as_f64),
            );
            if let (Some(l), Some(h)) = (low, high)
                && h < l
            {
                out.push(problem(
                    Severity::Error,
                    &join(path, "high"),
                    format!("high ({h}) is below low ({l})"),
                ));
            }
        }
    });
    let faq_ids = ids_in("faqs");
    for (i, slide) in list(root, "slides").iter().enumerate() {
        if let Some(r) = slide.get("role").and_then(Value::as_str).map(clean)
            && !roles.contains(&r)
        {
            out.push(unknown_role(&format!("slides[{i}].role"), &r, ""));
        }
        for (k, q) in strings(slide.get("faqs")) {
            if !faq_ids.contains(&q) {
                out.push(problem(
                    Severity::Error,
                    &format!("slides[{i}].faqs[{k}]"),
                    format!("FAQ \"{q}\" is not in the faqs list"),
                ));
            }
        }
    }
    for (i, role) in list(root, "roles").iter().enumerate() {
        for (k, r) in strings(role.get("related")) {
            if !roles.contains(&r) {
                out.push(unknown_role(&format!("roles[{i}].related[{k}]"), &r, ""));
            }
        }
    }
    for (i, route) in list(root, "routes").iter().enumerate() {
        if let Some(to) = route.get("to").and_then(Value::as_str).map(clean)
            && !roles.contains(&to)
        {
            out.push(unknown_role(
                &format!("routes[{i}].to"),
                &to,
                "; a route leads to a role of this base",
            ));
        }
    }
    for (i, q) in list(root, "fit").iter().enumerate() {
        for (j, a) in list(q, "answers").iter().enumerate() {
            for (k, lean) in list(a, "leans").iter().enumerate() {
                if let Some(r) = lean.get("role").and_then(Value::as_str).map(clean)
                    && !roles.contains(&r)
                {
                    out.push(unknown_role(
                        &format!("fit[{i}].answers[{j}].leans[{k}].role"),
                        &r,
                        "",
                    ));
                }
            }
        }
    }
    let mut seen_columns = HashSet::default();
    for (i, r) in &columns {
        if !seen_columns.insert(r.as_str()) {
            out.push(problem(
                Severity::Error,
                &format!("comparison.roles[{i}]"),
                format!("role \"{r}\" is already a column; each role is compared once"),
            ));
        }
        if !roles.contains(r) {
            out.push(unknown_role(&format!("comparison.roles[{i}]"), r, ""));
        }
    }
    out
}

/// Every schema problem in a parsed knowledge base.
pub fn check(v: &Value) -> Vec<Problem> {
    let mut out = Vec::new();
    check_obj(v, schema().root(), &mut String::new(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reports_every_problem_with_its_path() {
        let v = json!({
            "schema_version": 1, "title": 3, "sources": [{"id": "a", "titel": "x", "publisher": "p", "year": "2020", "trust": "hgh"}],
            "faqs": [{"id": "f", "question": "q", "answer": [{"text": "t"}]}]
        });
        let problems = check(&v);
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        for want in [
            "title",
            "sources[0].title",
            "sources[0].titel",
            "sources[0].trust",
            "faqs[0].answer[0].sources",
        ] {
            assert!(paths.contains(&want), "no problem at {want}: {problems:?}");
        }
        let trust = problems
            .iter()
            .find(|p| p.path == "sources[0].trust")
            .map(|p| p.message.clone())
            .unwrap_or_default();
        assert!(trust.contains("did you mean \"high\""), "{trust}");
    }

    #[test]
    fn did_you_mean_goes_to_the_first_bad_references_only() {
        // Each bad reference is one slip from a real source; past MAX_HINTS problems the
        // hint is left off, so 2,000 of them never cost 2,000 searches of every source.
        let n = MAX_HINTS + 50;
        let sources: Vec<Value> = (0..n)
            .map(|i| json!({"id": format!("src-{i:04}"), "title": "t", "publisher": "p", "year": "2020", "trust": "high"}))
            .collect();
        let facts: Vec<Value> = (0..n)
            .map(|i| json!({"text": "t", "sources": [format!("src-{i:04}x")]}))
            .collect();
        let v = json!({"schema_version": 1, "title": "t", "sources": sources,
                       "faqs": [{"id": "f", "question": "q", "answer": facts}]});
        let bad: Vec<Problem> = references(&v)
            .into_iter()
            .filter(|p| p.message.contains("is not in the sources list"))
            .collect();
        assert_eq!(bad.len(), n, "every bad reference is reported");
        let hinted = bad
            .iter()
            .filter(|p| p.message.contains("did you mean"))
            .count();
        assert_eq!(hinted, MAX_HINTS);
        assert!(
            bad[0].message.contains("did you mean \"src-0000\""),
            "{}",
            bad[0].message
        );
    }

    #[test]
    fn null_is_absent_for_optional_fields_only() {
        let v = json!({
            "schema_version": 1, "title": "t",
            "sources": [{"id": "a", "title": "x", "publisher": "p", "url": null, "year": "2020", "trust": "high", "note": null}],
            "faqs": [{"id": "f", "question": null, "answer": [{"text": "t", "sources": ["a"], "dispute": null}]}]
        });
        let problems = check(&v);
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["faqs[0].question"], "{problems:?}");
        // The typed model reads the same file the same way.
        let mut fixed = v.clone();
        fixed["faqs"][0]["question"] = json!("q");
        assert!(check(&fixed).is_empty());
        assert!(serde_json::from_value::<KnowledgeBase>(fixed).is_ok());
    }
}

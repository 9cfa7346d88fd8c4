//! What a file can hold that is valid JSON of the right types but would show as something
//! missing: an empty title or answer, an id with spaces (`show` cannot take it unquoted), a
//! comparison row without a cell for a compared role. Works on the JSON value, like the
//! reference checks, and the fast path refuses the same files (`typed_check.rs`).

use serde_json::Value;

use super::check::{join, problem, strings, walk};
use super::counts::list;
use super::diagnostics::{Problem, Severity};
use super::sanitize::{clean, cleaned};
use super::schema::ROOT;

/// The fields that name an entry on screen: a result with an empty one has no title.
pub const TITLE_FIELDS: &[&str] = &["title", "name", "heading", "label", "question", "term"];

/// The lists an entry is no use without.
pub const BODY_FIELDS: &[&str] = &["answer", "definition"];

pub fn completeness(root: &Value) -> Vec<Problem> {
    let mut out = Vec::new();
    walk(root, &ROOT, "", &mut |obj, v, path| {
        if path.is_empty() {
            return;
        }
        // The object's entries, not a lookup per field name: no hashing on a large file.
        for (key, value) in v.as_object().into_iter().flatten() {
            let f = key.as_str();
            if TITLE_FIELDS.contains(&f)
                && obj.field(f).is_some()
                && value.as_str().is_some_and(|s| cleaned(s).trim().is_empty())
            {
                out.push(problem(
                    Severity::Error,
                    &join(path, f),
                    format!("{f} is empty; every entry needs words to be found and shown by"),
                ));
            }
            if BODY_FIELDS.contains(&f) && value.as_array().is_some_and(Vec::is_empty) {
                out.push(problem(
                    Severity::Warning,
                    &join(path, f),
                    format!("{f} is empty; it shows as a heading with nothing under it"),
                ));
            }
        }
        if let Some(id) = v.get("id").and_then(Value::as_str)
            && id.trim() == id
            && id.contains(char::is_whitespace)
        {
            out.push(problem(
                Severity::Warning,
                &join(path, "id"),
                format!(
                    "id \"{}\" has spaces; use hyphens (\"{}\") so `show ID` takes it as one word",
                    clean(id),
                    clean(id).split_whitespace().collect::<Vec<_>>().join("-")
                ),
            ));
        }
    });
    let columns = strings(root.get("comparison").and_then(|c| c.get("roles")));
    let dims = root
        .get("comparison")
        .map_or(&[][..], |c| list(c, "dimensions"));
    for (i, d) in dims.iter().enumerate() {
        let cells: Vec<String> = list(d, "cells")
            .iter()
            .filter_map(|c| c.get("role").and_then(Value::as_str).map(clean))
            .collect();
        for (_, role) in &columns {
            if !cells.contains(role) {
                out.push(problem(
                    Severity::Warning,
                    &format!("comparison.dimensions[{i}].cells"),
                    format!("no cell for role \"{role}\"; its column will say there is no data"),
                ));
            }
        }
    }
    out
}

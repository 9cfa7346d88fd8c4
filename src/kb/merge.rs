//! Several knowledge-base files loaded as one (`--data a.json --data b.json`), so a large
//! base can be split: their lists are joined in order, ids must be unique across all of
//! them, a fact may cite a source from any of them, and every problem is reported in the
//! file and at the line it comes from.

use std::path::Path;

use serde_json::{Map, Value};

use super::diagnostics::Problem;
use super::load::{self, LoadError, Loaded, read_text};
use super::locate;
use super::sanitize::clean;

/// The top-level lists that are joined, in this order within each.
const LISTS: &[&str] = &[
    "sources", "programs", "roles", "faqs", "glossary", "routes", "fit", "slides",
];

/// Where one file's part of the merged base starts, per list.
struct Part {
    origin: String,
    text: String,
    starts: Vec<(&'static str, usize)>,
}

pub fn from_paths(paths: &[&Path]) -> Result<Loaded, LoadError> {
    if let [one] = paths {
        return load::from_path(one);
    }
    let mut parts: Vec<Part> = Vec::with_capacity(paths.len());
    let mut merged = Map::new();
    let mut comparison_from = None;
    let mut version = 0;
    for (k, path) in paths.iter().enumerate() {
        let origin = clean(&path.display().to_string());
        let text = read_text(path).map_err(|message| LoadError::Unreadable {
            origin: origin.clone(),
            message,
        })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
        // A file that is not a JSON object is reported on its own, as one file would be.
        let Ok(Value::Object(mut obj)) = serde_json::from_str::<Value>(&text) else {
            return Err(match load::from_str(&text, &origin) {
                Err(e) => e,
                Ok(_) => LoadError::Unreadable {
                    origin,
                    message: "is not a JSON object".into(),
                },
            });
        };
        version = version.max(
            obj.get("schema_version")
                .and_then(Value::as_u64)
                .unwrap_or(0),
        );
        let mut starts = Vec::new();
        for &key in LISTS {
            let list = merged
                .entry(key)
                .or_insert_with(|| Value::Array(Vec::new()));
            let start = list.as_array().map_or(0, Vec::len);
            starts.push((key, start));
            if let (Some(Value::Array(items)), Some(all)) = (obj.remove(key), list.as_array_mut()) {
                all.extend(items);
            }
        }
        if comparison_from.is_none()
            && obj.get("comparison").is_some_and(|c| {
                c.get("roles")
                    .and_then(Value::as_array)
                    .is_some_and(|r| !r.is_empty())
            })
        {
            comparison_from = Some(k);
            merged.insert(
                "comparison".into(),
                obj.remove("comparison").unwrap_or_default(),
            );
        }
        obj.remove("comparison");
        // The first file's title, description and other fields speak for the whole.
        for (key, value) in obj {
            merged.entry(key).or_insert(value);
        }
        parts.push(Part {
            origin,
            text,
            starts,
        });
    }
    merged.insert("schema_version".into(), Value::from(version));
    let origin = parts
        .iter()
        .map(|p| p.origin.as_str())
        .collect::<Vec<_>>()
        .join(" + ");
    let text = serde_json::to_string(&Value::Object(merged)).unwrap_or_default();
    let place = |problems: &mut Vec<Problem>| locate_in_parts(&parts, comparison_from, problems);
    match load::from_str(&text, &origin) {
        Ok(mut loaded) => {
            place(&mut loaded.warnings);
            Ok(loaded)
        }
        Err(LoadError::Invalid {
            origin,
            mut problems,
            counts,
        }) => {
            place(&mut problems);
            Err(LoadError::Invalid {
                origin,
                problems,
                counts,
            })
        }
        Err(e) => Err(e),
    }
}

/// Moves each problem from the merged text to the file it comes from: its path made local
/// to that file ("faqs[120]" is the 18th FAQ of the second file), its line and column
/// found in that file's text.
fn locate_in_parts(parts: &[Part], comparison_from: Option<usize>, problems: &mut [Problem]) {
    let mut owner = Vec::with_capacity(problems.len());
    for p in problems.iter_mut() {
        let (file, path) = local(parts, comparison_from, &p.path);
        p.path = path;
        p.file = parts.get(file).map(|part| part.origin.clone());
        owner.push(file);
    }
    // One pass over each file for all of its problems: a pass per problem was quadratic
    // in a file with thousands of them (issue 16).
    for (k, part) in parts.iter().enumerate() {
        let wanted: Vec<&str> = problems
            .iter()
            .zip(&owner)
            .filter(|&(_, &f)| f == k)
            .map(|(p, _)| p.path.as_str())
            .collect();
        if wanted.is_empty() {
            continue;
        }
        let found = locate::locate(&part.text, &wanted);
        for (p, _) in problems.iter_mut().zip(&owner).filter(|&(_, &f)| f == k) {
            let at = found.get(&p.path).copied();
            p.line = at.map(|a| a.0);
            p.column = at.map(|a| a.1);
        }
    }
}

fn local(parts: &[Part], comparison_from: Option<usize>, path: &str) -> (usize, String) {
    if path.starts_with("comparison") {
        return (comparison_from.unwrap_or(0), path.to_string());
    }
    for &key in LISTS {
        let Some(rest) = path.strip_prefix(key).and_then(|r| r.strip_prefix('[')) else {
            continue;
        };
        let Some((index, tail)) = rest.split_once(']') else {
            continue;
        };
        let Ok(index) = index.parse::<usize>() else {
            continue;
        };
        let start = |p: &Part| p.starts.iter().find(|s| s.0 == key).map_or(0, |s| s.1);
        let file = parts.iter().rposition(|p| start(p) <= index).unwrap_or(0);
        let local_index = index - parts.get(file).map_or(0, start);
        return (file, format!("{key}[{local_index}]{tail}"));
    }
    (0, path.to_string())
}

//! Reading, parsing and validating a knowledge base; the only way a `KnowledgeBase` is made.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use super::model::{Fact, KnowledgeBase, SCHEMA_VERSION};
use super::sanitize::{Sanitize, clean};

/// The knowledge base compiled into the binary.
pub const EMBEDDED_JSON: &str = include_str!("../../assets/knowledge.json");
pub const EMBEDDED_NAME: &str = "<embedded knowledge base>";

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One thing wrong with a knowledge-base file, located as precisely as we can.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// JSON path such as `roles[1].pay[0].sources[0]`; empty for the whole file.
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}")?;
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, " at {l}:{c}")?;
        }
        if !self.path.is_empty() {
            write!(f, " in {}", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{origin}: {message}")]
    Unreadable { origin: String, message: String },
    #[error("{origin}: {} problem(s), the first: {}", problems.len(), problems.first().map(ToString::to_string).unwrap_or_default())]
    Invalid {
        origin: String,
        problems: Vec<Problem>,
    },
}

/// A usable knowledge base and the warnings found while loading it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub kb: KnowledgeBase,
    pub warnings: Vec<Problem>,
}

/// Loads the embedded knowledge base.
pub fn embedded() -> Result<Loaded, LoadError> {
    from_str(EMBEDDED_JSON, EMBEDDED_NAME)
}

/// Loads a knowledge base from a file, refusing what is not a readable, sized, UTF-8 file.
pub fn from_path(path: &Path) -> Result<Loaded, LoadError> {
    let origin = clean(&path.display().to_string());
    let unreadable = |message: String| LoadError::Unreadable {
        origin: origin.clone(),
        message,
    };
    let meta = std::fs::metadata(path).map_err(|e| unreadable(io_reason(&e)))?;
    if meta.is_dir() {
        return Err(unreadable(
            "is a directory; give the path of a .json file".into(),
        ));
    }
    if !meta.is_file() {
        return Err(unreadable(
            "is not a regular file (a device, FIFO or socket); give the path of a .json file"
                .into(),
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(unreadable(format!(
            "is {} bytes, over the {} MiB limit for a knowledge base",
            meta.len(),
            MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| unreadable(io_reason(&e)))?;
    let text = decode(&bytes).map_err(unreadable)?;
    from_str(text, &origin)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file; check the path".into(),
        std::io::ErrorKind::PermissionDenied => {
            "permission denied; check the file's permissions".into()
        }
        _ => clean(&e.to_string()),
    }
}

/// Accepts UTF-8 (with or without a byte-order mark) and explains anything else.
fn decode(bytes: &[u8]) -> Result<&str, String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err("is UTF-16 encoded; save it as UTF-8".into());
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "is not valid UTF-8 (first bad byte at offset {}); save it as UTF-8",
            e.valid_up_to()
        )
    })
}

/// Parses, validates and sanitizes a knowledge base held in a string.
pub fn from_str(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    let origin = clean(origin);
    if text.trim().is_empty() {
        return Err(LoadError::Unreadable {
            origin,
            message:
                "is empty; a knowledge base is a JSON object (see assets/knowledge.schema.json)"
                    .into(),
        });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed: Result<KnowledgeBase, _> = serde_path_to_error::deserialize(&mut de);
    let mut kb = match parsed {
        Ok(kb) => kb,
        Err(err) => {
            let path = err.path().to_string();
            return Err(parse_problem(&origin, &path, err.inner()));
        }
    };
    if let Err(err) = de.end() {
        return Err(parse_problem(&origin, "", &err));
    }
    kb.sanitize();
    let problems = validate(&kb);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(LoadError::Invalid { origin, problems });
    }
    Ok(Loaded {
        kb,
        warnings: problems,
    })
}

fn parse_problem(origin: &str, path: &str, err: &serde_json::Error) -> LoadError {
    let problem = Problem {
        severity: Severity::Error,
        path: if path == "." {
            String::new()
        } else {
            clean(path)
        },
        line: Some(err.line()),
        column: Some(err.column()),
        message: clean(&strip_position(&err.to_string())),
    };
    LoadError::Invalid {
        origin: origin.to_string(),
        problems: vec![problem],
    }
}

/// serde_json appends " at line L column C"; we report the position separately.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

fn error(path: String, message: String) -> Problem {
    Problem {
        severity: Severity::Error,
        path,
        line: None,
        column: None,
        message,
    }
}

fn warning(path: String, message: String) -> Problem {
    Problem {
        severity: Severity::Warning,
        ..error(path, message)
    }
}

/// Checks what serde cannot: versions, unique ids and that every reference resolves.
pub fn validate(kb: &KnowledgeBase) -> Vec<Problem> {
    let mut problems = Vec::new();
    if kb.schema_version > SCHEMA_VERSION {
        problems.push(error(
            "schema_version".into(),
            format!(
                "schema_version {} is newer than this build supports ({SCHEMA_VERSION}); upgrade perfusion-explorer",
                kb.schema_version
            ),
        ));
    }
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut check_id = |id: &str, path: String, problems: &mut Vec<Problem>| {
        if id.trim().is_empty() {
            problems.push(error(
                path,
                "id is empty; give every entry a short unique id".into(),
            ));
        } else if let Some(first) = seen.get(id) {
            problems.push(error(
                path,
                format!("duplicate id \"{id}\" (first used at {first}); ids must be unique"),
            ));
        } else {
            seen.insert(id.to_string(), path);
        }
    };
    for (i, s) in kb.sources.iter().enumerate() {
        check_id(&s.id, format!("sources[{i}].id"), &mut problems);
    }
    for (i, p) in kb.programs.iter().enumerate() {
        check_id(&p.id, format!("programs[{i}].id"), &mut problems);
        for (j, s) in p.sections.iter().enumerate() {
            check_id(
                &s.id,
                format!("programs[{i}].sections[{j}].id"),
                &mut problems,
            );
        }
    }
    for (i, r) in kb.roles.iter().enumerate() {
        check_id(&r.id, format!("roles[{i}].id"), &mut problems);
    }
    for (i, d) in kb.comparison.dimensions.iter().enumerate() {
        check_id(
            &d.id,
            format!("comparison.dimensions[{i}].id"),
            &mut problems,
        );
    }
    for (i, q) in kb.faqs.iter().enumerate() {
        check_id(&q.id, format!("faqs[{i}].id"), &mut problems);
    }
    for (i, t) in kb.glossary.iter().enumerate() {
        check_id(&t.id, format!("glossary[{i}].id"), &mut problems);
    }

    let sources: HashSet<&str> = kb.sources.iter().map(|s| s.id.as_str()).collect();
    let mut check_refs = |ids: &[String], path: &str, problems: &mut Vec<Problem>| {
        for (k, id) in ids.iter().enumerate() {
            if !sources.contains(id.as_str()) {
                problems.push(error(
                    format!("{path}[{k}]"),
                    format!(
                        "source \"{id}\" is not in the sources list; add it there or fix the id"
                    ),
                ));
            }
        }
    };
    for (path, fact) in kb.facts() {
        check_fact(fact, &path, &mut check_refs, &mut problems);
    }
    for (i, r) in kb.roles.iter().enumerate() {
        for (j, p) in r.pay.iter().enumerate() {
            let path = format!("roles[{i}].pay[{j}]");
            if p.sources.is_empty() {
                problems.push(error(
                    format!("{path}.sources"),
                    "a pay figure needs at least one source".into(),
                ));
            }
            check_refs(&p.sources, &format!("{path}.sources"), &mut problems);
            if let Some(d) = &p.dispute {
                check_refs(
                    &d.sources,
                    &format!("{path}.dispute.sources"),
                    &mut problems,
                );
            }
            if p.high.is_some_and(|h| h < p.low) {
                problems.push(error(path, "high is below low".into()));
            }
        }
    }

    let roles: HashSet<&str> = kb.roles.iter().map(|r| r.id.as_str()).collect();
    for (i, id) in kb.comparison.roles.iter().enumerate() {
        if !roles.contains(id.as_str()) {
            problems.push(error(
                format!("comparison.roles[{i}]"),
                format!("role \"{id}\" is not in the roles list"),
            ));
        }
    }
    for (i, d) in kb.comparison.dimensions.iter().enumerate() {
        for (j, c) in d.cells.iter().enumerate() {
            if !kb.comparison.roles.contains(&c.role) {
                problems.push(error(
                    format!("comparison.dimensions[{i}].cells[{j}].role"),
                    format!("role \"{}\" is not one of comparison.roles", c.role),
                ));
            }
        }
    }
    problems
}

fn check_fact(
    fact: &Fact,
    path: &str,
    check_refs: &mut impl FnMut(&[String], &str, &mut Vec<Problem>),
    problems: &mut Vec<Problem>,
) {
    if fact.sources.is_empty() {
        problems.push(warning(
            format!("{path}.sources"),
            "fact has no source; cite at least one source id".into(),
        ));
    }
    check_refs(&fact.sources, &format!("{path}.sources"), problems);
    if let Some(d) = &fact.dispute {
        check_refs(&d.sources, &format!("{path}.dispute.sources"), problems);
    }
}

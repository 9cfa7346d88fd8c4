//! Reading, parsing and validating a knowledge base; the only way a `KnowledgeBase` is made.

use std::path::Path;

use std::io::Read;

use serde_json::Value;

use super::check;
use super::counts::{self, Counts};
pub use super::diagnostics::{Problem, Severity};
use super::locate;
use super::model::{KnowledgeBase, SCHEMA_VERSION};
use super::sanitize::{self, Sizes, clean};
use super::typed_check;

/// The knowledge base compiled into the binary.
pub const EMBEDDED_JSON: &str = include_str!("../../assets/knowledge.json");
pub const EMBEDDED_NAME: &str = "<embedded knowledge base>";

/// Files at least this large are checked on two threads (a thread costs more than a
/// small file's whole check).
const PARALLEL_CHECK_FROM: usize = 1024 * 1024;

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{origin}: {message}")]
    Unreadable { origin: String, message: String },
    #[error("{origin}: {} problem(s), the first: {}", problems.len(), problems.first().map(ToString::to_string).unwrap_or_default())]
    Invalid {
        origin: String,
        problems: Vec<Problem>,
        /// What the file holds, when it parsed as JSON.
        counts: Option<Box<Counts>>,
    },
}

/// A usable knowledge base and the warnings found while loading it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub kb: KnowledgeBase,
    pub warnings: Vec<Problem>,
    pub counts: Counts,
}

/// Loads the embedded knowledge base.
pub fn embedded() -> Result<Loaded, LoadError> {
    from_str(EMBEDDED_JSON, EMBEDDED_NAME)
}

/// Loads a knowledge base from a file, refusing what is not a readable, sized, UTF-8 file.
pub fn from_path(path: &Path) -> Result<Loaded, LoadError> {
    let origin = clean(&path.display().to_string());
    let text = read_text(path).map_err(|message| LoadError::Unreadable {
        origin: origin.clone(),
        message,
    })?;
    from_str(&text, &origin)
}

/// Reads a file as UTF-8 text with bounded memory, or says plainly why it cannot.
pub(super) fn read_text(path: &Path) -> Result<String, String> {
    // Opened first and checked after, on what was opened: no FIFO can be swapped in between.
    let file = crate::files::open_regular(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::IsADirectory => "is a directory; give the path of a .json file".into(),
        std::io::ErrorKind::InvalidInput => {
            "is not a regular file (a device, FIFO or socket); give the path of a .json file"
                .to_string()
        }
        _ => io_reason(&e),
    })?;
    let meta = file.metadata().map_err(|e| io_reason(&e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(meta.len()));
    }
    // The file may grow after the size check; never read more than the cap.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    decode(bytes)
}

fn too_big(len: u64) -> String {
    format!(
        "is {len} bytes, over the {} MiB limit for a knowledge base; split it into several files and give each with --data (--data a.json --data b.json), or remove unused text",
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "does not exist; check the path".into(),
        std::io::ErrorKind::PermissionDenied => {
            "cannot be read: permission denied; check the file's permissions".into()
        }
        _ => format!("cannot be read: {}", clean(&e.to_string())),
    }
}

/// Accepts UTF-8 (with or without a byte-order mark) and explains anything else.
fn decode(mut bytes: Vec<u8>) -> Result<String, String> {
    let utf16 = bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || (bytes.len() >= 4 && (bytes[1] == 0 && bytes[3] == 0 || bytes[0] == 0 && bytes[2] == 0));
    if utf16 {
        return Err("is UTF-16 encoded; save it as UTF-8".into());
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
        let (line, col) = locate::line_col(&text, at);
        format!("is not valid UTF-8 (first bad byte at {line}:{col}, byte offset {at}); save it as UTF-8")
    })
}

/// What a serde_json syntax error means to someone editing the file.
fn syntax_message(err: &serde_json::Error) -> String {
    let raw = strip_position(&err.to_string());
    if err.classify() == serde_json::error::Category::Eof {
        "the file ends too soon: the JSON is truncated, or a closing bracket, brace or quote is missing".into()
    } else if raw.contains("trailing characters") {
        "unexpected text after the end of the JSON object; remove it".into()
    } else if raw.contains("recursion limit") {
        "nesting is too deep (over 127 levels); a knowledge base needs only a few levels".into()
    } else {
        format!(
            "invalid JSON: {}; check the syntax here (quotes, commas, brackets)",
            clean(&raw)
        )
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list ([...])",
        Value::Object(_) => "an object",
    }
}

/// Parses, validates and sanitizes a knowledge base held in a string.
pub fn from_str(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    let origin = clean(origin);
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Unreadable {
            origin: origin.clone(),
            message:
                "is empty; a knowledge base is a JSON object (see assets/knowledge.schema.json)"
                    .into(),
        });
    }
    // Fast path: a good file parses straight into the typed model and passes the quick
    // checks; only a file with something to report pays for the located diagnostics.
    let typed = parse_typed(text);
    if let Some((kb, sizes)) = typed {
        if typed_check::typed_ok(&kb, sizes) {
            let counts = Counts::of(&kb);
            return Ok(Loaded {
                kb,
                warnings: Vec::new(),
                counts,
            });
        }
        // Freed after the diagnosis: freeing while it parses would slow both down.
        let diagnosed = diagnose(text, &origin);
        crate::parallel::drop_later(text.len() >= PARALLEL_CHECK_FROM, kb);
        return diagnosed;
    }
    diagnose(text, &origin)
}

/// The fast path's parse: the typed model, every string clean, and the sizes the limits
/// need. A file whose raw text is already clean (nearly every real one) is parsed straight
/// into the model; one that needs cleaning goes through its JSON value first.
pub fn parse_typed(text: &str) -> Option<(KnowledgeBase, Sizes)> {
    if let Some(sizes) = sanitize::scan(text) {
        let kb = serde_json::from_str::<KnowledgeBase>(text).ok()?;
        return Some((kb, sizes));
    }
    let mut value: Value = serde_json::from_str(text).ok()?;
    let mut sizes = Sizes::default();
    sanitize::clean_value(&mut value, &mut sizes);
    let kb = serde_json::from_value::<KnowledgeBase>(value).ok()?;
    Some((kb, sizes))
}

/// The full diagnostic path, every rule located: what a file with anything to report
/// goes through (the fast path above must agree with it; `tests/it/rules.rs`).
pub fn diagnose(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    let origin = clean(origin);
    let invalid = |problems: Vec<Problem>, counts: Option<Box<Counts>>| LoadError::Invalid {
        origin: origin.clone(),
        problems,
        counts,
    };
    let value: Value = serde_json::from_str(text).map_err(|e| {
        invalid(
            vec![Problem {
                file: None,
                severity: Severity::Error,
                path: String::new(),
                line: Some(e.line()),
                column: Some(e.column()),
                message: syntax_message(&e),
            }],
            None,
        )
    })?;
    if !value.is_object() {
        return Err(invalid(
            vec![error(
                String::new(),
                format!(
                    "the top level must be a JSON object ({{ \"schema_version\": 1, ... }}), found {}",
                    kind_of(&value)
                ),
            )],
            None,
        ));
    }
    if let Some(v) = value.get("schema_version").and_then(Value::as_u64)
        && v > u64::from(SCHEMA_VERSION)
    {
        let mut p = vec![error(
            "schema_version".into(),
            format!(
                "schema_version {v} is newer than this build supports ({SCHEMA_VERSION}); upgrade perfusion-explorer"
            ),
        )];
        locate_all(text, &mut p);
        return Err(invalid(p, None));
    }
    // The walks only read the tree: on a large file the two halves run side by side.
    let ((counts, mut problems), more) = crate::parallel::join(
        text.len() >= PARALLEL_CHECK_FROM,
        || {
            let mut p = check::check(&value);
            p.extend(super::complete::completeness(&value));
            (counts::counts(&value), p)
        },
        || check::references(&value),
    );
    problems.extend(more);
    let kb = if problems.iter().any(|p| p.severity == Severity::Error) {
        crate::parallel::drop_later(text.len() >= PARALLEL_CHECK_FROM, value);
        None
    } else {
        let mut value = value;
        typed_check::strip_unknown(&mut value);
        sanitize::clean_value(&mut value, &mut Sizes::default());
        match serde_json::from_value::<KnowledgeBase>(value) {
            Ok(kb) => Some(kb),
            Err(e) => {
                problems.push(error(String::new(), clean(&e.to_string())));
                None
            }
        }
    };
    locate_all(text, &mut problems);
    // Read top to bottom, like the file.
    problems.sort_by_key(|p| (p.line.unwrap_or(0), p.column.unwrap_or(0)));
    match kb {
        Some(kb) if !problems.iter().any(|p| p.severity == Severity::Error) => Ok(Loaded {
            kb,
            warnings: problems,
            counts,
        }),
        _ => Err(invalid(problems, Some(Box::new(counts)))),
    }
}

/// Fills in line:column for every problem that has a path.
fn locate_all(text: &str, problems: &mut [Problem]) {
    let wanted: Vec<&str> = problems
        .iter()
        .filter(|p| p.line.is_none())
        .map(|p| p.path.as_str())
        .collect();
    if wanted.is_empty() {
        return;
    }
    let found = locate::locate(text, &wanted);
    for p in problems.iter_mut().filter(|p| p.line.is_none()) {
        if let Some(&(l, c)) = found.get(&p.path) {
            p.line = Some(l);
            p.column = Some(c);
        }
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
        file: None,
        severity: Severity::Error,
        path,
        line: None,
        column: None,
        message,
    }
}

/// Checks what serde cannot (ids, references, unsourced facts) on a typed knowledge base.
pub fn validate(kb: &KnowledgeBase) -> Vec<Problem> {
    match serde_json::to_value(kb) {
        Ok(v) => {
            let mut p = check::references(&v);
            p.extend(super::complete::completeness(&v));
            p
        }
        Err(e) => vec![error(String::new(), clean(&e.to_string()))],
    }
}

//! What is wrong with a knowledge-base file, and where: shared by the loader and the
//! checker, so neither depends on the other for it.

use std::fmt;

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
    /// Which file it is in, when several were loaded as one (`--data` twice); otherwise
    /// the file being loaded.
    pub file: Option<String>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, "{l}:{c}: ")?;
        }
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}: ")?;
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        write!(f, "{}", self.message)
    }
}

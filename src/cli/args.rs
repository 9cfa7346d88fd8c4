//! The command line's shape: the options and subcommands clap parses.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::export;
use crate::kb::Kind;

#[derive(Debug, Parser)]
#[command(
    name = "perfusion-explorer",
    version,
    about = "Explore careers as a clinical perfusionist or an ECMO specialist, and the MSOE M.S. in Perfusion program.",
    long_about = "Explore careers as a clinical perfusionist or an ECMO specialist, and the MSOE M.S. in Perfusion program.\n\nWith no command, opens the full-screen explorer (needs a terminal). Every fact cites its sources; disputed claims are flagged."
)]
pub struct Cli {
    /// Use this knowledge-base file instead of the embedded one; give it more than once to
    /// load a base split into several files as one (ids unique across them).
    #[arg(long, global = true, value_name = "FILE")]
    pub data: Vec<PathBuf>,
    /// Colour theme (default: "default" for the explorer, "high-contrast" for `present`).
    #[arg(long, global = true, value_enum)]
    pub theme: Option<ThemeArg>,
    /// No colour at all (also when NO_COLOR is set).
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Plain text for screen readers: a question-and-answer loop with no full-screen UI
    /// (the default when TERM is dumb or unset).
    #[arg(long)]
    pub plain: bool,
    /// Kiosk: no key quits or suspends; only the word in PERFUSION_EXPLORER_KIOSK_WORD,
    /// typed anywhere, or SIGTERM ends it. For the explorer and `present`.
    #[arg(long, global = true)]
    pub kiosk: bool,
    /// With --kiosk: append each search a student settles on (time, query, number found;
    /// nothing else) to FILE, for `perfusion-explorer report FILE`. Opt-in; at most 1 MiB.
    #[arg(long, global = true, value_name = "FILE", requires = "kiosk")]
    pub log: Option<PathBuf>,
    /// With --kiosk: after this many seconds without input, return to the home screen.
    #[arg(long, global = true, value_name = "SECONDS", requires = "kiosk")]
    pub idle: Option<u32>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    Default,
    HighContrast,
    Mono,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Search programs, roles, comparisons, FAQs, glossary terms and sources; best first.
    Search {
        /// What to look for, e.g. "how much do perfusionists make".
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        /// Most results to print (1 or more).
        #[arg(long, default_value_t = 10, value_parser = at_least_one)]
        limit: usize,
        #[arg(long, value_enum, default_value_t = SearchFormat::Text)]
        format: SearchFormat,
        /// With --data: neither use nor keep the prebuilt index of a large file (kept in
        /// the user cache directory, e.g. ~/.cache/perfusion-explorer).
        #[arg(long)]
        no_cache: bool,
    },
    /// List entries with their ids (all, or one kind), for use with `show`.
    List {
        #[arg(value_enum)]
        kind: Option<ListKind>,
        #[arg(long, value_enum, default_value_t = SearchFormat::Text)]
        format: SearchFormat,
    },
    /// Show one entry by its id (ids appear in search results).
    Show {
        id: String,
        #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
        format: ShowFormat,
    },
    /// Check a knowledge-base file: every problem with its place, then a summary. Exit 0
    /// when usable (warnings allowed), 1 when not.
    Check {
        /// The .json file to check.
        file: PathBuf,
    },
    /// Print the whole knowledge base: a Markdown handout, or JSON that loads back.
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Markdown)]
        format: ExportFormat,
        /// Only one part, for a one-page Markdown handout.
        #[arg(long, value_enum)]
        only: Option<export::Part>,
    },
    /// What students searched at a kiosk (`--kiosk --log FILE`): the most frequent
    /// searches and those that found nothing.
    Report {
        /// The search log to read.
        file: PathBuf,
        /// Most searches listed in each part (1 or more).
        #[arg(long, default_value_t = 20, value_parser = at_least_one)]
        limit: usize,
        #[arg(long, value_enum, default_value_t = SearchFormat::Text)]
        format: SearchFormat,
    },
    /// Present the program as slides, for a projector: clicker keys move, `.` blanks.
    Present {
        /// Advance by itself every SECONDS, looping, for an unattended screen.
        #[arg(long, value_name = "SECONDS")]
        auto: Option<u32>,
        /// Blank rows (and twice as many columns) kept around the slides, for projectors
        /// that crop the edges.
        #[arg(long, value_name = "CELLS", default_value_t = 0)]
        margin: u16,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SearchFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListKind {
    #[value(alias = "program")]
    Programs,
    #[value(alias = "section")]
    Sections,
    #[value(alias = "role")]
    Roles,
    #[value(alias = "comparison", alias = "comparisons")]
    Compare,
    #[value(alias = "faq")]
    Faqs,
    #[value(alias = "term", alias = "glossary")]
    Terms,
    #[value(alias = "source")]
    Sources,
}

/// A count the user asks for that must not be zero (`--limit 0` would print "no matches").
fn at_least_one(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("must be 1 or more".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("\"{s}\" is not a whole number")),
    }
}

impl ListKind {
    /// The entry kind this names.
    pub fn kind(self) -> Kind {
        match self {
            ListKind::Programs => Kind::Program,
            ListKind::Sections => Kind::Section,
            ListKind::Roles => Kind::Role,
            ListKind::Compare => Kind::Comparison,
            ListKind::Faqs => Kind::Faq,
            ListKind::Terms => Kind::Term,
            ListKind::Sources => Kind::Source,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Json,
}

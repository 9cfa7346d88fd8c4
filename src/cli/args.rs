//! The command line's shape: the options and subcommands clap parses.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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
    #[command(flatten)]
    pub data: Data,
    #[command(flatten)]
    pub look: Look,
    /// Plain text for screen readers: a question-and-answer loop with no full-screen UI
    /// (the default when TERM is dumb or unset).
    #[arg(long, conflicts_with = "kiosk")]
    pub plain: bool,
    #[command(flatten)]
    pub kiosk: KioskMode,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The knowledge base to use; each command that reads one takes it, `check` takes its own
/// file instead.
#[derive(Debug, Clone, Default, Args)]
pub struct Data {
    /// Use this knowledge-base file instead of the embedded one; give it more than once to
    /// load a base split into several files as one (ids unique across them).
    #[arg(long = "data", value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// How a full screen looks: for the explorer and `present` only.
#[derive(Debug, Clone, Default, Args)]
pub struct Look {
    /// Colour theme (default: "default" for the explorer, "high-contrast" for `present`).
    #[arg(long, value_enum)]
    pub theme: Option<ThemeArg>,
    /// No colour at all (also when NO_COLOR is set).
    #[arg(long)]
    pub no_color: bool,
}

/// Kiosk mode: for the explorer and `present` only.
#[derive(Debug, Clone, Default, Args)]
pub struct KioskMode {
    /// Kiosk: no key quits or suspends; only the word in PERFUSION_EXPLORER_KIOSK_WORD,
    /// typed anywhere, or SIGTERM ends it.
    #[arg(long)]
    pub kiosk: bool,
    /// With --kiosk: append each search a student settles on (time, query, number found;
    /// nothing else) to FILE, for `perfusion-explorer report FILE`. Opt-in; at most 1 MiB.
    #[arg(long, value_name = "FILE", requires = "kiosk")]
    pub log: Option<PathBuf>,
    /// With --kiosk: after this many seconds without input (1 or more), return to the
    /// home screen.
    #[arg(long, value_name = "SECONDS", requires = "kiosk", value_parser = clap::value_parser!(u32).range(1..))]
    pub idle: Option<u32>,
}

impl Cli {
    /// The knowledge-base files given, before the command or after it.
    pub fn data(&self) -> Vec<PathBuf> {
        let mut files = self.data.files.clone();
        if let Some(d) = self.command.as_ref().and_then(Command::data) {
            files.extend(d.files.iter().cloned());
        }
        files
    }

    /// The look asked for, before `present` or after it.
    pub fn look(&self) -> Look {
        match &self.command {
            Some(Command::Present { look, .. }) => Look {
                theme: look.theme.or(self.look.theme),
                no_color: look.no_color || self.look.no_color,
            },
            _ => self.look.clone(),
        }
    }

    /// Kiosk mode as asked for, before `present` or after it.
    pub fn kiosk(&self) -> KioskMode {
        match &self.command {
            Some(Command::Present { kiosk, .. }) => KioskMode {
                kiosk: kiosk.kiosk || self.kiosk.kiosk,
                log: kiosk.log.clone().or_else(|| self.kiosk.log.clone()),
                idle: kiosk.idle.or(self.kiosk.idle),
            },
            _ => self.kiosk.clone(),
        }
    }
}

impl Command {
    fn data(&self) -> Option<&Data> {
        match self {
            Command::Search { data, .. }
            | Command::List { data, .. }
            | Command::Show { data, .. }
            | Command::Path { data, .. }
            | Command::Fit { data, .. }
            | Command::Notes { data, .. }
            | Command::Export { data, .. }
            | Command::Present { data, .. } => Some(data),
            Command::Check { .. } | Command::Report { .. } => None,
        }
    }
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
        /// Text for people, or JSON for scripts.
        #[arg(long, value_enum, default_value_t = SearchFormat::Text)]
        format: SearchFormat,
        /// With --data: neither use nor keep the prebuilt index of a large file (kept in
        /// the user cache directory, e.g. ~/.cache/perfusion-explorer).
        #[arg(long)]
        no_cache: bool,
        #[command(flatten)]
        data: Data,
    },
    /// List entries with their ids (all, or one kind), for use with `show`.
    List {
        /// Only entries of this kind (singular or plural); all when left out.
        #[arg(value_enum)]
        kind: Option<ListKind>,
        /// Text for people, or JSON for scripts.
        #[arg(long, value_enum, default_value_t = SearchFormat::Text)]
        format: SearchFormat,
        #[command(flatten)]
        data: Data,
    },
    /// Show one entry by its id (ids appear in search results).
    Show {
        /// The entry's id (from `search` or `list`), or a citation number such as 27.
        id: String,
        /// Text, Markdown for a handout, or JSON.
        #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
        format: ShowFormat,
        #[command(flatten)]
        data: Data,
    },
    /// A route step by step, with how long each step takes and the total: from where you
    /// stand (`--from "registered nurse"`) to a role (`--to "ECMO specialist"`). Without
    /// both, lists the routes the base has.
    Path {
        /// Where you start, in a few words: a route's start, one of its tags, or its id.
        #[arg(long)]
        from: Option<String>,
        /// The role you are aiming for: its id, its title or one of its other names.
        #[arg(long)]
        to: Option<String>,
        /// Text, Markdown for a handout, or JSON.
        #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
        format: ShowFormat,
        #[command(flatten)]
        data: Data,
    },
    /// Which path fits me: a short self-check on the roles' differences (setting, hours,
    /// the work, where you start, training); says which role your answers lean to and why,
    /// each reason with its sources. A conversation starter, not a validated test.
    Fit {
        /// One answer number per question, e.g. 1,2,1,1,2,1,2,1,1; without it, the questions are
        /// asked one at a time.
        #[arg(long)]
        answers: Option<String>,
        /// Text, Markdown for a handout, or JSON.
        #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
        format: ShowFormat,
        #[command(flatten)]
        data: Data,
    },
    /// Your shortlist (starred with * in the explorer, notes with n) as Markdown with every
    /// source it cites, to bring to an advisor; or star, note and unstar from here. Kept
    /// in $XDG_DATA_HOME/perfusion-explorer (else ~/.local/share/perfusion-explorer).
    Notes {
        /// Star this entry (an id from `search` or `list`).
        #[arg(long, value_name = "ID", conflicts_with = "unstar")]
        star: Option<String>,
        /// With --star: the note to keep on it.
        #[arg(long, requires = "star")]
        note: Option<String>,
        /// Take this entry off the shortlist.
        #[arg(long, value_name = "ID")]
        unstar: Option<String>,
        /// Markdown for a handout, or JSON.
        #[arg(long, value_enum, default_value_t = NotesFormat::Markdown)]
        format: NotesFormat,
        #[command(flatten)]
        data: Data,
    },
    /// Check a knowledge-base file: every problem with its place, then a summary. Exit 0
    /// when usable (warnings allowed), 1 when not.
    Check {
        /// The .json file to check.
        file: PathBuf,
    },
    /// Print the whole knowledge base: a Markdown handout, or JSON that loads back.
    Export {
        /// A Markdown handout, or JSON that loads back with --data.
        #[arg(long, value_enum, default_value_t = ExportFormat::Markdown)]
        format: ExportFormat,
        /// Only one part, for a shorter Markdown handout that lists only the sources it cites.
        #[arg(long, value_enum)]
        only: Option<export::Part>,
        #[command(flatten)]
        data: Data,
    },
    /// What students searched at a kiosk (`--kiosk --log FILE`): the most frequent
    /// searches and those that found nothing.
    Report {
        /// The search log to read.
        file: PathBuf,
        /// Most searches listed in each part (1 or more).
        #[arg(long, default_value_t = 20, value_parser = at_least_one)]
        limit: usize,
        /// Text for people, or JSON for scripts.
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
        #[command(flatten)]
        data: Data,
        #[command(flatten)]
        look: Look,
        #[command(flatten)]
        kiosk: KioskMode,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SearchFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NotesFormat {
    Markdown,
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
    #[value(alias = "route", alias = "paths")]
    Routes,
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
            ListKind::Routes => Kind::Route,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Json,
}

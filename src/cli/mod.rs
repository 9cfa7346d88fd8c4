//! The command line: clap definitions, and the non-interactive commands (search, show,
//! export) that print data to stdout.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod output;
mod report;

use output::show;
pub use output::{SNIPPET_WIDTH, search_output};
pub use report::{MAX_SHOWN, describe_load_error, describe_loaded};
use report::{plural, problem_lines};
use serde_json::json;

use crate::app::App;
use crate::cache;
use crate::catalog::Catalog;
use crate::export;
use crate::kb::load::{self, Loaded, Problem};
use crate::kb::sanitize::clean;
use crate::plain;
use crate::present::Deck;
use crate::search::Found;
use crate::searchlog::{self, SearchLog};
use crate::terminal;
use crate::ui::{Theme, ThemeName};

/// Width of plain-text output; narrow enough that comparisons print stacked.
pub(crate) const TEXT_WIDTH: u16 = 68;

#[derive(Debug, Parser)]
#[command(
    name = "perfusion-explorer",
    version,
    about = "Explore careers as a clinical perfusionist or an ECMO specialist, and the MSOE M.S. in Perfusion program.",
    long_about = "Explore careers as a clinical perfusionist or an ECMO specialist, and the MSOE M.S. in Perfusion program.\n\nWith no command, opens the full-screen explorer (needs a terminal). Every fact cites its sources; disputed claims are flagged."
)]
pub struct Cli {
    /// Use this knowledge-base file instead of the embedded one.
    #[arg(long, global = true, value_name = "FILE")]
    pub data: Option<PathBuf>,
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
        /// Most results to print.
        #[arg(long, default_value_t = 10)]
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
        /// Most searches listed in each part.
        #[arg(long, default_value_t = 20)]
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
    Programs,
    Sections,
    Roles,
    Compare,
    Faqs,
    Terms,
    Sources,
}

impl ListKind {
    fn kind(self) -> crate::kb::Kind {
        use crate::kb::Kind;
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

/// A failure with the exit code it maps to: 1 bad input, 2 usage or environment.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    BadInput(String),
    #[error("{0}")]
    Environment(String),
    #[error("{0}")]
    Usage(String),
    /// The message was already printed; only the exit code remains.
    #[error("")]
    Silent(u8),
}

impl CliError {
    fn code(&self) -> u8 {
        match self {
            CliError::BadInput(_) => 1,
            CliError::Environment(_) | CliError::Usage(_) => 2,
            CliError::Silent(code) => *code,
        }
    }
}

fn theme(cli: &Cli) -> Theme {
    let no_color = cli.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    // A projector needs contrast more than the user's palette.
    let fallback = if matches!(cli.command, Some(Command::Present { .. })) {
        ThemeArg::HighContrast
    } else {
        ThemeArg::Default
    };
    let name = match (no_color, cli.theme.unwrap_or(fallback)) {
        (true, _) | (_, ThemeArg::Mono) => ThemeName::Mono,
        (_, ThemeArg::HighContrast) => ThemeName::HighContrast,
        (_, ThemeArg::Default) => ThemeName::Default,
    };
    Theme::by_name(name)
}

/// Runs a full-screen screen and maps how it ended to an exit code.
fn full_screen<S: terminal::Screen>(
    make: impl FnOnce(u16, u16) -> S,
    theme: &Theme,
    log: Option<&SearchLog>,
) -> Result<(), CliError> {
    match terminal::run(make, theme, log) {
        Ok(terminal::Ending::Quit) => Ok(()),
        Ok(ending) => Err(CliError::Silent(ending.exit_code())),
        Err(e) => Err(CliError::Environment(format!(
            "terminal error: {}",
            clean(&e.to_string())
        ))),
    }
}

/// The search log asked for with --log, opened before the screen is taken over so a bad
/// path is a plain error.
fn open_log(cli: &Cli) -> Result<Option<SearchLog>, CliError> {
    cli.log
        .as_deref()
        .map(|path| {
            SearchLog::open(path).map_err(|e| {
                CliError::Environment(format!(
                    "cannot write the search log {}: {} (choose a file you can write, or leave out --log)",
                    clean(&path.display().to_string()),
                    clean(&e.to_string())
                ))
            })
        })
        .transpose()
}

fn load(cli: &Cli) -> Result<Loaded, CliError> {
    let loaded = match &cli.data {
        Some(path) => load::from_path(path),
        None => load::embedded(),
    };
    loaded.map_err(|e| CliError::BadInput(describe_load_error(&e)))
}

fn write_out(text: &str) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::Environment(format!(
            "cannot write output: {}",
            clean(&e.to_string())
        ))),
    }
}

pub(crate) fn json_text<T: serde::Serialize>(value: &T) -> Result<String, CliError> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| CliError::Environment(format!("cannot encode JSON: {e}")))
}

pub fn run(cli: Cli) -> Result<(), CliError> {
    if let Some(Command::Check { file }) = &cli.command {
        let origin = clean(&file.display().to_string());
        return match load::from_path(file) {
            Ok(loaded) => write_out(&(describe_loaded(&origin, &loaded) + "\n")),
            Err(e) => {
                write_out(&(describe_load_error(&e) + "\n"))?;
                Err(CliError::Silent(1))
            }
        };
    }
    if let Some(Command::Search { query, .. }) = &cli.command {
        let joined = query.join(" ");
        if crate::search::Query::parse(&joined).is_empty() {
            return Err(CliError::Usage(format!(
                "search: \"{}\" has no words or numbers to look for; try e.g. `perfusion-explorer search ecmo training`",
                clean(&joined)
            )));
        }
    }
    // A large --data file searched before: its index is in the cache, no need to load it.
    let cache_key = search_cache_key(&cli);
    if let Some(done) = cache_key.as_ref().and_then(|k| search_from_cache(&cli, k)) {
        return done;
    }
    // Load first: a bad --data file is the more useful thing to hear about.
    let loaded = load(&cli)?;
    let full_screen_wanted =
        matches!(cli.command, None | Some(Command::Present { .. })) && !cli.plain;
    if full_screen_wanted && !terminal::is_interactive() {
        return Err(CliError::Environment(
            "perfusion-explorer: the explorer needs a terminal on stdin and stdout; for scripts use `perfusion-explorer search QUERY` or `--plain` (see --help)".into(),
        ));
    }
    print_warnings(&cli, &loaded.warnings);
    let warnings = loaded.warnings;
    let lib = Catalog::new(loaded.kb);
    let theme = theme(&cli);
    let Some(command) = cli.command else {
        if cli.plain || dumb_terminal() {
            let outcome = plain::run(&lib).map_err(|e| {
                CliError::Environment(format!("cannot read or write: {}", clean(&e.to_string())))
            });
            std::mem::forget(lib);
            return outcome;
        }
        let notice = match (&cli.data, warnings.is_empty()) {
            (Some(path), false) => {
                let file = clean(&path.display().to_string());
                Some(format!(
                    "{} in {file}: see `perfusion-explorer check {file}`",
                    plural(warnings.len(), "warning")
                ))
            }
            _ => None,
        };
        let log = open_log(&cli)?;
        let (kiosk, idle, logging) = (cli.kiosk, cli.idle, log.is_some());
        let make = move |w, h| {
            let mut app = App::new(lib, w, h, &crate::ui::measure::MEASURE);
            app.notice = notice;
            app.kiosk = kiosk;
            app.idle_limit = idle.map(|s| s.saturating_mul(1000));
            app.log_searches = logging;
            app
        };
        return full_screen(make, &theme, log.as_ref());
    };
    let outcome = match command {
        Command::Search {
            query,
            limit,
            format,
            ..
        } => {
            let query = query.join(" ");
            let found = lib.results(&query, limit, SNIPPET_WIDTH);
            let answer = lib
                .answer(&query, &found)
                .map(|fact| output::answer_text(&lib.kb, &fact));
            let printed = print_search(&found, answer.as_deref(), &query, format);
            if let Some(key) = &cache_key {
                cache::store(key, &lib, &warnings);
            }
            printed
        }
        Command::List { kind, format } => {
            let entries: Vec<_> = lib
                .entries
                .iter()
                .filter(|e| kind.is_none_or(|k| e.kind == k.kind()))
                .collect();
            let text = match format {
                SearchFormat::Json => json_text(
                    &entries
                        .iter()
                        .map(|e| json!({"kind": e.kind, "id": e.id, "title": e.title}))
                        .collect::<Vec<_>>(),
                )?,
                SearchFormat::Text => entries.iter().fold(String::new(), |mut out, e| {
                    let _ = writeln!(out, "{:<8} {:<28} {}", e.kind.label(), e.id, e.title);
                    out
                }),
            };
            write_out(&text)
        }
        Command::Show { id, format } => write_out(&show(&lib, &id, format)?),
        Command::Check { .. } => Ok(()),
        Command::Export { format, only } => {
            let text = match (format, only) {
                (ExportFormat::Markdown, None) => export::markdown(&lib.kb),
                (ExportFormat::Markdown, Some(part)) => export::part(&lib.kb, part),
                (ExportFormat::Json, None) => json_text(&lib.kb)?,
                (ExportFormat::Json, Some(_)) => {
                    return Err(CliError::BadInput(
                        "--only makes a Markdown handout; use it with --format markdown".into(),
                    ));
                }
            };
            write_out(&text)
        }
        Command::Report {
            file,
            limit,
            format,
        } => {
            let report = searchlog::report(&file, limit).map_err(|e| {
                CliError::BadInput(format!(
                    "cannot read the search log {}: {}",
                    clean(&file.display().to_string()),
                    clean(&e.to_string())
                ))
            })?;
            let text = match format {
                SearchFormat::Text => searchlog::report_text(&report),
                SearchFormat::Json => json_text(&report)?,
            };
            write_out(&text)
        }
        Command::Present { auto, margin } => {
            let (kiosk, colour) = (cli.kiosk, theme.name != crate::ui::ThemeName::Mono);
            let make = move |w, h| {
                let mut deck = Deck::new(lib, w, h);
                deck.kiosk = kiosk;
                deck.set_colour(colour);
                deck.set_margin(margin);
                deck.auto = auto.filter(|&s| s > 0).map(|s| s.saturating_mul(1000));
                deck
            };
            return full_screen(make, &theme, None);
        }
    };
    // The process ends here; freeing a large base piece by piece only delays the exit
    // (about 180 ms at 100k entries), so the memory is left for the OS to reclaim.
    std::mem::forget(lib);
    outcome
}

fn search_cache_key(cli: &Cli) -> Option<cache::Key> {
    match (&cli.command, &cli.data) {
        (
            Some(Command::Search {
                no_cache: false, ..
            }),
            Some(path),
        ) => cache::Key::of(path),
        _ => None,
    }
}

/// The search answered from the cache, when it holds an intact index of this very file.
fn search_from_cache(cli: &Cli, key: &cache::Key) -> Option<Result<(), CliError>> {
    let Some(Command::Search {
        query,
        limit,
        format,
        ..
    }) = &cli.command
    else {
        return None;
    };
    let query = query.join(" ");
    let stored = cache::Stored::open(key)?;
    let found = stored.search(&query, *limit, SNIPPET_WIDTH)?;
    print_warnings(cli, &stored.warnings);
    // The cache holds entries' text, not their facts and sources: no answer card here.
    Some(print_search(&found, None, &query, *format))
}

fn print_warnings(cli: &Cli, warnings: &[Problem]) {
    if !warnings.is_empty() {
        let origin = cli.data.as_ref().map_or_else(
            || load::EMBEDDED_NAME.to_string(),
            |p| clean(&p.display().to_string()),
        );
        eprint!("{}", problem_lines(&origin, warnings));
    }
}

fn print_search(
    found: &Found,
    answer: Option<&str>,
    query: &str,
    format: SearchFormat,
) -> Result<(), CliError> {
    if found.hits.is_empty() && format == SearchFormat::Text {
        eprintln!(
            "No matches for \"{}\": the knowledge base does not cover it. Try fewer words, or ask the program (`search contact`).",
            clean(query)
        );
    }
    write_out(&search_output(found, answer, format)?)
}

/// TERM=dumb (or no TERM at all) cannot show the full-screen UI.
fn dumb_terminal() -> bool {
    std::env::var("TERM").map_or(true, |t| t.is_empty() || t == "dumb")
}

/// Parses arguments, runs, and maps the outcome to an exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap quotes the user's arguments back; they go through the sanitizer too.
            let text: String = e
                .render()
                .to_string()
                .lines()
                .map(|l| clean(l) + "\n")
                .collect();
            let to_stdout = matches!(
                e.kind(),
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion
            );
            if to_stdout {
                let _ = write_out(&text);
            } else {
                eprint!("{text}");
            }
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if !matches!(e, CliError::Silent(_)) {
                eprintln!("{e}");
            }
            ExitCode::from(e.code())
        }
    }
}

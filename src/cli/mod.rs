//! The command line: parsing (`args`), one function per command (`commands`), and the
//! dispatch between them; errors and exit codes.

use std::io::{self, Write};
use std::process::ExitCode;

mod args;
mod commands;
mod fit;
mod notes;
mod output;
mod report;

pub use args::{Cli, Command, ExportFormat, ListKind, SearchFormat, ShowFormat, ThemeArg};
use output::show;
pub use output::{SNIPPET_WIDTH, search_output};
use report::problem_lines;
pub use report::{MAX_SHOWN, describe_load_error, describe_loaded};

use crate::cache;
use crate::catalog::Catalog;
use crate::kb::load::{self, Loaded, Problem};
use crate::kb::sanitize::clean;
use crate::search::Found;
use crate::searchlog::SearchLog;
use crate::terminal;
use crate::ui::{Theme, ThemeName};

/// Width of plain-text output; narrow enough that comparisons print stacked.
pub(crate) const TEXT_WIDTH: u16 = 68;

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
    let look = cli.look();
    let no_color = look.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    // A projector needs contrast more than the user's palette.
    let fallback = if matches!(cli.command, Some(Command::Present { .. })) {
        ThemeArg::HighContrast
    } else {
        ThemeArg::Default
    };
    let name = match (no_color, look.theme.unwrap_or(fallback)) {
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
    cli.kiosk().log
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
    let data = cli.data();
    let loaded = if data.is_empty() {
        load::embedded()
    } else {
        let paths: Vec<&std::path::Path> = data.iter().map(std::path::PathBuf::as_path).collect();
        crate::kb::merge::from_paths(&paths)
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

pub fn run(cli: &Cli) -> Result<(), CliError> {
    if let Some(Command::Check { file }) = &cli.command {
        return commands::check(file);
    }
    if let Some(Command::Search { query, .. }) = &cli.command {
        commands::require_words(query)?;
    }
    // A large --data file searched before: its index is in the cache, no need to load it.
    let cache_key = search_cache_key(cli);
    if let Some(done) = cache_key.as_ref().and_then(|k| search_from_cache(cli, k)) {
        return done;
    }
    // Load first: a bad --data file is the more useful thing to hear about.
    let loaded = load(cli)?;
    // TERM=dumb or unset means plain mode, which needs no terminal (the README says so).
    let full_screen_wanted = match cli.command {
        None => !cli.plain && !dumb_terminal(),
        Some(Command::Present { .. }) => !cli.plain,
        _ => false,
    };
    if full_screen_wanted && !terminal::is_interactive() {
        let what = if cli.command.is_some() {
            "the slide deck (`present`)"
        } else {
            "the explorer"
        };
        return Err(CliError::Environment(format!(
            "perfusion-explorer: {what} needs a terminal on stdin and stdout; for scripts use `perfusion-explorer search QUERY` or `--plain` (see --help)"
        )));
    }
    print_warnings(cli, &loaded.warnings);
    let warnings = loaded.warnings;
    let lib = Catalog::new(loaded.kb);
    let theme = theme(cli);
    let outcome = match &cli.command {
        None => return commands::explore(cli, lib, &warnings, &theme),
        Some(Command::Present { auto, margin, .. }) => {
            return commands::present(cli, lib, *auto, *margin, &theme);
        }
        Some(Command::Search {
            query,
            limit,
            format,
            ..
        }) => commands::search(&lib, query, *limit, *format, cache_key.as_ref(), &warnings),
        Some(Command::List { kind, format, .. }) => commands::list(&lib, *kind, *format),
        Some(Command::Show { id, format, .. }) => write_out(&show(&lib, id, *format)?),
        Some(Command::Path {
            from, to, format, ..
        }) => commands::path(&lib, from.as_deref(), to.as_deref(), *format),
        Some(Command::Fit {
            answers, format, ..
        }) => fit::fit(&lib, answers.as_deref(), *format),
        Some(Command::Export { format, only, .. }) => commands::export(&lib, *format, *only),
        Some(Command::Notes {
            star,
            note,
            unstar,
            format,
            ..
        }) => notes::notes(
            &lib,
            notes::Change {
                star: star.as_deref(),
                note: note.as_deref(),
                unstar: unstar.as_deref(),
            },
            *format,
        ),
        Some(Command::Report {
            file,
            limit,
            format,
        }) => commands::report(file, *limit, *format),
        Some(Command::Check { .. }) => Ok(()),
    };
    exit_fast(lib);
    outcome
}

/// The process ends soon after: freeing a large base piece by piece only delays the exit
/// (about 180 ms at 100k entries), so its memory is left for the OS to reclaim.
fn exit_fast(lib: Catalog) {
    std::mem::forget(lib);
}

fn search_cache_key(cli: &Cli) -> Option<cache::Key> {
    // The cache holds one file's index; a base split into several is loaded each time.
    match (&cli.command, cli.data().as_slice()) {
        (
            Some(Command::Search {
                no_cache: false, ..
            }),
            [path],
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

/// How messages name the knowledge base: the embedded one, or the files given.
pub(crate) fn data_name(cli: &Cli) -> String {
    let data = cli.data();
    if data.is_empty() {
        return load::EMBEDDED_NAME.to_string();
    }
    data.iter()
        .map(|p| clean(&p.display().to_string()))
        .collect::<Vec<_>>()
        .join(" + ")
}

/// Writes a message to stderr. A stderr that cannot be written (closed, a full disk) must
/// not turn a warning into a panic (exit 101); the exit code still tells what happened.
pub(crate) fn to_stderr(text: &str) {
    let mut err = io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}

fn print_warnings(cli: &Cli, warnings: &[Problem]) {
    if !warnings.is_empty() {
        let origin = data_name(cli);
        to_stderr(&problem_lines(&origin, warnings));
    }
}

fn print_search(
    found: &Found,
    answer: Option<&str>,
    query: &str,
    format: SearchFormat,
) -> Result<(), CliError> {
    if found.hits.is_empty() && format == SearchFormat::Text {
        to_stderr(&format!(
            "No matches for \"{}\": the knowledge base does not cover it. Try fewer words, or ask the program (`search contact`).\n",
            clean(query)
        ));
    }
    write_out(&search_output(found, answer, format)?)
}

/// TERM=dumb (or no TERM at all) cannot show the full-screen UI.
fn dumb_terminal() -> bool {
    std::env::var("TERM").map_or(true, |t| t.is_empty() || t == "dumb")
}

/// Parses arguments, runs, and maps the outcome to an exit code.
/// The command line as clap reads it, with `present --help` listing the deck's keys from
/// the one keymap table.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    let keys: Vec<String> = crate::app::hints::grouped(crate::app::Mode::Present, false)
        .into_iter()
        .map(|(k, d)| format!("  {k:<28} {d}"))
        .collect();
    Cli::command().mut_subcommand("present", |c| {
        c.after_help(format!("Keys while presenting:\n{}", keys.join("\n")))
    })
}

pub fn main() -> ExitCode {
    use clap::FromArgMatches;
    let parsed = command()
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
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
                // Help that cannot be written (stdout on a full disk) is not a success.
                if let Err(e) = write_out(&text) {
                    to_stderr(&format!("{e}\n"));
                    return ExitCode::from(e.code());
                }
            } else {
                to_stderr(&text);
            }
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if !matches!(e, CliError::Silent(_)) {
                to_stderr(&format!("{e}\n"));
            }
            ExitCode::from(e.code())
        }
    }
}

//! One function per command: what each prints, and the two full-screen modes.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::json;

use super::report::plural;
use super::{Cli, describe_load_error, describe_loaded};
use super::{
    CliError, ExportFormat, ListKind, SNIPPET_WIDTH, SearchFormat, exit_fast, full_screen,
    json_text, open_log, print_search, write_out,
};
use crate::app::App;
use crate::cache;
use crate::catalog::Catalog;
use crate::export;
use crate::kb::load::{self, Problem};
use crate::kb::sanitize::clean;
use crate::plain;
use crate::present::Deck;
use crate::searchlog;
use crate::ui::Theme;

/// `check FILE`: the file's problems, or that it is fine.
pub fn check(file: &Path) -> Result<(), CliError> {
    let origin = clean(&file.display().to_string());
    match load::from_path(file) {
        Ok(loaded) => write_out(&(describe_loaded(&origin, &loaded) + "\n")),
        Err(e) => {
            write_out(&(describe_load_error(&e) + "\n"))?;
            Err(CliError::Silent(1))
        }
    }
}

/// A search needs at least one word or number to look for.
pub fn require_words(query: &[String]) -> Result<(), CliError> {
    let joined = query.join(" ");
    if crate::search::Query::parse(&joined).is_empty() {
        return Err(CliError::Usage(format!(
            "search: \"{}\" has no words or numbers to look for; try e.g. `perfusion-explorer search ecmo training`",
            clean(&joined)
        )));
    }
    Ok(())
}

/// `search QUERY`: the answer card and the results; the index is cached for a large file.
pub fn search(
    lib: &Catalog,
    query: &[String],
    limit: usize,
    format: SearchFormat,
    cache_key: Option<&cache::Key>,
    warnings: &[Problem],
) -> Result<(), CliError> {
    let query = query.join(" ");
    let found = lib.results(&query, limit, SNIPPET_WIDTH);
    let answer = lib
        .answer(&query, &found)
        .map(|fact| super::output::answer_text(&lib.kb, &fact));
    let printed = print_search(&found, answer.as_deref(), &query, format);
    if let Some(key) = cache_key {
        cache::store(key, lib, warnings);
    }
    printed
}

/// `list [KIND]`: every entry's kind, id and title.
pub fn list(lib: &Catalog, kind: Option<ListKind>, format: SearchFormat) -> Result<(), CliError> {
    let entries: Vec<_> = lib
        .entries
        .iter()
        .filter(|e| kind.is_none_or(|k| e.kind == k.kind()))
        .collect();
    // A source's citation number, as printed beside the facts that cite it ("[27]").
    let number = |e: &crate::kb::Entry| {
        (e.kind == crate::kb::Kind::Source)
            .then(|| lib.kb.source_index(&e.id).map(|i| i + 1))
            .flatten()
    };
    let text = match format {
        SearchFormat::Json => json_text(
            &entries
                .iter()
                .map(|e| match number(e) {
                    Some(n) => json!({"kind": e.kind, "id": e.id, "title": e.title, "number": n}),
                    None => json!({"kind": e.kind, "id": e.id, "title": e.title}),
                })
                .collect::<Vec<_>>(),
        )?,
        SearchFormat::Text => entries.iter().fold(String::new(), |mut out, e| {
            let title = match number(e) {
                Some(n) => format!("[{n}] {}", e.title),
                None => e.title.clone(),
            };
            let _ = writeln!(out, "{:<8} {:<28} {title}", e.kind.label(), e.id);
            out
        }),
    };
    write_out(&text)
}

/// `export`: the Markdown handout (or one part of it), or the base as JSON.
pub fn export(
    lib: &Catalog,
    format: ExportFormat,
    only: Option<export::Part>,
) -> Result<(), CliError> {
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

/// `report FILE`: the kiosk log's most frequent searches and those that found nothing.
pub fn report(file: &Path, limit: usize, format: SearchFormat) -> Result<(), CliError> {
    let report = searchlog::report(file, limit).map_err(|e| {
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

/// No command: the explorer full screen, or plain mode for a screen reader or a dumb
/// terminal.
pub fn explore(
    cli: &Cli,
    lib: Catalog,
    warnings: &[Problem],
    theme: &Theme,
) -> Result<(), CliError> {
    if cli.plain || super::dumb_terminal() {
        let outcome = match plain::run(&lib) {
            // A reader that stopped reading (`| head`) ended the session, not an error.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => other.map_err(|e| {
                CliError::Environment(format!("cannot read or write: {}", clean(&e.to_string())))
            }),
        };
        exit_fast(lib);
        return outcome;
    }
    let data = cli.data();
    let notice = (!data.is_empty() && !warnings.is_empty()).then(|| {
        let files = super::data_name(cli);
        let how = if data.len() == 1 {
            format!("`perfusion-explorer check {files}`")
        } else {
            "`perfusion-explorer check` on each file".into()
        };
        format!(
            "{} in {files}: see {how}",
            plural(warnings.len(), "warning")
        )
    });
    let log = open_log(cli)?;
    let k = cli.kiosk();
    let (kiosk, idle, logging) = (k.kiosk, k.idle, log.is_some());
    // A kiosk keeps the shortlist for the visit only; anywhere else it is read back.
    let mut store = (!kiosk)
        .then(crate::shortlist::store::default_dir)
        .flatten()
        .map(|d| crate::shortlist::store::Store::in_dir(&d));
    let (shortlist, damaged) = store
        .as_mut()
        .map(crate::shortlist::store::Store::load)
        .unwrap_or_default();
    let notice = damaged.or(notice);
    let make = move |w, h| {
        let mut app = App::new(lib, w, h, &crate::ui::measure::MEASURE);
        app.notice = notice;
        app.chrome.kiosk = kiosk;
        app.shortlist = shortlist;
        app.shortlist_saved_to = store
            .as_ref()
            .map(|s| crate::kb::sanitize::clean(&s.path().display().to_string()));
        app.shortlist_store = store;
        app.idle_limit = idle.map(|s| s.saturating_mul(1000));
        app.log_searches = logging;
        app
    };
    // A link a kiosk's terminal opened would hand the student a browser.
    let theme = Theme {
        links: !kiosk && supports_hyperlinks::on(supports_hyperlinks::Stream::Stdout),
        ..*theme
    };
    full_screen(make, &theme, log.as_ref())
}

/// `present`: the slide deck, full screen.
pub fn present(
    cli: &Cli,
    lib: Catalog,
    auto: Option<u32>,
    margin: u16,
    theme: &Theme,
) -> Result<(), CliError> {
    let (kiosk, theme_now) = (cli.kiosk().kiosk, *theme);
    let make = move |w, h| {
        let mut deck = Deck::new(lib, w, h);
        deck.chrome.kiosk = kiosk;
        deck.set_theme(theme_now);
        deck.set_margin(margin);
        deck.auto = auto.filter(|&s| s > 0).map(|s| s.saturating_mul(1000));
        deck
    };
    full_screen(make, theme, None)
}

/// `path --from START --to ROLE`: the first route that starts there and leads to that role,
/// shown as `show` would; without a match (or without both), the routes the base has.
pub fn path(
    lib: &Catalog,
    from: Option<&str>,
    to: Option<&str>,
    format: super::ShowFormat,
) -> Result<(), CliError> {
    let kb = &lib.kb;
    let starts = |r: &crate::kb::route::Route, q: &str| {
        let q = q.to_lowercase();
        r.id == q
            || r.from.to_lowercase().contains(&q)
            || r.tags.iter().any(|t| t.to_lowercase().contains(&q))
    };
    let leads = |r: &crate::kb::route::Route, q: &str| {
        let q = q.to_lowercase();
        kb.role(&r.to).is_some_and(|role| {
            role.id == q
                || role.title.to_lowercase().contains(&q)
                || role.aliases.iter().any(|a| a.to_lowercase() == q)
        })
    };
    let found = kb
        .routes
        .iter()
        .find(|r| from.is_some_and(|f| starts(r, f)) && to.is_some_and(|t| leads(r, t)));
    if let Some(r) = found {
        return write_out(&super::output::show(lib, &r.id, format)?);
    }
    let mut list = String::new();
    for r in &kb.routes {
        let _ = writeln!(
            list,
            "  {}  ({})",
            crate::kb::entries::route_title(kb, r),
            r.id
        );
    }
    if kb.routes.is_empty() {
        list.push_str("  (none: this knowledge base has no routes)\n");
    }
    let asked = match (from, to) {
        (Some(f), Some(t)) => format!("no route from \"{}\" to \"{}\"", clean(f), clean(t)),
        _ => "give both --from and --to".to_string(),
    };
    Err(CliError::BadInput(format!(
        "{asked}; the routes in this knowledge base are:\n{}",
        list.trim_end()
    )))
}

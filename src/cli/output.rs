//! The text and JSON that `search` and `show` print.

use serde_json::json;
use std::fmt::Write as _;

use super::{CliError, SearchFormat, ShowFormat, TEXT_WIDTH, json_text};
use crate::catalog::Catalog;
use crate::export;
use crate::kb::sanitize::clean;
use crate::kb::{Fact, KnowledgeBase};
use crate::search::Found;
use crate::ui::Theme;
use crate::ui::facts::lines;
use crate::ui::pane::item_lines_all;

/// Snippet width of `search` output, in characters.
pub const SNIPPET_WIDTH: usize = 76;

/// What `search` prints for these hits, in either format: in text, the answer first when
/// there is one, then what the base lacks, then the list.
pub fn search_output(
    found: &Found,
    answer: Option<&str>,
    format: SearchFormat,
) -> Result<String, CliError> {
    match format {
        SearchFormat::Json => json_text(&found.hits),
        SearchFormat::Text => Ok(search_text(found, answer)),
    }
}

/// The answer card as text: the fact whole, its source markers, its caveat.
pub fn answer_text(kb: &KnowledgeBase, fact: &Fact) -> String {
    let mut out = String::new();
    for line in lines(kb, fact, TEXT_WIDTH, &Theme::mono(), "Answer: ") {
        out.push_str(line.to_string().trim_end());
        out.push('\n');
    }
    out
}

fn search_text(found: &Found, answer: Option<&str>) -> String {
    let mut out = String::new();
    if let Some(answer) = answer {
        out.push_str(answer);
        out.push('\n');
    }
    if !found.unmatched.is_empty() && !found.hits.is_empty() {
        let _ = write!(out, "No match for: {}\n\n", found.unmatched.join(", "));
    }
    for h in &found.hits {
        let _ = write!(
            out,
            "{:<8} {}  ({})\n         {}\n",
            h.kind.label(),
            h.title,
            h.id,
            h.snippet
        );
    }
    out
}

pub fn show(lib: &Catalog, id: &str, format: ShowFormat) -> Result<String, CliError> {
    // Looked up as it is shown: ids in the base are clean, so a bidi or invisible character
    // in the argument must not make "faq-x" unknown while the message says "faq-x" (F29).
    let cleaned = clean(id);
    let id = cleaned.as_str();
    let not_found = || {
        // A near-miss of an id, else a result whose title has the word; never a guess.
        let close_id =
            crate::kb::suggest::did_you_mean(id, lib.entries.iter().map(|e| e.id.as_str()))
                .map(str::to_string);
        let hint = close_id
            .or_else(|| {
                // A query as long as the search bar takes, no longer.
                let words: String = id.chars().take(crate::app::MAX_QUERY_CHARS).collect();
                lib.search(&words, 1, 40)
                    .into_iter()
                    .find(|h| !h.title_marks.is_empty())
                    .map(|h| h.id)
            })
            .map(|id| format!("; did you mean \"{id}\"?"))
            .unwrap_or_default();
        CliError::BadInput(format!(
            "no entry with id \"{}\"{hint} (ids appear in `search` results)",
            clean(id)
        ))
    };
    // "27", "[27]": a citation number as printed beside facts names that source.
    let number = id.trim().trim_start_matches('[').trim_end_matches(']');
    let by_number = number
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| lib.kb.sources.get(i))
        .and_then(|s| lib.find(&s.id));
    let entry = match (by_number, lib.find(id)) {
        (_, Some(e)) | (Some(e), None) => e,
        (None, None) if number.parse::<usize>().is_ok() => {
            return Err(CliError::BadInput(format!(
                "no source numbered {}: sources are numbered 1 to {} (see `list sources`)",
                clean(number),
                lib.kb.sources.len()
            )));
        }
        (None, None) => return Err(not_found()),
    };
    match format {
        ShowFormat::Json => {
            let kb = &lib.kb;
            let value = kb
                .sources
                .iter()
                .find(|s| s.id == id)
                .map(|v| json!(v))
                .or_else(|| kb.programs.iter().find(|p| p.id == id).map(|v| json!(v)))
                .or_else(|| {
                    kb.programs
                        .iter()
                        .flat_map(|p| &p.sections)
                        .find(|s| s.id == id)
                        .map(|v| json!(v))
                })
                .or_else(|| kb.role(id).map(|v| json!(v)))
                .or_else(|| {
                    kb.comparison
                        .dimensions
                        .iter()
                        .find(|d| d.id == id)
                        .map(|v| json!(v))
                })
                .or_else(|| kb.faqs.iter().find(|q| q.id == id).map(|v| json!(v)))
                .or_else(|| kb.glossary.iter().find(|t| t.id == id).map(|v| json!(v)))
                .or_else(|| {
                    kb.routes.iter().find(|r| r.id == id).map(|r| {
                        let t = r.total();
                        json!({"route": r, "total": {"low_months": t.low_months,
                            "high_months": t.high_months, "untimed_steps": t.untimed,
                            "text": t.describe(), "low_fees_usd": t.low_fees,
                            "high_fees_usd": t.high_fees, "priced_steps": t.priced,
                            "fees_text": t.describe_fees()}})
                    })
                })
                .ok_or_else(not_found)?;
            json_text(
                &json!({ "kind": entry.kind, "id": entry.id, "title": entry.title, "entry": value }),
            )
        }
        ShowFormat::Markdown => export::entry_markdown(lib, id).ok_or_else(not_found),
        ShowFormat::Text => {
            let theme = Theme::mono();
            let mut out = String::new();
            for line in item_lines_all(lib, entry.pane, entry.item, TEXT_WIDTH, &theme) {
                out.push_str(line.to_string().trim_end());
                out.push('\n');
            }
            out.push_str(&crate::plain::sources_text(lib, entry.pane, entry.item));
            Ok(out)
        }
    }
}

//! Markdown output: the whole knowledge base as a handout, or one entry.

use std::fmt::Write;

use crate::catalog::Catalog;
use crate::kb::items::{item_facts, item_sources, marker};
use crate::kb::pay::pay_fact;
use crate::kb::{Fact, KnowledgeBase, Pane};

/// Text from the data as Markdown: the characters Markdown or HTML act on are escaped, so
/// a handout built from someone else's file shows its text and runs nothing (attack report
/// F27: `<img onerror=...>`, `[here](javascript:...)`). Pipes are left to `cell`.
pub fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A web address as a link when it is one (http or https, nothing that could end the
/// link early); anything else (`javascript:...`) as plain, escaped text.
fn link(url: &str) -> String {
    let web = url.starts_with("https://") || url.starts_with("http://");
    if web && !url.contains(|c: char| c.is_whitespace() || matches!(c, '<' | '>')) {
        format!("<{url}>")
    } else {
        md(url)
    }
}

/// "Title. Publisher", without a second stop after a title that ends in one ("?.").
fn sentence(s: &str) -> String {
    let t = md(s);
    if t.ends_with(['.', '?', '!']) {
        t
    } else {
        t + "."
    }
}

/// Markdown table cells cannot hold a bare pipe.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

/// One fact as Markdown text (no list marker), dispute and note included.
fn fact_md(kb: &KnowledgeBase, f: &Fact, sep: &str) -> String {
    let mut out = match &f.dispute {
        None => format!("{} {}", md(&f.text), marker(kb, &f.sources)),
        Some(d) => format!(
            "**DISPUTED:** {} {}{sep}**Sources say:** {} {}",
            md(&f.text),
            marker(kb, &f.sources),
            md(&d.says),
            marker(kb, &d.sources)
        ),
    };
    if let Some(note) = &f.note {
        let _ = write!(out, "{sep}*Note:* {}", md(note));
    }
    out
}

fn facts_list(kb: &KnowledgeBase, facts: &[Fact], out: &mut String) {
    for f in facts {
        let _ = writeln!(out, "- {}", fact_md(kb, f, "\n  - "));
    }
    out.push('\n');
}

fn compare_table(kb: &KnowledgeBase, out: &mut String) {
    let roles: Vec<_> = kb.compared_roles().collect();
    if roles.is_empty() {
        return;
    }
    let _ = write!(out, "| Dimension |");
    for r in &roles {
        let _ = write!(out, " **{}** |", cell(&md(&r.title)));
    }
    let _ = write!(out, "\n|---|");
    for _ in &roles {
        out.push_str("---|");
    }
    out.push('\n');
    let _ = write!(out, "| **Role** |");
    for r in &roles {
        let _ = write!(out, " {} |", cell(&fact_md(kb, &r.summary, "<br>")));
    }
    out.push('\n');
    for d in &kb.comparison.dimensions {
        let _ = write!(out, "| **{}** |", cell(&md(&d.label)));
        for r in &roles {
            let text: Vec<String> = d
                .cells
                .iter()
                .filter(|c| c.role == r.id)
                .flat_map(|c| &c.facts)
                .map(|f| format!("• {}", fact_md(kb, f, "<br>")))
                .collect();
            let _ = write!(out, " {} |", cell(&text.join("<br>")));
        }
        out.push('\n');
    }
    out.push('\n');
}

/// The whole knowledge base as a readable Markdown handout.
pub fn markdown(kb: &KnowledgeBase) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(&kb.title));
    if !kb.checked.is_empty() {
        let _ = writeln!(out, "Facts checked as of {}.\n", kb.checked);
    }
    if !kb.description.is_empty() {
        let _ = writeln!(out, "{}\n", md(&kb.description));
    }
    out.push_str("Numbers in brackets, such as [3], refer to the Sources list at the end. Claims marked **DISPUTED** appear in a source that better sources contradict; what those sources say follows each one.\n\n");
    for p in &kb.programs {
        let _ = writeln!(out, "## {}\n", md(&p.name));
        let _ = writeln!(out, "{}\n", fact_md(kb, &p.summary, " "));
        if let Some(url) = &p.url {
            let _ = writeln!(out, "Web: {}\n", link(url));
        }
        for s in &p.sections {
            let _ = writeln!(out, "### {}\n", md(&s.heading));
            facts_list(kb, &s.facts, &mut out);
        }
    }
    if !kb.comparison.dimensions.is_empty() {
        out.push_str("## Comparing the roles\n\n");
        compare_table(kb, &mut out);
    }
    if kb.roles.iter().any(|r| !r.pay.is_empty()) {
        out.push_str("### Pay figures (US$ a year)\n\n");
        for r in kb.roles.iter().filter(|r| !r.pay.is_empty()) {
            let _ = writeln!(out, "**{}**\n", md(&r.title));
            let facts: Vec<Fact> = r.pay.iter().map(pay_fact).collect();
            facts_list(kb, &facts, &mut out);
        }
    }
    if !kb.faqs.is_empty() {
        out.push_str("## Frequently asked questions\n\n");
        for q in &kb.faqs {
            let _ = writeln!(out, "### {}\n", md(&q.question));
            facts_list(kb, &q.answer, &mut out);
        }
    }
    if !kb.glossary.is_empty() {
        out.push_str("## Glossary\n\n");
        for t in &kb.glossary {
            let _ = write!(out, "**{}**", t.term);
            if !t.aliases.is_empty() {
                let _ = write!(out, " (also: {})", t.aliases.join(", "));
            }
            out.push_str("\n\n");
            facts_list(kb, &t.definition, &mut out);
        }
    }
    out.push_str("## Sources\n\n");
    for (i, s) in kb.sources.iter().enumerate() {
        out.push_str(&source_ref(kb, i));
        if let Some(note) = &s.note {
            let _ = write!(out, " {note}");
        }
        out.push('\n');
    }
    out
}

/// "- [3] Title. Publisher, year. Trust: low. <url>": the Markdown list item for the source
/// at position `i`, numbered as the [n] markers in the text.
fn source_ref(kb: &KnowledgeBase, i: usize) -> String {
    let s = &kb.sources[i];
    let mut out = format!(
        "- [{}] {} {}, {}. Trust: {}.",
        i + 1,
        sentence(&s.title),
        md(&s.publisher),
        md(&s.year),
        s.trust.label()
    );
    if let Some(url) = &s.url {
        let _ = write!(out, " {}", link(url));
    }
    out
}

/// The sources cited by some facts, as a numbered Markdown list (numbers as in the base).
fn cited_sources(kb: &KnowledgeBase, facts: &[&Fact], out: &mut String) {
    let mut ids: Vec<&str> = facts.iter().flat_map(|f| f.all_sources()).collect();
    ids.sort_unstable_by_key(|id| kb.source_index(id));
    ids.dedup();
    out.push_str("## Sources\n\n");
    for i in ids.into_iter().filter_map(|id| kb.source_index(id)) {
        out.push_str(&source_ref(kb, i));
        out.push('\n');
    }
}

/// One part of the base as a Markdown handout, with only the sources it cites.
/// One part of the handout, for `export --only`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Part {
    Compare,
    Program,
    Faq,
}

pub fn part(kb: &KnowledgeBase, part: Part) -> String {
    let mut out = String::new();
    let mut cited: Vec<&Fact> = Vec::new();
    match part {
        Part::Compare => {
            // Named from the data, so another base's handout does not say "perfusionist".
            let titles: Vec<&str> = kb.compared_roles().map(|r| r.title.as_str()).collect();
            let named = match titles.as_slice() {
                [] => "The roles".to_string(),
                [one] => (*one).to_string(),
                [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
            };
            let _ = writeln!(out, "# {}: the roles side by side\n", md(&named));
            compare_table(kb, &mut out);
            cited.extend(
                kb.comparison
                    .dimensions
                    .iter()
                    .flat_map(|d| d.cells.iter().flat_map(|c| &c.facts)),
            );
            cited.extend(kb.compared_roles().map(|r| &r.summary));
        }
        Part::Program => {
            for p in &kb.programs {
                let _ = writeln!(
                    out,
                    "# {}\n\n{}\n",
                    md(&p.name),
                    fact_md(kb, &p.summary, " ")
                );
                if let Some(url) = &p.url {
                    let _ = writeln!(out, "Web: {}\n", link(url));
                }
                cited.push(&p.summary);
                for s in &p.sections {
                    let _ = writeln!(out, "## {}\n", md(&s.heading));
                    facts_list(kb, &s.facts, &mut out);
                    cited.extend(&s.facts);
                }
            }
        }
        Part::Faq => {
            out.push_str("# Frequently asked questions\n\n");
            for q in &kb.faqs {
                let _ = writeln!(out, "**{}**\n", md(&q.question));
                facts_list(kb, &q.answer, &mut out);
                cited.extend(&q.answer);
            }
        }
    }
    out.push_str("Numbers in brackets refer to the sources below. **DISPUTED** marks a claim that better sources contradict.\n\n");
    cited_sources(kb, &cited, &mut out);
    out
}

/// One entry as Markdown: its title, facts, and the sources it cites.
pub fn entry_markdown(lib: &Catalog, id: &str) -> Option<String> {
    let e = lib.find(id)?;
    let kb = &lib.kb;
    let mut out = format!("## {}\n\n", md(&e.title));
    if e.pane == Pane::Sources {
        let s = kb.sources.get(e.item)?;
        let _ = writeln!(
            out,
            "{}, {}. Trust: {}.",
            md(&s.publisher),
            md(&s.year),
            s.trust.label()
        );
        if let Some(url) = &s.url {
            let _ = writeln!(out, "{}", link(url));
        }
        return Some(out);
    }
    match kb.comparison.dimensions.iter().find(|d| d.id == id) {
        Some(d) => {
            for r in kb.compared_roles() {
                let _ = writeln!(out, "**{}**\n", md(&r.title));
                let facts: Vec<Fact> = d
                    .cells
                    .iter()
                    .filter(|c| c.role == r.id)
                    .flat_map(|c| c.facts.clone())
                    .collect();
                facts_list(kb, &facts, &mut out);
            }
        }
        None if e.pane == Pane::Routes => {
            let r = kb.routes.get(e.item)?;
            let t = r.total();
            let _ = writeln!(out, "**Total: {}.**\n", md(&t.describe()));
            if let Some(fees) = t.describe_fees() {
                let _ = writeln!(out, "**{}.**\n", md(&fees));
            }
            for (i, step) in r.steps.iter().enumerate() {
                let mut time = step
                    .takes
                    .map_or_else(|| "time not given".to_string(), |t| t.describe());
                if let Some(c) = &step.costs {
                    time = format!("{time}; fees {}", c.describe());
                }
                let optional = if step.optional { "Optional: " } else { "" };
                let _ = writeln!(
                    out,
                    "### {}. {optional}{} ({})\n",
                    i + 1,
                    md(&step.label),
                    md(&time)
                );
                let step_facts: Vec<Fact> = step.facts().cloned().collect();
                facts_list(kb, &step_facts, &mut out);
                out.push('\n');
            }
        }
        None => match kb.role(id) {
            // The whole profile, pay included (issue 15, B1).
            Some(r) => {
                for b in crate::kb::profile::blocks(kb, r) {
                    let _ = writeln!(out, "### {}\n", md(&b.heading));
                    facts_list(kb, &b.facts, &mut out);
                    out.push('\n');
                }
                let related = crate::kb::profile::related(kb, r);
                if !related.is_empty() {
                    let _ = writeln!(out, "Related roles: {}\n", md(&related.join("; ")));
                }
            }
            None => facts_list(kb, &item_facts(kb, e.pane, e.item), &mut out),
        },
    }
    out.push_str("Sources:\n\n");
    for i in item_sources(kb, e.pane, e.item)
        .iter()
        .filter_map(|id| kb.source_index(id))
    {
        let _ = writeln!(out, "{}", source_ref(kb, i));
    }
    Some(out)
}

/// The shortlist as a Markdown page to bring to an advisor: each starred entry whole, with
/// the student's note and the sources it cites. An entry gone from the base says so, with
/// its note, rather than vanish.
pub fn shortlist_markdown(lib: &Catalog, list: &crate::shortlist::Shortlist) -> String {
    let mut out = String::from("# My shortlist\n\n");
    if list.is_empty() {
        out.push_str("Nothing starred yet: press * on an item in the explorer to keep it here, and n to add a note.\n");
        return out;
    }
    out.push_str("Numbers in brackets refer to the sources listed under each entry. **DISPUTED** marks a claim that better sources contradict.\n\n");
    for s in list.items() {
        let note = (!s.note.is_empty()).then(|| format!("**My note:** {}\n\n", md(&s.note)));
        match entry_markdown(lib, &s.id) {
            Some(entry) => {
                // The note goes under the entry's heading.
                let (head, rest) = entry.split_once("\n\n").unwrap_or((&entry, ""));
                let _ = write!(out, "{head}\n\n{}{rest}\n", note.unwrap_or_default());
            }
            None => {
                let _ = write!(
                    out,
                    "## {}\n\nNo longer in this knowledge base: it was renamed or removed since it was starred.\n\n{}",
                    md(&s.id),
                    note.unwrap_or_default()
                );
            }
        }
    }
    out
}

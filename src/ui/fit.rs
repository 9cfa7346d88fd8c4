//! The "which path fits me" box: the current question and its numbered answers, then the
//! result with each answer's sourced reasons.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Widget};

use super::facts;
use super::theme::Theme;
use super::wrap::wrap;
use crate::app::FitState;
use crate::catalog::Catalog;
use crate::kb::fit::{NOT_A_TEST, score};

fn role_title<'a>(lib: &'a Catalog, id: &'a str) -> &'a str {
    lib.kb.role(id).map_or(id, |r| r.title.as_str())
}

fn para(text: &str, style: ratatui::style::Style, width: u16, out: &mut Vec<Line<'static>>) {
    out.extend(wrap(&[(text, style)], width, ("", style), ("", style)));
}

/// The result of a full set of answers: the disclaimer, which role they lean to, and each
/// answer with its sourced reasons. The same words on screen, in plain mode and from `fit`.
pub fn result_lines(
    lib: &Catalog,
    answers: &[usize],
    width: u16,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let kb = &lib.kb;
    let mut out = Vec::new();
    para(NOT_A_TEST, theme.note, width, &mut out);
    out.push(Line::default());
    let Ok(outcome) = score(&kb.fit, answers) else {
        return out;
    };
    let tally: Vec<String> = outcome
        .points
        .iter()
        .map(|(r, p)| format!("{}: {p}", role_title(lib, r)))
        .collect();
    let lead = match outcome.leader() {
        Some(r) => format!("Your answers lean to: {}", role_title(lib, r)),
        None => "Your answers lean to neither role".to_string(),
    };
    para(
        &format!("{lead} ({}).", tally.join("; ")),
        theme.heading,
        width,
        &mut out,
    );
    out.push(Line::default());
    for (i, (q, a)) in outcome.chosen.iter().enumerate() {
        para(
            &format!("{}. {}", i + 1, q.ask),
            theme.kind,
            width,
            &mut out,
        );
        let said = format!("You said: {}", a.label);
        out.extend(wrap(
            &[(&said, theme.base)],
            width,
            ("   ", theme.base),
            ("   ", theme.base),
        ));
        for f in &a.because {
            out.extend(facts::lines(kb, f, width, theme, "   "));
        }
    }
    out
}

/// The box's lines at `width` for the answers given so far: the current question and its
/// answers, or the result, with the keys that work here.
pub fn screen_lines(
    lib: &Catalog,
    answers: &[usize],
    width: u16,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let kb = &lib.kb;
    let Some(q) = kb.fit.get(answers.len()) else {
        let mut out = result_lines(lib, answers, width, theme);
        out.push(Line::default());
        para(
            "The Routes pane (7) shows how to get there step by step. r starts again, Esc closes.",
            theme.dim,
            width,
            &mut out,
        );
        return out;
    };
    // The question comes first, so even a 40 x 12 screen shows it and its answers.
    let mut out = Vec::new();
    let head = format!(
        "Question {} of {}: {}",
        answers.len() + 1,
        kb.fit.len(),
        q.ask
    );
    para(&head, theme.heading, width, &mut out);
    for (k, a) in q.answers.iter().enumerate() {
        let label = format!("{}) {}", k + 1, a.label);
        out.extend(wrap(
            &[(&label, theme.base)],
            width,
            ("  ", theme.base),
            ("     ", theme.base),
        ));
    }
    out.push(Line::default());
    para(
        "Type an answer's number; Backspace goes back a question.",
        theme.dim,
        width,
        &mut out,
    );
    para(NOT_A_TEST, theme.note, width, &mut out);
    out
}

/// Draws the box over `area`.
pub fn render(lib: &Catalog, state: &FitState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let popup = crate::view::layout::fit_popup(area);
    Clear.render(popup, buf);
    let mut block = Block::bordered()
        .border_style(theme.border_focused)
        .style(theme.base)
        .title(Line::styled(
            " Which path fits me · Esc closes ",
            theme.heading,
        ));
    let inner = block.inner(popup);
    let lines = screen_lines(lib, &state.answers, inner.width, theme);
    let visible = usize::from(inner.height);
    let scroll = state.scroll.min(lines.len().saturating_sub(visible));
    if scroll + visible < lines.len() {
        block = block.title_bottom(Line::styled(" ↓ more: PgDn ", theme.key).right_aligned());
    }
    if scroll > 0 {
        block = block.title_bottom(Line::styled(" ↑ PgUp ", theme.key).left_aligned());
    }
    block.render(popup, buf);
    for (line, y) in lines.iter().skip(scroll).zip(inner.top()..inner.bottom()) {
        buf.set_line(inner.x, y, line, inner.width);
    }
}

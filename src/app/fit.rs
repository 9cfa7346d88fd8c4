//! The "which path fits me" self-check in the explorer (`f`): the answers so far, going
//! back a question, and scrolling the result. Scoring is `kb::fit`'s.

use super::{Action, App, signed};
use crate::view::{Rect, layout};

/// Where the self-check stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FitState {
    /// Answer numbers (1-based) of the questions answered so far, in order.
    pub answers: Vec<usize>,
    /// Lines the box is scrolled by (back to the top at each answer).
    pub scroll: usize,
}

impl FitState {
    /// Whether every one of `questions` has its answer.
    pub fn done(&self, questions: usize) -> bool {
        self.answers.len() >= questions
    }
}

impl App {
    /// The self-check, when it is open.
    pub fn fit(&self) -> Option<&FitState> {
        self.fit.as_ref()
    }

    /// The inside of the self-check's box at the current size.
    fn fit_inner(&self) -> Rect {
        layout::fit_popup(Rect::new(0, 0, self.size.0, self.size.1))
            .inner(crate::view::Margin::new(1, 1))
    }

    fn scroll_fit(&mut self, by: isize) {
        let inner = self.fit_inner();
        let Some(answers) = self.fit.as_ref().map(|f| f.answers.clone()) else {
            return;
        };
        let total = self.measure.fit_lines(&self.lib, &answers, inner.width);
        let max = total.saturating_sub(usize::from(inner.height));
        if let Some(f) = self.fit.as_mut() {
            f.scroll = f.scroll.saturating_add_signed(by).min(max);
        }
    }

    /// Opens the self-check from its first question, or says the base has none.
    pub(super) fn open_fit(&mut self) {
        if self.lib.kb.fit.is_empty() {
            self.notice = Some("This knowledge base has no self-check questions.".into());
            return;
        }
        self.close_overlays_for_fit();
        self.fit = Some(FitState::default());
    }

    /// A key while the self-check is open; it takes every key but the chrome's.
    pub(super) fn fit_key(&mut self, action: Action) {
        let questions = self.lib.kb.fit.len();
        let page = signed(usize::from(self.fit_inner().height.saturating_sub(1)).max(1));
        match action {
            Action::Choose(n) => {
                let Some(f) = self.fit.as_mut() else { return };
                let options = self
                    .lib
                    .kb
                    .fit
                    .get(f.answers.len())
                    .map_or(0, |q| q.answers.len());
                if !f.done(questions) && (1..=options).contains(&usize::from(n)) {
                    f.answers.push(usize::from(n));
                    f.scroll = 0;
                }
            }
            Action::Backspace => {
                if let Some(f) = self.fit.as_mut() {
                    f.answers.pop();
                    f.scroll = 0;
                }
            }
            Action::OpenFit => self.fit = Some(FitState::default()),
            Action::Cancel => self.fit = None,
            Action::Down | Action::ScrollDown(_) => self.scroll_fit(1),
            Action::Up | Action::ScrollUp(_) => self.scroll_fit(-1),
            Action::PageDown => self.scroll_fit(page),
            Action::PageUp => self.scroll_fit(-page),
            _ => {}
        }
    }
}

//! "Which path fits me": a short self-check whose questions, answers and weights live in the
//! knowledge base, and the scoring that says which role the answers lean to and why.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Fact;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// One question of the self-check.
pub struct FitQuestion {
    /// unique id, e.g. "fit-setting"
    pub id: String,
    /// the question, e.g. "Where would you rather spend your working day?"
    pub ask: String,
    /// the answers to choose from (two or more)
    pub answers: Vec<FitAnswer>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// One answer: which roles it leans to, and the sourced facts that say why.
pub struct FitAnswer {
    /// the answer as a student would say it
    pub label: String,
    /// how much this answer leans to each role
    pub leans: Vec<Lean>,
    /// the sourced facts behind the lean
    pub because: Vec<Fact>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// A lean toward one role.
pub struct Lean {
    /// a role id
    pub role: String,
    /// how strongly: 1 leans a little, 3 a lot
    pub weight: u32,
}

/// What every result says first, wherever it is shown.
pub const NOT_A_TEST: &str = "A conversation starter, not a validated psychometric test: talk the result through with an advisor.";

/// The outcome of a set of answers: each role's points, best first, and the answers given.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome<'a> {
    pub points: Vec<(&'a str, u32)>,
    /// (question, the answer chosen), in question order.
    pub chosen: Vec<(&'a FitQuestion, &'a FitAnswer)>,
}

impl Outcome<'_> {
    /// The role the answers lean to, if one leads (a tie leads nowhere).
    pub fn leader(&self) -> Option<&str> {
        match self.points.as_slice() {
            [(first, a), (_, b), ..] if a > b => Some(first),
            [(first, a)] if *a > 0 => Some(first),
            _ => None,
        }
    }
}

/// Why an answer list cannot be scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    /// n answers for m questions.
    Count { given: usize, questions: usize },
    /// Question `question` (1-based) has no answer `answer`; it has `of`.
    NoSuch {
        question: usize,
        answer: usize,
        of: usize,
    },
}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswerError::Count { given, questions } => write!(
                f,
                "{given} answers given for {questions} questions; give one number per question"
            ),
            AnswerError::NoSuch {
                question,
                answer,
                of,
            } => write!(
                f,
                "question {question} has no answer {answer}; it has answers 1 to {of}"
            ),
        }
    }
}

/// Scores answers (1-based, one per question in order) against `questions`.
pub fn score<'a>(
    questions: &'a [FitQuestion],
    answers: &[usize],
) -> Result<Outcome<'a>, AnswerError> {
    if answers.len() != questions.len() {
        return Err(AnswerError::Count {
            given: answers.len(),
            questions: questions.len(),
        });
    }
    // Every role an answer could lean to starts at 0, so the tally names them all.
    let mut points: Vec<(&str, u32)> = Vec::new();
    for lean in questions
        .iter()
        .flat_map(|q| &q.answers)
        .flat_map(|a| &a.leans)
    {
        if !points.iter().any(|(r, _)| *r == lean.role) {
            points.push((&lean.role, 0));
        }
    }
    let mut chosen = Vec::new();
    for (i, (q, &a)) in questions.iter().zip(answers).enumerate() {
        let answer =
            a.checked_sub(1)
                .and_then(|k| q.answers.get(k))
                .ok_or(AnswerError::NoSuch {
                    question: i + 1,
                    answer: a,
                    of: q.answers.len(),
                })?;
        for lean in &answer.leans {
            match points.iter_mut().find(|(r, _)| *r == lean.role) {
                Some((_, p)) => *p = p.saturating_add(lean.weight),
                None => points.push((&lean.role, lean.weight)),
            }
        }
        chosen.push((q, answer));
    }
    // Best first; a stable sort keeps the base's order between equals.
    points.sort_by_key(|p| std::cmp::Reverse(p.1));
    Ok(Outcome { points, chosen })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(id: &str, leans: &[(&str, u32)]) -> FitQuestion {
        FitQuestion {
            id: id.into(),
            ask: "?".into(),
            answers: leans
                .iter()
                .map(|&(role, weight)| FitAnswer {
                    label: role.into(),
                    leans: vec![Lean {
                        role: role.into(),
                        weight,
                    }],
                    because: Vec::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn answers_add_their_weights_and_a_tie_leads_nowhere() {
        let qs = [q("a", &[("p", 2), ("e", 2)]), q("b", &[("p", 1), ("e", 3)])];
        let o = score(&qs, &[1, 1]).unwrap();
        assert_eq!(o.points, [("p", 3), ("e", 0)]);
        assert_eq!(o.leader(), Some("p"));
        let o = score(&qs, &[1, 2]).unwrap();
        assert_eq!(o.points, [("e", 3), ("p", 2)]);
        assert_eq!(o.leader(), Some("e"));
        let even = [q("a", &[("p", 2), ("e", 2)]), q("b", &[("p", 2), ("e", 2)])];
        assert_eq!(score(&even, &[1, 2]).unwrap().leader(), None);
        assert_eq!(
            score(&qs, &[1]),
            Err(AnswerError::Count {
                given: 1,
                questions: 2
            })
        );
        assert_eq!(
            score(&qs, &[1, 3]),
            Err(AnswerError::NoSuch {
                question: 2,
                answer: 3,
                of: 2
            })
        );
        assert!(score(&qs, &[0, 1]).is_err(), "answers count from 1");
    }
}

//! Walks over every fact of a knowledge base: the one list of where facts live (program
//! summaries and sections, role summaries, tasks and sections, comparison cells, FAQ
//! answers, definitions).

use super::model::{Fact, KnowledgeBase};

impl Fact {
    /// Every source id this fact cites, its dispute's included.
    pub fn all_sources(&self) -> impl Iterator<Item = &str> {
        self.sources
            .iter()
            .chain(self.dispute.iter().flat_map(|d| d.sources.iter()))
            .map(String::as_str)
    }
}

impl KnowledgeBase {
    /// Every fact in the knowledge base (pay figures are not facts), without locations.
    pub fn all_facts(&self) -> impl Iterator<Item = &Fact> {
        let programs = self.programs.iter().flat_map(|p| {
            std::iter::once(&p.summary).chain(p.sections.iter().flat_map(|s| &s.facts))
        });
        let roles = self.roles.iter().flat_map(|r| {
            std::iter::once(&r.summary)
                .chain(&r.tasks)
                .chain(r.sections.iter().flat_map(|s| &s.facts))
        });
        let cells = self
            .comparison
            .dimensions
            .iter()
            .flat_map(|d| d.cells.iter().flat_map(|c| &c.facts));
        let faqs = self.faqs.iter().flat_map(|q| &q.answer);
        let terms = self.glossary.iter().flat_map(|t| &t.definition);
        let routes = self.routes.iter().flat_map(super::route::Route::facts);
        let fit = self
            .fit
            .iter()
            .flat_map(|q| q.answers.iter().flat_map(|a| &a.because));
        programs
            .chain(roles)
            .chain(cells)
            .chain(faqs)
            .chain(terms)
            .chain(routes)
            .chain(fit)
    }

    /// Every fact in the knowledge base, with a JSON-path-like location.
    pub fn facts(&self) -> Vec<(String, &Fact)> {
        let mut out = Vec::new();
        for (i, p) in self.programs.iter().enumerate() {
            out.push((format!("programs[{i}].summary"), &p.summary));
            for (j, s) in p.sections.iter().enumerate() {
                for (k, f) in s.facts.iter().enumerate() {
                    out.push((format!("programs[{i}].sections[{j}].facts[{k}]"), f));
                }
            }
        }
        for (i, r) in self.roles.iter().enumerate() {
            out.push((format!("roles[{i}].summary"), &r.summary));
            for (k, f) in r.tasks.iter().enumerate() {
                out.push((format!("roles[{i}].tasks[{k}]"), f));
            }
            for (j, s) in r.sections.iter().enumerate() {
                for (k, f) in s.facts.iter().enumerate() {
                    out.push((format!("roles[{i}].sections[{j}].facts[{k}]"), f));
                }
            }
        }
        for (i, d) in self.comparison.dimensions.iter().enumerate() {
            for (j, c) in d.cells.iter().enumerate() {
                for (k, f) in c.facts.iter().enumerate() {
                    out.push((
                        format!("comparison.dimensions[{i}].cells[{j}].facts[{k}]"),
                        f,
                    ));
                }
            }
        }
        for (i, q) in self.faqs.iter().enumerate() {
            for (k, f) in q.answer.iter().enumerate() {
                out.push((format!("faqs[{i}].answer[{k}]"), f));
            }
        }
        for (i, t) in self.glossary.iter().enumerate() {
            for (k, f) in t.definition.iter().enumerate() {
                out.push((format!("glossary[{i}].definition[{k}]"), f));
            }
        }
        for (i, q) in self.fit.iter().enumerate() {
            for (j, a) in q.answers.iter().enumerate() {
                for (k, f) in a.because.iter().enumerate() {
                    out.push((format!("fit[{i}].answers[{j}].because[{k}]"), f));
                }
            }
        }
        for (i, r) in self.routes.iter().enumerate() {
            for (j, s) in r.steps.iter().enumerate() {
                for (k, f) in s.facts.iter().enumerate() {
                    out.push((format!("routes[{i}].steps[{j}].facts[{k}]"), f));
                }
            }
        }
        out
    }
}

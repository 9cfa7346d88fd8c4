//! Routes: from where a student stands today (a science bachelor's, a nursing licence) to
//! a role, as steps in order, each with how long it takes and what it costs when the
//! sources say, and the total time and fees they add up to.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Fact;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// A route from where a student stands to a role, step by step.
pub struct Route {
    /// unique id, e.g. "route-rn-ecmo"
    pub id: String,
    /// where the route starts, in a student's words, e.g. "Registered nurse"
    pub from: String,
    /// the id of the role it leads to
    pub to: String,
    /// search words: other ways to say where it starts or ends
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// the steps, in order
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// One step of a route.
pub struct Step {
    /// what to do, e.g. "Work in an ICU"
    pub label: String,
    /// how long it takes, when the sources say
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub takes: Option<Span>,
    /// what it costs in US dollars, when the sources publish it
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub costs: Option<Cost>,
    /// a step some take and others skip (a certification): not in the total
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// the sourced facts behind the step
    pub facts: Vec<Fact>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// What a step costs, in US dollars, with the sourced fact that says so.
pub struct Cost {
    /// the lowest published figure
    #[schemars(range(min = 0))]
    pub low: f64,
    /// the highest (the same as `low` when absent)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0))]
    pub high: Option<f64>,
    /// what the figures are and who publishes them, with sources
    pub fact: Fact,
}

impl Cost {
    pub fn high(&self) -> f64 {
        self.high.unwrap_or(self.low)
    }

    /// "$18,000-$32,000" or "$360".
    pub fn describe(&self) -> String {
        money(self.low, self.high())
    }
}

fn money(low: f64, high: f64) -> String {
    if (high - low).abs() < 0.5 {
        super::pay::dollars(low)
    } else {
        format!("{}-{}", super::pay::dollars(low), super::pay::dollars(high))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
/// A length of time, or a range of lengths.
pub struct Span {
    /// the shortest
    #[schemars(range(min = 0))]
    pub low: f64,
    /// the longest (the same as `low` when absent)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0))]
    pub high: Option<f64>,
    /// days, weeks, months or years
    pub unit: TimeUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
/// days, weeks, months or years
pub enum TimeUnit {
    Days,
    Weeks,
    Months,
    Years,
}

impl TimeUnit {
    /// Months in one of this unit (a month being a twelfth of a year).
    fn months(self) -> f64 {
        match self {
            TimeUnit::Days => 12.0 / 365.25,
            TimeUnit::Weeks => 12.0 * 7.0 / 365.25,
            TimeUnit::Months => 1.0,
            TimeUnit::Years => 12.0,
        }
    }

    fn name(self, one: bool) -> &'static str {
        match (self, one) {
            (TimeUnit::Days, true) => "day",
            (TimeUnit::Days, false) => "days",
            (TimeUnit::Weeks, true) => "week",
            (TimeUnit::Weeks, false) => "weeks",
            (TimeUnit::Months, true) => "month",
            (TimeUnit::Months, false) => "months",
            (TimeUnit::Years, true) => "year",
            (TimeUnit::Years, false) => "years",
        }
    }
}

impl Span {
    pub fn high(&self) -> f64 {
        self.high.unwrap_or(self.low)
    }

    /// "3-5 days", "about 2 years", "12-24 months".
    pub fn describe(&self) -> String {
        let (low, high) = (self.low, self.high());
        if (high - low).abs() < f64::EPSILON {
            let one = (low - 1.0).abs() < f64::EPSILON;
            format!("about {} {}", number(low), self.unit.name(one))
        } else {
            format!("{}-{} {}", number(low), number(high), self.unit.name(false))
        }
    }
}

/// 2 as "2", 1.5 as "1.5".
fn number(n: f64) -> String {
    if n.fract().abs() < f64::EPSILON {
        format!("{n:.0}")
    } else {
        format!("{n:.1}")
    }
}

/// What a route's timed steps add up to, in months, and how many steps have no time; and
/// the fees of the steps whose fees are published (optional steps count in none).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Total {
    pub low_months: f64,
    pub high_months: f64,
    pub untimed: usize,
    pub low_fees: f64,
    pub high_fees: f64,
    /// Steps with published fees.
    pub priced: usize,
}

impl Route {
    pub fn total(&self) -> Total {
        let mut t = Total {
            low_months: 0.0,
            high_months: 0.0,
            untimed: 0,
            low_fees: 0.0,
            high_fees: 0.0,
            priced: 0,
        };
        for s in self.steps.iter().filter(|s| !s.optional) {
            if let Some(c) = &s.costs {
                t.low_fees += c.low;
                t.high_fees += c.high();
                t.priced += 1;
            }
            match s.takes {
                Some(span) => {
                    t.low_months += span.low * span.unit.months();
                    t.high_months += span.high() * span.unit.months();
                }
                None => t.untimed += 1,
            }
        }
        t
    }

    /// Every fact of the route, in order (a step's cost first).
    pub fn facts(&self) -> impl Iterator<Item = &Fact> {
        self.steps.iter().flat_map(Step::facts)
    }
}

impl Step {
    /// The step's facts, its cost's first.
    pub fn facts(&self) -> impl Iterator<Item = &Fact> {
        self.costs.iter().map(|c| &c.fact).chain(&self.facts)
    }
}

impl Total {
    /// "Fees the sources publish: $18,360-$32,360 (2 steps)", or `None` when no step has one.
    pub fn describe_fees(&self) -> Option<String> {
        let steps = if self.priced == 1 {
            "1 step".to_string()
        } else {
            format!("{} steps", self.priced)
        };
        (self.priced > 0).then(|| {
            format!(
                "Fees the sources publish: {} ({steps}; living costs and any fee not published are extra)",
                money(self.low_fees, self.high_fees)
            )
        })
    }

    /// "about 5-6 years" or "13-25 months", plus what the steps without a time add.
    pub fn describe(&self) -> String {
        let (low, high) = (self.low_months, self.high_months);
        let range = if high >= 24.0 {
            let (l, h) = (low / 12.0, high / 12.0);
            let (l, h) = ((l * 2.0).round() / 2.0, (h * 2.0).round() / 2.0);
            if (h - l).abs() < f64::EPSILON {
                format!("about {} years", number(l))
            } else {
                format!("about {}-{} years", number(l), number(h))
            }
        } else if (high - low).abs() < 0.5 {
            format!("about {} months", number(high.round()))
        } else {
            format!(
                "about {}-{} months",
                number(low.round()),
                number(high.round())
            )
        };
        match self.untimed {
            0 => range,
            1 => format!("{range}, plus one step the sources give no time for"),
            n => format!("{range}, plus {n} steps the sources give no time for"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(takes: Option<Span>) -> Step {
        Step {
            label: "x".into(),
            takes,
            costs: None,
            optional: false,
            facts: Vec::new(),
        }
    }

    fn span(low: f64, high: Option<f64>, unit: TimeUnit) -> Span {
        Span { low, high, unit }
    }

    #[test]
    fn published_fees_add_up_and_optional_steps_count_in_no_total() {
        let cost = |low: f64, high: Option<f64>| Cost {
            low,
            high,
            fact: Fact {
                text: "fees".into(),
                sources: vec!["s".into()],
                note: None,
                dispute: None,
            },
        };
        let mut program = step(None);
        program.costs = Some(cost(18_000.0, Some(32_000.0)));
        let mut exam = step(None);
        exam.costs = Some(cost(360.0, None));
        let mut extra = step(None);
        extra.costs = Some(cost(1_000.0, None));
        extra.optional = true;
        let r = Route {
            id: "r".into(),
            from: "x".into(),
            to: "y".into(),
            tags: Vec::new(),
            steps: vec![program, exam, extra, step(None)],
        };
        let t = r.total();
        assert_eq!((t.low_fees, t.high_fees, t.priced), (18_360.0, 32_360.0, 2));
        assert_eq!(
            t.describe_fees().as_deref(),
            Some(
                "Fees the sources publish: $18,360-$32,360 (2 steps; living costs and any fee not published are extra)"
            )
        );
        // The cost's fact comes first among the step's facts.
        assert_eq!(r.facts().next().map(|f| f.text.as_str()), Some("fees"));
        assert_eq!(step(None).facts().count(), 0);
        let none = Route {
            steps: vec![step(None)],
            ..r
        };
        assert_eq!(none.total().describe_fees(), None);
    }

    #[test]
    fn a_route_totals_its_timed_steps_in_months_and_counts_the_rest() {
        let r = Route {
            id: "r".into(),
            from: "a".into(),
            to: "b".into(),
            tags: Vec::new(),
            steps: vec![
                step(Some(span(4.0, None, TimeUnit::Years))),
                step(Some(span(12.0, Some(24.0), TimeUnit::Months))),
                step(None),
            ],
        };
        let t = r.total();
        assert!((t.low_months - 60.0).abs() < 1e-9 && (t.high_months - 72.0).abs() < 1e-9);
        assert_eq!(t.untimed, 1);
        assert_eq!(
            t.describe(),
            "about 5-6 years, plus one step the sources give no time for"
        );
        // Days and weeks count as parts of a month; short totals stay in months.
        let short = Route {
            steps: vec![
                step(Some(span(2.0, None, TimeUnit::Years))),
                step(Some(span(3.0, Some(5.0), TimeUnit::Days))),
            ],
            ..r.clone()
        };
        assert_eq!(short.total().describe(), "about 2 years");
        let mut optional = step(Some(span(3.0, None, TimeUnit::Years)));
        optional.optional = true;
        let months = Route {
            steps: vec![step(Some(span(6.0, Some(9.0), TimeUnit::Months))), optional],
            ..r
        };
        assert_eq!(months.total().describe(), "about 6-9 months");
        assert_eq!(span(3.0, Some(5.0), TimeUnit::Days).describe(), "3-5 days");
        assert_eq!(span(1.0, None, TimeUnit::Years).describe(), "about 1 year");
    }
}

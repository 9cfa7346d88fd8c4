//! Pay figures as words: dollar amounts ("$127,600", "$23.33 an hour", "at least
//! $239,200") and a figure written as a fact, so it shows with its sources and dispute.

use crate::kb::{Fact, PayFigure, Per};

/// "$127,600", or "$23.33" when there are cents.
pub fn dollars(amount: f64) -> String {
    let cents = (amount * 100.0).round();
    // Whole dollars and cents as integers: amounts are checked to be 0 or more, and no
    // pay figure comes near 2^53 cents.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let cents = cents.max(0.0) as u64;
    let (whole, part) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if part == 0 {
        format!("${out}")
    } else {
        format!("${out}.{part:02}")
    }
}

/// A figure's amount as read: "$127,600", "$61,900-$108,820", "at least $239,200",
/// "$23.33 an hour".
pub fn amount(p: &PayFigure) -> String {
    let mut out = match p.high {
        Some(h) => format!("{}-{}", dollars(p.low), dollars(h)),
        None => dollars(p.low),
    };
    if p.at_least {
        out = format!("at least {out}");
    }
    if p.per == Per::Hour {
        out.push_str(" an hour");
    }
    out
}

/// A pay figure written as a fact, so it shows with its sources and any dispute.
pub fn pay_fact(p: &PayFigure) -> Fact {
    Fact {
        text: format!("{} {} ({}): {}.", amount(p), p.basis, p.year, p.label),
        sources: p.sources.clone(),
        note: p.note.clone(),
        dispute: p.dispute.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::{amount, dollars};
    use crate::kb::{PayFigure, Per};

    #[test]
    fn dollars_have_thousands_separators_and_cents_when_there_are_any() {
        assert_eq!(dollars(127_600.0), "$127,600");
        assert_eq!(dollars(75000.0), "$75,000");
        assert_eq!(dollars(999.0), "$999");
        assert_eq!(dollars(1_000_000.0), "$1,000,000");
        assert_eq!(dollars(23.33), "$23.33");
        assert_eq!(dollars(45.5), "$45.50");
    }

    #[test]
    fn amounts_say_when_they_are_a_floor_or_hourly() {
        let mut p = PayFigure {
            label: "x".into(),
            basis: "90th percentile".into(),
            low: 239_200.0,
            high: None,
            per: Per::Year,
            at_least: true,
            year: "2024".into(),
            sources: vec![],
            note: None,
            dispute: None,
        };
        assert_eq!(amount(&p), "at least $239,200");
        p.at_least = false;
        p.per = Per::Hour;
        p.low = 23.33;
        p.high = Some(40.0);
        assert_eq!(amount(&p), "$23.33-$40 an hour");
    }
}

//! Text is sanitized once at load, by a walk over the JSON rather than a list of fields:
//! whatever strings a file holds, in whatever field, none reaches the model uncleaned, and
//! the one-pass raw scan agrees with cleaning the parsed value.

use perfusion_explorer::kb::load;
use perfusion_explorer::kb::sanitize::{Sizes, clean_value, is_clean, scan};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;

fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(m) => m.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

fn slots(v: &mut Value) -> Vec<&mut String> {
    match v {
        Value::String(s) => vec![s],
        Value::Array(a) => a.iter_mut().flat_map(slots).collect(),
        Value::Object(m) => m.values_mut().flat_map(slots).collect(),
        _ => Vec::new(),
    }
}

/// Text that is sometimes clean and sometimes not: plain words, accents, and the
/// characters the sanitizer exists for.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-z ]{1,8}",
        1 => Just("é".to_string()),
        1 => Just("\u{1b}[2J".to_string()),
        1 => Just("\u{202e}".to_string()),
        1 => Just("\u{200b}".to_string()),
        1 => Just("a\u{300}\u{300}\u{300}\u{300}\u{300}".to_string()),
        1 => Just("\n\t".to_string()),
        1 => Just("\u{2028}".to_string()),
        1 => Just("\\\"/".to_string()),
    ];
    proptest::collection::vec(piece, 1..5).prop_map(|p| p.concat())
}

#[test]
fn every_string_of_a_loaded_base_is_clean_and_the_scan_agrees() {
    let base: Value = serde_json::from_str(load::EMBEDDED_JSON).unwrap();
    let mut runner = TestRunner::new(Config {
        cases: 160,
        failure_persistence: None,
        ..Config::default()
    });
    let (scanned, cleaned) = (std::cell::Cell::new(0), std::cell::Cell::new(0));
    runner
        .run(
            &proptest::collection::vec((any::<prop::sample::Index>(), text()), 1..10),
            |splices| {
                let mut v = base.clone();
                {
                    let mut s = slots(&mut v);
                    let n = s.len();
                    for (at, t) in splices {
                        // Keep ids, sources and kinds valid: splice into prose only.
                        let slot = &mut *s[at.index(n)];
                        if slot.len() > 30 {
                            *slot = format!("{slot} {t}");
                        }
                    }
                }
                let raw = serde_json::to_string(&v).unwrap();
                // The raw scan, where it vouches for the text, sees the sizes cleaning sees.
                let mut by_value = v.clone();
                let mut sizes = Sizes::default();
                clean_value(&mut by_value, &mut sizes);
                if let Some(s) = scan(&raw) {
                    scanned.set(scanned.get() + 1);
                    prop_assert_eq!(&by_value, &v, "the scan passed text that cleaning changed");
                    prop_assert_eq!(s, sizes);
                } else {
                    cleaned.set(cleaned.get() + 1);
                }
                let loaded = load::from_str(&raw, "spliced");
                prop_assert!(loaded.is_ok(), "{:?}", loaded.err());
                let model = serde_json::to_value(&loaded.unwrap().kb).unwrap();
                let mut all = Vec::new();
                strings(&model, &mut all);
                for s in &all {
                    prop_assert!(is_clean(s), "{:?} reached the model", s);
                }
                // Cleaning the value gives the model's strings exactly.
                let mut want = Vec::new();
                strings(&by_value, &mut want);
                all.sort();
                want.sort();
                want.dedup();
                all.dedup();
                prop_assert_eq!(all, want);
                Ok(())
            },
        )
        .unwrap();
    eprintln!(
        "sanitize: {} of 160 cases vouched for by the scan, {} cleaned",
        scanned.get(),
        cleaned.get()
    );
    assert!(
        scanned.get() >= 10 && cleaned.get() >= 60,
        "both ways must be reached"
    );
}

#[test]
fn the_scan_reads_sizes_and_refuses_what_needs_cleaning() {
    let s = scan(r#"{"a": [1, [2, 3, 4], "xyz", {"b": []}], "c": "naïve"}"#).unwrap();
    assert_eq!(s.longest_list, 4);
    assert_eq!(s.longest_string, 5);
    assert_eq!(
        scan(r#"{"a": "quote \" slash \/ back \\"}"#).map(|s| s.longest_list),
        Some(0)
    );
    for dirty in [
        r#"{"a": "line\nbreak"}"#,
        r#"{"a": "\u00e9"}"#,
        "{\"a\": \"bidi \u{202e}\"}",
        "{\"a\": \"raw \u{7f}\"}",
        "{\"a\": \"zalgo a\u{300}\u{300}\u{300}\u{300}\"}",
        r#"{"a": "unterminated"#,
        r#"{"a": [1, 2}"#,
    ] {
        assert_eq!(scan(dirty), None, "{dirty}");
    }
}

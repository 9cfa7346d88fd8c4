//! The fast path and the full check apply one rule set: on mutated copies of the real base,
//! the typed quick check passes a file exactly when the full check finds nothing to report.
//! Each mutation breaks one rule the checker knows (or none); the run counts how many cases
//! reached the quick check, so a generator that stops reaching it fails here too.

use perfusion_explorer::kb::{load, typed_check};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Value, json};

/// Every object in the tree that has a string "id", as JSON pointers.
fn id_pointers(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            if map.get("id").is_some_and(Value::is_string) {
                out.push(format!("{at}/id"));
            }
            for (k, child) in map {
                id_pointers(child, &format!("{at}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                id_pointers(child, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Every "sources" array of string ids, as JSON pointers.
fn source_lists(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let here = format!("{at}/{k}");
                if k == "sources"
                    && child
                        .as_array()
                        .is_some_and(|a| a.iter().all(Value::is_string))
                    && !at.is_empty()
                {
                    out.push(here.clone());
                }
                source_lists(child, &here, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                source_lists(child, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Applies mutation `kind` at position `pick` (wrapped to what exists).
fn mutate(base: &Value, kind: u8, pick: usize) -> Value {
    let mut v = base.clone();
    let mut ids = Vec::new();
    id_pointers(&v, "", &mut ids);
    let mut lists = Vec::new();
    source_lists(&v, "", &mut lists);
    let id_at = ids[pick % ids.len()].clone();
    let list_at = lists[pick % lists.len()].clone();
    match kind % 22 {
        0 => {} // unchanged: both must pass
        1 => {
            // A duplicate id.
            let other = v.pointer(&ids[(pick + 1) % ids.len()]).cloned().unwrap();
            *v.pointer_mut(&id_at).unwrap() = other;
        }
        2 => *v.pointer_mut(&id_at).unwrap() = json!("  "),
        3 => *v.pointer_mut(&list_at).unwrap() = json!(["no-such-source"]),
        4 => *v.pointer_mut(&list_at).unwrap() = json!([]),
        5 => {
            // A pay range upside down.
            let pay = v.pointer_mut("/roles/0/pay/0").unwrap();
            pay["high"] = json!(1);
            pay["low"] = json!(2 + pick % 100_000);
        }
        6 => v["comparison"]["roles"]
            .as_array_mut()
            .unwrap()
            .push(json!("ghost-role")),
        7 => {
            let dims = v["comparison"]["dimensions"].as_array_mut().unwrap();
            let n = dims.len();
            dims[pick % n]["cells"][0]["role"] = json!("not-a-column");
        }
        8 => v["slides"]
            .as_array_mut()
            .unwrap()
            .push(json!({"kind": "role", "role": "missing-role"})),
        9 => v["slides"]
            .as_array_mut()
            .unwrap()
            .push(json!({"kind": "faqs", "faqs": ["missing-faq"]})),
        10 => v["schema_version"] = json!(99),
        11 => {
            // A role compared twice (65,536 columns once divided a slide by zero).
            let first = v["comparison"]["roles"][0].clone();
            v["comparison"]["roles"].as_array_mut().unwrap().push(first);
        }
        12 => {
            // An id with a space inside.
            let id = v
                .pointer(&id_at)
                .and_then(Value::as_str)
                .unwrap()
                .to_string();
            *v.pointer_mut(&id_at).unwrap() = json!(format!("{id} x"));
        }
        13 => {
            // A blank title, question or term.
            let faqs = v["faqs"].as_array_mut().unwrap();
            let n = faqs.len();
            faqs[pick % n]["question"] = json!(" ");
        }
        14 => {
            let faqs = v["faqs"].as_array_mut().unwrap();
            let n = faqs.len();
            faqs[pick % n]["answer"] = json!([]);
        }
        15 => {
            // A comparison row without a cell for a compared role.
            let dims = v["comparison"]["dimensions"].as_array_mut().unwrap();
            let n = dims.len();
            dims[pick % n]["cells"].as_array_mut().unwrap().remove(0);
        }
        16 => {
            let roles = v["roles"].as_array_mut().unwrap();
            let n = roles.len();
            roles[pick % n]["related"] = json!(["no-such-role"]);
        }
        17 => {
            // A route to a role the base does not have.
            let routes = v["routes"].as_array_mut().unwrap();
            let n = routes.len();
            routes[pick % n]["to"] = json!("no-such-role");
        }
        18 => {
            // A step's time range upside down.
            let routes = v["routes"].as_array_mut().unwrap();
            let n = routes.len();
            let steps = routes[pick % n]["steps"].as_array_mut().unwrap();
            let step = steps.iter_mut().find(|s| s.get("takes").is_some()).unwrap();
            step["takes"]["high"] = json!(0.5);
            step["takes"]["low"] = json!(3 + pick % 100);
        }
        19 => {
            // A self-check answer leaning to a role the base does not have.
            let fit = v["fit"].as_array_mut().unwrap();
            let n = fit.len();
            fit[pick % n]["answers"][0]["leans"][0]["role"] = json!("no-such-role");
        }
        20 => {
            // A step's fees upside down.
            let routes = v["routes"].as_array_mut().unwrap();
            let n = routes.len();
            for k in 0..n {
                let steps = routes[(pick + k) % n]["steps"].as_array_mut().unwrap();
                if let Some(step) = steps.iter_mut().find(|s| s.get("costs").is_some()) {
                    step["costs"]["high"] = json!(1);
                    step["costs"]["low"] = json!(2 + pick % 1000);
                    break;
                }
            }
        }
        _ => {
            // A valid change: a fact's sources reordered (nothing to report).
            if let Some(a) = v.pointer_mut(&list_at).and_then(Value::as_array_mut) {
                a.reverse();
            }
        }
    }
    v
}

#[test]
fn the_quick_check_passes_a_file_exactly_when_the_full_check_finds_nothing() {
    let base: Value = serde_json::from_str(load::EMBEDDED_JSON).unwrap();
    let mut runner = TestRunner::new(Config {
        cases: 240,
        failure_persistence: None,
        ..Config::default()
    });
    let reached = std::cell::Cell::new(0usize);
    let broken = std::cell::Cell::new(0usize);
    runner
        .run(&(any::<u8>(), any::<usize>()), |(kind, pick)| {
            let v = mutate(&base, kind, pick);
            let text = serde_json::to_string(&v).unwrap();
            // Everything the diagnostic path reports, errors and warnings alike.
            let full: Vec<String> = match load::diagnose(&text, "mutated") {
                Ok(loaded) => loaded.warnings.iter().map(ToString::to_string).collect(),
                Err(e) => vec![e.to_string()],
            };
            if !full.is_empty() {
                broken.set(broken.get() + 1);
            }
            // The fast path: the typed parse, sanitizing, then the quick check.
            let Some((kb, sizes)) = load::parse_typed(&text) else {
                // Types the typed model refuses are the full check's alone.
                prop_assert!(!full.is_empty(), "the typed parse refused a clean file");
                return Ok(());
            };
            reached.set(reached.get() + 1);
            let quick = typed_check::typed_ok(&kb, sizes);
            prop_assert_eq!(
                quick,
                full.is_empty(),
                "mutation {} at {}: quick says {}, the full check found {:?}",
                kind % 22,
                pick,
                quick,
                full
            );
            Ok(())
        })
        .unwrap();
    eprintln!(
        "rules: {} of 240 cases reached the quick check, {} broke a rule",
        reached.get(),
        broken.get()
    );
    // The generator must reach the code under test, and break it as well as leave it whole.
    assert!(
        reached.get() >= 200,
        "only {} of 240 cases reached the quick check",
        reached.get()
    );
    assert!(
        (60..=230).contains(&broken.get()),
        "{} of 240 cases broke a rule",
        broken.get()
    );
}

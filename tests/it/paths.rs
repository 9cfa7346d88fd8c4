//! Routes from where a student stands to a role (issue 17, "my route"): the steps and
//! their total from the data, in the explorer's Routes pane, `path`, `show` and plain mode.

use assert_cmd::Command;
use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::items::marker;
use perfusion_explorer::kb::{Pane, load};
use perfusion_explorer::plain::{Session, respond};

fn pe() -> Command {
    Command::cargo_bin("perfusion-explorer").unwrap()
}

#[test]
fn path_prints_the_route_with_each_steps_time_its_sources_and_the_total() {
    let kb = load::embedded().unwrap().kb;
    let route = kb.routes.iter().find(|r| r.id == "route-rn-ecmo").unwrap();
    let out = pe()
        .args([
            "path",
            "--from",
            "registered nurse",
            "--to",
            "ECMO specialist",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("From registered nurse to ECMO specialist\n"),
        "{text}"
    );
    assert!(text.contains(&format!("Total: {}.", route.total().describe())));
    for (i, step) in route.steps.iter().enumerate() {
        assert!(text.contains(&format!("{}. ", i + 1)), "step {i}");
        assert!(text.contains(&step.label), "{}", step.label);
        // Every fact of the step ends with its source marker.
        for f in &step.facts {
            let m = marker(&kb, &f.sources);
            let squashed: String = text.split_whitespace().collect();
            let want: String = format!("{}{m}", f.text).split_whitespace().collect();
            assert!(squashed.contains(&want), "{want}");
        }
    }
    // The optional certification is marked so and left out of the total.
    assert!(text.contains("Optional: Certification"));
    let t = route.total();
    assert!(
        (t.low_months - 24.1).abs() < 0.1,
        "{t:?}: two years plus 3 days"
    );
    assert_eq!(
        t.untimed, 1,
        "the bedside hours have no time in the sources"
    );
}

#[test]
fn an_unknown_route_says_so_and_lists_the_routes_there_are() {
    let out = pe()
        .args(["path", "--from", "pilot", "--to", "perfusionist"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no route from \"pilot\" to \"perfusionist\""),
        "{err}"
    );
    assert!(err.contains("route-rt-ecmo") && err.contains("route-high-school-perfusionist"));
    let none = pe().args(["path"]).output().unwrap();
    assert_eq!(none.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&none.stderr).contains("give both --from and --to"));
}

#[test]
fn json_and_markdown_carry_the_steps_and_the_total() {
    let out = pe()
        .args([
            "path",
            "--from",
            "high school",
            "--to",
            "perfusionist",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["kind"], "route");
    let total = &v["entry"]["total"];
    // Four years of college and 12-24 months of program.
    assert_eq!(total["low_months"].as_f64(), Some(60.0));
    assert_eq!(total["high_months"].as_f64(), Some(72.0));
    assert_eq!(v["entry"]["route"]["steps"][0]["takes"]["unit"], "years");
    let md = pe()
        .args([
            "show",
            "route-high-school-perfusionist",
            "--format",
            "markdown",
        ])
        .output()
        .unwrap();
    let md = String::from_utf8_lossy(&md.stdout);
    assert!(md.contains("**Total: about 5-6 years"), "{md}");
    assert!(md.contains("### 1. Earn a bachelor's degree"), "{md}");
    assert!(md.contains("Sources:"));
}

#[test]
fn plain_mode_lists_routes_by_number_and_opens_one() {
    let lib = Catalog::new(load::embedded().unwrap().kb);
    let mut s = Session::default();
    let (list, _) = respond(&lib, "routes", &mut s);
    assert!(
        list.contains("From respiratory therapist to ECMO specialist"),
        "{list}"
    );
    let n = lib.kb.routes.len();
    assert_eq!(s.last.len(), n);
    let (one, _) = respond(&lib, "1", &mut s);
    assert!(one.contains("Total: "), "{one}");
    assert_eq!(s.last[0], (Pane::Routes, 0));
}

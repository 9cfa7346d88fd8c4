//! "Which path fits me" (issue 17): the embedded self-check's answers move the result the
//! way their sourced facts say, and `fit` shows every reason with its sources.

use assert_cmd::Command;
use perfusion_explorer::kb::fit::score;
use perfusion_explorer::kb::items::marker;
use perfusion_explorer::kb::load;

fn pe() -> Command {
    Command::cargo_bin("perfusion-explorer").unwrap()
}

/// The perfusionist's lead (negative: the ECMO specialist's) for a set of answers.
fn lead(answers: &[usize]) -> i64 {
    let kb = load::embedded().unwrap().kb;
    let o = score(&kb.fit, answers).unwrap();
    let points = |role: &str| {
        o.points
            .iter()
            .find(|(r, _)| *r == role)
            .map_or(0, |&(_, p)| i64::from(p))
    };
    points("perfusionist") - points("ecmo-specialist")
}

#[test]
fn each_question_moves_the_result_toward_the_role_its_answer_describes() {
    let kb = load::embedded().unwrap().kb;
    let n = kb.fit.len();
    assert!(n >= 5, "about ten short questions; {n} here");
    // Every question offers one answer for each career, first the perfusionist's.
    for q in &kb.fit {
        let roles: Vec<&str> = q.answers.iter().map(|a| a.leans[0].role.as_str()).collect();
        assert_eq!(roles, ["perfusionist", "ecmo-specialist"], "{}", q.id);
        // Each reason is a sourced fact.
        assert!(
            q.answers
                .iter()
                .all(|a| !a.because.is_empty() && a.because.iter().all(|f| !f.sources.is_empty()))
        );
    }
    let all_first = vec![1; n];
    assert!(
        lead(&all_first) > 0,
        "all perfusion answers lean to perfusion"
    );
    assert!(lead(&vec![2; n]) < 0, "all ECMO answers lean to ECMO");
    // Changing any one answer to the ECMO one lowers the perfusionist's lead.
    for i in 0..n {
        let mut one = all_first.clone();
        one[i] = 2;
        assert!(
            lead(&one) < lead(&all_first),
            "question {} did not move it",
            i + 1
        );
    }
}

#[test]
fn fit_says_it_is_not_a_test_and_gives_each_reason_with_its_sources() {
    let kb = load::embedded().unwrap().kb;
    let n = kb.fit.len();
    let answers = vec!["2"; n].join(",");
    let out = pe().args(["fit", "--answers", &answers]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("not a validated psychometric test"), "{text}");
    assert!(
        text.contains("Your answers lean to: ECMO specialist"),
        "{text}"
    );
    let squashed: String = text.split_whitespace().collect();
    for q in &kb.fit {
        let a = &q.answers[1];
        assert!(text.contains(&a.label));
        for f in &a.because {
            let want: String = format!("{}{}", f.text, marker(&kb, &f.sources))
                .split_whitespace()
                .collect();
            assert!(squashed.contains(&want), "{want}");
        }
    }
    let json = pe()
        .args([
            "fit",
            "--answers",
            &vec!["1"; n].join(","),
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["leader"], "perfusionist");
    assert!(v["note"].as_str().unwrap().contains("not a validated"));
}

#[test]
fn fit_asks_one_question_at_a_time_and_refuses_bad_answers() {
    let kb = load::embedded().unwrap().kb;
    let n = kb.fit.len();
    // A wrong number is asked again; the rest are answered on stdin.
    let mut input = String::from("9\n");
    input.push_str(&"1\n".repeat(n));
    let out = pe().arg("fit").write_stdin(input).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Type a number from 1 to 2."), "{text}");
    assert!(
        text.contains("Your answers lean to: Clinical perfusionist"),
        "{text}"
    );
    let short = pe().args(["fit", "--answers", "1,2"]).output().unwrap();
    assert_eq!(short.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&short.stderr).contains("give one number per question"));
    let ended = pe().arg("fit").write_stdin("1\n").output().unwrap();
    assert_eq!(ended.status.code(), Some(2));
}

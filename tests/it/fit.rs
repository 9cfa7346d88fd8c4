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
        // Labels wrap with the text; compare without the line breaks.
        let label: String = a.label.split_whitespace().collect();
        assert!(squashed.contains(&label), "{}", a.label);
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

mod explorer {
    use perfusion_explorer::app::{Action, App, Mode};
    use perfusion_explorer::catalog::Catalog;
    use perfusion_explorer::kb::load;
    use perfusion_explorer::ui::{self, Theme};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn app(w: u16, h: u16) -> App {
        let lib = Catalog::new(load::embedded().unwrap().kb);
        App::new(lib, w, h, &ui::measure::MEASURE)
    }

    fn screen(a: &App) -> String {
        let mut t = Terminal::new(TestBackend::new(a.size.0, a.size.1)).unwrap();
        t.draw(|f| ui::render(a, &Theme::mono(), f)).unwrap();
        let buf = t.backend().buffer();
        (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
                    + "\n"
            })
            .collect()
    }

    #[test]
    fn f_asks_each_question_in_turn_goes_back_and_shows_why() {
        let mut a = app(60, 20);
        let n = a.lib.kb.fit.len();
        a.update(Action::OpenFit);
        assert_eq!(a.mode(), Mode::Fit);
        assert!(screen(&a).contains(&format!("Question 1 of {n}")));
        // A number with no answer does nothing; Backspace goes back one question.
        a.update(Action::Choose(4));
        assert_eq!(a.fit().unwrap().answers.len(), 0);
        a.update(Action::Choose(2));
        a.update(Action::Choose(1));
        a.update(Action::Backspace);
        assert_eq!(a.fit().unwrap().answers, [2]);
        for _ in 1..n {
            a.update(Action::Choose(2));
        }
        let shown = screen(&a);
        assert!(
            shown.contains("Your answers lean to: ECMO specialist"),
            "{shown}"
        );
        assert!(shown.contains("not a validated"), "{shown}");
        // The result scrolls, never past its end, and comes back to its top.
        for _ in 0..500 {
            a.update(Action::PageDown);
        }
        let end = a.fit().unwrap().scroll;
        assert!(end > 0);
        a.update(Action::Down);
        assert_eq!(a.fit().unwrap().scroll, end);
        let last = screen(&a);
        assert!(
            last.contains("Esc closes."),
            "the end is not on screen:\n{last}"
        );
        a.update(Action::PageUp);
        assert!(a.fit().unwrap().scroll < end);
        // r starts again; Esc closes and the explorer is as it was.
        a.update(Action::OpenFit);
        assert!(a.fit().unwrap().answers.is_empty());
        a.update(Action::Cancel);
        assert!(a.fit().is_none());
        assert_eq!(a.mode(), Mode::Browse);
    }

    #[test]
    fn the_smallest_screen_shows_a_question_with_all_its_answers() {
        let mut a = app(40, 12);
        a.update(Action::OpenFit);
        let shown = screen(&a);
        assert!(shown.contains("Question 1 of"), "{shown}");
        assert!(shown.contains("1) ") && shown.contains("2) "), "{shown}");
    }

    #[test]
    fn a_kiosk_forgets_the_self_check_when_it_goes_home() {
        let mut a = app(80, 24);
        a.chrome.kiosk = true;
        a.idle_limit = Some(1000);
        a.update(Action::OpenFit);
        a.update(Action::Choose(1));
        assert!(!a.is_home());
        a.update(Action::Tick(1500));
        assert!(a.fit().is_none(), "the next student starts fresh");
        assert!(a.is_home());
    }
}

//! Real questions, in the askers' own words (typos, filler and all), gathered from public
//! forums and program FAQ pages, each with where it was asked. Prints the hit rates (answer
//! first, answer in the top 3, nothing found) and fails when they fall below the floors.

use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::load;

const UTH_FAQ: &str = "https://med.uth.edu/perfusion/education/perfusion-program-faq";
const IOWA_FAQ: &str =
    "https://perfusion.medicine.uiowa.edu/prospective-students/frequently-asked-questions";
const VUMC_FAQ: &str = "https://vumc.org/perfusion-program/faq";
const THI_FAQ: &str = "https://www.texasheart.org/education/school-of-perfusion-technology/faqs/";
const R_ADMISSIONS: &str = "https://libreddit.dtam.pw/r/Perfusion/search?q=flair_name%3A%22Admissions+Advice%22 (r/Perfusion, 2025)";
const R_PROSPECTIVE: &str =
    "https://r.arson.gg/r/prospective_perfusion/controversial (r/prospective_perfusion, 2026)";
const R_PREREQS: &str = "https://reddit.jaspervandalum.nl/r/Perfusion/comments/1lsb32z/prereqs/ (r/Perfusion, Jul 2025)";
const R_SATURATED: &str = "https://reddit.jaspervandalum.nl/r/Perfusion/comments/1bke629/to_prospective_students/ (r/Perfusion, Mar 2024)";
const R_OUTLOOK: &str =
    "https://reddit.load.cat/r/Perfusion/comments/1l8dbkd/career_outlook (r/Perfusion, 2025)";
const R_DOWNHILL: &str = "https://reddit.gpgaming.de/r/Perfusion/comments/1qly6sn/is_this_profession_going_down_hill (r/Perfusion, 2026)";
const R_CALL: &str =
    "https://rl.huuu.biz/r/Perfusion/comments/1osase3/on_call_and_sleep (r/Perfusion, 2025)";
const R_CONSIDERING: &str = "https://rl.huuu.biz/r/Perfusion/comments/1drpcjc/considering_perfusion_in_the_future (r/Perfusion, Jun 2024)";
const R_CHIRO: &str = "https://red.byte.kiwi/r/Perfusion/comments/1ichk6o/opinions_perfusion_career (r/Perfusion, Jan 2025)";
const R_WHY: &str = "https://red.byte.kiwi/r/Perfusion/comments/1hkgzn2/why_perfusion_do_you_like_it/ (r/Perfusion, Dec 2024)";
const R_PA: &str = "http://retroreddit.com/r/Perfusion/comments/1kbirsw (r/Perfusion, 2025)";
const R_ROBOTS: &str = "https://r.datuan.dev/r/Perfusion/comments/1tsor4l/will_robots_or_complex_automation_ever_replace/ (r/Perfusion, 2026)";
const R_FUTURE: &str =
    "https://r.x8.gg/r/Perfusion/comments/1fxvsd7/future_of_perfusion (r/Perfusion, Oct 2024)";
const R_NEW_GRAD: &str =
    "https://redlib.tcsenpai.com/r/Perfusion/comments/1jygu46/ (r/Perfusion, 2025)";
const R_CNA: &str = "https://redlib.fmhy.net/r/prospective_perfusion/comments/1m3konj/career_change_need_advice (r/prospective_perfusion, 2025)";
const R_RT_ECMO: &str = "https://lr.in.psf.lt/r/respiratorytherapy/comments/1clxehv/ecmo_tech (r/respiratorytherapy, May 2024)";
const AN_ECMO: &str =
    "http://allnurses.com/micu-sicu-nursing/ecmo-specialists-1107838.html (allnurses, undated)";
const AN_PAY: &str = "https://allnurses.com/swm-rn-seek-ecmo-rn-t539998/ (allnurses, undated)";
const SDN: &str = "http://www-forums.studentdoctor.net/threads/perfusionist.1029121/ (Student Doctor Network, 2013)";
const QA_ECMO: &str = "https://www.rwmansiononpeachtree.com/how-do-you-become-a-certified-ecmo-specialist/ (Q&A page, undated)";
const ISSUE: &str = "issue 10's sample of student questions (from forums and program FAQ pages)";

/// (question as asked, where it was asked, ids of which one answers it)
const QUESTIONS: &[(&str, &str, &[&str])] = &[
    ("How strict is the GPA requirement?", UTH_FAQ, &["faq-gpa"]),
    ("what gpa do you need", ISSUE, &["faq-gpa"]),
    (
        "Low cumulative GPA from 10 years ago, is perfusion still realistically possible?",
        R_PROSPECTIVE,
        &["faq-gpa"],
    ),
    (
        "Do I need prior medical experience?",
        UTH_FAQ,
        &["faq-healthcare-experience"],
    ),
    (
        "will they take my clinical experience into account",
        R_ADMISSIONS,
        &["faq-healthcare-experience"],
    ),
    (
        "What are the prerequisites?",
        UTH_FAQ,
        &["faq-prerequisites"],
    ),
    (
        "What courses can I take to prepare for a career in perfusion?",
        IOWA_FAQ,
        &["faq-prerequisites"],
    ),
    (
        "how strict are schools really with prereqs",
        R_PREREQS,
        &["faq-prerequisites"],
    ),
    (
        "Do you accept courses that were completed online?",
        IOWA_FAQ,
        &["faq-prerequisites"],
    ),
    (
        "can I apply with classes in progress",
        THI_FAQ,
        &["faq-prerequisites"],
    ),
    (
        "Do you have rolling admissions?",
        IOWA_FAQ,
        &["faq-deadlines"],
    ),
    (
        "when are the application deadlines",
        IOWA_FAQ,
        &["faq-deadlines", "faq-msoe-apply"],
    ),
    (
        "What can I do to make my application stand out?",
        IOWA_FAQ,
        &[
            "faq-shadowing",
            "faq-healthcare-experience",
            "faq-selectivity",
        ],
    ),
    (
        "If I have applied before, do I need to resubmit every document again?",
        IOWA_FAQ,
        &["faq-selectivity", "faq-msoe-apply"],
    ),
    (
        "do students need a bachelors degree",
        VUMC_FAQ,
        &["faq-degree-before"],
    ),
    ("is the GRE required", VUMC_FAQ, &["faq-gre"]),
    ("what is the interview like", VUMC_FAQ, &["faq-interview"]),
    (
        "Can I observe cases or shadow a Perfusionist at your institution?",
        THI_FAQ,
        &["faq-shadowing"],
    ),
    (
        "how many shadowing hours do i need",
        R_PROSPECTIVE,
        &["faq-shadowing"],
    ),
    (
        "How close must I live to the hospital?",
        THI_FAQ,
        &["faq-call", "faq-work-during-school"],
    ),
    ("What is call?", THI_FAQ, &["faq-call", "term-call"]),
    (
        "Do students get time off during the year?",
        THI_FAQ,
        &["faq-work-during-school", "faq-school-hard"],
    ),
    (
        "What are the job opportunities after graduation?",
        THI_FAQ,
        &["faq-saturation", "faq-outlook", "faq-placement"],
    ),
    (
        "Do graduates receive a certificate or license?",
        THI_FAQ,
        &[
            "faq-provisional",
            "faq-certification",
            "faq-licence-states",
            "cmp-credentials",
        ],
    ),
    (
        "What is the expected salary after graduation?",
        THI_FAQ,
        &["faq-perfusionist-pay"],
    ),
    (
        "how much does perfusion school cost",
        ISSUE,
        &["faq-tuition"],
    ),
    (
        "Asking input from those who used private loans to pay for perfusion school",
        R_ADMISSIONS,
        &["faq-loans"],
    ),
    (
        "should I go part time or PRN while getting these prereqs",
        R_ADMISSIONS,
        &["faq-work-during-school"],
    ),
    (
        "can you work while in perfusion school",
        R_ADMISSIONS,
        &["faq-work-during-school"],
    ),
    (
        "is this a good career move as an RRT",
        R_ADMISSIONS,
        &["faq-rt-to-perfusion", "faq-ecmo-from-rt"],
    ),
    (
        "If you could go back, would you become a perfusionist again?",
        R_ADMISSIONS,
        &["faq-stress", "faq-family"],
    ),
    (
        "terrible work life balance, hard to raise a family?",
        R_ADMISSIONS,
        &["faq-family"],
    ),
    (
        "do all programs use one application",
        ISSUE,
        &["faq-apply-how"],
    ),
    (
        "whats the difference between the pbse and cape",
        ISSUE,
        &["faq-exams", "term-pbse", "term-cape"],
    ),
    (
        "are perfusionists ever up for more than 24 hours on call",
        ISSUE,
        &["faq-call"],
    ),
    (
        "Are there days where you are awake for more than 24 hours?",
        R_CALL,
        &["faq-call"],
    ),
    (
        "what a perfusionist's sleep schedule is like especially on call",
        R_CALL,
        &["faq-call"],
    ),
    (
        "how do i become an ecmo specialist as an icu nurse",
        ISSUE,
        &["faq-ecmo-from-rn"],
    ),
    ("will ai replace perfusionists", ISSUE, &["faq-ai"]),
    (
        "Will robots, or complex automation ever replace perfusionists?",
        R_ROBOTS,
        &["faq-ai"],
    ),
    ("will AI take over the job", R_FUTURE, &["faq-ai"]),
    (
        "the market is saturating, too many schools",
        R_SATURATED,
        &["faq-saturation"],
    ),
    (
        "is the perfusion job market saturated",
        R_SATURATED,
        &["faq-saturation"],
    ),
    (
        "Is it hard to find jobs? I don't want to have to move",
        R_OUTLOOK,
        &["faq-relocate", "faq-saturation"],
    ),
    (
        "Is this profession going down hill with the new volume of graduates?",
        R_DOWNHILL,
        &["faq-saturation", "faq-graduates"],
    ),
    (
        "percutaneous procedures taking over cardiac surgery volume tavr",
        R_DOWNHILL,
        &["faq-tavr"],
    ),
    (
        "What is a regular shift for you? Pros and cons",
        R_CONSIDERING,
        &["faq-hours", "faq-call"],
    ),
    ("is perfusion stressful", R_CONSIDERING, &["faq-stress"]),
    (
        "what does your typical work schedule look like",
        R_CHIRO,
        &["faq-hours", "faq-call"],
    ),
    (
        "acceptance rates single digits? how competitive",
        R_CHIRO,
        &["faq-selectivity"],
    ),
    (
        "Can you elaborate on the PTSD level stuff",
        R_WHY,
        &["faq-stress"],
    ),
    (
        "lower tuition than PA school, similar pre reqs",
        R_WHY,
        &["faq-vs-pa", "faq-tuition"],
    ),
    ("torn between PA and perfusionist", R_PA, &["faq-vs-pa"]),
    ("pa vs perfusion", R_PA, &["faq-vs-pa"]),
    (
        "smaller account 150 pump cases vs large busy center ecmo transplants",
        R_NEW_GRAD,
        &["faq-hours", "faq-where-work"],
    ),
    (
        "breaking into perfusion with a CNA background",
        R_CNA,
        &["faq-healthcare-experience"],
    ),
    (
        "education requirements similar to an md?",
        SDN,
        &["faq-vs-doctor"],
    ),
    ("is a perfusionist a doctor", SDN, &["faq-vs-doctor"]),
    (
        "How does one become an ECMO tech as an RT",
        R_RT_ECMO,
        &["faq-ecmo-from-rt"],
    ),
    (
        "ecmo training class and precepted hours",
        R_RT_ECMO,
        &["faq-ecmo-training"],
    ),
    (
        "How is ECMO specialist role different than bedside ICU RN?",
        AN_ECMO,
        &["faq-what-ecmo-specialist", "faq-ecmo-from-rn"],
    ),
    (
        "are you given a different pay as an ecmo specialist",
        AN_ECMO,
        &["faq-ecmo-pay"],
    ),
    (
        "how are ecmo nurses compensated, is a specialty premium paid",
        AN_PAY,
        &["faq-ecmo-pay"],
    ),
    (
        "How do you become a certified ECMO specialist?",
        QA_ECMO,
        &["faq-ecmo-certs", "faq-become-ecmo"],
    ),
    (
        "How long does it take to learn ECMO?",
        QA_ECMO,
        &["faq-ecmo-training"],
    ),
    (
        "Who can run an ECMO machine?",
        QA_ECMO,
        &["faq-ecmo-staffing", "faq-perfusionist-as-ecmo"],
    ),
    (
        "Can nurses do ECMO?",
        QA_ECMO,
        &["faq-ecmo-from-rn", "faq-ecmo-staffing"],
    ),
    ("what is ecmo", QA_ECMO, &["term-ecmo"]),
    (
        "how many perfusionists are there in the us",
        ISSUE,
        &["faq-how-many"],
    ),
    ("define oxygenator", ISSUE, &["term-oxygenator"]),
    (
        "how long is school",
        ISSUE,
        &["faq-length-types", "faq-program-length"],
    ),
    (
        "admission requirements",
        ISSUE,
        &["faq-prerequisites", "faq-degree-before", "faq-gpa"],
    ),
    ("is it hard", ISSUE, &["faq-school-hard"]),
    ("drug test", ISSUE, &["faq-background-check"]),
    ("what does ccp stand for", ISSUE, &["term-ccp"]),
    ("pass rate", ISSUE, &["faq-pass-rates"]),
    ("stressful", ISSUE, &["faq-stress"]),
    (
        "do i need a masters",
        ISSUE,
        &["faq-degree-before", "faq-length-types"],
    ),
    ("peds vs adult perfusion", ISSUE, &["faq-peds"]),
    ("can perfusionists get sued", ISSUE, &["faq-liability"]),
];

#[test]
fn real_student_questions_find_their_answers() {
    let lib = Catalog::new(load::embedded().expect("embedded loads").kb);
    for (_, _, want) in QUESTIONS {
        for id in *want {
            assert!(lib.find(id).is_some(), "{id} is not in the base");
        }
    }
    let (mut first, mut top3, mut empty) = (0, 0, 0);
    let mut misses = Vec::new();
    for (q, source, want) in QUESTIONS {
        let hits = lib.search(q, 10, 60);
        let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
        if ids.is_empty() {
            empty += 1;
        }
        if ids.first().is_some_and(|id| want.contains(id)) {
            first += 1;
        } else if ids.iter().take(3).any(|id| want.contains(id)) {
            println!("  second or third: {q:?}: got {:?}", &ids[..3]);
        }
        if ids.iter().take(3).any(|id| want.contains(id)) {
            top3 += 1;
        } else {
            misses.push(format!(
                "{q:?} ({source}): got {:?}",
                &ids[..ids.len().min(3)]
            ));
        }
    }
    let n = QUESTIONS.len();
    let pct = |k: usize| k * 100 / n;
    println!(
        "real questions: {n}; answer first {first} ({}%), in top 3 {top3} ({}%), nothing found {empty} ({}%)",
        pct(first),
        pct(top3),
        pct(empty)
    );
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(n >= 60, "the suite needs at least 60 real questions");
    assert!(top3 * 100 >= n * 90, "top-3 rate below 90%: {misses:#?}");
    assert!(first * 100 >= n * 75, "first-hit rate below 75%");
    assert!(empty * 100 <= n * 3, "more than 3% found nothing");
}

//! The author screen's checker: one scenario file checked on its own gives what the build gives
//! for the same file in `content/scenarios/`, with the same lines and columns.

use crate::common::{library, Scratch};
use rr_content::{ContentError, ScenarioChecker};

/// Front matter of 12 lines, so the body starts on line 13.
const FRONT: &str = "+++\ntitle = \"T\"\nsummary = \"S\"\nstart = \"a\"\nminutes = 5\ncontent_warnings = [\"x\"]\nnations = [\"wales\"]\nsources = [\"briefing-2021\"]\nreviewed = 2026-11-01\n[vars]\ntrust = 0\n+++\n";
const GOOD_END: &str = "\n## end fine: Fine\noutcome: good\nText.\ndebrief: Why?\n";

fn placed(errors: &[ContentError]) -> Vec<(usize, usize, String)> {
    errors.iter().map(|e| (e.line, e.column, e.message.clone())).collect()
}

#[test]
fn each_real_scenario_checked_alone_is_the_scenario_the_build_makes() {
    for scenario in &library().scenarios {
        let rel = format!("scenarios/{}.md", scenario.id);
        let scratch = Scratch::new("one scenario taken out");
        let text = scratch.read(&rel);
        scratch.remove(&rel);
        let checker = ScenarioChecker::new(&scratch.files()).expect("the rest of the content builds");
        let found = checker.check(&format!("{}.md", scenario.id), &text);
        assert!(found.errors.is_empty(), "{}: {:?}", scenario.id, found.errors);
        assert_eq!(found.scenario.as_ref(), Some(scenario), "{}", scenario.id);
    }
}

#[test]
fn a_broken_file_gets_the_build_s_own_problems_at_the_same_places() {
    let bodies = [
        // A missing target; an unreachable scene.
        format!("## a: Start\nText.\n* Go -> nowhere\n  rating: good\n  feedback: Yes.\n* Go -> fine\n  rating: good\n  feedback: Yes.\n{GOOD_END}\n## island: Never reached\nText.\n* Go -> fine\n  rating: good\n  feedback: Yes.\n"),
        // Undeclared and mistyped variables.
        format!("## a: Start\nText.\n* Go -> fine\n  rating: good\n  feedback: Yes.\n  set: mood + 1\n* Go -> fine\n  rating: good\n  feedback: Yes.\n  if: trust == true\n{GOOD_END}"),
        // Unrated, no feedback, poor without guidance, guidance that does not exist.
        format!("## a: Start\nText.\n* One -> fine\n  feedback: Yes.\n* Two -> fine\n  rating: good\n* Three -> fine\n  rating: poor\n  feedback: No.\n* Four -> fine\n  rating: good\n  feedback: Yes.\n  guidance: no-such-page\n{GOOD_END}"),
        // Raw HTML, an outside link, a link to a section a page does not have, blaming words.
        format!("## a: Start\nText <script>x</script>.\n\nSee [this](https://example.org) and [that](#/guidance/child-trafficking/no-such-section).\n\nShe was putting herself at risk.\n* Go -> fine\n  rating: good\n  feedback: Yes.\n{GOOD_END}"),
        // An unknown abbreviation, a real-looking number (a warning), a long choice (a warning).
        format!("## a: Start\nAsk the QQX. Her number is 07700 900123.\n* {} -> fine\n  rating: good\n  feedback: Yes.\n  if: trust == 0\n* Go -> fine\n  rating: good\n  feedback: Yes.\n{GOOD_END}", "Do something ".repeat(15)),
    ];
    for body in bodies {
        let text = format!("{FRONT}{body}");
        let scratch = Scratch::new("a broken scenario");
        scratch.write("scenarios/test-case.md", &text);
        let (build_errors, build_warnings) = scratch.findings("test-case.md");
        let checker = ScenarioChecker::new(&Scratch::new("the real content").files()).expect("the real content builds");
        let found = checker.check("test-case.md", &text);
        assert!(!found.errors.is_empty() || !found.warnings.is_empty(), "{body}");
        assert_eq!(placed(&found.errors), placed(&build_errors), "{body}");
        assert_eq!(placed(&found.warnings), placed(&build_warnings), "{body}");
        assert!(found.scenario.is_none() || found.errors.is_empty());
    }
}

#[test]
fn a_file_of_one_s_own_must_end_in_md_and_not_take_an_id_the_app_uses() {
    let checker = ScenarioChecker::new(&Scratch::new("the real content").files()).expect("the real content builds");
    let text = format!("{FRONT}## a: Start\nText.\n* Go -> fine\n  rating: good\n  feedback: Yes.\n  if: trust == 0\n* Stay -> fine\n  rating: good\n  feedback: Yes.\n{GOOD_END}");
    let fine = checker.check("my-case.md", &text);
    assert!(fine.errors.is_empty() && fine.warnings.is_empty(), "{:?} {:?}", fine.errors, fine.warnings);
    assert_eq!(fine.scenario.map(|s| s.id), Some("my-case".to_string()));
    let taken = &library().scenarios[0].id;
    let clash = checker.check(&format!("{taken}.md"), &text);
    assert!(clash.scenario.is_none());
    assert!(
        clash.errors.iter().any(|e| e.line == 1 && e.message.contains("already has a scenario")),
        "{:?}",
        clash.errors
    );
    let named = checker.check("my-case.txt", &text);
    assert!(named.errors.iter().any(|e| e.message.contains("must end in .md")), "{:?}", named.errors);
}

#[test]
fn the_template_a_trainer_starts_from_passes_the_check() {
    let scratch = Scratch::new("the real content");
    let template = scratch.read("templates/scenario.md");
    let checker = ScenarioChecker::new(&scratch.files()).expect("the real content builds");
    let found = checker.check("new-scenario.md", &template);
    assert!(found.errors.is_empty(), "{:?}", found.errors);
    assert!(found.warnings.is_empty(), "{:?}", found.warnings);
    let scenario = found.scenario.expect("the template is a scenario");
    assert!(scenario.scenes.iter().any(|s| !s.notes.is_empty() && !s.pauses.is_empty()), "it shows notes and pauses");
    assert!(!scenario.vars.is_empty(), "it shows a variable");
}

#[test]
fn a_scene_can_be_played_from_with_the_variables_chosen() {
    use recognise_respond::scenario::expr::Value;
    use recognise_respond::scenario::Play;
    let scratch = Scratch::new("the real content");
    let checker = ScenarioChecker::new(&scratch.files()).expect("the real content builds");
    let s =
        checker.check("new.md", &scratch.read("templates/scenario.md")).scenario.expect("the template checks clean");
    let shown = |play: &Play<'_>| play.blocks().map(|b| b.html.clone()).collect::<String>();
    let listened = [("listened".to_string(), Value::Bool(true))].into_iter().collect();
    let play = Play::at(&s, "next-step", &listened).expect("the scene exists");
    assert_eq!(play.scene().id, "next-step");
    assert!(shown(&play).contains("took the first choice"), "{}", shown(&play));
    let not = Play::at(&s, "next-step", &Default::default()).unwrap();
    assert!(shown(&not).contains("did not"), "the starting value: {}", shown(&not));
    let wrong_kind = [("listened".to_string(), Value::Int(3))].into_iter().collect();
    assert_eq!(
        Play::at(&s, "next-step", &wrong_kind).unwrap().vars(),
        not.vars(),
        "a value of another kind is not taken"
    );
    assert!(Play::at(&s, "no-such-scene", &listened).is_none());
    let mut play = play;
    play.choose("1").expect("the first choice is offered");
    assert!(play.ending().is_some(), "it plays on to an ending");
}

#[test]
fn a_scenario_whose_states_never_end_is_explored_by_random_plays_and_passes() {
    // A counter that grows without end: the checker switches to random plays, as the build does,
    // and a sound file passes (its time is a few tens of milliseconds natively in release).
    let checker = ScenarioChecker::new(&Scratch::new("the real content").files()).expect("the real content builds");
    let text = format!("{FRONT}## a: Start\nText.\n[if trust > 3] Shown later.\n* Round again -> a\n  rating: ok\n  feedback: Hm.\n  set: trust + 1\n* Out -> fine\n  rating: good\n  feedback: Yes.\n{GOOD_END}");
    let found = checker.check("counter.md", &text);
    assert!(found.errors.is_empty(), "{:?}", found.errors);
    assert_eq!(found.scenario.map(|s| s.id), Some("counter".to_string()));
    // The same file with no way out is refused, so the random plays really ran.
    let stuck = text.replace("* Out -> fine\n  rating: good\n  feedback: Yes.\n", "");
    assert!(
        checker.check("counter.md", &stuck).errors.iter().any(|e| e.message.contains("ending")),
        "no way out is found"
    );
}

//! Scenarios: the check on every real scenario, every path played to an ending, the engine's
//! back and replay (with a property test of any mix of choices and steps back), and each rule of
//! the format refused with its file and line.

use crate::common::{about_a_log, Scratch};
use proptest::prelude::*;
use recognise_respond::content::{ContentError, Library};
use recognise_respond::scenario::explore::explore;
use recognise_respond::scenario::expr::{Value, Vars};
use recognise_respond::scenario::{Play, Scenario, Step};

use crate::common::library;

/// Plays every path from `play` to an ending (depth first); returns the number of paths.
fn play_every_path(play: &Play<'_>, depth: usize, endings: &mut Vec<String>) -> usize {
    assert!(depth < 60, "a path in '{}' runs past 60 decisions", play.scenario().id);
    if let Some(_ending) = play.ending() {
        endings.push(play.scene().id.clone());
        return 1;
    }
    let choices: Vec<String> = play.choices().map(|c| c.id.clone()).collect();
    assert!(
        !choices.is_empty(),
        "scene '{}' of '{}' offers nothing with {:?}",
        play.scene().id,
        play.scenario().id,
        play.vars()
    );
    let mut paths = 0;
    for id in choices {
        let mut next = play.clone();
        next.choose(&id).unwrap();
        paths += play_every_path(&next, depth + 1, endings);
    }
    paths
}

#[test]
fn there_are_at_least_eight_scenarios_and_each_passes_the_check() {
    let library = library();
    assert!(library.scenarios.len() >= 8, "only {} scenarios", library.scenarios.len());
    for s in &library.scenarios {
        let e = explore(s);
        assert!(e.complete, "'{}' has too many states to explore fully ({})", s.id, e.states);
        assert!(e.problems.is_empty(), "'{}': {:?}", s.id, e.problems);
        assert!(
            s.minutes > 0 && !s.content_warnings.is_empty(),
            "'{}' says how long it takes and what it deals with",
            s.id
        );
    }
}

#[test]
fn every_path_of_every_scenario_reaches_an_ending_and_every_ending_is_reached() {
    for s in &library().scenarios {
        let mut endings = Vec::new();
        let paths = play_every_path(&Play::new(s), 0, &mut endings);
        assert!(paths >= 2, "'{}' has only {paths} path", s.id);
        for scene in s.scenes.iter().filter(|sc| sc.ending.is_some()) {
            assert!(endings.contains(&scene.id), "ending '{}' of '{}' is never reached", scene.id, s.id);
        }
        assert!(s
            .scenes
            .iter()
            .any(|sc| sc.ending.as_ref().is_some_and(|e| e.outcome == recognise_respond::scenario::Outcome::Good)));
    }
}

#[test]
fn every_poor_or_harmful_choice_points_to_guidance_that_exists() {
    let library = library();
    for s in &library.scenarios {
        for c in s.scenes.iter().flat_map(|sc| sc.choices.iter()) {
            if matches!(
                c.rating,
                recognise_respond::scenario::Rating::Poor | recognise_respond::scenario::Rating::Harmful
            ) {
                assert!(!c.guidance.is_empty(), "'{}' choice '{}' has no guidance", s.id, c.text);
            }
            for g in &c.guidance {
                let slug = g.split('/').next().unwrap();
                assert!(library.guidance_page(slug).is_some(), "'{}' points to missing page {g}", s.id);
            }
        }
    }
}

fn first(library: &Library) -> &Scenario {
    library.scenario("kobe").expect("Kobe's story is there")
}

#[test]
fn the_engine_is_deterministic_replays_a_saved_path_and_goes_back() {
    let library = library();
    let s = first(library);
    let mut play = Play::new(s);
    let start = play.scene().id.clone();
    let choice = play.choices().next().unwrap().id.clone();
    play.choose(&choice).unwrap();
    let second = play.choices().next().unwrap().id.clone();
    play.choose(&second).unwrap();
    let path: Vec<Step> = play.path().to_vec();
    let again = Play::replay(s, &path).unwrap();
    assert_eq!(again.scene().id, play.scene().id);
    assert_eq!(again.vars(), play.vars());
    assert_eq!(play.decisions().len(), 2);
    assert!(play.back());
    assert_eq!(play.path().len(), 1);
    assert!(play.back());
    assert_eq!(play.scene().id, start);
    assert!(!play.back(), "nothing to go back to at the start");
    assert!(
        Play::replay(s, &[Step { scene: "nowhere".into(), choice: "1".into() }]).is_err(),
        "a stale path is refused"
    );
    assert!(play.choose("no-such-choice").is_err());
}

#[test]
fn going_back_in_a_play_started_at_a_scene_returns_there_and_never_panics() {
    // A trainer's try-out starts at a chosen scene with chosen variables (`Play::at`). Going back
    // used to replay the path from the scenario's start instead: after two steps that panicked
    // ("a prefix of a valid path replays"), after one it went to the start scene.
    let library = library();
    let s = first(library);
    let vars = s.vars.clone();
    let mut play = Play::at(s, "picked-up", &vars).expect("the scene exists");
    let one = play.choices().next().unwrap().id.clone();
    play.choose(&one).unwrap();
    let two = play.choices().next().unwrap().id.clone();
    play.choose(&two).unwrap();
    assert!(play.ending().is_some());
    assert!(play.back());
    assert_eq!(play.scene().id, "status");
    assert!(play.back());
    assert_eq!(play.scene().id, "picked-up", "back where the try-out started");
    assert_eq!(play.vars(), &vars);
    assert!(play.path().is_empty());
    assert!(!play.back(), "nothing to go back to at the scene it started from");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Any play of any scenario, from its start or from any scene with any variables, through any
    /// mix of choices and steps back: nothing panics, going back returns to exactly the scene and
    /// variables before the last choice (never past where the play started), and a play from the
    /// start replays from its saved path to the same place.
    #[test]
    fn any_mix_of_choices_and_going_back_keeps_the_play_whole(
        which in any::<prop::sample::Index>(),
        from in prop::option::of((any::<prop::sample::Index>(), prop::collection::vec(any::<(bool, i64)>(), 0..8))),
        moves in prop::collection::vec(prop::option::of(any::<prop::sample::Index>()), 0..40),
    ) {
        let library = library();
        let s = &library.scenarios[which.index(library.scenarios.len())];
        let mut play = match &from {
            None => Play::new(s),
            Some((scene, values)) => {
                let scene = &s.scenes[scene.index(s.scenes.len())].id;
                let vars = s.vars.keys().zip(values).map(|(name, &(kind, n))| {
                    (name.clone(), if kind { Value::Bool(n % 2 == 0) } else { Value::Int(n) })
                }).collect();
                Play::at(s, scene, &vars).expect("every scene of the scenario")
            }
        };
        let mut earlier: Vec<(String, Vars)> = Vec::new();
        for choice in moves {
            match choice {
                Some(pick) => {
                    let offered: Vec<String> = play.choices().map(|c| c.id.clone()).collect();
                    if offered.is_empty() {
                        prop_assert!(play.choose("1").is_err());
                        continue;
                    }
                    earlier.push((play.scene().id.clone(), play.vars().clone()));
                    play.choose(&offered[pick.index(offered.len())]).expect("an offered choice is taken");
                }
                None => {
                    let went = play.back();
                    prop_assert_eq!(went, s.back && !earlier.is_empty());
                    if went {
                        let (scene, vars) = earlier.pop().unwrap();
                        prop_assert_eq!(&play.scene().id, &scene);
                        prop_assert_eq!(play.vars(), &vars);
                    }
                }
            }
            prop_assert_eq!(play.path().len(), earlier.len());
            prop_assert_eq!(play.decisions().len(), earlier.len());
        }
        if from.is_none() {
            let again = Play::replay(s, play.path()).expect("a play's own path replays");
            prop_assert_eq!(&again.scene().id, &play.scene().id);
            prop_assert_eq!(again.vars(), play.vars());
        }
    }
}

/// Writes a scenario made of [`FRONT`] and `body`; returns its problems and warnings.
fn scenario(scratch: &Scratch, body: &str) -> (Vec<ContentError>, Vec<ContentError>) {
    scratch.write("scenarios/test-case.md", &format!("{FRONT}{body}"));
    let (errors, warnings) = scratch.findings("test-case.md");
    (errors.into_iter().filter(|e| !about_a_log(e)).collect(), warnings)
}

/// Front matter of 12 lines, so the body starts on line 13.
const FRONT: &str = "+++\ntitle = \"T\"\nsummary = \"S\"\nstart = \"a\"\nminutes = 5\ncontent_warnings = [\"x\"]\nnations = [\"wales\"]\nsources = [\"briefing-2021\"]\nreviewed = 2026-11-01\n[vars]\ntrust = 0\n+++\n";

const GOOD_END: &str = "\n## end fine: Fine\noutcome: good\nText.\ndebrief: Why?\n";

fn lines(errors: &[ContentError]) -> Vec<usize> {
    errors.iter().map(|e| e.line).collect()
}

#[test]
fn a_sound_scenario_passes() {
    let s = Scratch::new("sound");
    let text = format!("{FRONT}## a: Start\nText.\n[if trust == 0] Only at first.\n\n* Go -> fine\n  rating: good\n  feedback: Yes.\n{GOOD_END}");
    // With its change log, as every file of content/scenarios/ has one.
    let hash = rr_content::changes::fingerprint_scenario(&text).unwrap();
    let log =
        format!("[[changes]]\ndate = 2026-11-01\nkind = \"new\"\nwhat = \"New scenario.\"\nhash = \"{hash}\"\n+++\n");
    s.write("scenarios/test-case.md", &text.replacen("+++\n## a:", &format!("{log}## a:"), 1));
    let (errors, warnings) = s.findings("test-case.md");
    assert!(errors.is_empty(), "{errors:?}");
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn a_missing_target_and_an_unreachable_scene_are_named_on_their_lines() {
    let s = Scratch::new("targets");
    let (errors, _) = scenario(&s, &format!("## a: Start\nText.\n* Go -> nowhere\n  rating: good\n  feedback: Yes.\n* Go -> fine\n  rating: good\n  feedback: Yes.\n{GOOD_END}\n## island: Never reached\nText.\n* Go -> fine\n  rating: good\n  feedback: Yes.\n"));
    assert_eq!(lines(&errors), vec![15], "{errors:?}");
    assert!(errors[0].message.contains("'nowhere'"));
    let (errors, _) = scenario(&s, &format!("## a: Start\nText.\n* Go -> fine\n  rating: good\n  feedback: Yes.\n{GOOD_END}\n## island: Never reached\nText.\n* Go -> fine\n  rating: good\n  feedback: Yes.\n"));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].message.contains("cannot be reached"), "{}", errors[0]);
    assert_eq!(errors[0].line, 24);
}

#[test]
fn a_loop_with_no_way_out_and_a_scene_where_every_choice_is_blocked_are_refused() {
    let s = Scratch::new("loops");
    let (errors, _) = scenario(&s, &format!("## a: Start\nText.\n* Round -> b\n  rating: good\n  feedback: Yes.\n* Out -> fine\n  rating: good\n  feedback: Yes.\n  if: trust > 5\n\n## b: Again\nText.\n* Back -> a\n  rating: ok\n  feedback: Hm.\n{GOOD_END}"));
    assert!(errors.iter().any(|e| e.message.contains("no ending can be reached")), "{errors:?}");
    let (errors, _) = scenario(
        &s,
        &format!("## a: Start\nText.\n* Out -> fine\n  rating: good\n  feedback: Yes.\n  if: trust > 0\n{GOOD_END}"),
    );
    assert!(errors.iter().any(|e| e.message.contains("every choice can be blocked") && e.line == 13), "{errors:?}");
}

#[test]
fn undeclared_and_mistyped_variables_are_refused() {
    let s = Scratch::new("vars");
    let (errors, _) = scenario(&s, &format!("## a: Start\nText.\n* Go -> fine\n  rating: good\n  feedback: Yes.\n  set: mood + 1\n* Go -> fine\n  rating: good\n  feedback: Yes.\n  if: trust == true\n{GOOD_END}"));
    assert_eq!(lines(&errors), vec![18, 22], "{errors:?}");
    assert!(errors[0].message.contains("not declared"));
    assert!(errors[1].message.contains("whole number"));
}

#[test]
fn unrated_choices_missing_feedback_and_poor_choices_without_guidance_are_refused() {
    let s = Scratch::new("ratings");
    let (errors, _) = scenario(&s, &format!("## a: Start\nText.\n* One -> fine\n  feedback: Yes.\n* Two -> fine\n  rating: good\n* Three -> fine\n  rating: poor\n  feedback: No.\n* Four -> fine\n  rating: good\n  feedback: Yes.\n  guidance: no-such-page\n{GOOD_END}"));
    let got: Vec<(usize, bool)> = errors.iter().map(|e| (e.line, true)).collect();
    assert_eq!(got.len(), 4, "{errors:?}");
    assert!(errors[0].message.contains("rating") && errors[0].line == 15);
    assert!(errors[1].message.contains("feedback") && errors[1].line == 17);
    assert!(errors[2].message.contains("guidance") && errors[2].line == 19);
    assert!(errors[3].message.contains("does not exist") && errors[3].line == 22);
}

#[test]
fn no_good_ending_and_an_ending_without_debrief_are_refused() {
    let s = Scratch::new("endings");
    let (errors, _) = scenario(
        &s,
        "## a: Start\nText.\n* Go -> sad\n  rating: good\n  feedback: Yes.\n\n## end sad: Sad\noutcome: poor\nText.\n",
    );
    assert!(errors.iter().any(|e| e.message.contains("no good ending")), "{errors:?}");
    assert!(errors.iter().any(|e| e.message.contains("no debrief") && e.line == 19), "{errors:?}");
}

#[test]
fn raw_html_and_outside_links_in_scenes_are_refused() {
    let s = Scratch::new("html");
    let (errors, _) = scenario(&s, &format!("## a: Start\nText <script>x</script>.\n\nSee [this](https://example.org).\n* Go -> fine\n  rating: good\n  feedback: Yes.\n{GOOD_END}"));
    assert_eq!(lines(&errors), vec![14, 16], "{errors:?}");
}

#[test]
fn long_choices_too_many_choices_and_real_details_are_warned_about() {
    let s = Scratch::new("warnings");
    let long = "Do something ".repeat(15);
    let choice = |text: &str| format!("* {text} -> fine\n  rating: good\n  feedback: Yes.\n");
    let body = format!(
        "## a: Start\nHer number is 07700 900123.\n{}{}{}{}{}{GOOD_END}",
        choice(&long),
        choice("Two"),
        choice("Three"),
        choice("Four"),
        choice("Five")
    );
    let (errors, warnings) = scenario(&s, &body);
    assert!(errors.is_empty(), "warnings do not stop the build: {errors:?}");
    let text: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(text.iter().any(|m| m.contains("long choice")), "{text:?}");
    assert!(text.iter().any(|m| m.contains("more than four")), "{text:?}");
    assert!(text.iter().any(|m| m.contains("phone number")), "{text:?}");
    assert!(text.iter().any(|m| m.contains("'trust' is never tested")), "{text:?}");
    assert_eq!(warnings.iter().find(|w| w.message.contains("phone number")).map(|w| w.line), Some(14));
}

#[test]
fn every_front_matter_rule_names_the_line_and_column_of_the_value() {
    let s = Scratch::new("scenario-spans");
    let front = "+++\nid = \"other\"\ntitle = \" \"\nsummary = \"S\"\nstart = \"nowhere\"\nminutes = 0\ncontent_warnings = []\nnations = [\"wales\", \"atlantis\"]\nsources = [\"briefing-2021\", \"no-such\"]\nreviewed = 2026-11-01T10:00:00\n[vars]\ntrust = \"high\"\nunused = 0\n+++\n";
    let body = format!("## a: Start\nText.\n* Go -> fine\n  rating: good\n  feedback: Yes.\n{GOOD_END}");
    s.write("scenarios/test-case.md", &format!("{front}{body}"));
    let (errors, warnings) = s.findings("test-case.md");
    let errors: Vec<ContentError> = errors.into_iter().filter(|e| !about_a_log(e)).collect();
    let placed: Vec<(usize, usize)> = errors.iter().map(|e| (e.line, e.column)).collect();
    assert_eq!(
        placed,
        vec![(2, 6), (3, 9), (5, 9), (6, 11), (7, 20), (8, 21), (9, 29), (10, 12), (12, 9)],
        "{errors:#?}"
    );
    assert!(errors[0].message.starts_with("id 'other' must match"));
    assert!(errors[2].message.starts_with("start scene 'nowhere' does not exist"));
    assert!(errors[6].message.starts_with("source 'no-such'"));
    assert!(errors[8].message.starts_with("variable 'trust' must start"));
    assert_eq!(
        warnings.iter().map(|w| (w.line, w.column)).collect::<Vec<_>>(),
        vec![(13, 1)],
        "the unused variable, at its name: {warnings:?}"
    );
}

//! The author screen's checker: one scenario file checked on its own gives what the build gives
//! for the same file in `content/scenarios/`, with the same lines and columns.

use crate::common::{about_a_log, library, Scratch};
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
        // Its Welsh goes with it: a translation with no English is refused.
        scratch.remove(&format!("cy/{rel}"));
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
        // The build also asks a file of content/scenarios/ for a change log; a file of one's own
        // needs none. Every other problem is the same, at the same place.
        let build_errors: Vec<_> = build_errors.into_iter().filter(|e| !about_a_log(e)).collect();
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
    // Its example text, left as it is, is the one warning.
    assert_eq!(found.warnings.len(), 1, "{:?}", found.warnings);
    assert!(found.warnings[0].message.contains("template's example text"), "{:?}", found.warnings);
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

#[test]
fn untouched_template_text_is_a_warning_at_its_first_line() {
    let scratch = Scratch::new("the real content");
    let template = scratch.read("templates/scenario.md");
    let checker = ScenarioChecker::new(&scratch.files()).expect("the real content builds");
    let first = template.lines().position(|l| l.starts_with("title =")).unwrap() + 1;
    let w = &checker.check("new.md", &template).warnings[0];
    assert_eq!(w.line, first, "{w:?}");
    // Written over everywhere, nothing is left to warn about.
    let own = format!("{FRONT}## a: Start\nText.\n* Go -> fine\n  rating: good\n  feedback: Yes.\n  if: trust == 0\n* Stay -> fine\n  rating: good\n  feedback: Yes.\n{GOOD_END}");
    assert!(checker.check("mine.md", &own).warnings.is_empty());
}

#[test]
fn whatever_keep_would_refuse_the_checker_lists_at_its_line() {
    // Defects 18, 14 and 28: heading attributes, same-page anchors, local images, link titles,
    // level-1 headings and code languages are problems at their line; a subheading gets no id.
    use recognise_respond::scenario::local::{html_is_plain, Authored};
    let checker = ScenarioChecker::new(&Scratch::new("the real content").files()).expect("the real content builds");
    let scene = |text: &str| {
        format!("{FRONT}## a: Start\nText.\n\n{text}\n\n* Go -> fine\n  rating: good\n  feedback: Yes.\n  if: trust == 0\n* Stay -> fine\n  rating: good\n  feedback: Yes.\n{GOOD_END}")
    };
    // The line the inserted text is on.
    let line = FRONT.lines().count() + 4;
    for (text, said) in [
        ("### Sub {onclick=x style=position:fixed autofocus}", "braces"),
        ("### H {.class}", "braces"),
        ("### H {data-x=1}", "braces"),
        ("#### H {#a.b}", "braces"),
        ("[x](#top)", "same page"),
        ("![alt](icons/icon-192.png)", "images"),
        ("[x](#/guidance/nrm \"a title\")", "title"),
        ("# A title", "###"),
        ("```rust\nx\n```", "language"),
    ] {
        let found = checker.check("mine.md", &scene(text));
        assert!(found.scenario.is_none(), "{text}");
        assert!(found.errors.iter().any(|e| e.line == line && e.message.contains(said)), "{text}: {:?}", found.errors);
    }
    // A subheading named like the player's own ids gets no id at all.
    for text in ["### Choice 1", "### Scene heading"] {
        let found = checker.check("mine.md", &scene(text));
        assert!(found.errors.is_empty(), "{text}: {:?}", found.errors);
        let s = found.scenario.unwrap();
        let html = &s.scenes[0].blocks[0].html;
        assert!(html.contains("<h3>") && !html.contains("id="), "{html}");
        assert!(html_is_plain(html));
        // And what the checker passes, Keep keeps.
        assert!(Authored::new("mine.md".into(), scene(text), 1, &s).is_ok());
    }
}

#[test]
fn a_pathological_file_is_refused_before_it_is_read_naming_the_limit() {
    // Defects 15 and 16: each of these took seconds or killed the checker; now each is one
    // problem naming its limit, found without reading the file.
    let checker = ScenarioChecker::new(&Scratch::new("the real content").files()).expect("the real content builds");
    let many_vars: String = (0..2000).map(|i| format!("v{i} = 0\n")).collect();
    let many_scenes: String = (0..150).map(|i| format!("## s{i}: S\nText.\n")).collect();
    for (text, said) in [
        (format!("{FRONT}## a: Start\n{}\n", ">".repeat(58_000)), "nests"),
        (format!("{FRONT}## a: Start\n{}\n", "[".repeat(58_000)), "'['"),
        (format!("{FRONT}## a: Start\n{}\n", "*a* _b_ ".repeat(5_000)), "'*'"),
        ("x".repeat(300_000), "KB"),
        (FRONT.replace("trust = 0\n", &many_vars), "variables"),
        (format!("{FRONT}{many_scenes}"), "scenes"),
    ] {
        let started = std::time::Instant::now();
        let found = checker.check("mine.md", &text);
        assert!(started.elapsed() < std::time::Duration::from_millis(200), "{said}: {:?}", started.elapsed());
        assert_eq!(found.errors.len(), 1, "{said}: {:?}", found.errors);
        assert!(found.errors[0].message.contains(said), "{said}: {:?}", found.errors);
    }
}

#[test]
fn many_variables_in_a_loop_are_explored_within_bounds() {
    // Defect 15: 2,000 variables and a looping choice ran out of memory. Within the limit of
    // variables, a loop over all of them is explored in bounded memory and time.
    use recognise_respond::scenario::local::MAX_VARS;
    let checker = ScenarioChecker::new(&Scratch::new("the real content").files()).expect("the real content builds");
    let vars: String = (0..MAX_VARS).map(|i| format!("v{i} = 0\n")).collect();
    let ifs: String = (0..MAX_VARS).map(|i| format!("[if v{i} > 2] More.\n")).collect();
    let sets: Vec<String> = (0..MAX_VARS).map(|i| format!("v{i} + 1")).collect();
    let text = FRONT.replace("trust = 0\n", &vars)
        + &format!("## a: Start\nText.\n{ifs}* Again -> a\n  rating: ok\n  feedback: Hm.\n  set: {}\n* Out -> fine\n  rating: good\n  feedback: Yes.\n{GOOD_END}", sets.join(", "));
    let started = std::time::Instant::now();
    let found = checker.check("loop.md", &text);
    assert!(found.errors.is_empty(), "{:?}", found.errors);
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
}

#[test]
fn a_new_scenario_never_takes_a_kept_name_silently() {
    // Defect 2: the second scenario from the template gets a free name, and keeping a file over
    // another kept one is asked about first.
    use recognise_respond::scenario::local::{free_file, keeping, Authored, Keeping};
    let scratch = Scratch::new("the real content");
    let text = scratch.read("templates/scenario.md");
    let checker = ScenarioChecker::new(&scratch.files()).expect("the real content builds");
    let kept: Vec<Authored> = ["my-scenario.md", "my-scenario-2.md"]
        .iter()
        .map(|f| Authored::new(f.to_string(), text.clone(), 1, &checker.check(f, &text).scenario.unwrap()).unwrap())
        .collect();
    let taken = |f: &str| kept.iter().any(|a| a.file == f);
    assert_eq!(free_file("my-scenario.md", |_| false), "my-scenario.md");
    assert_eq!(free_file("my-scenario.md", taken), "my-scenario-3.md");
    assert_eq!(keeping(&kept, "my-scenario-3.md", None), Keeping::New);
    assert_eq!(keeping(&kept, "my-scenario.md", None), Keeping::Replaces, "a new file over a kept one");
    assert_eq!(keeping(&kept, "my-scenario.md", Some("my-scenario-2.md")), Keeping::Replaces, "renamed onto another");
    assert_eq!(keeping(&kept, "my-scenario.md", Some("my-scenario.md")), Keeping::Again, "kept again as itself");
}

//! Workshop sessions on the real scenarios: a room's whole session run by a clicker alone, the
//! show of hands and the majority, reveal, back across decisions, sessions saved and repaired.

use recognise_respond::content::Library;
use recognise_respond::workshop::{Action, Refusal, Session, Stage};

use crate::common::library;

fn ids(library: &Library) -> Vec<String> {
    library.scenarios.iter().map(|s| s.id.clone()).collect()
}

/// Gives every hand to the last choice offered, so the majority is clear.
fn vote_last(s: &mut Session, library: &Library, hands: u32) {
    let play = s.play(library).unwrap();
    let last = play.choices().last().unwrap().id.clone();
    s.update(library, Action::SetHands { choice: last, hands }, 0).unwrap();
}

#[test]
fn a_clicker_and_a_show_of_hands_run_every_scenario_to_the_end() {
    let library = library();
    let mut s = Session::new(&ids(library), false, 0);
    let mut now = 0;
    let mut stages = Vec::new();
    while !s.finished() {
        now += 1000;
        let rev = s.rev;
        match s.update(library, Action::Next, now) {
            Ok(()) => assert_eq!(s.rev, rev + 1),
            Err(Refusal::NoHands) => {
                assert_eq!(s.stage, Stage::Decide);
                vote_last(&mut s, library, 3);
            }
            Err(other) => panic!("refused: {other:?} at {:?}", s.stage),
        }
        stages.push(s.stage);
        assert!(stages.len() < 2000, "the session never ends");
    }
    assert_eq!(s.update(library, Action::Next, now), Err(Refusal::AtEnd));
    for stage in [
        Stage::Intro,
        Stage::Scene,
        Stage::Discuss,
        Stage::Decide,
        Stage::Chosen,
        Stage::Revealed,
        Stage::Ending,
        Stage::Debrief,
        Stage::Finished,
    ] {
        assert!(stages.contains(&stage), "never showed {stage:?}");
    }
    for run in &s.runs {
        let play = run.play(library).expect("every run replays");
        assert!(play.ending().is_some(), "{} did not end", run.scenario);
        assert!(run.steps.iter().all(|step| step.hands.values().sum::<u32>() == 3 && step.hands[&step.choice] == 3));
    }
}

#[test]
fn feedback_stays_hidden_until_revealed_and_moving_on_needs_hands_or_a_choice() {
    let library = library();
    let mut s = Session::new(&["kobe".to_string()], false, 0);
    s.update(library, Action::Next, 1).unwrap(); // the first scene
    assert_eq!(s.stage, Stage::Scene);
    assert_eq!(s.update(library, Action::Reveal, 0), Err(Refusal::NothingToReveal));
    s.update(library, Action::Next, 2).unwrap(); // Kobe's first scene has a discussion question
    assert_eq!(s.stage, Stage::Discuss);
    s.update(library, Action::Next, 3).unwrap();
    assert_eq!(s.stage, Stage::Decide);
    assert_eq!(s.update(library, Action::Next, 4), Err(Refusal::NoHands));
    s.update(library, Action::SetHands { choice: "1".into(), hands: 4 }, 0).unwrap();
    s.update(library, Action::SetHands { choice: "2".into(), hands: 4 }, 0).unwrap();
    assert_eq!(s.update(library, Action::Next, 5), Err(Refusal::Tied));
    assert_eq!(s.update(library, Action::SetHands { choice: "nope".into(), hands: 1 }, 0), Err(Refusal::NotOffered));
    s.update(library, Action::SetHands { choice: "2".into(), hands: 9 }, 0).unwrap();
    s.update(library, Action::Next, 6).unwrap();
    assert_eq!(s.stage, Stage::Chosen, "the majority is followed, feedback still hidden");
    let step = s.run().unwrap().steps.last().unwrap().clone();
    assert_eq!((step.scene.as_str(), step.choice.as_str()), ("new-worker", "2"));
    assert_eq!(step.hands.values().copied().collect::<Vec<_>>(), vec![4, 9]);
    assert!(s.hands.is_empty(), "the next decision starts with no hands");
    s.update(library, Action::Reveal, 0).unwrap();
    assert_eq!(s.stage, Stage::Revealed);
}

#[test]
fn the_trainer_can_follow_a_path_the_room_did_not_pick() {
    let library = library();
    let mut s = Session::new(&["kobe".to_string()], false, 0);
    s.update(library, Action::Next, 1).unwrap();
    s.update(library, Action::SetHands { choice: "2".into(), hands: 12 }, 0).unwrap();
    assert_eq!(s.stage, Stage::Decide, "entering hands shows the split to the room");
    s.update(library, Action::Follow("1".into()), 2).unwrap();
    assert_eq!(s.run().unwrap().steps[0].choice, "1");
    assert_eq!(s.run().unwrap().steps[0].hands.get("2"), Some(&12));
    assert_eq!(s.play(library).unwrap().scene().id, "picked-up");
    assert_eq!(
        s.update(library, Action::Follow("1".into()), 3),
        Err(Refusal::NotOffered),
        "no choosing while the feedback is up"
    );
}

#[test]
fn back_walks_every_stage_to_the_start_and_undoes_decisions_with_their_hands() {
    let library = library();
    let two = vec!["kobe".to_string(), "county-lines".to_string()];
    let mut s = Session::new(&two, false, 0);
    let mut seen = vec![(s.at, s.stage, s.run().unwrap().steps.len(), s.hands.clone())];
    while !s.finished() {
        if s.update(library, Action::Next, 0) == Err(Refusal::NoHands) {
            vote_last(&mut s, library, 2);
            seen.pop();
        }
        seen.push((s.at, s.stage, s.run().unwrap().steps.len(), s.hands.clone()));
    }
    // Going back retraces the same screens in reverse; at each decision the hands come back.
    // (Hands counted at a decision stay while the trainer goes back to re-read its scene.)
    for expected in seen.iter().rev().skip(1) {
        s.update(library, Action::Back, 0).unwrap();
        assert_eq!((s.at, s.stage, s.run().unwrap().steps.len()), (expected.0, expected.1, expected.2));
        if s.stage == Stage::Decide {
            assert_eq!(s.hands, expected.3);
            assert!(!s.hands.is_empty());
        }
    }
    assert_eq!(s.update(library, Action::Back, 0), Err(Refusal::AtStart));
}

#[test]
fn timers_reset_with_each_scene_and_pause_together() {
    let library = library();
    let mut s = Session::new(&["kobe".to_string()], false, 0);
    s.update(library, Action::Next, 60_000).unwrap();
    assert_eq!(s.scene_timer.elapsed(90_000), 30_000);
    assert_eq!(s.session_timer.elapsed(90_000), 90_000);
    s.update(library, Action::ToggleTimers, 90_000).unwrap();
    assert_eq!(s.scene_timer.elapsed(500_000), 30_000);
    assert_eq!(s.session_timer.elapsed(500_000), 90_000);
    s.update(library, Action::ToggleTimers, 500_000).unwrap();
    assert!(s.scene_timer.running() && s.session_timer.running());
}

#[test]
fn a_saved_session_survives_a_scenario_edited_since() {
    let library = library();
    let mut s = Session::new(&["kobe".to_string(), "gone-since".to_string()], false, 0);
    s.update(library, Action::Next, 0).unwrap();
    s.update(library, Action::Follow("2".into()), 0).unwrap();
    s.update(library, Action::Next, 0).unwrap();
    // A choice that no longer exists, as if the scenario had been rewritten.
    s.runs[0].steps.push(recognise_respond::workshop::RoomStep {
        scene: "return-interview".into(),
        choice: "99".into(),
        hands: Default::default(),
    });
    s.stage = Stage::Chosen;
    s.repair(library);
    assert_eq!(s.runs[0].steps.len(), 1);
    assert!(s.play(library).is_some());
    assert_eq!(s.stage, Stage::Chosen, "the last decision that still replays is on screen");
    s.at = 1;
    s.stage = Stage::Intro;
    assert_eq!(s.update(library, Action::Next, 0), Err(Refusal::Missing));
    let text = serde_json::to_string(&s).unwrap();
    assert_eq!(serde_json::from_str::<Session>(&text).unwrap(), s);
}

#[test]
fn the_debrief_lists_each_decision_with_the_choices_offered_and_the_hands() {
    let library = library();
    let mut s = Session::new(&["kobe".to_string()], false, 0);
    s.update(library, Action::Next, 0).unwrap();
    assert_eq!(s.next_hint(library), "Show the discussion questions");
    s.update(library, Action::SetHands { choice: "1".into(), hands: 2 }, 0).unwrap();
    s.update(library, Action::SetHands { choice: "2".into(), hands: 5 }, 0).unwrap();
    assert_eq!(s.next_hint(library), "Follow the majority");
    s.update(library, Action::Next, 0).unwrap();
    assert_eq!(s.next_hint(library), "Reveal the feedback");
    s.update(library, Action::Next, 0).unwrap();
    s.update(library, Action::Next, 0).unwrap();
    s.update(library, Action::Follow("3".into()), 0).unwrap();
    let run = s.run().unwrap();
    let d = run.decisions(library);
    assert_eq!(d.len(), 2);
    assert_eq!((d[0].scene.id.as_str(), d[0].choice.id.as_str()), ("new-worker", "2"));
    assert_eq!(d[0].offered.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), vec!["1", "2", "3"]);
    assert_eq!(d[0].hands.get("2"), Some(&5));
    assert!(d[1].hands.is_empty(), "a path followed without counting hands has no split");
    assert_eq!(d[1].choice.id, "3");
}

#[test]
fn the_room_never_sees_feedback_or_ratings_before_the_reveal() {
    use recognise_respond::workshop::view::{self, Count, StageView};
    let library = library();
    let mut s = Session::new(&["kobe".to_string()], false, 0);
    s.update(library, Action::Next, 0).unwrap();
    let StageView::Scene { blocks, choices, ending: None, .. } = view::stage(&s, library, false) else {
        panic!("the first scene is on screen")
    };
    assert!(blocks.concat().contains("Kobe is 12") && choices.len() == 3, "the room sees the scene and its choices");
    assert_eq!(choices.iter().map(|c| c.letter).collect::<String>(), "ABC");
    let StageView::Scene { choices, .. } = view::stage(&s, library, true) else { panic!() };
    assert!(choices.is_empty(), "the presenter's panel has the choices instead");
    let feedback = &library.scenario("kobe").unwrap().scene("new-worker").unwrap().choices[1].feedback;
    let note = "Ask the room what they already know";
    assert!(!blocks.concat().contains(note), "notes are for the presenter only");
    assert!(view::notes(&s, library).notes.iter().any(|n| n.contains(note)));
    assert_eq!(view::hands(&s, library), None, "no hands counted yet");
    s.update(library, Action::SetHands { choice: "2".into(), hands: 5 }, 0).unwrap();
    assert_eq!(
        view::hands(&s, library),
        Some(vec![Count { hands: 0, percent: 0 }, Count { hands: 5, percent: 100 }, Count { hands: 0, percent: 0 }])
    );
    assert_eq!(view::hands(&s, library).unwrap()[1].words(), "5 hands (100%)");
    assert_eq!(s.stage, Stage::Decide, "counting hands shows the room the split");
    s.update(library, Action::Next, 0).unwrap(); // follows the majority
    assert_eq!(s.stage, Stage::Chosen);
    let StageView::Chosen { letter, feedback: None, hidden: Some(hidden), split: Some(split), .. } =
        view::stage(&s, library, false)
    else {
        panic!("the room sees the choice without its feedback")
    };
    assert_eq!(letter, 'B');
    assert!(hidden.contains("when the trainer reveals it"));
    assert_eq!(split.total, 5);
    assert_eq!(view::hands(&s, library), None, "the decision is taken; no live hands");
    s.update(library, Action::Reveal, 0).unwrap();
    let StageView::Chosen { feedback: Some(shown), hidden: None, .. } = view::stage(&s, library, false) else {
        panic!("revealed")
    };
    assert_eq!(&shown.text, feedback);
    assert_eq!(shown.rating.label(), "Good practice");
    assert!(shown.links.iter().any(|l| l.href == "#/guidance/safeguarding-duties/return-interviews"));
}

#[test]
fn handouts_hold_the_case_without_ratings_and_sheets_hold_every_choice() {
    use recognise_respond::text::escape_html as esc;
    use recognise_respond::workshop::print;
    let library = library();
    for s in &library.scenarios {
        let handout = print::handout(s);
        let sheet = print::sheet(s, library);
        for scene in &s.scenes {
            assert!(sheet.contains(&esc(&scene.heading)), "{}: {}", s.id, scene.id);
            for c in &scene.choices {
                assert!(handout.contains(&esc(&c.text)), "{}: {}", s.id, c.text);
                assert!(sheet.contains(&esc(&c.feedback)), "{}: {}", s.id, c.feedback);
            }
            for n in &scene.notes {
                assert!(sheet.contains(&esc(n)) && !handout.contains(&esc(n)), "{}: note", s.id);
            }
        }
        for label in ["Good practice", "Poor practice", "Likely to cause harm", "Leads to"] {
            assert!(!handout.contains(label), "{}: the handout gives away '{label}'", s.id);
        }
        assert!(handout.contains("Your notes") && sheet.contains("Facilitator sheet"));
    }
}

#[test]
fn past_sessions_list_newest_first_and_a_record_shows_each_run() {
    use recognise_respond::workshop::view;
    let library = library();
    let mut first = Session::new(&["kobe".to_string(), "age-dispute".to_string()], false, 1_000);
    first.update(library, Action::Next, 0).unwrap();
    first.update(library, Action::SetHands { choice: "2".into(), hands: 6 }, 0).unwrap();
    first.update(library, Action::Follow("2".into()), 0).unwrap();
    let second = Session::new(&["county-lines".to_string()], true, 2_000);
    let list = view::past_sessions(&[first.clone(), second], library);
    assert_eq!(list.iter().map(|p| p.id).collect::<Vec<_>>(), vec![2_000, 1_000], "newest first");
    assert_eq!(list[1].href, "#/workshop/sessions/1000");
    assert!(list[1].about.ends_with("Not finished.") && list[1].about.contains("Kobe"), "{}", list[1].about);
    assert!(view::past_sessions(&[], library).is_empty());
    let record = view::session_record(&first, library);
    assert_eq!(record.len(), 2);
    let debrief = record[0].debrief.as_ref().expect("the room took a decision in the first");
    assert_eq!(debrief.who, "The room chose");
    assert!(debrief.steps[0].chose.starts_with("B. "));
    let split = debrief.steps[0].split.as_ref().unwrap();
    assert_eq!(split.counts.as_ref().unwrap()[1].words(), "6 hands (100%)");
    assert_eq!(record[1].debrief, None, "the second scenario was never reached");
}

#[test]
fn the_room_hears_a_short_line_when_hands_change_not_the_whole_stage() {
    let library = library();
    let mut s = Session::new(&["kobe".to_string()], false, 0);
    assert!(recognise_respond::workshop::view::announcement(&s, library)
        .starts_with("Now showing the scenario's introduction: Kobe"));
    s.update(library, Action::Next, 1).unwrap();
    let first = s.play(library).unwrap().choices().next().unwrap().id.clone();
    s.update(library, Action::SetHands { choice: first.clone(), hands: 3 }, 0).unwrap();
    let said = recognise_respond::workshop::view::announcement(&s, library);
    assert!(said.ends_with("Hands: A 3, B 0, C 0."), "{said}");
    assert!(said.len() < 120, "{} characters: {said}", said.len());
    let before = recognise_respond::workshop::view::stage(&s, library, false);
    s.update(library, Action::SetHands { choice: first.clone(), hands: 4 }, 0).unwrap();
    assert_eq!(
        recognise_respond::workshop::view::stage(&s, library, false),
        before,
        "a change of hands leaves the stage as it is; only the counts change"
    );
}

/// Runs a session of `ids` by the clicker alone (every hand to the last choice) until `stop`.
fn run_until(library: &Library, ids: &[&str], stop: impl Fn(&Session) -> bool) -> Session {
    let mut s = Session::new(&ids.iter().map(|s| s.to_string()).collect::<Vec<_>>(), false, 0);
    for _ in 0..2000 {
        if stop(&s) {
            return s;
        }
        if s.update(library, Action::Next, 0) == Err(Refusal::NoHands) {
            vote_last(&mut s, library, 3);
        }
    }
    panic!("never reached");
}

#[test]
fn the_debrief_is_paged_by_next_one_decision_a_part_then_the_questions() {
    use recognise_respond::workshop::view::{self, StageView};
    let library = library();
    let mut s = run_until(library, &["kobe", "county-lines"], |s| s.stage == Stage::Debrief);
    let parts = s.debrief_parts(library);
    let decisions = s.run().unwrap().steps.len();
    let reflect = !s.play(library).unwrap().ending().unwrap().debrief.is_empty();
    assert_eq!(parts, decisions + usize::from(reflect));
    assert!(parts > 1);
    let mut seen = Vec::new();
    for part in 0..parts {
        assert_eq!((s.stage, s.page), (Stage::Debrief, part));
        let StageView::Debrief(d) = view::stage(&s, library, false) else { panic!("not the debrief") };
        assert_eq!(d.part, Some((part + 1, parts)));
        assert!(d.steps.len() + usize::from(!d.reflect.is_empty()) == 1, "one thing a part");
        assert_eq!(d.first, part + 1, "decisions keep their numbers");
        seen.extend(d.steps.iter().map(|st| st.heading.clone()));
        assert!(view::announcement(&s, library).contains(&format!("part {} of {parts}", part + 1)));
        let hint = s.next_hint(library);
        assert_eq!(hint == "Show the next part of the debrief", part + 1 < parts, "{hint}");
        s.update(library, Action::Next, 0).unwrap();
    }
    assert_eq!(seen.len(), decisions, "every decision shown once");
    // The next scenario starts at the introduction, with the page back at 0.
    assert_eq!((s.stage, s.at, s.page), (Stage::Intro, 1, 0));
    // Back from it lands on the last part of the debrief, and Back pages back to the first.
    s.update(library, Action::Back, 0).unwrap();
    assert_eq!((s.stage, s.at, s.page), (Stage::Debrief, 0, parts - 1));
    for _ in 1..parts {
        s.update(library, Action::Back, 0).unwrap();
    }
    assert_eq!((s.stage, s.page), (Stage::Debrief, 0));
    s.update(library, Action::Back, 0).unwrap();
    assert_eq!((s.stage, s.page), (Stage::Ending, 0));
    // The record of a past session still shows the whole path.
    let record = view::session_record(&s, library);
    assert_eq!(record[0].debrief.as_ref().unwrap().steps.len(), decisions);
}

#[test]
fn a_debrief_part_is_kept_checked_repaired_and_an_older_session_without_one_loads() {
    let library = library();
    let mut s = run_until(library, &["kobe"], |s| s.stage == Stage::Debrief);
    s.update(library, Action::Next, 0).unwrap();
    assert_eq!(s.page, 1);
    let text = serde_json::to_string(&s).unwrap();
    assert!(text.contains("\"page\":1"));
    assert_eq!(serde_json::from_str::<Session>(&text).unwrap(), s);
    // A session kept before parts existed has no page: it reads as the first part, and a
    // session at page 0 writes none (so it reads back exactly in the older shape).
    let mut first = s.clone();
    first.page = 0;
    let old = serde_json::to_string(&first).unwrap();
    assert!(!old.contains("page"));
    assert_eq!(serde_json::from_str::<Session>(&old).unwrap(), first);
    // A part anywhere but the debrief, or beyond any real one, is refused at the edge.
    let mut bad = s.clone();
    bad.stage = Stage::Intro;
    assert!(bad.check().is_err());
    bad.stage = Stage::Debrief;
    bad.page = 5_000;
    assert!(bad.check().is_err());
    // A part beyond this debrief's last (the scenario changed since) is brought back to its last.
    bad.page = 40;
    assert!(bad.check().is_ok());
    assert!(bad.repair(library));
    assert_eq!(bad.page, bad.debrief_parts(library) - 1);
    // At the end, Back goes to the last part.
    let mut end = run_until(library, &["kobe"], Session::finished);
    end.update(library, Action::Back, 0).unwrap();
    assert_eq!((end.stage, end.page), (Stage::Debrief, end.debrief_parts(library) - 1));
}

#[test]
fn hand_counts_are_said_in_one_short_line() {
    use recognise_respond::workshop::view;
    let library = library();
    let mut s = Session::new(&["kobe".to_string()], false, 0);
    s.update(library, Action::Next, 0).unwrap();
    assert_eq!(view::hands_line(&s, library), None, "nothing to say before a hand is counted");
    s.update(library, Action::SetHands { choice: "2".into(), hands: 4 }, 0).unwrap();
    assert_eq!(view::hands_line(&s, library).as_deref(), Some("Hands: A 0, B 4, C 0."));
    s.update(library, Action::Next, 0).unwrap();
    assert_eq!(view::hands_line(&s, library), None, "not at a decision");
}

#[test]
fn the_time_plan_runs_the_scenarios_in_the_order_chosen_against_the_session_length() {
    use recognise_respond::workshop::agenda::Agenda;
    let library = library();
    let order = vec!["county-lines".to_string(), "kobe".to_string(), "gone".to_string()];
    let plan = Agenda::new(&order, library, 90);
    let ids: Vec<&str> = plan.slots.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["county-lines", "kobe"], "in the order chosen; a scenario not in the app left out");
    let first = library.scenario("county-lines").unwrap().minutes;
    assert_eq!((plan.slots[0].start, plan.slots[1].start), (0, first));
    let total = first + library.scenario("kobe").unwrap().minutes;
    assert_eq!(plan.scenario_minutes, total);
    assert!(plan.summary().contains(&format!("{} minutes left", 90 - total)), "{}", plan.summary());
    let short = Agenda::new(&order, library, 10);
    assert!(
        short.summary().contains(&format!("{} minutes more than the 10-minute session", total - 10)),
        "{}",
        short.summary()
    );
}

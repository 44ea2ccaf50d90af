//! The learning record on the real scenarios: finished plays newest first with their path and
//! ending, the CSV an organisation's CPD system takes, and a workshop session as CSV.

use crate::common::library;
use recognise_respond::learning::{completed, csv, session_csv, Finished};
use recognise_respond::scenario::{Play, Rating};
use recognise_respond::storage::{Progress, Saved};
use recognise_respond::workshop::{Action, Session};

/// The path that takes the first good choice at every scene, to an ending.
fn good_path(id: &str) -> Finished {
    let scenario = library().scenario(id).unwrap();
    let mut play = Play::new(scenario);
    while play.ending().is_none() {
        let choice =
            play.choices().find(|c| c.rating == Rating::Good).or_else(|| play.choices().next()).unwrap().id.clone();
        play.choose(&choice).unwrap();
    }
    Finished { ending: play.scene().id.clone(), at: 0, minutes: 0, path: play.path().to_vec() }
}

#[test]
fn finished_plays_are_listed_newest_first_with_their_path_and_ending() {
    let mut saved = Saved::default();
    let kobe = Finished { at: 2_000, minutes: 12, ..good_path("kobe") };
    let other = Finished { at: 1_000, minutes: 30, ..good_path("age-dispute") };
    saved.scenarios.insert(
        "kobe".into(),
        Progress {
            finished: vec![kobe.clone()],
            reflection: "Name it sooner, =not a formula".into(),
            ..Progress::default()
        },
    );
    saved.scenarios.insert("age-dispute".into(), Progress { finished: vec![other], ..Progress::default() });
    let list = completed(&saved, library());
    assert_eq!(list.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), vec!["kobe", "age-dispute"]);
    assert_eq!(list[0].path.len(), kobe.path.len());
    assert!(list[0].ending.starts_with("A good outcome for the child: "), "{}", list[0].ending);
    assert!(list[0].path[0].ends_with("(Good practice)"), "{}", list[0].path[0]);

    let text = csv(&saved, library(), |at| format!("t{at}"));
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 3, "a header and a row per play");
    assert!(lines[1].starts_with("\"t2000\",\"Kobe"), "{}", lines[1]);
    assert!(lines[1].contains(",\"12\",") && lines[1].ends_with("\"Name it sooner, =not a formula\""), "{}", lines[1]);
}

#[test]
fn a_workshop_session_exports_each_decision_with_its_hands() {
    let lib = library();
    let mut s = Session::new(&["kobe".to_string()], false, 0);
    s.update(lib, Action::Next, 0).unwrap();
    s.update(lib, Action::SetHands { choice: "2".into(), hands: 7 }, 0).unwrap();
    s.update(lib, Action::SetHands { choice: "1".into(), hands: 2 }, 0).unwrap();
    s.update(lib, Action::FollowMajority, 0).unwrap();
    let text = session_csv(&s, lib);
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].ends_with("\"Rating\",\"Hands for A\",\"Hands for B\",\"Hands for C\""), "{}", lines[0]);
    assert!(lines[1].contains("\"B. ") && lines[1].ends_with("\"2\",\"7\",\"0\""), "{}", lines[1]);
}

#[test]
fn the_certificate_gives_minutes_per_activity_and_in_all_pages_read_the_days_and_the_name() {
    use recognise_respond::learning::{certificate, Activity, READ_SECONDS};
    let library = library();
    let slug = library.guidance.first().expect("a guidance page").slug.clone();
    let other = library.guidance.get(1).expect("two guidance pages").slug.clone();
    let mut saved = Saved::default();
    saved.learner.name = "Sam Jones".into();
    saved.scenarios.insert(
        "kobe".into(),
        Progress { finished: vec![Finished { at: 5_000_000, ..good_path("kobe") }], ..Progress::default() },
    );
    let kobe = Activity::Scenario("kobe".into());
    let cap = kobe.cap_seconds(library);
    // 12 minutes on Kobe's case, counted in 15-second steps while in use.
    let mut t = 1_000_000;
    for _ in 0..48 {
        saved.learner.count(&kobe, cap, t, t + 15_000, t);
        t += 15_000;
    }
    // A minute on one page (read), 30 seconds on another (opened, not read).
    let page = Activity::Guidance(slug.clone());
    saved.learner.add(&page, page.cap_seconds(library), READ_SECONDS, t, t + 60_000);
    let glance = Activity::Guidance(other);
    saved.learner.add(&glance, glance.cap_seconds(library), 30, t, 9_000_000);
    let c = certificate(&saved, library);
    assert_eq!(c.name, "Sam Jones");
    let title = library.scenario("kobe").unwrap().title.clone();
    assert_eq!(c.scenarios, vec![(title, 12, true)]);
    assert_eq!(c.pages_read, vec![library.guidance_page(&slug).unwrap().title.clone()]);
    assert_eq!(c.reading_minutes, 2, "90 seconds, to the nearest minute");
    assert_eq!(c.total_minutes, 14);
    assert_eq!(c.from_to, Some((1_000_000, 9_000_000)));
    // Nothing done: no days, no minutes, and a line for the name.
    let empty = certificate(&Saved::default(), library);
    assert_eq!((empty.from_to, empty.total_minutes, empty.name.as_str()), (None, 0, ""));
}

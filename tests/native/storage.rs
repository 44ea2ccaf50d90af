//! Saved data and imported files at the edge: every value checked, unknown fields kept, altered
//! files refused with a reason, and an export that imports back byte for byte. Then a bounded
//! fuzz over every way data comes in (storage, import, the channel, session commands): no input
//! may panic; and over every stored key and import field, whatever is read must be within the
//! app's limits, read back the same, never changed without a copy kept, and an accepted import
//! must export and import back byte for byte.

use proptest::prelude::*;
use recognise_respond::nation::Nation;
use recognise_respond::scenario::Step;
use recognise_respond::storage::transfer::{export, import, ImportError, MAX_IMPORT_BYTES};
use recognise_respond::storage::{decode, encode, Notice, Progress, Saved};
use recognise_respond::workshop::sync::{Message, MAX_KEPT};
use recognise_respond::workshop::{Action, Session, Stage};

use crate::common::library as lib;

fn sample() -> Saved {
    let mut s = Saved { nation: Some(Nation::Wales), ..Saved::default() };
    s.scenarios.insert(
        "kobe".into(),
        Progress {
            path: vec![Step { scene: "new-worker".into(), choice: "2".into() }],
            endings: vec!["settled".into()],
            started_at: Some(1_700_000_000_000),
            finished: vec![recognise_respond::learning::Finished {
                ending: "settled".into(),
                at: 1_699_000_000_000,
                minutes: 14,
                path: vec![Step { scene: "new-worker".into(), choice: "2".into() }],
            }],
            reflection: "I would name \"exploitation\" sooner.".into(),
        },
    );
    let mut session = Session::new(&["kobe".to_string()], false, 1_700_000_000_000);
    session.hands.insert("2".into(), 11);
    s.workshops.push(session);
    let mut answers = recognise_respond::screening::Answers::default();
    answers.ticked.insert("goes-missing".into());
    s.checklist = Some(answers);
    s
}

fn file(data: &str) -> String {
    format!("{{\"app\":\"recognise-respond\",\"format\":4,\"data\":{data}}}")
}

#[test]
fn export_import_export_is_byte_identical() {
    for saved in [sample(), Saved::default()] {
        let first = export(&saved);
        let imported = import(first.as_bytes(), lib()).expect("an export imports");
        assert_eq!(imported.saved, saved);
        assert!(imported.notes.is_empty());
        assert_eq!(export(&imported.saved), first, "byte for byte");
    }
}

#[test]
fn every_kind_of_bad_file_is_refused_with_its_own_reason() {
    let good = export(&sample());
    let refused = |bytes: &[u8]| import(bytes, lib()).err();
    assert_eq!(refused(&vec![b' '; MAX_IMPORT_BYTES + 1]), Some(ImportError::TooLarge(MAX_IMPORT_BYTES + 1)));
    assert_eq!(refused(b""), Some(ImportError::Empty));
    assert_eq!(refused(&good.as_bytes()[..good.len() / 2]), Some(ImportError::Truncated));
    assert_eq!(refused(b"not json at all"), Some(ImportError::Malformed));
    assert_eq!(refused(&[0xff, 0xfe, 0x00]), Some(ImportError::Malformed));
    assert_eq!(refused(b"[1,2,3]"), Some(ImportError::NotAnExport));
    assert_eq!(refused(br#"{"app":"something-else","data":{}}"#), Some(ImportError::NotAnExport));
    assert_eq!(refused(br#"{"app":"recognise-respond"}"#), Some(ImportError::NotAnExport));
    assert_eq!(
        refused(br#"{"app":"recognise-respond","format":99,"data":{"version":4}}"#),
        Some(ImportError::NewerVersion(99)),
        "the top-level format is read"
    );
    assert_eq!(
        refused(br#"{"app":"recognise-respond","format":4,"data":{"version":99,"nation":"wales"}}"#),
        Some(ImportError::NewerVersion(99))
    );
    assert_eq!(
        refused(br#"{"app":"recognise-respond","format":3,"data":{"version":4}}"#),
        Some(ImportError::Inconsistent)
    );
    assert_eq!(
        refused(br#"{"app":"recognise-respond","format":"four","data":{"version":4}}"#),
        Some(ImportError::Inconsistent),
        "a format that is not a number"
    );
    assert_eq!(refused(file(r#"{"version":4,"nation":"atlantis"}"#).as_bytes()), Some(ImportError::BadPart("nation")));
    assert_eq!(
        refused(file(r#"{"version":4,"scenarios":{"kobe":{"path":7}}}"#).as_bytes()),
        Some(ImportError::BadPart("scenario progress"))
    );
    for e in [
        ImportError::Empty,
        ImportError::Truncated,
        ImportError::NewerVersion(9),
        ImportError::BadPart("nation"),
        ImportError::Duplicate("app".into()),
        ImportError::Unknown("scenarios", vec!["x".into()]),
    ] {
        assert!(e.message().contains("Nothing on this device has been changed"), "{e:?}");
    }
}

#[test]
fn altered_files_are_refused_naming_what_was_altered() {
    // A key written twice, at the top, inside the data, or deep inside a session.
    let twice = r#"{"app":"recognise-respond","format":4,"data":{"version":4},"app":"recognise-respond"}"#;
    assert_eq!(import(twice.as_bytes(), lib()).err(), Some(ImportError::Duplicate("app".into())));
    let inner = file(r#"{"version":4,"nation":"wales","version":3}"#);
    assert_eq!(import(inner.as_bytes(), lib()).err(), Some(ImportError::Duplicate("version".into())));
    let deep = export(&sample()).replacen("\"rev\":0", "\"rev\":0,\"rev\":5", 1);
    assert_eq!(import(deep.as_bytes(), lib()).err(), Some(ImportError::Duplicate("rev".into())));

    // A flipped byte turns a sign id into one this app does not have: named, not counted.
    let flipped = export(&sample()).replace("goes-missing", "goes-mhssing");
    let e = import(flipped.as_bytes(), lib()).unwrap_err();
    assert_eq!(e, ImportError::Unknown("checklist signs", vec!["goes-mhssing".into()]));
    assert!(e.message().contains("goes-mhssing"));
    // Progress or a workshop run on a scenario that is nowhere (perhaps written on a device and
    // deleted since) is left out with a note that says so, not refused as "not in this version".
    let scenario = export(&sample()).replace("\"kobe\"", "\"kobe-x\"");
    let left = import(scenario.as_bytes(), lib()).expect("the rest imports");
    assert!(left.saved.scenarios.is_empty() && left.saved.workshops.is_empty(), "{:?}", left.saved);
    assert_eq!(left.saved.nation, sample().nation);
    assert_eq!(left.notes.len(), 1, "{:?}", left.notes);
    assert!(left.notes[0].contains("kobe-x") && left.notes[0].contains("deleted"), "{}", left.notes[0]);
    assert!(!left.notes[0].contains("version of the app"), "{}", left.notes[0]);

    // A show of hands beyond any room.
    let hands = export(&sample()).replace("\"2\":11", "\"2\":4294967295");
    assert_eq!(import(hands.as_bytes(), lib()).err(), Some(ImportError::BadPart("workshop sessions")));
    // A chosen stage with no decision, and a revision at the end of the counter.
    let chosen = export(&sample()).replace("\"stage\":\"intro\"", "\"stage\":\"chosen\"");
    assert_eq!(import(chosen.as_bytes(), lib()).err(), Some(ImportError::BadPart("workshop sessions")));
    let rev = export(&sample()).replace("\"rev\":0", "\"rev\":18446744073709551615");
    assert_eq!(import(rev.as_bytes(), lib()).err(), Some(ImportError::BadPart("workshop sessions")));
}

#[test]
fn more_sessions_than_are_kept_are_capped_with_a_note_and_a_bom_is_allowed() {
    let mut s = Saved::default();
    for i in 0..100u64 {
        s.workshops.push(Session::new(&["kobe".to_string()], false, 1_700_000_000_000 + i));
    }
    let imported = import(export(&s).as_bytes(), lib()).unwrap();
    assert_eq!(imported.saved.workshops.len(), MAX_KEPT);
    assert_eq!(imported.saved.workshops[0].id, 1_700_000_000_000 + 70, "the newest are kept");
    assert!(imported.notes[0].contains("100 workshop sessions"), "{:?}", imported.notes);

    let bom = format!("\u{feff}{}", export(&sample()));
    assert_eq!(import(bom.as_bytes(), lib()).map(|i| i.saved), Ok(sample()));
}

#[test]
fn unknown_fields_are_kept_and_written_back() {
    let stored = r#"{"version":9,"nation":"wales","future":{"plans":[1,2,{"x":"y"}]}}"#;
    let d = decode(Some(stored));
    assert_eq!(d.saved.nation, Some(Nation::Wales));
    assert!(d.notices.is_empty() && !d.back_up_raw, "{:?}", d.notices);
    let again = encode(&d.saved);
    assert!(again.contains(r#""future":{"plans":[1,2,{"x":"y"}]}"#), "{again}");
    assert_eq!(decode(Some(&again)).saved, d.saved);
}

#[test]
fn a_deeply_nested_unknown_field_costs_nothing_else() {
    let deep = format!("{}1{}", "[".repeat(5000), "]".repeat(5000));
    let stored = format!(r#"{{"version":9,"nation":"scotland","deep":{deep}}}"#);
    let d = decode(Some(&stored));
    assert_eq!(d.saved.nation, Some(Nation::Scotland));
    assert!(!d.notices.contains(&Notice::Unreadable));
    assert!(encode(&d.saved).contains(&deep), "kept, untouched");
    // Deep nesting inside a field this version reads costs that field alone.
    let stored = format!(r#"{{"version":9,"nation":"scotland","scenarios":{deep}}}"#);
    let d = decode(Some(&stored));
    assert_eq!(d.saved.nation, Some(Nation::Scotland));
    assert_eq!(d.notices, vec![Notice::FieldDropped("scenario progress")]);
}

#[test]
fn an_unknown_field_inside_a_session_is_set_aside_in_the_backup() {
    let text = encode(&sample()).replacen("\"rev\":0", "\"rev\":0,\"colour\":\"blue\"", 1);
    let d = decode(Some(&text));
    assert_eq!(d.saved.workshops.len(), 1);
    assert_eq!(d.notices, vec![Notice::SetAside("workshop sessions")]);
    assert!(d.back_up_raw, "the raw text is copied before anything is written over it");
    assert!(d.notices[0].says_copy_kept());
}

#[test]
fn impossible_sessions_in_storage_are_dropped_alone() {
    let text = encode(&sample()).replace("\"stage\":\"intro\"", "\"stage\":\"chosen\"");
    let d = decode(Some(&text));
    assert!(d.saved.workshops.is_empty());
    assert_eq!(d.saved.nation, Some(Nation::Wales), "the rest is kept");
    assert_eq!(d.notices, vec![Notice::SetAside("workshop sessions")]);
    assert!(d.back_up_raw);
}

#[test]
fn a_kept_session_on_a_scenario_no_longer_in_the_app_is_repaired_not_stuck() {
    let mut s = Session::new(&["retired-scenario".to_string(), "kobe".to_string()], false, 1);
    s.stage = Stage::Scene;
    assert!(s.repair(lib()), "repaired");
    assert_eq!((s.at, s.stage), (1, Stage::Intro), "moves on to the next scenario that exists");
    assert!(s.update(lib(), Action::Next, 2).is_ok());

    let mut gone = Session::new(&["retired-scenario".to_string()], false, 1);
    assert!(gone.repair(lib()));
    assert!(gone.finished(), "a session with nothing left to show ends, and its record is kept");
    assert_eq!(gone.runs.len(), 1);

    // A choice that no longer exists is cut back, and the stage follows.
    let mut s = Session::new(&["kobe".to_string()], false, 1);
    s.update(lib(), Action::Next, 2).unwrap();
    let first = s.play(lib()).unwrap().choices().next().unwrap().id.clone();
    s.update(lib(), Action::Follow((&first).into()), 3).unwrap();
    s.runs[0].steps[0].choice = "no-such-choice".into();
    assert!(s.repair(lib()));
    assert!(s.runs[0].steps.is_empty());
    assert_ne!(s.stage, Stage::Chosen);
    assert!(s.update(lib(), Action::Next, 4).is_ok(), "and it can go on");
}

#[test]
fn back_at_a_chosen_stage_with_no_decision_does_not_panic() {
    let mut s = Session::new(&["kobe".to_string()], false, 1);
    s.stage = Stage::Chosen;
    assert!(s.check().is_err(), "refused at the edge");
    assert!(s.update(lib(), Action::Back, 0).is_ok(), "and harmless even if it got through");
    assert_eq!(s.stage, Stage::Decide);
}

#[test]
fn a_session_at_the_end_of_the_counter_is_refused_at_the_edge() {
    let mut s = Session::new(&["kobe".to_string()], false, 1);
    s.rev = u64::MAX;
    assert!(s.check().is_err());
    assert_eq!(Message::decode(&Message::Session(s).encode()), None, "not taken from the channel");
}

fn any_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        prop_oneof![
            Just("kobe".to_string()),
            Just("wales".to_string()),
            Just("chosen".to_string()),
            Just("2".to_string()),
            "[a-z0-9-]{0,8}"
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        let keys = prop_oneof![
            Just("version".to_string()),
            Just("nation".to_string()),
            Just("checklist".to_string()),
            Just("scenarios".to_string()),
            Just("workshops".to_string()),
            Just("runs".to_string()),
            Just("at".to_string()),
            Just("stage".to_string()),
            Just("hands".to_string()),
            Just("rev".to_string()),
            Just("id".to_string()),
            Just("steps".to_string()),
            Just("scene".to_string()),
            Just("choice".to_string()),
            Just("ticked".to_string()),
            Just("path".to_string()),
            "[a-z]{1,5}"
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(keys, inner, 0..8).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A session built from arbitrary values: what storage, a file or the channel could hold.
fn any_session() -> impl Strategy<Value = Session> {
    let stage = prop_oneof![
        Just(Stage::Intro),
        Just(Stage::Scene),
        Just(Stage::Discuss),
        Just(Stage::Decide),
        Just(Stage::Chosen),
        Just(Stage::Revealed),
        Just(Stage::Ending),
        Just(Stage::Debrief),
        Just(Stage::Finished)
    ];
    let scenario = prop_oneof![Just("kobe".to_string()), Just("county-lines".to_string()), Just("gone".to_string())];
    let step = (
        "[a-z-]{0,12}",
        prop_oneof![Just("1".to_string()), Just("2".to_string()), Just("3".to_string()), "[a-z0-9]{0,3}"],
        prop::collection::btree_map("[0-9]", any::<u32>(), 0..3),
    );
    let run = (scenario, prop::collection::vec(step, 0..4));
    (
        any::<u64>(),
        any::<u64>(),
        prop::collection::vec(run, 0..3),
        any::<usize>(),
        stage,
        prop::collection::btree_map("[0-9]", any::<u32>(), 0..3),
        any::<u32>(),
        any::<u64>(),
    )
        .prop_map(|(id, rev, runs, at, stage, hands, scale, t)| {
            let mut s = Session::new(&[], false, id);
            s.rev = rev;
            s.runs = runs
                .into_iter()
                .map(|(scenario, steps)| recognise_respond::workshop::Run {
                    scenario,
                    steps: steps
                        .into_iter()
                        .map(|(scene, choice, hands)| recognise_respond::workshop::RoomStep { scene, choice, hands })
                        .collect(),
                })
                .collect();
            s.at = if s.runs.is_empty() { at } else { at % (s.runs.len() + 1) };
            s.stage = stage;
            s.hands = hands;
            s.scale = scale;
            s.scene_timer.banked = t;
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn no_stored_text_panics_the_decoder(bytes in prop::collection::vec(any::<u8>(), 0..300), json in any_json()) {
        let _ = decode(Some(&String::from_utf8_lossy(&bytes)));
        let text = json.to_string();
        let d = decode(Some(&text));
        let _ = encode(&d.saved);
        let _ = decode(Some(&format!("{{\"version\":4,\"workshops\":[{text}],\"checklist\":{text}}}")));
    }

    #[test]
    fn no_imported_file_panics_the_importer(bytes in prop::collection::vec(any::<u8>(), 0..300), json in any_json()) {
        let _ = import(&bytes, lib());
        let _ = import(file(&json.to_string()).as_bytes(), lib());
        let _ = import(file(&format!("{{\"version\":4,\"workshops\":[{json}]}}")).as_bytes(), lib());
    }

    #[test]
    fn no_channel_message_panics_and_none_out_of_bounds_is_taken(bytes in prop::collection::vec(any::<u8>(), 0..200), json in any_json(), session in any_session()) {
        let _ = Message::decode(&String::from_utf8_lossy(&bytes));
        let _ = Message::decode(&format!("{{\"session\":{json}}}"));
        if let Some(Message::Session(s)) = Message::decode(&Message::Session(session.clone()).encode()) {
            prop_assert!(s.check().is_ok());
        }
    }

    #[test]
    fn no_session_command_panics_from_any_state(session in any_session(), commands in prop::collection::vec((0u8..9, "[0-9]", any::<u32>()), 0..25)) {
        let lib = lib();
        let mut s = session;
        let _ = s.check();
        let mut t = 0u64;
        for (command, choice, n) in commands {
            t = t.wrapping_add(1000);
            let _ = match command {
                0 => s.update(lib, Action::Next, t),
                1 => s.update(lib, Action::Back, 0),
                2 => s.update(lib, Action::Reveal, 0),
                3 => s.update(lib, Action::SetHands { choice: choice.clone(), hands: n }, 0),
                4 => s.update(lib, Action::Follow(choice.clone()), t),
                5 => s.update(lib, Action::FollowMajority, t),
                6 => s.update(lib, Action::ToggleTimers, t),
                7 => s.update(lib, Action::Rescale(n % 2 == 0), 0),
                _ => { s.repair(lib); Ok(()) }
            };
            let _ = s.next_hint(lib);
            let _ = recognise_respond::workshop::view::stage(&s, lib, n % 2 == 0);
            let _ = recognise_respond::workshop::view::notes(&s, lib);
            let _ = recognise_respond::workshop::view::hands(&s, lib);
            let _ = recognise_respond::workshop::view::session_record(&s, lib);
        }
        // Repaired and checked, a session can always take its next command.
        let mut r = s.clone();
        r.repair(lib);
        let _ = r.update(lib, Action::Next, t);
    }
}

#[test]
fn local_contacts_are_kept_checked_and_carried_by_export_and_import() {
    use recognise_respond::contacts::{Contact, Role};
    let mut saved = sample();
    saved.contacts = vec![
        Contact { role: Role::FrontDoor, name: "MASH".into(), number: "01632 960001".into() },
        Contact { role: Role::Police, name: String::new(), number: "101".into() },
    ];
    let d = decode(Some(&encode(&saved)));
    assert_eq!(d.saved, saved);
    assert!(d.notices.is_empty() && !d.back_up_raw, "{:?}", d.notices);
    assert_eq!(import(export(&saved).as_bytes(), lib()).map(|i| i.saved), Ok(saved.clone()));

    // Format 5 had none: it migrates with nothing lost.
    let old = r#"{"version":5,"nation":"wales"}"#;
    let d = decode(Some(old));
    assert_eq!((d.saved.nation, d.saved.contacts.len()), (Some(Nation::Wales), 0));
    assert_eq!(d.notices, vec![Notice::Migrated(5)]);

    // A number of the wrong shape is set aside (a copy is kept); the rest is used.
    let bad = encode(&saved).replace("01632 960001", "call me");
    let d = decode(Some(&bad));
    assert_eq!(d.saved.contacts.len(), 1);
    assert_eq!(d.notices, vec![Notice::SetAside("local contacts")]);
    assert!(d.back_up_raw);
    // An import with one is refused, naming the part.
    let file = export(&saved).replace("01632 960001", "call me");
    assert_eq!(import(file.as_bytes(), lib()).map(|i| i.saved), Err(ImportError::BadPart("local contacts")));
}

#[test]
fn referral_notes_travel_with_kept_answers_and_oversized_notes_are_refused() {
    use recognise_respond::referral::{Field, MAX_FIELD};
    let mut saved = sample();
    let answers = saved.checklist.as_mut().unwrap();
    answers.referral.set(Field::Account, "Said \"I owe them\" when asked about the phones.");
    answers.referral.add_action("30 Nov, 14:10", "Told the safeguarding lead").unwrap();
    let d = decode(Some(&encode(&saved)));
    assert_eq!(d.saved, saved);
    assert!(d.notices.is_empty() && !d.back_up_raw, "{:?}", d.notices);
    assert_eq!(import(export(&saved).as_bytes(), lib()).map(|i| i.saved), Ok(saved.clone()));

    // Format 6 had no notes: its kept answers migrate with nothing lost.
    let old = r#"{"version":6,"nation":"wales","checklist":{"immediate_danger":false,"age":"not-known","ticked":["goes-missing"],"judgement":null}}"#;
    let d = decode(Some(old));
    assert_eq!(d.notices, vec![Notice::Migrated(6)]);
    let kept = d.saved.checklist.expect("answers kept");
    assert!(kept.ticked.contains("goes-missing") && kept.referral.is_empty());

    // Notes longer than the app writes: cut on the device with the whole kept aside, refused on import.
    let long = "x".repeat(MAX_FIELD + 1);
    let text = encode(&saved).replace("Said \\\"I owe them\\\" when asked about the phones.", &long);
    assert!(text.contains(&long));
    let d = decode(Some(&text));
    assert_eq!(d.notices, vec![Notice::SetAside("referral notes")]);
    assert!(d.back_up_raw);
    assert_eq!(d.saved.checklist.unwrap().referral.account.chars().count(), MAX_FIELD);
    let file = export(&saved).replace("Said \\\"I owe them\\\" when asked about the phones.", &long);
    assert_eq!(import(file.as_bytes(), lib()).map(|i| i.saved), Err(ImportError::BadPart("referral notes")));
}

/// A scenario as the author screen saves it: the template, checked by the content crate.
fn authored(id: &str) -> recognise_respond::scenario::local::Authored {
    let scratch = crate::common::Scratch::new("the template");
    let text = scratch.read("templates/scenario.md");
    let checker = rr_content::ScenarioChecker::new(&scratch.files()).expect("the real content builds");
    let file = format!("{id}.md");
    let scenario = checker.check(&file, &text).scenario.expect("the template checks clean");
    recognise_respond::scenario::local::Authored::new(file, text, 1_700_000_000_000, &scenario).expect("sound")
}

#[test]
fn scenarios_written_here_travel_byte_for_byte_and_forged_ones_are_set_aside() {
    let mut saved = sample();
    saved.authored.push(authored("my-case"));
    // Progress and a workshop in a scenario written here are not "unknown" to an import.
    saved.scenarios.insert("my-case".into(), Progress { endings: vec!["referral".into()], ..Progress::default() });
    let text = export(&saved);
    let back = import(text.as_bytes(), lib()).expect("an export with a scenario written here imports");
    assert_eq!(back.saved, saved);
    assert_eq!(back.saved.authored[0].text, authored("x").text, "the file exactly as written");
    assert_eq!(export(&back.saved), text);

    // Format 7 (before scenarios could be written here) migrates with nothing lost.
    let old = encode(&sample()).replace("\"version\":9", "\"version\":7");
    let d = decode(Some(&old));
    assert_eq!(d.saved, sample());
    assert_eq!(d.notices, vec![Notice::Migrated(7)]);

    // Stored scene text with anything but plain HTML (a forged copy) is set aside, not shown.
    let forged = authored("forged");
    let forged = serde_json::to_string(&forged).unwrap().replacen("<p>", "<img src=x onerror=alert(1)><p>", 1);
    let forged: recognise_respond::scenario::local::Authored = serde_json::from_str(&forged).unwrap();
    assert!(forged.scenario().is_err());
    let bad = Saved { authored: vec![authored("my-case"), forged], ..Saved::default() };
    let d = decode(Some(&encode(&bad)));
    assert_eq!(d.saved.authored.len(), 1);
    assert_eq!(d.notices, vec![Notice::SetAside("scenarios you wrote")]);
    assert!(d.back_up_raw, "the whole is kept aside");
    match import(export(&bad).as_bytes(), lib()) {
        Err(ImportError::Scenario(file, why)) => {
            assert_eq!(file, "forged.md");
            assert!(why.contains("plain text"), "{why}");
        }
        other => panic!("{other:?}"),
    }

    // A broken shape (a choice leading nowhere, no scenes) is refused, so it cannot stall the player.
    let ok = authored("broken");
    let mut scenario = ok.scenario().unwrap();
    scenario.scenes[0].choices[0].target = "nowhere".into();
    let remade = |s: &recognise_respond::scenario::Scenario| {
        recognise_respond::scenario::local::Authored::new(ok.file.clone(), ok.text.clone(), 1, s)
    };
    assert!(remade(&scenario).is_err());
    scenario.scenes.clear();
    assert!(remade(&scenario).is_err());

    // A scenario written on a device may not take an id of the app's own.
    let own = &lib().scenarios[0].id;
    let mut clash = Saved::default();
    let mut scenario = authored("placeholder").scenario().unwrap();
    scenario.id = own.clone();
    let taken =
        recognise_respond::scenario::local::Authored::new(format!("{own}.md"), "x".into(), 1, &scenario).unwrap();
    clash.authored.push(taken);
    // It is renamed, with a note, rather than hidden or refused (defect 8).
    let back = import(export(&clash).as_bytes(), lib()).expect("a clash is renamed, not refused");
    let new = format!("{own}-local.md");
    assert_eq!(back.saved.authored[0].file, new);
    assert_eq!(back.saved.authored[0].scenario().unwrap().id, format!("{own}-local"));
    assert!(back.notes.iter().any(|n| n.contains(&format!("{own}.md")) && n.contains(&new)), "{:?}", back.notes);
    // And the renamed scenario travels on: its export imports back unchanged, with no note.
    let again = import(export(&back.saved).as_bytes(), lib()).expect("imports again");
    assert_eq!(again.saved, back.saved);
    assert!(again.notes.is_empty(), "{:?}", again.notes);
    // On the device, as when a later version adds a scenario with its id.
    let mut stored = clash.clone();
    assert_eq!(stored.rename_clashing(lib()), vec![(format!("{own}.md"), new.clone())]);
    assert_eq!(stored, back.saved);
    assert!(stored.rename_clashing(lib()).is_empty(), "once is enough");
}

#[test]
fn deleting_a_scenario_written_here_takes_its_progress_and_runs_and_the_export_imports_back() {
    // Defect 1: delete, then export, then import on the same app.
    let mut saved = sample();
    saved.authored.push(authored("my-own-case"));
    saved.scenarios.insert("my-own-case".into(), Progress { endings: vec!["referral".into()], ..Progress::default() });
    let mut both = Session::new(&["kobe".to_string(), "my-own-case".to_string()], false, 1_700_000_000_001);
    both.at = 1;
    saved.workshops.push(both);
    saved.workshops.push(Session::new(&["my-own-case".to_string()], false, 1_700_000_000_002));
    assert!(saved.delete_authored("my-own-case.md"));
    assert!(saved.authored.is_empty());
    assert!(!saved.scenarios.contains_key("my-own-case"), "its progress goes with it");
    assert!(saved.scenarios.contains_key("kobe"), "other progress stays");
    assert_eq!(saved.workshops.len(), 2, "a session that played only it goes; the others stay");
    let mixed = &saved.workshops[1];
    assert_eq!(mixed.runs.len(), 1);
    assert_eq!(mixed.runs[0].scenario, "kobe");
    assert_eq!((mixed.at, mixed.stage), (0, Stage::Finished), "what was on screen is gone");
    assert!(mixed.check().is_ok());
    let back = import(export(&saved).as_bytes(), lib()).expect("the export imports back");
    assert_eq!(back.saved, saved);
    assert!(back.notes.is_empty(), "{:?}", back.notes);
    assert!(!saved.delete_authored("my-own-case.md"), "not kept any more");
}

#[test]
fn a_stored_or_imported_scenario_that_could_stall_the_player_is_set_aside_with_why() {
    use recognise_respond::scenario::expr::{Cond, Value};
    use recognise_respond::scenario::local::{Authored, MAX_SCENARIO_BYTES};
    let ok = authored("stall");
    let base = ok.scenario().unwrap();
    let remade = |s: &recognise_respond::scenario::Scenario| {
        // As a forged copy would be stored: made without the checker.
        let forged = serde_json::json!({ "file": ok.file, "text": ok.text, "saved_at": 1, "scenario": s });
        serde_json::from_str::<Authored>(&forged.to_string()).unwrap()
    };
    assert!(remade(&base).check().is_ok(), "the template, stored as it is, is fine");

    // A scene with no choices that is not an ending.
    let mut dead = base.clone();
    dead.scenes[1].choices.clear();
    // Every choice of a scene conditioned off.
    let mut blocked = base.clone();
    for c in &mut blocked.scenes[1].choices {
        c.when = Some(Cond::parse("listened and not listened").unwrap());
    }
    // A cycle with no ending: the second scene's choices lead back to the first.
    let mut cycle = base.clone();
    let first = cycle.scenes[0].id.clone();
    for c in &mut cycle.scenes[1].choices {
        c.target = first.clone();
    }
    // Too many variables, scenes or bytes.
    let mut vars = base.clone();
    for i in 0..40 {
        vars.vars.insert(format!("v{i}"), Value::Int(0));
    }
    let mut scenes = base.clone();
    for i in 0..120 {
        let mut extra = base.scenes[2].clone();
        extra.id = format!("extra-{i}");
        scenes.scenes.push(extra);
    }
    let mut big = base.clone();
    big.scenes[0].heading = "x".repeat(MAX_SCENARIO_BYTES);
    for (what, s, said) in [
        ("dead end", &dead, "no choices"),
        ("all blocked", &blocked, "blocked"),
        ("cycle", &cycle, "no ending"),
        ("variables", &vars, "variables"),
        ("scenes", &scenes, "scenes"),
        ("bytes", &big, "KB"),
    ] {
        let forged = remade(s);
        let why = forged.check().expect_err(what);
        assert!(why.contains(said), "{what}: {why}");
        let stored = Saved { authored: vec![authored("fine"), forged.clone()], ..Saved::default() };
        let d = decode(Some(&encode(&stored)));
        assert_eq!(d.saved.authored.len(), 1, "{what}: set aside on read");
        assert_eq!(d.notices, vec![Notice::SetAside("scenarios you wrote")], "{what}");
        match import(export(&stored).as_bytes(), lib()) {
            Err(ImportError::Scenario(file, w)) => assert!(file == "stall.md" && w == why, "{what}: {w}"),
            other => panic!("{what}: {other:?}"),
        }
    }
}

#[test]
fn reading_what_is_stored_again_does_not_explore_again() {
    // Defect 17: every write reads what is stored; the answer for the same stored scenario is
    // remembered, so a hundred reads cost far less than a hundred explorations. A counter that
    // grows without end makes each exploration the costly kind (random plays).
    let scratch = crate::common::Scratch::new("the template");
    let text = scratch.read("templates/scenario.md").replace(
        "  set: listened = true\n",
        "  set: listened = true\n* Round again -> first-meeting\n  rating: ok\n  feedback: Hm.\n  set: rounds + 1\n  if: rounds < 1000000\n",
    ).replace("listened = false\n", "listened = false\nrounds = 0\n");
    let checker = rr_content::ScenarioChecker::new(&scratch.files()).expect("the real content builds");
    let found = checker.check("rounds.md", &text);
    let scenario = found.scenario.unwrap_or_else(|| panic!("{:?}", found.errors));
    let one = std::time::Instant::now();
    let e = recognise_respond::scenario::explore::explore(&scenario);
    let one = one.elapsed();
    assert!(!e.complete, "random plays were needed");
    let authored = recognise_respond::scenario::local::Authored::new("rounds.md".into(), text, 1, &scenario).unwrap();
    let stored = encode(&Saved { authored: vec![authored], ..Saved::default() });
    let started = std::time::Instant::now();
    for _ in 0..100 {
        let d = decode(Some(&stored));
        assert_eq!(d.saved.authored.len(), 1);
        assert!(d.saved.authored[0].scenario().is_ok());
    }
    assert!(started.elapsed() < one * 20, "100 reads took {:?}; one exploration {one:?}", started.elapsed());
}

#[test]
fn everything_written_here_always_fits_in_an_export_that_imports_back() {
    use recognise_respond::scenario::local::{fits, MAX_AUTHORED, MAX_TOTAL_BYTES};
    const { assert!(MAX_TOTAL_BYTES + 200_000 < MAX_IMPORT_BYTES, "room for the rest of the data too") };
    let one = authored("fits");
    assert!(fits(&[], &one));
    let many: Vec<_> = (0..MAX_AUTHORED).map(|i| authored(&format!("case-{i}"))).collect();
    assert!(fits(&many[1..], &many[0]), "twenty of the template's size fit");
    // Past the total, a scenario is refused.
    let big = {
        let mut a = one.clone();
        a.text = "x".repeat(MAX_TOTAL_BYTES);
        a
    };
    assert!(!fits(&[], &big), "too large together");
    // Kept again under its own name, a smaller copy replaces it and fits.
    assert!(fits(std::slice::from_ref(&big), &one));
    assert!(!fits(std::slice::from_ref(&big), &authored("another")), "beside it, another does not");
}

#[test]
fn free_text_from_storage_or_an_import_is_cleaned_like_text_typed_here() {
    // Defects 13 and 30: direction controls and control characters in notes, actions, the
    // judgement's reason, contacts and reflections survived storage, export and import.
    use recognise_respond::contacts::{Contact, Role};
    use recognise_respond::referral::Action;
    use recognise_respond::screening::{Judgement, Level};
    let dirty = "A\u{202e}B\u{0}C\u{7}\u{1b}D\u{200b}E\u{2066}F\u{2069}";
    let mut forged = sample();
    let answers = forged.checklist.as_mut().unwrap();
    answers.referral.account = format!("{dirty}\r\nsecond line");
    answers.referral.actions.push(Action { when: format!("{dirty}\tnoon"), what: format!("{dirty}\nby phone") });
    answers.judgement = Some(Judgement { level: Level::ReferNow, reason: format!("{dirty}\nmore") });
    forged.contacts = vec![Contact {
        role: Role::Police,
        name: format!("Police {dirty}\n"),
        number: "\u{200e}+44 (0)20 7946 0000".into(),
    }];
    forged.scenarios.get_mut("kobe").unwrap().reflection = format!("{dirty}\r\nnext");

    let check = |saved: &Saved| {
        let a = saved.checklist.as_ref().unwrap();
        assert_eq!(a.referral.account, "ABCDEF\nsecond line");
        assert_eq!(a.referral.actions[0], Action { when: "ABCDEF noon".into(), what: "ABCDEF by phone".into() });
        assert_eq!(a.judgement.as_ref().unwrap().reason, "ABCDEF\nmore");
        assert_eq!(saved.contacts[0].name, "Police ABCDEF");
        assert_eq!(saved.contacts[0].number, "+44 (0)20 7946 0000");
        assert_eq!(saved.contacts[0].dial(), "tel:+442079460000");
        assert_eq!(saved.scenarios["kobe"].reflection, "ABCDEF\nnext");
    };
    // From storage: cleaned, with what was stored kept in the copy, and no message.
    let d = decode(Some(&encode(&forged)));
    check(&d.saved);
    assert!(d.back_up_raw && d.notices.is_empty(), "{:?}", d.notices);
    // From a file: imported cleaned.
    let imported = import(export(&forged).as_bytes(), lib()).expect("imported").saved;
    check(&imported);
    // What was cleaned reads back unchanged, with no copy needed.
    let again = decode(Some(&encode(&d.saved)));
    assert_eq!(again.saved, d.saved);
    assert!(!again.back_up_raw);
}

#[test]
fn a_reflection_longer_than_the_app_keeps_is_cut_with_a_copy_kept_and_refused_on_import() {
    use recognise_respond::learning::MAX_REFLECTION;
    let mut saved = sample();
    saved.scenarios.get_mut("kobe").unwrap().reflection = "é".repeat(MAX_REFLECTION + 1);
    let d = decode(Some(&encode(&saved)));
    assert_eq!(d.saved.scenarios["kobe"].reflection.chars().count(), MAX_REFLECTION);
    assert_eq!(d.notices, vec![Notice::SetAside("reflections")]);
    assert!(d.back_up_raw, "the whole is kept aside first");
    assert_eq!(import(export(&saved).as_bytes(), lib()).map(|i| i.saved), Err(ImportError::BadPart("reflections")));
    // At the limit, it is the app's own: read and imported as it is.
    saved.scenarios.get_mut("kobe").unwrap().reflection = "é".repeat(MAX_REFLECTION);
    assert_eq!(decode(Some(&encode(&saved))).saved, saved);
    assert_eq!(import(export(&saved).as_bytes(), lib()).map(|i| i.saved), Ok(saved));
}

// The bounded fuzz of every stored key and import field, asserting what must hold rather than
// only that nothing panics: what is read is within the limits the app writes, reading what was
// written gives it back unchanged, nothing is changed on reading without a copy being kept, an
// import accepted exports and imports back byte for byte, and a refused import says nothing
// changed. Over typed data (every field: nation, kept answers with referral notes, scenario
// progress and the learning record, pages seen, contacts, scenarios written here, workshop
// sessions, fields of a newer version) and over one stored field replaced by any JSON, 96 cases
// each; over arbitrary bytes, alone and spliced into a real export and stored text, 128 cases:
// about three seconds in all (debug build). The generators lean towards data the app could
// write, so accepted imports are reached as well as every kind of refusal.
// Free text read (notes, actions, the judgement's reason, contacts, reflections) must also be
// as the app writes it: no direction-control, control or invisible characters.

mod fuzz {
    use super::{any_json, any_session, lib};
    use proptest::prelude::*;
    use recognise_respond::contacts::{Contact, Role, MAX_NAME};
    use recognise_respond::learning::{Finished, MAX_REFLECTION};
    use recognise_respond::nation::Nation;
    use recognise_respond::referral::{Action, Draft, MAX_ACTION, MAX_ACTIONS, MAX_FIELD};
    use recognise_respond::scenario::local::{Authored, MAX_AUTHORED};
    use recognise_respond::scenario::Step;
    use recognise_respond::screening::{Age, Answers, Judgement, Level};
    use recognise_respond::storage::transfer::{export, import};
    use recognise_respond::storage::{decode, encode, Progress, Saved};
    use recognise_respond::workshop::sync::MAX_KEPT;
    use std::collections::BTreeMap;
    use std::sync::OnceLock;

    /// Free text as a person could type it or a file could hold it: printable text, any
    /// characters (controls, direction controls, quotes, backslashes, astral ones), and text
    /// just under, at and just over `max` characters.
    fn any_text(max: usize) -> impl Strategy<Value = String> {
        let odd = prop_oneof![
            Just('\u{202e}'),
            Just('\u{200e}'),
            Just('\u{0}'),
            Just('\n'),
            Just('"'),
            Just('\\'),
            Just('é'),
            Just('😀'),
            any::<char>()
        ];
        prop_oneof![
            8 => "[ -~]{0,24}",
            3 => prop::collection::vec(odd, 0..16).prop_map(String::from_iter),
            1 => (0..3usize, prop_oneof![Just('x'), Just('é'), Just('😀')])
                .prop_map(move |(d, c)| c.to_string().repeat(max - 1 + d)),
        ]
    }

    /// Ids: the app's own scenarios and signs, and ones it does not have.
    fn any_id() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => Just("kobe".to_string()),
            2 => Just("county-lines".to_string()),
            2 => Just("my-case".to_string()),
            1 => "[a-z-]{0,10}",
        ]
    }

    /// Ticks: the app's own signs, and now and then one it does not have.
    fn any_sign() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => prop::sample::select(lib().signs().map(|s| s.id.clone()).collect::<Vec<_>>()),
            1 => "[a-z-]{0,10}",
        ]
    }

    fn any_step() -> impl Strategy<Value = Step> {
        (any_id(), "[0-9a-z]{0,3}").prop_map(|(scene, choice)| Step { scene, choice })
    }

    fn any_answers() -> impl Strategy<Value = Answers> {
        let age = prop_oneof![Just(Age::NotKnown), Just(Age::Under13), Just(Age::From13To17)];
        let level = prop_oneof![
            Just(Level::NothingRecorded),
            Just(Level::BeAlert),
            Just(Level::Concern),
            Just(Level::ReferNow),
            Just(Level::Emergency)
        ];
        let judgement =
            prop::option::of((level, any_text(300)).prop_map(|(level, reason)| Judgement { level, reason }));
        let fields =
            (any_text(MAX_FIELD), any_text(MAX_FIELD), any_text(MAX_FIELD), any_text(MAX_FIELD), any_text(MAX_FIELD));
        let action = || (any_text(MAX_ACTION), any_text(MAX_ACTION)).prop_map(|(when, what)| Action { when, what });
        // A few actions, or about as many as the log holds.
        let actions = prop_oneof![
            4 => prop::collection::vec(action(), 0..3),
            1 => prop::collection::vec(action(), MAX_ACTIONS - 1..MAX_ACTIONS + 2),
        ];
        (any::<bool>(), age, prop::collection::btree_set(any_sign(), 0..4), judgement, fields, actions).prop_map(
            |(immediate_danger, age, ticked, judgement, (a, b, c, d, e), actions)| Answers {
                immediate_danger,
                age,
                ticked,
                judgement,
                referral: Draft { age: a, account: b, seen: c, safety: d, agencies: e, actions },
            },
        )
    }

    /// Scenario progress and the learning record: finished plays and a reflection.
    fn any_progress() -> impl Strategy<Value = Progress> {
        let finished = (any_id(), any::<u64>(), any::<u32>(), prop::collection::vec(any_step(), 0..4))
            .prop_map(|(ending, at, minutes, path)| Finished { ending, at, minutes, path });
        (
            prop::collection::vec(any_step(), 0..4),
            prop::collection::vec(any_id(), 0..3),
            prop::option::of(any::<u64>()),
            prop::collection::vec(finished, 0..3),
            any_text(MAX_REFLECTION),
        )
            .prop_map(|(path, endings, started_at, finished, reflection)| Progress {
                path,
                endings,
                started_at,
                finished,
                reflection,
            })
    }

    fn any_contact() -> impl Strategy<Value = Contact> {
        let number = prop_oneof![
            4 => Just("01632 960001".to_string()),
            3 => Just("101".to_string()),
            3 => Just("+44 (0)20 7946 0000".to_string()),
            1 => "[0-9 ()+.-]{0,18}",
            1 => any_text(20),
        ];
        (0..Role::ALL.len(), any_text(MAX_NAME), number).prop_map(|(r, name, number)| Contact {
            role: Role::ALL[r],
            name,
            number,
        })
    }

    /// Contacts: usually one per role in role order, as the app keeps them; sometimes any list.
    fn any_contacts() -> impl Strategy<Value = Vec<Contact>> {
        prop_oneof![
            3 => prop::collection::vec(any_contact(), 0..7).prop_map(recognise_respond::contacts::tidy),
            1 => prop::collection::vec(any_contact(), 0..7),
        ]
    }

    /// Workshop sessions: real ones moved on by a few steps, and arbitrary ones.
    fn any_sessions() -> impl Strategy<Value = Vec<recognise_respond::workshop::Session>> {
        use recognise_respond::workshop::{Action, Session};
        let real = (any::<u32>(), any::<bool>(), 0usize..6).prop_map(|(id, one, steps)| {
            let mut s = Session::new(&["kobe".to_string()], one, 1_700_000_000_000 + u64::from(id));
            for t in 0..steps {
                let _ = s.update(lib(), Action::Next, 1_700_000_000_000 + t as u64);
            }
            s
        });
        prop_oneof![3 => prop::collection::vec(real, 0..2), 1 => prop::collection::vec(any_session(), 0..2)]
    }

    /// A sound scenario written here (the template, checked once), as JSON to alter.
    fn written() -> &'static serde_json::Value {
        static WRITTEN: OnceLock<serde_json::Value> = OnceLock::new();
        WRITTEN.get_or_init(|| serde_json::to_value(super::authored("my-case")).unwrap())
    }

    /// A scenario written here: sound, renamed, re-dated, with other text, or with its checked
    /// scenario altered (another id, a choice leading nowhere, markup in its scene text).
    fn any_authored() -> impl Strategy<Value = Authored> {
        (0u8..10, any::<u64>(), any_text(200), any_id()).prop_map(|(how, at, text, id)| {
            let mut v = written().clone();
            match how {
                0..=3 => {}
                4 => v["file"] = format!("{id}.md").into(),
                5 => v["saved_at"] = at.into(),
                6 => v["text"] = text.into(),
                7 => v["scenario"]["id"] = id.into(),
                8 => v["scenario"]["scenes"][0]["choices"][0]["target"] = id.into(),
                _ => {
                    v["scenario"]["scenes"][0]["blocks"][0]["html"] =
                        format!("<img src=x onerror=alert(1)>{text}").into()
                }
            }
            serde_json::from_value(v).expect("still the shape of a scenario written here")
        })
    }

    fn any_saved() -> impl Strategy<Value = Saved> {
        let nation = (
            prop::option::of(prop::sample::select(Nation::ALL.to_vec())),
            prop::option::of(prop::sample::select(recognise_respond::practitioner::Practitioner::ALL.to_vec())),
        );
        let unknown = prop::collection::btree_map("[a-z]{1,6}", any_json().prop_map(|j| j.to_string()), 0..2)
            .prop_map(|m| m.into_iter().map(|(k, v)| (format!("new-{k}"), v)).collect::<BTreeMap<_, _>>());
        (
            (nation, prop::option::of(any_answers()), prop::collection::btree_map(any_id(), any_progress(), 0..3)),
            any_sessions(),
            prop::collection::btree_map(any_id(), any_text(12), 0..3),
            any_contacts(),
            prop::collection::vec(any_authored(), 0..2),
            unknown,
            (
                any_learner(),
                any::<bool>(),
                prop_oneof![
                    Just(None),
                    Just(Some(recognise_respond::messages::Lang::EnGb)),
                    Just(Some(recognise_respond::messages::Lang::Cy))
                ],
            ),
        )
            .prop_map(
                |(
                    ((nation, role), checklist, scenarios),
                    workshops,
                    seen,
                    contacts,
                    authored,
                    unknown,
                    (learner, keys_off, lang),
                )| {
                    Saved {
                        nation,
                        role,
                        checklist,
                        scenarios,
                        workshops,
                        seen,
                        contacts,
                        authored,
                        learner,
                        keys_off,
                        lang,
                        unknown,
                        epoch: None,
                    }
                },
            )
    }

    /// A learning record's name and times: as the app writes them, or beyond (a name with
    /// control characters, a time past its cap, a clock gone backwards).
    fn any_learner() -> impl Strategy<Value = recognise_respond::learning::Learner> {
        use recognise_respond::learning::{Learner, Spent};
        let spent = (0u32..20_000, 0u64..2_000_000_000_000, 0u64..2_000_000_000_000)
            .prop_map(|(seconds, first, last)| Spent { seconds, first, last });
        let key = prop_oneof![
            any_id().prop_map(|i| format!("scenario/{i}")),
            any_id().prop_map(|i| format!("guidance/{i}")),
            any_id()
        ];
        (any_text(30), prop::collection::btree_map(key, spent, 0..3)).prop_map(|(name, time)| Learner { name, time })
    }

    /// Everything read is within the limits the app itself writes.
    fn within_limits(saved: &Saved) -> Result<(), TestCaseError> {
        // No free text read can reorder what is shown, copied or printed.
        let direction = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}');
        let mut texts: Vec<&str> = Vec::new();
        if let Some(a) = &saved.checklist {
            texts.extend(recognise_respond::referral::Field::ALL.iter().map(|f| a.referral.get(*f)));
            texts.extend(a.referral.actions.iter().flat_map(|x| [x.when.as_str(), x.what.as_str()]));
            texts.extend(a.judgement.iter().map(|j| j.reason.as_str()));
        }
        texts.extend(saved.contacts.iter().flat_map(|c| [c.name.as_str(), c.number.as_str()]));
        texts.extend(saved.scenarios.values().map(|p| p.reflection.as_str()));
        for text in texts {
            prop_assert!(!text.chars().any(|c| direction(c) || (c.is_control() && c != '\n')), "{text:?}");
        }
        prop_assert!(as_the_app_writes_text(saved), "free text not cleaned as the app writes it");
        if let Some(a) = &saved.checklist {
            prop_assert!(a.referral.is_within_limits(), "referral notes beyond the limits: {:?}", a.referral);
            prop_assert!(a.referral.actions.len() <= MAX_ACTIONS);
        }
        for p in saved.scenarios.values() {
            prop_assert!(p.reflection.chars().count() <= MAX_REFLECTION, "a reflection beyond {MAX_REFLECTION}");
        }
        prop_assert!(saved.contacts.len() <= Role::ALL.len(), "{} contacts", saved.contacts.len());
        for pair in saved.contacts.windows(2) {
            prop_assert!(pair[0].role < pair[1].role, "one contact per role, in role order");
        }
        for c in &saved.contacts {
            prop_assert!(c.checked().as_ref() == Ok(c), "{c:?}");
            prop_assert!(c.name.chars().count() <= MAX_NAME);
        }
        prop_assert!(saved.authored.len() <= MAX_AUTHORED);
        for (i, a) in saved.authored.iter().enumerate() {
            prop_assert!(a.scenario().is_ok(), "{:?}", a.scenario());
            prop_assert!(saved.authored[..i].iter().all(|b| b.file != a.file), "one scenario per file");
        }
        prop_assert!(saved.workshops.len() <= MAX_KEPT);
        for w in &saved.workshops {
            prop_assert!(w.check().is_ok());
        }
        prop_assert!(saved.learner.check().is_ok(), "{:?}", saved.learner);
        Ok(())
    }

    /// What was read, written and read again is the same, with nothing to say and nothing to
    /// back up, and is written as the same text.
    fn stable(saved: &Saved) -> Result<(), TestCaseError> {
        let text = encode(saved);
        let again = decode(Some(&text));
        prop_assert_eq!(&again.saved, saved);
        prop_assert!(again.notices.is_empty() && !again.back_up_raw, "{:?} in {}", again.notices, text);
        prop_assert_eq!(encode(&again.saved), text);
        Ok(())
    }

    /// Reads stored text: within the limits, stable, and never changed without a copy kept.
    fn read_stored(text: &str) -> Result<Saved, TestCaseError> {
        let d = decode(Some(text));
        within_limits(&d.saved)?;
        stable(&d.saved)?;
        if encode(&d.saved) != text {
            let changed_silently = !d.back_up_raw
                && d.notices.iter().all(|n| matches!(n, recognise_respond::storage::Notice::Migrated(_)));
            // A migration rewrites the text; what it read is still all there (checked by the
            // migration tests). Anything else changed on reading keeps a copy of the original.
            prop_assert!(
                !changed_silently || text_differs_only_in_form(text, &d.saved),
                "changed without a copy: {}",
                text
            );
        }
        Ok(d.saved)
    }

    /// Whether stored text holds the same data as `saved`, written differently (spacing, key
    /// order, an older format's version, an empty field left out). Field by field: a field this
    /// version does not know is kept as its very text, which need not be a value serde_json
    /// can hold (a number out of range, say).
    fn text_differs_only_in_form(text: &str, saved: &Saved) -> bool {
        use serde_json::value::RawValue;
        type Fields = BTreeMap<String, Box<RawValue>>;
        let (Ok(a), Ok(b)) = (serde_json::from_str::<Fields>(text), serde_json::from_str::<Fields>(&encode(saved)))
        else {
            return false;
        };
        let empty = |v: Option<&Box<RawValue>>| {
            v.is_none_or(|v| {
                serde_json::from_str::<serde_json::Value>(v.get()).is_ok_and(|v| {
                    v.is_null()
                        || v.as_array().is_some_and(Vec::is_empty)
                        || v.as_object().is_some_and(|m| m.is_empty())
                })
            })
        };
        a.keys().chain(b.keys()).filter(|k| *k != "version").all(|k| match (a.get(k), b.get(k)) {
            (Some(x), Some(y)) if x.get() == y.get() => true,
            (Some(x), Some(y)) => {
                let parse = |r: &RawValue| serde_json::from_str::<serde_json::Value>(r.get()).ok();
                parse(x).is_some() && parse(x) == parse(y)
            }
            (x, y) => empty(x) && empty(y),
        })
    }

    /// An import: accepted, it is within the limits and exports and imports back byte for byte;
    /// refused, it says nothing changed, and says it again for the same file.
    fn imports(bytes: &[u8]) -> Result<(), TestCaseError> {
        match import(bytes, lib()) {
            Ok(imported) => {
                within_limits(&imported.saved)?;
                let file = export(&imported.saved);
                let back = import(file.as_bytes(), lib()).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
                prop_assert_eq!(&back.saved, &imported.saved);
                prop_assert!(back.notes.is_empty());
                prop_assert_eq!(export(&back.saved), file);
            }
            Err(e) => {
                prop_assert!(e.message().contains("Nothing on this device has been changed"), "{:?}", e);
                prop_assert_eq!(import(bytes, lib()).err(), Some(e));
            }
        }
        Ok(())
    }

    /// Whether every free text in `saved` is as the app writes it (cleaned, `text::clean`): what
    /// the app reads is cleaned, so only such text reads back unchanged.
    fn as_the_app_writes_text(saved: &Saved) -> bool {
        use recognise_respond::text::{clean, Lines};
        let answers_clean = saved.checklist.clone().is_none_or(|mut a| !a.clean_text());
        let reflections_clean = saved.scenarios.values().all(|p| clean(&p.reflection, Lines::Many) == p.reflection);
        let contacts_clean = saved.contacts.iter().all(|c| c.checked().as_ref() == Ok(c));
        answers_clean && reflections_clean && contacts_clean
    }

    /// The keys the app stores.
    const KEYS: [&str; 10] = [
        "version",
        "nation",
        "checklist",
        "scenarios",
        "workshops",
        "seen",
        "contacts",
        "authored",
        "learner",
        "keys_off",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

        #[test]
        fn every_stored_field_reads_back_within_limits_and_stably(saved in any_saved()) {
            let read = read_stored(&encode(&saved))?;
            // What the app writes itself (within limits) reads back unchanged.
            if within_limits(&saved).is_ok()
                && saved.contacts == recognise_respond::contacts::tidy(saved.contacts.clone())
                && as_the_app_writes_text(&saved)
            {
                prop_assert_eq!(&read, &saved);
            }
            imports(export(&saved).as_bytes())?;
        }

        #[test]
        fn any_json_in_one_stored_field_costs_only_that_field(saved in any_saved(), key in 0..KEYS.len(), json in any_json()) {
            let before = decode(Some(&encode(&saved))).saved;
            let mut value: serde_json::Value = serde_json::from_str(&encode(&saved)).unwrap();
            value[KEYS[key]] = json;
            let text = value.to_string();
            let after = read_stored(&text)?;
            imports(format!("{{\"app\":\"recognise-respond\",\"format\":9,\"data\":{text}}}").as_bytes())?;
            if KEYS[key] != "version" && value["version"] == 9 {
                // Every other field is read as before.
                let mut a = after.clone();
                let mut b = before.clone();
                for s in [&mut a, &mut b] {
                    match KEYS[key] {
                        "nation" => s.nation = None,
                        "checklist" => s.checklist = None,
                        "scenarios" => s.scenarios.clear(),
                        "workshops" => s.workshops.clear(),
                        "seen" => s.seen.clear(),
                        "contacts" => s.contacts.clear(),
                        "learner" => s.learner = Default::default(),
                        "keys_off" => s.keys_off = false,
                        _ => s.authored.clear(),
                    }
                }
                prop_assert_eq!(a, b);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

        #[test]
        fn arbitrary_bytes_stored_or_imported_keep_every_invariant(
            bytes in prop::collection::vec(any::<u8>(), 0..300),
            saved in any_saved(),
            at in any::<prop::sample::Index>(),
            cut in 0usize..4,
            few in prop::collection::vec(prop_oneof![3 => 0x20u8..0x7f, 1 => any::<u8>()], 1..3),
        ) {
            read_stored(&String::from_utf8_lossy(&bytes))?;
            imports(&bytes)?;
            // Spliced into a real export and into stored text, in place of a few bytes at one
            // place so they land inside any field: the arbitrary bytes, and a byte or two (which
            // often leave the JSON readable, so each field's own checks are reached).
            for new in [&bytes, &few] {
                for mut real in [export(&saved).into_bytes(), encode(&saved).into_bytes()] {
                    let i = at.index(real.len() + 1);
                    let end = (i + cut).min(real.len());
                    real.splice(i..end, new.iter().copied());
                    imports(&real)?;
                    read_stored(&String::from_utf8_lossy(&real))?;
                }
            }
        }
    }
}

//! The next steps on a phone at 2 a.m. (issue 27): over every nation (and none), every role
//! (and none), every level, with and without criminal exploitation and strengths, each step has
//! a number to tap or says where to find one; the out-of-hours team is named in every nation;
//! the steps are worded for the reader's role; a saved contact for the role is offered first.

use recognise_respond::contacts::{Contact, Role};
use recognise_respond::content::Form;
use recognise_respond::nation::Nation;
use recognise_respond::practitioner::Practitioner;
use recognise_respond::screening::{level_dials, next_steps_for, offers, Dial, Level, Offer, Step, EMERGENCY};

use crate::common::core as lib;

const LEVELS: [Level; 5] = [Level::NothingRecorded, Level::BeAlert, Level::Concern, Level::ReferNow, Level::Emergency];

/// One combination and its steps.
type Case = (Option<Nation>, Option<Practitioner>, Level, Vec<Step>);

/// Every combination, with its steps.
fn every() -> Vec<Case> {
    let mut out = Vec::new();
    for nation in Nation::ALL.into_iter().map(Some).chain([None]) {
        for role in Practitioner::ALL.into_iter().map(Some).chain([None]) {
            for level in LEVELS {
                for forms in [&[][..], &[Form::Criminal][..]] {
                    for strengths in [false, true] {
                        out.push((nation, role, level, next_steps_for(lib(), level, nation, role, forms, strengths)));
                    }
                }
            }
        }
    }
    out
}

fn saved(role: Role, number: &str) -> Contact {
    Contact { role, name: "Duty".into(), number: number.into() }
}

#[test]
fn every_step_in_every_nation_and_role_has_a_number_to_tap_or_says_where_to_find_one() {
    for (nation, role, level, steps) in every() {
        assert!(!steps.is_empty());
        for s in &steps {
            let shown = offers(&s.dials, &[], nation);
            assert!(!shown.is_empty(), "{nation:?} {role:?} {level:?}: '{}' offers nothing", s.title);
            for o in &shown {
                match o {
                    Offer::Call { href, number, .. } => {
                        assert!(href.starts_with("tel:") && href.len() > 4, "{href}");
                        assert!(!number.trim().is_empty());
                    }
                    Offer::Find(text) => assert!(text.len() > 20, "{text}"),
                }
            }
            // With every role's contact saved, every local dial becomes a number to tap.
            let all: Vec<Contact> = Role::ALL.iter().map(|r| saved(*r, "01632 960001")).collect();
            let with = offers(&s.dials, &all, nation);
            let local = s.dials.iter().any(|d| matches!(d, Dial::Local { .. }));
            assert!(
                !local || with.iter().any(|o| matches!(o, Offer::Call { .. })),
                "{nation:?} {role:?} {level:?}: '{}' has nothing to tap even with contacts saved",
                s.title
            );
        }
        if level >= Level::ReferNow {
            let level_box = offers(&level_dials(level, &steps), &[], nation);
            assert!(
                level_box
                    .iter()
                    .any(|o| matches!(o, Offer::Call { number, href, .. } if number == EMERGENCY && href == "tel:999")),
                "{nation:?} {role:?} {level:?}: the level box offers 999"
            );
        }
    }
}

#[test]
fn every_nation_names_the_out_of_hours_team_when_children_services_are_told() {
    for (nation, role, level, steps) in every() {
        if level < Level::Concern {
            continue;
        }
        let s = steps
            .iter()
            .find(|s| s.dials.iter().any(|d| matches!(d, Dial::Local { role: Role::OutOfHours, .. })))
            .unwrap_or_else(|| panic!("{nation:?} {role:?} {level:?}: no step offers the out-of-hours team"));
        if nation.is_some() {
            assert!(s.text.contains("out-of-hours"), "{nation:?} {role:?}: {}", s.text);
        }
        let find = offers(&s.dials, &[], nation);
        assert!(
            find.iter().any(|o| matches!(o, Offer::Find(t) if t.contains("website"))),
            "{nation:?}: says where to find the local number"
        );
    }
}

#[test]
fn steps_are_worded_for_the_reader_role() {
    for (nation, role, level, steps) in every() {
        let titles: Vec<&str> = steps.iter().map(|s| s.title.as_str()).collect();
        let all = steps.iter().map(|s| format!("{} {}", s.title, s.text)).collect::<Vec<_>>().join("\n");
        match role {
            Some(Practitioner::Police) => {
                assert!(!titles.contains(&"Tell the police"), "{nation:?} {level:?}: {titles:?}");
                assert!(!all.contains("and the police now"), "{nation:?} {level:?}");
                assert!(!all.contains("Tell the police"), "{nation:?} {level:?}: {all}");
                assert!(!all.contains("Tell Police Scotland") && !all.contains("Tell the Police Service"), "{all}");
            }
            Some(Practitioner::SocialCare) => {
                for t in [
                    "Tell children's services now",
                    "Contact children's services",
                    "Tell children's services and the police now",
                ] {
                    assert!(!titles.contains(&t), "{nation:?} {level:?}: {titles:?}");
                }
            }
            _ => {}
        }
        if level >= Level::ReferNow && nation.is_some() {
            let police_step = titles.contains(&"Tell the police");
            assert_eq!(police_step, role != Some(Practitioner::Police), "{nation:?} {role:?} {level:?}");
        }
    }
}

#[test]
fn a_step_that_says_now_never_says_today() {
    for (nation, role, level, steps) in every() {
        for s in steps.iter().filter(|s| s.title.contains("now")) {
            assert!(!s.text.contains("today"), "{nation:?} {role:?} {level:?}: '{}' says today: {}", s.title, s.text);
        }
    }
}

#[test]
fn a_saved_contact_for_the_role_is_offered_first() {
    let steps = next_steps_for(lib(), Level::ReferNow, Some(Nation::England), Some(Practitioner::Health), &[], false);
    assert_eq!(steps[0].title, "Tell children's services now");
    let contacts = [saved(Role::OutOfHours, "01632 960002")];
    let first = offers(&steps[0].dials, &contacts, Some(Nation::England));
    assert!(
        matches!(&first[0], Offer::Call { number, href, saved: true, .. } if number == "01632 960002" && href == "tel:01632960002"),
        "{first:?}"
    );
    // The level box too, before 999.
    let level_box = offers(&level_dials(Level::ReferNow, &steps), &contacts, Some(Nation::England));
    assert!(matches!(&level_box[0], Offer::Call { saved: true, .. }), "{level_box:?}");
    assert!(level_box.iter().any(|o| matches!(o, Offer::Call { number, .. } if number == "999")));
    // With nothing saved it says where to find the number, after the numbers that can be given.
    let none = offers(&steps[0].dials, &[], Some(Nation::England));
    assert!(none.iter().all(|o| matches!(o, Offer::Find(_))), "{none:?}");
}

#[test]
fn national_numbers_are_only_those_the_references_confirm() {
    // 999; 101 only in England (confirmed there only); the helplines in content/nations.toml.
    let helplines: Vec<String> = lib().helplines.iter().map(|h| h.number.clone()).collect();
    for (nation, _, _, steps) in every() {
        for s in &steps {
            for d in &s.dials {
                if let Dial::National { number, .. } = d {
                    let ok = number == "999"
                        || helplines.contains(number)
                        || (number == "101" && nation == Some(Nation::England));
                    assert!(ok, "{nation:?}: {number} in '{}'", s.title);
                }
            }
        }
    }
    let england = next_steps_for(lib(), Level::ReferNow, Some(Nation::England), None, &[], false);
    assert!(england
        .iter()
        .any(|s| s.dials.iter().any(|d| matches!(d, Dial::National { number, .. } if number == "101"))));
}

#[test]
fn helplines_give_the_hours_the_references_know_instead_of_sending_people_to_a_website() {
    // The hours known are said first; a fact the references only partly confirm, or do not
    // confirm as current, is followed by its mark from the facts register, never replaced by it.
    for h in lib().helplines.iter() {
        let said = h.hours.split(" (").next().unwrap_or_default();
        assert!(said.chars().any(|c| c.is_ascii_digit()), "{}: {}", h.name, h.hours);
        assert!(!said.to_lowercase().contains("check"), "{}: {}", h.name, h.hours);
    }
}

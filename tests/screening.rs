//! The screening principles (shared/design/screening.md) as properties, checked against the real
//! checklist in content/ over thousands of random combinations and, for the rule table, exhaustively.

use proptest::prelude::*;
use recognise_respond::content::{Library, SignKind};
use recognise_respond::nation::Nation;
use recognise_respond::screening::{assess, next_steps, plain_text, Age, Answers, Judgement, JudgementUse, Level, LEARNING_DISABILITY};
use std::collections::{BTreeSet, HashSet};
use std::sync::OnceLock;

fn lib() -> &'static Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(recognise_respond::library)
}

fn ids() -> Vec<String> {
    lib().signs().map(|s| s.id.clone()).collect()
}

fn ids_of(kind: SignKind) -> Vec<String> {
    lib().signs().filter(|s| s.kind == kind && s.id != LEARNING_DISABILITY).map(|s| s.id.clone()).collect()
}

fn answers(ticked: &[String], age: Age, danger: bool) -> Answers {
    Answers { immediate_danger: danger, age, ticked: ticked.iter().cloned().collect(), judgement: None }
}

fn age() -> impl Strategy<Value = Age> {
    prop_oneof![Just(Age::NotKnown), Just(Age::Under13), Just(Age::From13To17)]
}

fn ticked() -> impl Strategy<Value = Vec<String>> {
    let all = ids();
    let n = all.len();
    proptest::sample::subsequence(all, 0..=n)
}

/// Every piece of text an outcome can show, for every nation.
fn all_text(a: &Answers) -> String {
    let o = assess(lib(), a);
    let forms: Vec<_> = o.forms.iter().map(|(f, _)| *f).collect();
    let mut text = String::new();
    for nation in Nation::ALL.into_iter().map(Some).chain([None]) {
        let steps = next_steps(lib(), o.level, nation, &forms);
        text.push_str(&plain_text(lib(), &o, &steps, nation));
    }
    text
}

/// Wording that would clear a child. "does not show that a child is safe" is the one allowed use of "is safe".
fn clearing_phrase(text: &str) -> Option<String> {
    let lower = text.to_lowercase().replace("does not show that a child is safe", "");
    ["no risk", "not at risk", "low risk", "is safe", "are safe", "no concern", "nothing to worry", "all clear", "cleared", "putting themselves at risk", "lifestyle choice"]
        .iter()
        .find(|p| lower.contains(*p))
        .map(|p| p.to_string())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn adding_a_sign_never_lowers_the_level(t in ticked(), extra in 0usize..1000, age in age(), danger in any::<bool>()) {
        let all = ids();
        let before = assess(lib(), &answers(&t, age, danger)).level;
        let mut more = t.clone();
        more.push(all[extra % all.len()].clone());
        let after = assess(lib(), &answers(&more, age, danger)).level;
        prop_assert!(after >= before, "{:?} -> {:?} adding {}", before, after, all[extra % all.len()]);
    }

    #[test]
    fn immediate_danger_never_lowers_and_always_means_999(t in ticked(), age in age()) {
        let without = assess(lib(), &answers(&t, age, false)).level;
        let o = assess(lib(), &answers(&t, age, true));
        prop_assert_eq!(o.level, Level::Emergency);
        prop_assert!(o.level >= without);
        for nation in Nation::ALL.into_iter().map(Some).chain([None]) {
            let steps = next_steps(lib(), o.level, nation, &[]);
            prop_assert_eq!(steps[0].title.as_str(), "Call 999 now");
        }
    }

    #[test]
    fn any_critical_sign_means_at_least_refer_now(t in ticked(), pick in 0usize..1000, age in age()) {
        let critical = ids_of(SignKind::Critical);
        let mut t = t;
        t.push(critical[pick % critical.len()].clone());
        prop_assert!(assess(lib(), &answers(&t, age, false)).level >= Level::ReferNow);
    }

    #[test]
    fn under_13_or_learning_disability_with_any_sign_of_exploitation_is_refer_now(t in ticked(), pick in 0usize..1000, under_13 in any::<bool>()) {
        let exploitation: Vec<String> = ids_of(SignKind::Indicator).into_iter().chain(ids_of(SignKind::Critical)).collect();
        let mut t = t;
        t.push(exploitation[pick % exploitation.len()].clone());
        let age = if under_13 { Age::Under13 } else { t.push(LEARNING_DISABILITY.to_string()); Age::From13To17 };
        let o = assess(lib(), &answers(&t, age, false));
        prop_assert!(o.level >= Level::ReferNow, "{:?}", o.level);
    }

    #[test]
    fn no_outcome_ever_clears_a_child(t in ticked(), age in age(), danger in any::<bool>()) {
        let text = all_text(&answers(&t, age, danger));
        prop_assert_eq!(clearing_phrase(&text), None, "{}", text);
    }

    #[test]
    fn every_outcome_explains_itself(t in ticked(), age in age(), danger in any::<bool>()) {
        let a = answers(&t, age, danger);
        let o = assess(lib(), &a);
        if o.computed != Level::NothingRecorded {
            prop_assert!(!o.reasons.is_empty());
            prop_assert_eq!(o.reasons[0].gives, o.computed, "the first reason is the one that sets the level");
        }
        for r in &o.reasons {
            for id in &r.signs {
                prop_assert!(a.ticked.contains(id), "a reason names {} which is not ticked", id);
            }
        }
        let rules: HashSet<_> = o.reasons.iter().map(|r| r.rule).collect();
        prop_assert_eq!(rules.len(), o.reasons.len(), "each rule gives at most one reason");
        prop_assert!(o.notes.iter().any(|n| n.contains("local safeguarding procedures")));
        prop_assert!(o.notes.iter().any(|n| n.contains("999")));
    }

    #[test]
    fn forms_come_only_from_signs_of_exploitation(t in ticked()) {
        let o = assess(lib(), &answers(&t, Age::From13To17, false));
        let expected: HashSet<_> = lib().signs().filter(|s| t.contains(&s.id) && s.kind != SignKind::Vulnerability).flat_map(|s| s.forms.iter().copied()).collect();
        let got: HashSet<_> = o.forms.iter().map(|(f, _)| *f).collect();
        prop_assert_eq!(got, expected);
    }
}

/// The rule table, exhaustively over how many signs of each kind are ticked, age and danger.
#[test]
fn the_rule_table_holds_for_every_combination_of_kinds() {
    let v = ids_of(SignKind::Vulnerability);
    let i = ids_of(SignKind::Indicator);
    let c = ids_of(SignKind::Critical);
    for nv in 0..=3 {
        for ni in 0..=4 {
            for nc in 0..=2 {
                for age in [Age::NotKnown, Age::Under13, Age::From13To17] {
                    for ld in [false, true] {
                        for danger in [false, true] {
                            let mut t: Vec<String> = v[..nv].iter().chain(&i[..ni]).chain(&c[..nc]).cloned().collect();
                            if ld {
                                t.push(LEARNING_DISABILITY.into());
                            }
                            let exploitation = ni + nc > 0;
                            let expected = if danger {
                                Level::Emergency
                            } else if nc > 0 || ni >= 3 || (exploitation && (age == Age::Under13 || ld)) {
                                Level::ReferNow
                            } else if ni > 0 {
                                Level::Concern
                            } else if nv > 0 || ld {
                                Level::BeAlert
                            } else {
                                Level::NothingRecorded
                            };
                            let got = assess(lib(), &answers(&t, age, danger)).level;
                            assert_eq!(got, expected, "v={nv} i={ni} c={nc} age={age:?} ld={ld} danger={danger}");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn nothing_ticked_says_so_and_does_not_clear_the_child() {
    let o = assess(lib(), &Answers::default());
    assert_eq!(o.level, Level::NothingRecorded);
    assert!(o.notes[0].contains("No indicators were recorded"));
    assert!(o.notes[0].contains("does not show that a child is safe"));
    assert!(o.forms.is_empty());
}

#[test]
fn age_not_known_is_treated_as_a_child() {
    let o = assess(lib(), &Answers::default());
    assert!(o.notes.iter().any(|n| n.contains("treated as a child")));
}

#[test]
fn judgement_can_raise_freely_but_lowers_only_with_a_reason_shown_beside_the_computed_level() {
    let critical = ids_of(SignKind::Critical)[0].clone();
    let mut a = answers(&[critical], Age::From13To17, false);
    a.judgement = Some(Judgement { level: Level::Concern, reason: "  ".into() });
    let o = assess(lib(), &a);
    assert_eq!(o.level, Level::ReferNow, "no reason, no lowering");
    assert!(matches!(o.judgement, JudgementUse::Refused(_)));

    a.judgement = Some(Judgement { level: Level::Concern, reason: "Injury explained by a witnessed sports accident".into() });
    let o = assess(lib(), &a);
    assert_eq!((o.computed, o.level), (Level::ReferNow, Level::Concern));
    let text = plain_text(lib(), &o, &[], None);
    assert!(text.contains("Computed level: High concern: refer now. Lowered by professional judgement. Reason: Injury explained"), "{text}");

    a.judgement = Some(Judgement { level: Level::NothingRecorded, reason: "x".into() });
    assert_eq!(assess(lib(), &a).level, Level::ReferNow, "cannot lower to nothing recorded");

    let mut b = answers(&[], Age::NotKnown, false);
    b.judgement = Some(Judgement { level: Level::ReferNow, reason: String::new() });
    let o = assess(lib(), &b);
    assert_eq!((o.computed, o.level), (Level::NothingRecorded, Level::ReferNow));

    let mut d = answers(&[], Age::NotKnown, true);
    d.judgement = Some(Judgement { level: Level::Concern, reason: "because".into() });
    assert_eq!(assess(lib(), &d).level, Level::Emergency, "immediate danger is never lowered");
}

#[test]
fn next_steps_name_the_right_bodies_for_each_nation() {
    let steps = |n| {
        next_steps(lib(), Level::ReferNow, Some(n), &[recognise_respond::content::Form::Criminal])
            .iter()
            .map(|s| format!("{} {}", s.title, s.text))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let england = steps(Nation::England);
    assert!(england.contains("section 47 of the Children Act 1989"));
    assert!(england.contains("Independent Child Trafficking Guardian"));
    assert!(england.contains("section 45"));
    let wales = steps(Nation::Wales);
    assert!(wales.contains("Social Services and Well-being (Wales) Act 2014"));
    let scotland = steps(Nation::Scotland);
    assert!(scotland.contains("Inter-agency Referral Discussion"));
    assert!(scotland.contains("Guardianship Scotland"));
    assert!(scotland.contains("Lord Advocate"));
    assert!(!scotland.contains("section 45"));
    let ni = steps(Nation::NorthernIreland);
    assert!(ni.contains("Health and Social Care Trust"));
    assert!(ni.contains("Independent Guardian Service"));
    assert!(ni.contains("section 22"));
    for text in [&england, &wales, &scotland, &ni] {
        assert!(text.contains("does not need to agree"), "no consent is needed for a child's NRM referral");
    }
}

#[test]
fn every_sign_has_a_known_source_a_kind_and_a_unique_id() {
    let mut seen = BTreeSet::new();
    for s in lib().signs() {
        assert!(seen.insert(s.id.clone()), "duplicate id {}", s.id);
        assert!(lib().sources.contains_key(&s.source), "{} cites {}", s.id, s.source);
        assert!(!s.forms.is_empty());
    }
    for kind in [SignKind::Vulnerability, SignKind::Indicator, SignKind::Critical] {
        assert!(lib().signs().any(|s| s.kind == kind), "the checklist has {kind:?} signs");
    }
    assert!(lib().sign(LEARNING_DISABILITY).is_some(), "the override's sign exists");
}

#[test]
fn unknown_sign_ids_from_older_saved_answers_are_ignored() {
    let o = assess(lib(), &answers(&["retired-sign-id".to_string()], Age::From13To17, false));
    assert_eq!(o.level, Level::NothingRecorded);
}

#[test]
fn the_plain_text_record_lists_reasons_steps_and_sources_without_identifiers() {
    let t: Vec<String> = ids_of(SignKind::Critical).into_iter().take(2).collect();
    let o = assess(lib(), &answers(&t, Age::From13To17, false));
    let steps = next_steps(lib(), o.level, Some(Nation::Wales), &[]);
    let text = plain_text(lib(), &o, &steps, Some(Nation::Wales));
    assert!(text.contains("Level of concern: High concern: refer now"));
    assert!(text.contains("(source: Practitioner Responses to Child Trafficking"));
    assert!(text.contains("Next steps (Wales):"));
    assert!(text.contains("Case records may be disclosable"));
}

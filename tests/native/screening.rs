//! The screening principles (docs/screening.md) as properties, checked against the real
//! checklist in content/ over thousands of random combinations and, for the rule table, exhaustively.

use proptest::prelude::*;
use recognise_respond::content::SignKind;
use recognise_respond::content::{Form, Sign};
use recognise_respond::nation::Nation;
use recognise_respond::screening::{
    assess, next_steps, plain_text, Age, Answers, Judgement, JudgementUse, Level, COMBINATION, LEARNING_DISABILITY,
    LIMITS_PAGE, PATTERN_ALL, PATTERN_SPECIFIC,
};
use std::collections::{BTreeSet, HashSet};

use crate::common::core as lib;

fn ids() -> Vec<String> {
    lib().signs().map(|s| s.id.clone()).collect()
}

fn ids_of(kind: SignKind) -> Vec<String> {
    lib().signs().filter(|s| s.kind == kind && s.id != LEARNING_DISABILITY).map(|s| s.id.clone()).collect()
}

/// Warning signs that point to one form in particular (not general), other than the override's.
fn specific_warnings() -> Vec<&'static Sign> {
    lib().signs().filter(|s| s.kind == SignKind::Warning && !s.general && s.id != LEARNING_DISABILITY).collect()
}

/// General warning signs: seen in many situations, pointing to no one form in particular.
fn general_warnings() -> Vec<String> {
    lib().signs().filter(|s| s.kind == SignKind::Warning && s.general).map(|s| s.id.clone()).collect()
}

/// The rule, written again independently of the library's code: does some form have a pattern
/// among the warning signs `ticked`, each fact counted once?
fn has_pattern(ticked: &[String]) -> bool {
    let warnings: Vec<&Sign> =
        lib().signs().filter(|s| s.kind == SignKind::Warning && ticked.contains(&s.id)).collect();
    Form::ALL.iter().any(|form| {
        let to: Vec<&&Sign> = warnings.iter().filter(|s| s.forms.contains(form)).collect();
        let all: HashSet<&str> = to.iter().map(|s| s.fact()).collect();
        let specific: HashSet<&str> = to.iter().filter(|s| !s.general).map(|s| s.fact()).collect();
        specific.len() >= PATTERN_SPECIFIC || (!specific.is_empty() && all.len() >= PATTERN_ALL)
    })
}

fn answers(ticked: &[String], age: Age, danger: bool) -> Answers {
    Answers { immediate_danger: danger, age, ticked: ticked.iter().cloned().collect(), ..Answers::default() }
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
        let steps = next_steps(lib(), o.level, nation, &forms, !o.strengths.is_empty());
        text.push_str(&plain_text(lib(), &o, &steps, &[], nation, a, "1 December 2026, 10:00"));
    }
    text
}

/// Wording that would clear a child. "does not show that a child is safe" is the one allowed use of "is safe".
fn clearing_phrase(text: &str) -> Option<String> {
    let lower = text.to_lowercase().replace("does not show that a child is safe", "");
    [
        "no risk",
        "not at risk",
        "low risk",
        "is safe",
        "are safe",
        "no concern",
        "nothing to worry",
        "all clear",
        "cleared",
        "most children with",
        "are not being exploited",
        "putting themselves at risk",
        "lifestyle choice",
    ]
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
    fn one_warning_sign_alone_is_concern_never_refer_now(pick in 0usize..1000, circumstances in proptest::sample::subsequence(ids_of(SignKind::Circumstance), 0..=5), strengths in proptest::sample::subsequence(ids_of(SignKind::Strength), 0..=3), age in prop_oneof![Just(Age::NotKnown), Just(Age::From13To17)]) {
        let warnings = ids_of(SignKind::Warning);
        let mut t = circumstances;
        t.extend(strengths);
        t.push(warnings[pick % warnings.len()].clone());
        let o = assess(lib(), &answers(&t, age, false));
        prop_assert_eq!(o.level, Level::Concern, "one warning sign with {:?}", t);
    }

    #[test]
    fn noting_a_strength_never_lowers_the_level(t in ticked(), pick in 0usize..1000, age in age(), danger in any::<bool>()) {
        let strengths = ids_of(SignKind::Strength);
        let without: Vec<String> = t.iter().filter(|id| !strengths.contains(id)).cloned().collect();
        let mut with = without.clone();
        with.push(strengths[pick % strengths.len()].clone());
        let before = assess(lib(), &answers(&without, age, danger));
        let after = assess(lib(), &answers(&with, age, danger));
        prop_assert!(after.level >= before.level);
        prop_assert_eq!(after.computed, before.computed, "a strength changes nothing in the level");
        prop_assert_eq!(after.strengths.len(), 1);
    }

    #[test]
    fn immediate_danger_never_lowers_and_always_means_999(t in ticked(), age in age()) {
        let without = assess(lib(), &answers(&t, age, false)).level;
        let o = assess(lib(), &answers(&t, age, true));
        prop_assert_eq!(o.level, Level::Emergency);
        prop_assert!(o.level >= without);
        for nation in Nation::ALL.into_iter().map(Some).chain([None]) {
            let steps = next_steps(lib(), o.level, nation, &[], false);
            prop_assert_eq!(steps[0].title.as_str(), "Call 999 now");
        }
    }

    #[test]
    fn any_sign_of_harm_means_at_least_refer_now(t in ticked(), pick in 0usize..1000, age in age()) {
        let harm = ids_of(SignKind::Harm);
        let mut t = t;
        t.push(harm[pick % harm.len()].clone());
        prop_assert!(assess(lib(), &answers(&t, age, false)).level >= Level::ReferNow);
    }

    #[test]
    fn under_13_or_learning_disability_with_any_sign_of_exploitation_is_refer_now(t in ticked(), pick in 0usize..1000, under_13 in any::<bool>()) {
        let exploitation: Vec<String> = ids_of(SignKind::Warning).into_iter().chain(ids_of(SignKind::Harm)).collect();
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
        prop_assert!(o.note_texts().iter().any(|n| n.contains("local safeguarding procedures")));
        prop_assert!(o.note_texts().iter().any(|n| n.contains("999")));
    }

    #[test]
    fn forms_come_only_from_signs_of_exploitation(t in ticked()) {
        let o = assess(lib(), &answers(&t, Age::From13To17, false));
        let expected: HashSet<_> = lib().signs().filter(|s| t.contains(&s.id) && s.kind.is_sign_of_exploitation()).flat_map(|s| s.forms.iter().copied()).collect();
        let got: HashSet<_> = o.forms.iter().map(|(f, _)| *f).collect();
        prop_assert_eq!(got, expected);
    }
}

/// The rule table, exhaustively over how many signs of each kind are ticked, age and danger, for
/// the warning signs in checklist order and again in reverse (where the signs of one form are).
#[test]
fn the_rule_table_holds_for_every_combination_of_kinds() {
    let mut reversed = ids_of(SignKind::Warning);
    reversed.reverse();
    for i in [ids_of(SignKind::Warning), reversed] {
        rule_table(&i);
    }
}

fn rule_table(i: &[String]) {
    let v = ids_of(SignKind::Circumstance);
    let c = ids_of(SignKind::Harm);
    let i = i.to_vec();
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
                            } else if nc > 0 || has_pattern(&t) || (exploitation && (age == Age::Under13 || ld)) {
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
    assert!(o.note_texts()[0].contains("No indicators were recorded"));
    assert!(o.note_texts()[0].contains("does not show that a child is safe"));
    assert!(o.forms.is_empty());
}

#[test]
fn age_not_known_is_treated_as_a_child() {
    let o = assess(lib(), &Answers::default());
    assert!(o.note_texts().iter().any(|n| n.contains("treated as a child")));
}

#[test]
fn judgement_can_raise_freely_but_lowers_only_with_a_reason_shown_beside_the_computed_level() {
    let critical = ids_of(SignKind::Harm)[0].clone();
    let mut a = answers(&[critical], Age::From13To17, false);
    a.judgement = Some(Judgement { level: Level::Concern, reason: "  ".into() });
    let o = assess(lib(), &a);
    assert_eq!(o.level, Level::ReferNow, "no reason, no lowering");
    assert!(matches!(o.judgement, JudgementUse::Refused(_)));

    a.judgement =
        Some(Judgement { level: Level::Concern, reason: "Injury explained by a witnessed sports accident".into() });
    let o = assess(lib(), &a);
    assert_eq!((o.computed, o.level), (Level::ReferNow, Level::Concern));
    let text = plain_text(lib(), &o, &[], &[], None, &Answers::default(), "1 December 2026, 10:00");
    assert!(
        text.contains(
            "Computed level: High concern: refer now. Lowered by professional judgement. Reason: Injury explained"
        ),
        "{text}"
    );

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
        next_steps(lib(), Level::ReferNow, Some(n), &[recognise_respond::content::Form::Criminal], false)
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
        assert!(!s.forms.is_empty() || s.kind == SignKind::Strength, "{} names no forms", s.id);
    }
    for kind in SignKind::ALL {
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
    let t: Vec<String> = ids_of(SignKind::Harm).into_iter().take(2).collect();
    let o = assess(lib(), &answers(&t, Age::From13To17, false));
    let steps = next_steps(lib(), o.level, Some(Nation::Wales), &[], false);
    let text = plain_text(
        lib(),
        &o,
        &steps,
        &[],
        Some(Nation::Wales),
        &Answers { age: Age::From13To17, ..Answers::default() },
        "1 December 2026, 10:00",
    );
    assert!(text.contains("Level of concern: High concern: refer now"));
    assert!(text.starts_with("Recognise & Respond: Indicator check record\nMade: 1 December 2026, 10:00\nAge: 13 to 17\nUK nation: Wales\n"), "{text}");
    assert!(text.find("Next steps (Wales):") < text.find("Why:"), "the answer first: steps before reasons");
    assert!(text.contains("Content version: "));
    assert!(text.contains("(source: Practitioner Responses to Child Trafficking"));
    assert!(text.contains("Next steps (Wales):"));
    assert!(text.contains("Case records may be disclosable"));
    // The reason and the actions are typed, and names cannot be detected: the record says so.
    assert!(text.contains("cannot find a name"), "{text}");
    assert!(text.contains(&recognise_respond::screening::record_caution()), "{text}");
    assert!(!text.contains("contains no names"), "the record cannot promise it holds no names: {text}");
}

/// Wording that blames the child never appears in any outcome, step or record.
#[test]
fn every_outcome_says_what_a_level_is_and_where_to_read_more() {
    let lib = recognise_respond::full_library();
    let (page, section) = LIMITS_PAGE;
    let page = lib.guidance_page(page).expect("the page on what screening tools can do exists");
    assert!(page.html.contains(&format!("id=\"{section}\"")), "the section {section} exists");
    let o = assess(&lib, &answers(&ids_of(SignKind::Warning)[..1], Age::From13To17, false));
    let text = plain_text(
        &lib,
        &o,
        &next_steps(&lib, o.level, None, &[], false),
        &[],
        None,
        &Answers { age: Age::From13To17, ..Answers::default() },
        "1 December 2026, 10:00",
    );
    assert!(text.contains(&recognise_respond::screening::what_a_level_means()), "{text}");
}

#[test]
fn strengths_are_recorded_and_passed_on_in_the_next_steps() {
    let strength = ids_of(SignKind::Strength)[0].clone();
    let warning = ids_of(SignKind::Warning)[0].clone();
    let o = assess(lib(), &answers(&[strength.clone(), warning], Age::From13To17, false));
    assert_eq!(o.level, Level::Concern);
    assert_eq!(o.strengths, vec![strength.clone()]);
    let steps = next_steps(lib(), o.level, Some(Nation::England), &[], true);
    assert!(steps.iter().any(|s| s.title == recognise_respond::screening::strengths_step()));
    let text = plain_text(
        lib(),
        &o,
        &steps,
        &[],
        Some(Nation::England),
        &Answers { age: Age::From13To17, ..Answers::default() },
        "1 December 2026, 10:00",
    );
    assert!(text.contains("Strengths noted"), "{text}");
    assert!(text.contains(&lib().sign(&strength).unwrap().text));
    let alone = assess(lib(), &answers(&[strength], Age::From13To17, false));
    assert_eq!(alone.level, Level::NothingRecorded, "a strength is not an indicator");
    assert!(alone.reasons.is_empty());
}

/// Named cases written from the sources: each must reach `at_least` and must not go above
/// `at_most`. Signs are named by id so a renamed id fails here at once.
#[test]
fn named_cases_reach_their_level_and_no_higher() {
    use Level::*;
    struct Case {
        name: &'static str,
        signs: &'static [&'static str],
        age: Age,
        danger: bool,
        at_least: Level,
        at_most: Level,
    }
    const T: Age = Age::From13To17;
    let c = |name, signs, age, at_least, at_most| Case { name, signs, age, danger: false, at_least, at_most };
    let cases = [
        c("a moody, withdrawn 15-year-old", &["change-in-presentation"][..], T, Concern, Concern),
        c("new clothes and make-up someone else bought", &["sexualised-appearance"], T, Concern, Concern),
        c("caught shoplifting once", &["petty-crime"], T, Concern, Concern),
        c("unexplained contact with taxis and takeaways", &["hotels-taxis-takeaways"], T, Concern, Concern),
        c("self-harm alone", &["self-harm"], T, Concern, Concern),
        c("a second phone alone", &["concerning-phone-use"], T, Concern, Concern),
        c("a child in care with nothing else", &["in-care"], T, BeAlert, BeAlert),
        c(
            "poverty, exclusion and a bereavement",
            &["poverty", "excluded-from-school", "bereavement"],
            T,
            BeAlert,
            BeAlert,
        ),
        c("strengths only", &["strength-trusted-adult", "strength-in-education"], T, NothingRecorded, NothingRecorded),
        c("missing and unexplained money together", &["goes-missing", "unexplained-money-goods"], T, Concern, Concern),
        c(
            "a self-harming child who sees less of her friends",
            &["self-harm", "less-contact-family-friends"],
            T,
            Concern,
            Concern,
        ),
        c(
            "a sexual-health need and frequent clinic visits (one fact)",
            &["inconsistent-contraception", "sexual-health-visits"],
            T,
            Concern,
            Concern,
        ),
        c(
            "self-harm, seeing less of people and dropping out of support",
            &["self-harm", "less-contact-family-friends", "disappears-from-support"],
            T,
            Concern,
            Concern,
        ),
        c(
            "eight general warning signs and nothing that points to one form",
            &[
                "goes-missing",
                "hidden-missing",
                "unexplained-money-goods",
                "less-contact-family-friends",
                "forced-decisions",
                "concerning-phone-use",
                "self-harm",
                "change-in-presentation",
            ],
            T,
            Concern,
            Concern,
        ),
        c(
            "offending, and arrested for it (one fact)",
            &["petty-crime", "cce-arrested-exploitation"],
            T,
            Concern,
            Concern,
        ),
        c(
            "went missing, and soon after placement (one fact)",
            &["goes-missing", "missing-soon-after-placement"],
            T,
            Concern,
            Concern,
        ),
        c("arrived alone with no documents", &["found-at-port", "no-documents"], Age::NotKnown, Concern, Concern),
        c(
            "arrived alone with no documents and a rehearsed account",
            &["found-at-port", "no-documents", "coached-account"],
            Age::NotKnown,
            ReferNow,
            ReferNow,
        ),
        c(
            "offered status, then given riskier errands",
            &["cce-gifts-status", "cce-escalating-tasks"],
            T,
            ReferNow,
            ReferNow,
        ),
        c(
            "controlled by and afraid of someone they call a boyfriend",
            &["controlling-partner", "fears-partner"],
            T,
            ReferNow,
            ReferNow,
        ),
        c(
            "new clothes someone else chose, and unexplained taxis",
            &["sexualised-appearance", "hotels-taxis-takeaways"],
            T,
            ReferNow,
            ReferNow,
        ),
        c(
            "missing, unexplained money and seen with known abusers",
            &["goes-missing", "unexplained-money-goods", "with-known-perpetrators"],
            T,
            ReferNow,
            ReferNow,
        ),
        c(
            "missing (ticked twice over) and unexplained money: two facts, no pattern",
            &["goes-missing", "missing-soon-after-placement", "unexplained-money-goods"],
            T,
            Concern,
            Concern,
        ),
        c(
            "missing soon after placement, unexplained money and a rehearsed account",
            &["missing-soon-after-placement", "unexplained-money-goods", "coached-account"],
            Age::NotKnown,
            ReferNow,
            ReferNow,
        ),
        c("an injury with no believable explanation", &["injuries-unexplained"], T, ReferNow, ReferNow),
        c("a surgical scar nobody explains", &["unexplained-surgical-scars"], T, Concern, Concern),
        c("an operation in a private home", &["operation-private-setting"], T, ReferNow, ReferNow),
        c(
            "found far from home carrying cash and phones",
            &["cce-found-far-from-home", "cce-carrying-drugs-money"],
            T,
            ReferNow,
            ReferNow,
        ),
        c("Duc, found in a cannabis farm", &["cce-cannabis-farm"], T, ReferNow, ReferNow),
        c("made to hide drugs inside the body", &["cce-internal-concealment"], T, ReferNow, ReferNow),
        c("a debt to work off", &["cce-debt"], T, ReferNow, ReferNow),
        c("a staged robbery", &["cce-robbed-while-carrying"], T, ReferNow, ReferNow),
        c("made to exchange sex for a place to stay", &["sex-for-accommodation"], T, ReferNow, ReferNow),
        c("images of abuse shared", &["indecent-images"], T, ReferNow, ReferNow),
        c(
            "documents held by an adult at the port",
            &["found-at-port", "documents-held-by-other"],
            Age::NotKnown,
            ReferNow,
            ReferNow,
        ),
        c("forced work in a nail bar", &["forced-work", "long-hours-poor-conditions"], T, ReferNow, ReferNow),
        c("moved between towns by exploiters", &["moved-within-uk"], T, ReferNow, ReferNow),
        c(
            "Efua: private fostering and most of the housework",
            &["private-fostering", "domestic-chores-household"],
            T,
            ReferNow,
            ReferNow,
        ),
        c("an 11-year-old who goes missing", &["goes-missing"], Age::Under13, ReferNow, ReferNow),
        c(
            "a child with a learning disability with one warning sign",
            &["learning-disability", "meets-adults-online"],
            T,
            ReferNow,
            ReferNow,
        ),
        c("a learning disability and nothing else", &["learning-disability"], T, BeAlert, BeAlert),
        c("one warning sign, age not known", &["found-at-port"], Age::NotKnown, Concern, Concern),
        c(
            "one warning sign with many circumstances and strengths",
            &["goes-missing", "in-care", "poverty", "isolated", "strength-trusted-adult"],
            T,
            Concern,
            Concern,
        ),
        c("harm with a strength noted", &["cce-cannabis-farm", "strength-safe-place"], T, ReferNow, ReferNow),
        Case {
            name: "immediate danger with nothing ticked",
            signs: &[],
            age: T,
            danger: true,
            at_least: Emergency,
            at_most: Emergency,
        },
    ];
    assert!(cases.len() >= 40);
    for case in &cases {
        for id in case.signs {
            assert!(lib().sign(id).is_some(), "{}: no sign {id}", case.name);
        }
        let t: Vec<String> = case.signs.iter().map(|s| s.to_string()).collect();
        let level = assess(lib(), &answers(&t, case.age, case.danger)).level;
        assert!(
            level >= case.at_least && level <= case.at_most,
            "{}: {:?}, expected {:?} to {:?}",
            case.name,
            level,
            case.at_least,
            case.at_most
        );
    }
}

/// Every warning sign ticked alone gives "concern: act today", never more.
#[test]
fn every_warning_sign_alone_gives_concern() {
    for id in ids_of(SignKind::Warning) {
        for age in [Age::NotKnown, Age::From13To17] {
            let o = assess(lib(), &answers(std::slice::from_ref(&id), age, false));
            assert_eq!(o.level, Level::Concern, "{id} alone");
            assert_eq!(o.reasons[0].rule, "warning");
        }
        let o = assess(lib(), &answers(std::slice::from_ref(&id), Age::Under13, false));
        assert_eq!(o.level, Level::ReferNow, "{id} for a child under 13");
    }
    for id in ids_of(SignKind::Harm) {
        let o = assess(lib(), &answers(std::slice::from_ref(&id), Age::From13To17, false));
        assert_eq!(o.level, Level::ReferNow, "{id} alone");
    }
}

/// Answers kept by the previous version (the same ids, stored before the kinds were renamed)
/// load into the new kinds with nothing lost.
#[test]
fn answers_kept_before_the_kinds_changed_load_with_no_loss() {
    let stored = r#"{"app":"recognise-respond","version":4,"nation":"wales","checklist":{"immediate_danger":false,"age":"from13-to17","ticked":["change-in-presentation","cce-debt","in-care","petty-crime"],"judgement":null}}"#;
    let decoded = recognise_respond::storage::decode(Some(stored));
    let answers = decoded.saved.checklist.expect("the kept answers load");
    assert_eq!(answers.ticked.len(), 4);
    for id in &answers.ticked {
        assert!(lib().sign(id).is_some(), "{id} is still a sign");
    }
    let o = assess(lib(), &answers);
    assert_eq!(o.level, Level::ReferNow);
    let counted: usize = o.reasons.iter().filter(|r| r.rule != "override").map(|r| r.signs.len()).sum();
    assert_eq!(counted, 4, "every kept sign still counts: {:?}", o.reasons);
}

#[test]
fn the_record_stands_alone_without_a_nation_and_keeps_every_judgement() {
    let mut a = answers(&ids_of(SignKind::Warning)[..1], Age::Under13, false);
    a.judgement = Some(Judgement { level: Level::Emergency, reason: "Saw the adult threaten him".into() });
    let o = assess(lib(), &a);
    let steps = next_steps(lib(), o.level, None, &[], false);
    let text = plain_text(lib(), &o, &steps, &[], None, &a, "1 December 2026, 10:00");
    assert!(text.contains("Age: Under 13"), "{text}");
    assert!(text.contains("UK nation: not chosen"), "{text}");
    assert!(!text.contains("top of the screen"), "nothing that is wrong on paper: {text}");
    assert!(text.contains("Raised by professional judgement. Reason: Saw the adult threaten him"), "{text}");
}

#[test]
fn the_record_lists_the_local_contacts_after_the_next_steps() {
    use recognise_respond::contacts::{Contact, Role};
    let a = Answers { ticked: ["cce-debt".to_string()].into(), ..Answers::default() };
    let o = assess(lib(), &a);
    let steps = next_steps(lib(), o.level, Some(Nation::Scotland), &[], false);
    let mine = [Contact { role: Role::FrontDoor, name: "Duty social work".into(), number: "01632 960003".into() }];
    let text = plain_text(lib(), &o, &steps, &mine, Some(Nation::Scotland), &a, "1 December 2026, 10:00");
    let at = text.find("Your local contacts").expect("the contacts are in the record");
    assert!(text[at..].contains("- Social work (children and families): Duty social work, 01632 960003"), "{text}");
    assert!(text.find("Next steps").unwrap() < at && at < text.find("Why:").unwrap());
    let none = plain_text(lib(), &o, &steps, &[], Some(Nation::Scotland), &a, "1 December 2026, 10:00");
    assert!(!none.contains("Your local contacts"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// General warning signs (seen in many situations, pointing to no one form) raise concern
    /// together, however many, but never make "refer now" on their own.
    #[test]
    fn general_warning_signs_alone_are_concern_never_refer_now(
        general in proptest::sample::subsequence(general_warnings(), 1..=general_warnings().len()),
        circumstances in proptest::sample::subsequence(ids_of(SignKind::Circumstance), 0..=5),
        strengths in proptest::sample::subsequence(ids_of(SignKind::Strength), 0..=3),
        age in prop_oneof![Just(Age::NotKnown), Just(Age::From13To17)],
    ) {
        let mut t = general;
        t.extend(circumstances);
        t.extend(strengths);
        let o = assess(lib(), &answers(&t, age, false));
        prop_assert_eq!(o.level, Level::Concern, "{:?}", t);
        prop_assert!(o.reasons.iter().all(|r| r.rule != "pattern"));
    }

    /// Without danger, harm or the override, "refer now" comes only from a pattern, and every
    /// pattern gives it; the reason says so and names its source and the form.
    #[test]
    fn refer_now_without_harm_comes_only_from_a_pattern_that_names_its_source(t in ticked(), age in prop_oneof![Just(Age::NotKnown), Just(Age::From13To17)]) {
        let t: Vec<String> = t.into_iter().filter(|id| lib().sign(id).is_some_and(|s| s.kind != SignKind::Harm) && id != LEARNING_DISABILITY).collect();
        let o = assess(lib(), &answers(&t, age, false));
        prop_assert_eq!(o.level == Level::ReferNow, has_pattern(&t), "{:?}", t);
        if let Some(r) = o.reasons.iter().find(|r| r.rule == "pattern") {
            prop_assert_eq!(r.gives, Level::ReferNow);
            prop_assert!(r.text().contains("2021 briefing"), "{}", r.text());
            let named = o.forms.iter().any(|(f, _)| r.text().contains(&f.name().to_lowercase()));
            prop_assert!(named, "the pattern names its form: {}", r.text());
        }
    }

    /// The combination counts the different things noticed, not the ticks: signs that describe
    /// one fact count once, and the reason says which.
    #[test]
    fn a_combination_counts_facts_not_ticks(t in ticked()) {
        let o = assess(lib(), &answers(&t, Age::From13To17, false));
        let warnings: Vec<&Sign> = lib().signs().filter(|s| s.kind == SignKind::Warning && t.contains(&s.id)).collect();
        let facts: HashSet<&str> = warnings.iter().map(|s| s.fact()).collect();
        let reason = o.reasons.iter().find(|r| r.rule == "combination" || r.rule == "warning");
        prop_assert_eq!(reason.is_some(), !facts.is_empty());
        if let Some(r) = reason {
            prop_assert_eq!(r.rule, if facts.len() >= COMBINATION { "combination" } else { "warning" });
            prop_assert_eq!(r.gives, Level::Concern);
            prop_assert!(r.text().starts_with(&format!("{} ", facts.len())), "{}", r.text());
            prop_assert_eq!(r.text().contains("count as one"), facts.len() < warnings.len(), "{}", r.text());
            prop_assert!(r.text().contains("2021 briefing"), "{}", r.text());
        }
    }
}

/// Every pair of warning signs of one form in particular that describe different facts and
/// share a form is a pattern; every pair that shares no form, or describes one fact, is not.
#[test]
fn every_pair_of_specific_warning_signs_is_a_pattern_exactly_when_it_fits_one_form() {
    let specific = specific_warnings();
    let mut patterns = 0;
    for (n, a) in specific.iter().enumerate() {
        for b in &specific[n + 1..] {
            let t = vec![a.id.clone(), b.id.clone()];
            let o = assess(lib(), &answers(&t, Age::From13To17, false));
            let shared = a.forms.iter().any(|f| b.forms.contains(f));
            let expected = if shared && a.fact() != b.fact() { Level::ReferNow } else { Level::Concern };
            assert_eq!(o.level, expected, "{} and {}", a.id, b.id);
            if expected == Level::ReferNow {
                patterns += 1;
                assert_eq!(o.reasons[0].rule, "pattern", "{} and {}", a.id, b.id);
            }
        }
    }
    assert!(patterns > 10, "the checklist has patterns for several forms");
}

/// Each same-fact group in the checklist, ticked whole and alone, is one warning sign.
#[test]
fn signs_that_describe_one_fact_are_never_a_combination() {
    let mut groups: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    for s in lib().signs().filter(|s| s.same_fact.is_some()) {
        groups.entry(s.fact()).or_default().push(s.id.clone());
    }
    assert!(groups.len() >= 4, "{groups:?}");
    for (fact, ids) in groups {
        assert!(ids.len() >= 2, "{fact}");
        let o = assess(lib(), &answers(&ids, Age::From13To17, false));
        assert_eq!(o.level, Level::Concern, "{fact}: {ids:?}");
        assert_eq!(o.reasons[0].rule, "warning", "{fact}");
        assert!(o.reasons[0].text().contains("count as one"), "{}", o.reasons[0].text());
    }
}

/// The two signs the issue names were revisited: an injury nobody can explain believably is a
/// sign of harm; an operation in a private home or clinic is a sign of its own, and of harm,
/// while a scar nobody explains stays a warning sign.
#[test]
fn an_unexplained_injury_and_a_hidden_operation_are_signs_of_harm_and_a_scar_is_a_warning() {
    assert_eq!(lib().sign("injuries-unexplained").unwrap().kind, SignKind::Harm);
    assert_eq!(lib().sign("operation-private-setting").unwrap().kind, SignKind::Harm);
    let scar = lib().sign("unexplained-surgical-scars").unwrap();
    assert_eq!(scar.kind, SignKind::Warning);
    assert!(!scar.text.contains("operation"), "the scar is split from the operation: {}", scar.text);
}

/// No outcome or record gives a base rate no source gives; every one says what one sign means
/// as the 2021 briefing does.
#[test]
fn what_a_level_means_says_what_the_briefing_says_and_no_base_rate() {
    assert!(!recognise_respond::screening::what_a_level_means().to_lowercase().contains("most children"));
    assert!(recognise_respond::screening::what_a_level_means().contains("may have another explanation"));
    assert!(recognise_respond::screening::what_a_level_means().contains("still needs action today"));
}

/// At "concern: act today" the step on the National Referral Mechanism says what its text and
/// the guidance say: a child who may have been trafficked or exploited is referred.
#[test]
fn the_nrm_step_at_concern_agrees_with_its_text_and_the_guidance() {
    for nation in Nation::ALL {
        let steps = next_steps(lib(), Level::Concern, Some(nation), &[], false);
        let nrm = steps.iter().find(|s| s.title.contains("National Referral Mechanism")).expect("an NRM step");
        assert!(nrm.title.starts_with("Make sure a National Referral Mechanism referral is made"), "{}", nrm.title);
        assert!(!nrm.title.contains("Consider"));
        assert!(nrm.text.contains("Every child who may have been trafficked or exploited should be referred"));
        assert!(nrm.text.contains("Make sure"), "{}", nrm.text);
    }
}

/// The judgement line is worded once (`screening::view::judgement_line`): the record and the
/// referral summary carry the very line the screen shows, for every use of a judgement,
/// including one refused (which the summary used to drop).
#[test]
fn record_and_referral_summary_carry_the_screens_judgement_line_for_every_use() {
    use recognise_respond::referral::summary;
    use recognise_respond::screening::view::judgement_line;
    let critical = ids_of(SignKind::Harm)[0].clone();
    let cases = [
        (Level::Concern, "", "not applied: Give your reason"),
        (
            Level::Concern,
            "Injury explained by a witnessed accident",
            "Lowered by professional judgement. Reason: Injury",
        ),
        (Level::Emergency, "", "Raised by professional judgement."),
        (Level::Emergency, "Saw the adult threaten him", "Raised by professional judgement. Reason: Saw the adult"),
    ];
    for (level, reason, expected) in cases {
        let mut a = answers(std::slice::from_ref(&critical), Age::From13To17, false);
        a.judgement = Some(Judgement { level, reason: reason.into() });
        let o = assess(lib(), &a);
        let line = judgement_line(&o).expect("a judgement was given");
        assert!(line.contains(expected), "{line}");
        let record = plain_text(lib(), &o, &[], &[], None, &a, "1 December 2026, 10:00");
        assert!(record.lines().any(|l| l == line), "record lacks {line:?}:\n{record}");
        let referral = summary(lib(), &o, &a, None, "1 December 2026, 10:00");
        assert!(referral.lines().any(|l| l == line), "summary lacks {line:?}:\n{referral}");
    }
    let a = answers(std::slice::from_ref(&critical), Age::From13To17, false);
    assert_eq!(judgement_line(&assess(lib(), &a)), None, "no judgement, no line");
}

/// One view model feeds the screen, the record (copied and printed) and the referral summary:
/// every line the record and the summary give of a screening is the view's, word for word: the
/// level, the judgement, every step, every reason with each of its signs and their sources,
/// the strengths, the forms and the notes. The screen draws the same parts (`src/ui/check.rs`
/// calls `view::reason`, `view::sign`, `view::strengths`, `view::judgement_line`).
#[test]
fn the_record_and_the_referral_summary_say_what_the_screening_view_says() {
    use recognise_respond::referral::summary;
    use recognise_respond::screening::view::ScreeningView;
    use recognise_respond::screening::{next_steps_for, record};
    let mut ticked: Vec<String> = ids_of(SignKind::Harm).into_iter().take(2).collect();
    ticked.extend(ids_of(SignKind::Warning).into_iter().take(3));
    ticked.extend(ids_of(SignKind::Strength).into_iter().take(1));
    for nation in [None, Some(Nation::Wales)] {
        let mut a = answers(&ticked, Age::Under13, false);
        a.judgement = Some(Judgement { level: Level::Emergency, reason: "Saw the adult threaten him".into() });
        let o = assess(lib(), &a);
        let forms: Vec<_> = o.forms.iter().map(|(f, _)| *f).collect();
        let steps = next_steps_for(lib(), o.level, nation, None, &forms, !o.strengths.is_empty());
        let view = ScreeningView::of(lib(), &o, steps);
        assert!(
            !view.reasons.is_empty()
                && !view.strengths.is_empty()
                && !view.forms.is_empty()
                && view.judgement.is_some()
        );
        let text = record(lib(), &view, &[], nation, &a, "1 December 2026, 10:00");
        assert_eq!(
            text,
            plain_text(lib(), &o, &view.steps, &[], nation, &a, "1 December 2026, 10:00"),
            "plain_text is the view's record"
        );
        let has = |t: &str, line: &str| t.lines().any(|l| l.contains(line));
        for line in [&view.title, &view.summary, &view.meaning, view.judgement.as_ref().expect("a judgement")] {
            assert!(has(&text, line), "record lacks {line:?}");
        }
        for s in &view.steps {
            assert!(has(&text, &s.title) && has(&text, &s.text), "record lacks step {:?}", s.title);
        }
        for r in &view.reasons {
            assert!(text.lines().any(|l| l == format!("- {}", r.text)), "record lacks reason {:?}", r.text);
            for s in &r.signs {
                assert!(
                    has(&text, &s.text) && has(&text, &s.source) && has(&text, &s.basis),
                    "record lacks sign {:?}",
                    s.id
                );
            }
        }
        for line in view.strengths.iter().chain(view.notes.iter()) {
            assert!(text.lines().any(|l| l == format!("- {line}")), "record lacks {line:?}");
        }
        let referral = summary(lib(), &o, &a, nation, "1 December 2026, 10:00");
        assert!(has(&referral, &view.title) && has(&referral, view.judgement.as_ref().expect("a judgement")));
        for s in &view.signs {
            assert!(referral.lines().any(|l| l == format!("- {}", s.text)), "summary lacks sign {:?}", s.id);
        }
    }
}

//! Preparing a referral, on the real content: the summary keeps the order of the screen, holds
//! what was ticked and typed and nothing else, and the page it cites is in the library.

use recognise_respond::nation::Nation;
use recognise_respond::referral::{identifiers, summary, who_completes, Field, GUIDANCE};
use recognise_respond::screening::{assess, Age, Answers};

use crate::common::library as lib;

const WHEN: &str = "1 December 2026, 10:00";

#[test]
fn the_summary_gives_the_outcome_then_each_note_in_order_then_the_actions() {
    let mut a = Answers { age: Age::From13To17, ticked: ["cce-debt".to_string()].into(), ..Answers::default() };
    a.referral.set(Field::Age, "Told us 15; school records agree.");
    a.referral.set(Field::Account, "\"I have to pay them back before I can stop.\"");
    a.referral.set(Field::Seen, "At the station on three weekday evenings in November.");
    a.referral.set(Field::Safety, "Children's services visited the same day.");
    a.referral.set(Field::Agencies, "School, youth justice service.");
    a.referral.add_action("30 Nov, 14:10", "Told the safeguarding lead").unwrap();
    let o = assess(lib(), &a);
    let text = summary(lib(), &o, &a, Some(Nation::Scotland), WHEN);
    let debt = lib().sign("cce-debt").unwrap().text.clone();
    let order = [
        "Made: 1 December 2026, 10:00",
        "UK nation: Scotland",
        "Social work normally completes",
        "Level of concern from the checklist: ",
        "Age band: 13 to 17",
        "Told us 15; school records agree.",
        "I have to pay them back",
        "Signs recorded on the checklist:",
        debt.as_str(),
        "At the station on three weekday evenings",
        "Children's services visited the same day.",
        "School, youth justice service.",
        "Actions taken:",
        "- 30 Nov, 14:10: Told the safeguarding lead",
        "cannot find names",
    ];
    let mut from = 0;
    for part in order {
        let at = text[from..].find(part).unwrap_or_else(|| panic!("{part:?} missing or out of order in:\n{text}"));
        from += at + part.len();
    }
    assert!(text.contains(&o.level.title()), "{text}");
}

#[test]
fn with_nothing_typed_the_summary_holds_nothing_that_identifies_a_child() {
    // Every sign ticked, every nation: only what the checklist recorded, and each note marked
    // as not written.
    let a = Answers { ticked: lib().signs().map(|s| s.id.clone()).collect(), ..Answers::default() };
    let o = assess(lib(), &a);
    for nation in Nation::ALL.into_iter().map(Some).chain([None]) {
        let text = summary(lib(), &o, &a, nation, WHEN);
        // When it was made and the content's version are full dates, which the guard now reads in
        // words and in ISO form: they are the app's, not typed.
        let typed_or_ticked: String = text
            .lines()
            .filter(|l| !l.starts_with("Made: ") && !l.starts_with("Content version: "))
            .collect::<Vec<_>>()
            .join("\n");
        for line in typed_or_ticked.lines() {
            assert_eq!(identifiers(line), vec![], "{line}");
        }
        assert_eq!(text.matches("Not written yet.").count(), Field::ALL.len(), "{text}");
        assert!(text.contains("None logged yet."), "{text}");
    }
}

#[test]
fn who_completes_it_follows_the_nation_and_the_page_that_says_so_is_cited() {
    assert!(who_completes(Some(Nation::Scotland)).contains("Social work"));
    assert!(who_completes(Some(Nation::NorthernIreland)).contains("Health and Social Care (HSC) Trust"));
    assert!(who_completes(Some(Nation::Wales)).contains("Duty to Notify"));
    let page = lib().guidance_page(GUIDANCE).expect("the page on preparing a referral is in the library");
    assert!(page.sources.len() >= 5);
    for nation in ["england", "scotland", "northern-ireland"] {
        assert!(page.html.contains(&format!("for-{nation}")), "{nation}");
    }
    // What the facts sheet does not confirm is not stated as fact.
    assert!(page.html.contains("not confirmed"));
}

#[test]
fn nothing_promises_that_a_text_is_free_of_names_or_identifying_details() {
    // Names cannot be detected, so no screen, summary, record, page or script may say a text
    // holds none (the referral screen said "Nothing else is added: no names, no contacts").
    let promises = [
        "holds no names",
        "contains no names",
        "holds no identifying",
        "contains no identifying",
        "with no identifying details",
        "no names, no contacts",
        "summary with no names",
        "no names or identifying details.",
    ];
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut dirs: Vec<std::path::PathBuf> =
        ["src", "crates", "content", "public"].iter().map(|d| root.join(d)).collect();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                let lower = text.to_lowercase();
                found
                    .extend(promises.iter().filter(|p| lower.contains(*p)).map(|p| format!("{}: {p}", path.display())));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

//! The Welsh pages (`content/cy/`): every one loads beside its English page and is in step with
//! it now; a change to the English puts it out of step; and what a translation must keep of its
//! English page (facts, nation passages, links) and the terms it must avoid are refused at their
//! file, line and column.

use crate::common::{library as english, Scratch};
use recognise_respond::content::{Library, TranslationStatus};
use rr_content::translations::{self, english_fingerprint};
use std::sync::OnceLock;

const AGE: &str = "cy/guidance/age.md";

/// The whole library with the Welsh pages joined to it, as a Welsh reader's browser has it.
fn library() -> &'static Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(|| english().clone().join_translations(recognise_respond::welsh_pages()))
}

#[test]
fn an_english_reader_is_sent_no_welsh() {
    let core = recognise_respond::CONTENT_JSON;
    assert!(!core.contains("\"welsh\""), "the embedded core carries Welsh");
    assert!(english().guidance.iter().chain(english().site.iter()).all(|p| p.welsh.is_none()));
    assert!(
        recognise_respond::WELSH_FILE.starts_with("content-cy-")
            && recognise_respond::WELSH_FILE != recognise_respond::EXTRA_FILE
    );
}

fn errors_in(scratch: &Scratch, file: &str) -> Vec<String> {
    scratch.errors().into_iter().filter(|e| e.file.ends_with(file)).map(|e| e.to_string()).collect()
}

#[test]
fn every_welsh_page_loads_beside_its_english_page_and_is_in_step_now() {
    let library = library();
    for page in library.guidance.iter() {
        let welsh = page.welsh.as_ref().unwrap_or_else(|| panic!("{} has no Welsh", page.slug));
        assert!(!welsh.out_of_step, "{} is out of step: write from = the English fingerprint", page.slug);
        assert_eq!(welsh.status, TranslationStatus::Drafted, "{}", page.slug);
        assert!(!welsh.title.is_empty() && !welsh.summary.is_empty() && !welsh.html.is_empty(), "{}", page.slug);
        assert_ne!(welsh.html, page.html, "{}", page.slug);
    }
    for slug in ["about", "privacy"] {
        assert!(library.site_page(slug).and_then(|p| p.welsh.as_ref()).is_some(), "{slug} has no Welsh");
    }
}

#[test]
fn a_fact_in_welsh_keeps_the_registers_english_words_marked_as_english() {
    let age = library().guidance_page("age").and_then(|p| p.welsh.as_ref()).expect("age in Welsh");
    assert!(age.html.contains("<span lang=\"en-GB\">"), "{}", age.html);
    assert!(!age.html.contains("{{fact:") && !age.html.contains('\u{e000}'));
    // So is a nation passage's label, which the renderer writes in English.
    assert!(age.html.contains("<p class=\"nation-label\" lang=\"en-GB\">"), "{}", age.html);
    // A Welsh heading takes the English heading's id, so links to a section work in both.
    let english = library().guidance_page("age").unwrap();
    let id = |html: &str| html.split("<h2 id=\"").nth(1).map(|s| s.split('"').next().unwrap().to_string());
    assert_eq!(id(&age.html), id(&english.html));
}

#[test]
fn a_welsh_page_whose_english_has_changed_is_out_of_step_not_refused() {
    let scratch = Scratch::new("the English age page edited after its translation");
    let english = scratch.read("guidance/age.md");
    let from = english_fingerprint(&english).unwrap();
    assert_eq!(translations::out_of_step(&from, &english), Some(false));
    let edited = english.replacen("uses the same presumption", "uses the same presumption too", 1);
    assert_ne!(edited, english);
    assert_eq!(translations::out_of_step(&from, &edited), Some(true));
    scratch.write("guidance/age.md", &edited);
    // The English page needs a change entry now; with it, the Welsh loads, out of step.
    let hash = scratch
        .errors()
        .iter()
        .find_map(|e| e.message.split("hash = \"").nth(1).map(|h| h.trim_end_matches('"').to_string()))
        .expect("the English page asks for a change entry");
    let logged = edited.replacen(
        "[[changes]]\n",
        &format!("[[changes]]\ndate = 2026-12-06\nkind = \"minor\"\nwhat = \"A heading reworded.\"\nhash = \"{hash}\"\n\n[[changes]]\n"),
        1,
    );
    scratch.write("guidance/age.md", &logged);
    let library = scratch.load().expect("the edited English page, logged, loads with its translation");
    assert!(library.guidance_page("age").unwrap().welsh.as_ref().unwrap().out_of_step);
    assert!(!library.guidance_page("guardians").unwrap().welsh.as_ref().unwrap().out_of_step);
}

#[test]
fn a_from_that_is_not_a_fingerprint_names_the_one_to_write() {
    let scratch = Scratch::new("from left as PENDING");
    let text = scratch.read(AGE);
    let from = english_fingerprint(&scratch.read("guidance/age.md")).unwrap();
    scratch.write(AGE, &text.replace(&format!("from = \"{from}\""), "from = \"PENDING\""));
    let errors = errors_in(&scratch, AGE);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("content/cy/guidance/age.md:3:8: "), "{}", errors[0]);
    assert!(errors[0].contains(&format!("write from = \"{from}\"")), "{}", errors[0]);
}

#[test]
fn a_translation_status_must_be_drafted_or_reviewed_by_a_role_on_a_date() {
    let scratch = Scratch::new("a status the checker does not know");
    let text = scratch.read(AGE);
    scratch.write(AGE, &text.replace("translation = \"drafted\"", "translation = \"reviewed\""));
    let errors = errors_in(&scratch, AGE);
    assert!(
        errors.iter().any(|e| e.starts_with("content/cy/guidance/age.md:2:15: ") && e.contains("reviewed_by")),
        "{errors:?}"
    );
    assert!(errors.iter().any(|e| e.contains("reviewed_on")), "{errors:?}");
    let reviewed = text.replace(
        "translation = \"drafted\"",
        "translation = \"reviewed\"\nreviewed_by = \"Welsh translator\"\nreviewed_on = 2026-12-06",
    );
    scratch.write(AGE, &reviewed);
    let library = scratch.load().expect("a reviewed translation loads");
    let welsh = library.guidance_page("age").unwrap().welsh.clone().unwrap();
    assert_eq!(welsh.status, TranslationStatus::Reviewed { role: "Welsh translator".into(), on: "2026-12-06".into() });
}

#[test]
fn a_missing_or_extra_fact_a_changed_nation_passage_and_a_changed_link_are_refused_where_they_are() {
    let scratch = Scratch::new("a translation that lost a fact, changed a passage and a link");
    let text = scratch.read(AGE);
    let broken = text
        .replacen("{{fact:msa-s51-end}}. Mae'r", "{{fact:msa-s51-end}} {{fact:msa-s51}}. Mae'r", 1)
        .replacen("::: england wales", "::: england", 1)
        .replacen("(#/guidance/guardians)", "(#/guidance/age)", 1);
    scratch.write(AGE, &broken);
    let errors = errors_in(&scratch, AGE);
    let line = |needle: &str| broken.lines().position(|l| l.contains(needle)).unwrap() + 1;
    // The extra one is reported where the last of them is.
    let (fact_line, fact_col) = broken
        .lines()
        .enumerate()
        .filter_map(|(n, l)| l.rfind("{{fact:msa-s51}}").map(|i| (n + 1, l[..i].chars().count() + 1)))
        .last()
        .unwrap();
    let expect = [
        format!("content/cy/guidance/age.md:{fact_line}:{fact_col}: this reference '{{{{fact:msa-s51}}}}'"),
        format!("content/cy/guidance/age.md:{}:1: this nation passage line is '::: england'", line("::: england")),
        format!("content/cy/guidance/age.md:{}:", line("(#/guidance/age)")),
        "the English page has the link to '#/guidance/guardians'".to_string(),
    ];
    for e in &expect {
        assert!(errors.iter().any(|x| x.contains(e.as_str())), "no '{e}' in {errors:#?}");
    }
}

#[test]
fn a_term_the_list_says_to_avoid_is_refused_mutated_or_not() {
    let scratch = Scratch::new("smuggling for trafficking");
    let text = scratch.read(AGE);
    let broken = text.replacen(
        "## Beth allwch chi ei wneud\n",
        "## Beth allwch chi ei wneud\n\nMae hyn yn Smyglo plant, a dyma ei mhlant hi... ac nid yw'n smyglo pobl.\n",
        1,
    );
    scratch.write(AGE, &broken);
    let n = broken.lines().position(|l| l.starts_with("Mae hyn yn Smyglo")).unwrap() + 1;
    let errors = errors_in(&scratch, AGE);
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(&format!("content/cy/guidance/age.md:{n}:12: 'smyglo plant' is 'smyglo plant'"))),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains(&format!("age.md:{n}:")) && e.contains("'smyglo pobl'") && e.contains("masnachu pobl")),
        "{errors:#?}"
    );
}

#[test]
fn a_translation_without_an_english_page_is_refused() {
    let scratch = Scratch::new("a Welsh page with no English");
    let text = scratch.read(AGE);
    scratch.write("cy/guidance/no-such-page.md", &text);
    let errors = errors_in(&scratch, "cy/guidance/no-such-page.md");
    assert!(
        errors.iter().any(|e| e.starts_with(
            "content/cy/guidance/no-such-page.md:1:1: there is no English page content/guidance/no-such-page.md"
        )),
        "{errors:#?}"
    );
}

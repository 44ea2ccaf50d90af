//! The Welsh pages (`content/cy/`): every one loads beside its English page and is in step with
//! it now; a change to the English puts it out of step; and what a translation must keep of its
//! English page (facts, nation passages, links) and the terms it must avoid are refused at their
//! file, line and column.

use crate::common::{library as english, Scratch};
use recognise_respond::content::{InWelsh, Library, LogLine, Logged, TranslationStatus, WelshState};
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

// The checklist, glossary, next steps and scenarios in Welsh (`content/cy/indicators/`,
// `cy/glossary.toml`, `cy/nations.toml`, `cy/scenarios/`): laid over the English in place when
// the Welsh file is joined, so every screen shows them without knowing.

const GROUP: &str = "cy/indicators/1-across-forms.toml";
const KOBE: &str = "cy/scenarios/kobe.md";

#[test]
fn every_welsh_file_beside_the_pages_loads_and_is_in_step_now() {
    let welsh = recognise_respond::welsh_pages();
    assert_eq!(welsh.sign_groups.len(), english().sign_groups.len());
    assert_eq!(welsh.glossary.len(), english().glossary.len());
    assert_eq!(welsh.nations.len(), english().nations.len());
    assert_eq!(welsh.helplines.len(), english().helplines.len());
    assert_eq!(welsh.scenarios.len(), english().scenarios.len());
    assert_eq!(welsh.files.len(), 7 + 1 + 1 + 8, "{:?}", welsh.files);
    for file in &welsh.files {
        assert!(!file.out_of_step, "{} is out of step: write from = the English fingerprint", file.path);
        assert_eq!(file.status, TranslationStatus::Drafted, "{}", file.path);
    }
}

#[test]
fn after_joining_every_sign_group_entry_step_and_scenario_with_welsh_shows_it() {
    let (cy, en) = (library(), english());
    for (w, e) in cy.sign_groups.iter().zip(en.sign_groups.iter()) {
        assert!(w.welsh && !e.welsh, "{}", e.slug);
        assert_eq!((&w.slug, &w.guidance), (&e.slug, &e.guidance));
        assert_ne!(w.title, e.title, "{}", e.slug);
        for (ws, es) in w.signs.iter().zip(&e.signs) {
            assert!(ws.welsh && !es.welsh, "{}", es.id);
            assert_eq!((&ws.id, ws.kind, &ws.forms, &ws.source), (&es.id, es.kind, &es.forms, &es.source));
            assert_ne!(ws.text, es.text, "{}", es.id);
        }
    }
    let sign = cy.sign("goes-missing").unwrap();
    assert!(sign.text.starts_with("Mae'n mynd ar goll"), "{}", sign.text);
    assert_eq!(cy.glossary.len(), en.glossary.len());
    for e in en.glossary.iter() {
        let w = cy.glossary.iter().find(|w| w.anchor() == e.anchor()).expect("the same entry in Welsh");
        assert!(w.welsh, "{}", e.term);
        assert_eq!((&w.abbr, &w.source, &w.see), (&e.abbr, &e.source, &e.see));
        assert_eq!(w.anchor(), e.anchor(), "an anchor must not change with the language");
        assert_ne!(w.meaning, e.meaning, "{}", e.term);
    }
    assert_eq!(cy.abbreviation("NRM").map(|g| g.term.as_str()), Some("Mecanwaith Atgyfeirio Cenedlaethol"));
    for (w, e) in cy.nations.iter().zip(en.nations.iter()) {
        assert!(w.welsh && w.nation == e.nation && w.police_number == e.police_number);
        assert_ne!(w.children_services, e.children_services);
        assert!(!w.guardian.contains("{{") && !w.guardian.contains('\u{e000}'), "{}", w.guardian);
    }
    assert!(cy.helplines.iter().zip(en.helplines.iter()).all(|(w, e)| w.welsh && w.number == e.number));
    for (w, e) in cy.scenarios.iter().zip(en.scenarios.iter()) {
        assert!(w.welsh && !e.welsh, "{}", e.id);
        assert_eq!((&w.id, &w.start, &w.vars, w.minutes), (&e.id, &e.start, &e.vars, e.minutes));
        assert_ne!(w.title, e.title);
        let ids = |s: &recognise_respond::scenario::Scenario| -> Vec<(String, Vec<String>)> {
            s.scenes.iter().map(|c| (c.id.clone(), c.choices.iter().map(|h| h.target.clone()).collect())).collect()
        };
        assert_eq!(ids(w), ids(e), "{}", e.id);
        for (ws, es) in w.scenes.iter().zip(&e.scenes) {
            assert_ne!(ws.heading, es.heading, "{}/{}", e.id, es.id);
            for (wc, ec) in ws.choices.iter().zip(&es.choices) {
                assert_eq!(
                    (&wc.id, wc.rating, &wc.guidance, &wc.set, &wc.when),
                    (&ec.id, ec.rating, &ec.guidance, &ec.set, &ec.when)
                );
            }
        }
        let html: String = w.scenes.iter().flat_map(|s| s.blocks.iter().map(|b| b.html.as_str())).collect();
        assert!(!html.contains('\u{e000}') && !html.contains("{{fact:"), "{}", e.id);
    }
    let kobe = cy.scenario("kobe").unwrap();
    assert!(kobe.title.starts_with("Kobe: mewn gofal"), "{}", kobe.title);
}

#[test]
fn the_welsh_glossary_is_in_the_welsh_alphabet() {
    use recognise_respond::search::welsh::{collate_key, collate_key_spelled};
    let glossary = &library().glossary;
    let key = |g: &recognise_respond::content::GlossaryEntry| match &g.abbr {
        Some(a) => collate_key_spelled(a),
        None => collate_key(&g.term),
    };
    assert!(glossary.windows(2).all(|p| key(&p[0]) <= key(&p[1])), "not in the Welsh order");
    let at = |looked_up: &str| {
        glossary
            .iter()
            .position(|g| g.abbr.as_deref().unwrap_or(&g.term) == looked_up)
            .unwrap_or_else(|| panic!("{looked_up}"))
    };
    // "ll" is a letter after "l": the term written "llinellau" comes after every "L..." entry.
    let lines = glossary.iter().position(|g| g.term.starts_with("llinellau")).expect("county lines in Welsh");
    assert!(at("LAC") < lines && lines < at("MASA"));
    // An abbreviation is read letter by letter: NGO stays among the n's.
    assert!(at("NCA") < at("NGO") && at("NGO") < at("NHS"));
    // The English reader's glossary keeps the English order.
    let english_key = |g: &recognise_respond::content::GlossaryEntry| g.abbr.as_ref().unwrap_or(&g.term).to_lowercase();
    assert!(english().glossary.windows(2).all(|p| english_key(&p[0]) <= english_key(&p[1])));
}

#[test]
fn the_facts_english_words_inside_the_welsh_are_known_to_the_screens_and_the_text_stays_clean() {
    use recognise_respond::nation::Nation;
    use recognise_respond::screening::{next_steps, Level};
    use recognise_respond::text::english_runs;
    let (cy, en) = (library(), english());
    let english = &cy.english_words;
    assert!(en.english_words.is_empty(), "an English reader has nothing to mark");
    // Each is a fact's words from the register, as the Welsh uses it, and none is Welsh.
    assert!(english.iter().any(|w| w.to_lowercase().starts_with("section 45")), "{english:?}");
    assert!(english.iter().all(|w| !w.contains('\u{e000}') && !w.contains('\u{e001}') && !w.contains("{{")));
    let marked = |text: &str| -> Vec<String> {
        let runs = english_runs(text, english);
        assert_eq!(runs.iter().map(|(r, _)| *r).collect::<String>(), text, "the runs are the text");
        runs.into_iter().filter(|(_, e)| *e).map(|(r, _)| r.to_string()).collect()
    };
    // The glossary: the reasonable grounds test's meaning holds the fact's English words.
    let rg = cy.abbreviation("RG").expect("RG");
    assert!(!marked(&rg.meaning).is_empty(), "{}", rg.meaning);
    // The next steps, as a screen draws them (criminal exploitation: with the statutory
    // defence, and its English section).
    let criminal = [recognise_respond::content::Form::Criminal];
    let steps = next_steps(cy, Level::ReferNow, Some(Nation::England), &criminal, false);
    let words: Vec<String> = steps.iter().flat_map(|s| marked(&s.title).into_iter().chain(marked(&s.text))).collect();
    assert!(words.iter().any(|w| w.to_lowercase().starts_with("section 45")), "{words:?}");
    // And the helplines' hours.
    assert!(cy.helplines.iter().any(|h| !marked(&h.hours).is_empty()));
    // The plain text copied or printed holds no mark.
    for s in &steps {
        assert!(!s.text.contains('\u{e000}') && !s.title.contains('\u{e000}'), "{}", s.text);
    }
    assert!(cy.glossary.iter().all(|g| !g.meaning.contains('\u{e000}')));
    // The checklist draws a sign's words and hint as they are (its first paint must match): a
    // fact there would go unmarked, so none may be; a sign's basis, drawn in the outcome, is.
    for sign in cy.signs() {
        assert!(marked(&sign.text).is_empty() && marked(sign.hint.as_deref().unwrap_or("")).is_empty(), "{}", sign.id);
    }
    assert!(cy.signs().any(|s| !marked(&s.basis).is_empty()));
}

#[test]
fn the_screening_outcome_in_welsh_names_the_signs_in_welsh() {
    use recognise_respond::screening::{assess, view, Answers};
    let answers = Answers { ticked: ["goes-missing".to_string()].into_iter().collect(), ..Answers::default() };
    let outcome = assess(library(), &answers);
    let named: Vec<String> =
        outcome.reasons.iter().flat_map(|r| view::reason(library(), r).signs.into_iter().map(|s| s.text)).collect();
    assert!(named.iter().any(|t| t.starts_with("Mae'n mynd ar goll")), "{named:?}");
    let english_named: Vec<String> = assess(english(), &answers)
        .reasons
        .iter()
        .flat_map(|r| view::reason(english(), r).signs.into_iter().map(|s| s.text))
        .collect();
    assert!(!english_named.iter().any(|t| t.starts_with("Mae'n")), "{english_named:?}");
    assert_eq!(outcome.level, assess(english(), &answers).level, "the words change, never the level");
}

#[test]
fn an_english_readers_library_has_no_welsh_words() {
    let en = english();
    assert!(en.translated.is_none());
    assert!(en.signs().all(|s| !s.welsh) && en.glossary.iter().all(|g| !g.welsh));
    assert!(en.scenarios.iter().all(|s| !s.welsh) && en.nations.iter().all(|n| !n.welsh));
    let core = recognise_respond::CONTENT_JSON;
    assert!(!core.contains("Mae'n mynd ar goll") && !core.contains("\"translated\""));
    assert!(!en.sign("goes-missing").unwrap().text.starts_with("Mae'n"));
    // Splitting takes every Welsh part away, and joining it back gives what the build made.
    let loaded = rr_content::load::load(&crate::common::real_content()).expect("the content loads");
    let mut split = loaded.clone();
    let welsh = split.split_translations();
    assert!(split.translated.is_none() && !welsh.sign_groups.is_empty() && !welsh.scenarios.is_empty());
    assert_eq!(split.sign_groups, loaded.sign_groups, "splitting leaves the English as it was");
}

/// `text` with a change entry added that the loader names (the English file was edited).
fn logged(scratch: &Scratch, rel: &str, edited: &str) -> String {
    scratch.write(rel, edited);
    let hash = scratch
        .errors()
        .iter()
        .find_map(|e| e.message.split("hash = \"").nth(1).map(|h| h.trim_end_matches('"').to_string()))
        .expect("the English file asks for a change entry");
    let logged = edited.replacen(
        "[[changes]]\n",
        &format!("[[changes]]\ndate = 2026-12-06\nkind = \"minor\"\nwhat = \"A sign reworded.\"\nhash = \"{hash}\"\n\n[[changes]]\n"),
        1,
    );
    scratch.write(rel, &logged);
    logged
}

#[test]
fn a_changed_english_group_or_scenario_puts_its_welsh_out_of_step_not_refused() {
    let scratch = Scratch::new("the English checklist group and Kobe edited after their translations");
    let group = scratch.read("indicators/1-across-forms.toml");
    let from = rr_content::translated::toml_fingerprint(&group).unwrap();
    assert!(scratch.read(GROUP).contains(&format!("from = \"{from}\"")));
    logged(
        &scratch,
        "indicators/1-across-forms.toml",
        &group.replacen("for hours or days at a time", "for hours or days", 1),
    );
    let kobe = scratch.read("scenarios/kobe.md");
    let kobe_from = rr_content::translated::scenario_fingerprint(&kobe).unwrap();
    assert!(scratch.read(KOBE).contains(&format!("from = \"{kobe_from}\"")));
    logged(&scratch, "scenarios/kobe.md", &kobe.replacen("Kobe is 12.", "Kobe is 12 years old.", 1));
    let mut library = scratch.load().expect("the edited English, logged, loads with its translations");
    let welsh = library.split_translations();
    let step = |f: &str| welsh.files.iter().find(|w| w.path == f).map(|w| w.out_of_step);
    assert_eq!(step(GROUP), Some(true));
    assert_eq!(step(KOBE), Some(true));
    assert_eq!(step("cy/indicators/2-circumstances.toml"), Some(false));
    // Out of step, the Welsh is still shown.
    let joined = library.join_translations(welsh);
    assert!(joined.sign("goes-missing").unwrap().welsh);
}

#[test]
fn a_renamed_or_extra_sign_an_extra_key_and_a_missing_text_are_refused_where_they_are() {
    let scratch = Scratch::new("a Welsh group with a sign renamed and a kind changed");
    let text = scratch.read(GROUP);
    let broken = text.replacen("id = \"hidden-missing\"", "id = \"hidden-away\"", 1);
    scratch.write(GROUP, &broken);
    let line = broken.lines().position(|l| l.contains("hidden-away")).unwrap() + 1;
    let errors = errors_in(&scratch, GROUP);
    assert!(
        errors.iter().any(|e| e
            .starts_with(&format!("content/cy/indicators/1-across-forms.toml:{line}:6: 'id' must be the English's"))),
        "{errors:#?}"
    );
    // A whole sign more than the English has.
    let extra = format!("{text}\n[[signs]]\nid = \"new-one\"\ntext = \"Rhywbeth\"\nkind = \"warning\"\nkind_reason = \"Rheswm\"\nforms = [\"sexual\"]\nsource = \"briefing-2021\"\nbasis = \"Sail\"\n");
    scratch.write(GROUP, &extra);
    let line = extra.lines().enumerate().filter(|(_, l)| *l == "[[signs]]").last().unwrap().0 + 1;
    let errors = errors_in(&scratch, GROUP);
    assert!(
        errors.iter().any(|e| e
            .starts_with(&format!("content/cy/indicators/1-across-forms.toml:{line}:1: this [[signs]] is one more"))),
        "{errors:#?}"
    );
    // A sign fewer, and a key the English has not.
    let glossary = scratch.read("cy/glossary.toml");
    let missing = glossary.replacen(
        "see = \"exploitation-definitions\"\n",
        "see = \"exploitation-definitions\"\ncy_abbr = \"CTP\"\n",
        1,
    );
    scratch.write("cy/glossary.toml", &missing);
    let line = missing.lines().position(|l| l.starts_with("cy_abbr")).unwrap() + 1;
    let errors = errors_in(&scratch, "cy/glossary.toml");
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(&format!("content/cy/glossary.toml:{line}:1: 'cy_abbr' is not in the English"))),
        "{errors:#?}"
    );
    // A word left untranslated is missing; kinds and forms are the English's, copied or not.
    let no_text = text.replacen("text = \"Mae'n mynd ar goll, am oriau neu ddyddiau ar y tro\"\n", "", 1);
    assert_ne!(no_text, text);
    scratch.write("cy/glossary.toml", &glossary);
    scratch.write(GROUP, &no_text);
    let errors = errors_in(&scratch, GROUP);
    assert!(errors.iter().any(|e| e.contains("the English has 'text' here")), "{errors:#?}");
    scratch.write(GROUP, &text.replacen("kind = \"warning\"", "kind = \"harm\"", 1));
    assert!(scratch.load().is_ok());
}

#[test]
fn a_welsh_scenario_with_a_changed_target_or_an_avoided_term_is_refused_where_it_is() {
    let scratch = Scratch::new("Kobe in Welsh leading somewhere else");
    let text = scratch.read(KOBE);
    let broken = text.replacen("-> picked-up", "-> status", 1);
    scratch.write(KOBE, &broken);
    let n = broken.lines().position(|l| l.contains("-> status")).unwrap() + 1;
    let column = broken
        .lines()
        .nth(n - 1)
        .unwrap()
        .rfind("->")
        .map(|i| broken.lines().nth(n - 1).unwrap()[..i].chars().count() + 1)
        .unwrap();
    let errors = errors_in(&scratch, KOBE);
    assert!(
        errors.iter().any(|e| e.starts_with(&format!(
            "content/cy/scenarios/kobe.md:{n}:{column}: this is '-> status' where the English has '-> picked-up'"
        ))),
        "{errors:#?}"
    );
    let avoided = text.replacen("Mae Kobe yn 12 oed.", "Mae Kobe yn 12 oed. Dyma smyglo pobl.", 1);
    scratch.write(KOBE, &avoided);
    let n = avoided.lines().position(|l| l.contains("smyglo pobl")).unwrap() + 1;
    let errors = errors_in(&scratch, KOBE);
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(&format!("content/cy/scenarios/kobe.md:{n}:")) && e.contains("'smyglo pobl'")),
        "{errors:#?}"
    );
    let rating = text.replacen("  rating: poor", "  rating: good", 1);
    scratch.write(KOBE, &rating);
    let errors = errors_in(&scratch, KOBE);
    assert!(
        errors.iter().any(|e| e.contains("this is 'rating: good' where the English has 'rating: poor'")),
        "{errors:#?}"
    );
    // A term to avoid in a checklist group too.
    scratch.write(KOBE, &text);
    let group = scratch.read(GROUP);
    scratch.write(GROUP, &group.replacen("Mae'n mynd ar goll,", "Mae'n mynd ar goll, smyglo pobl,", 1));
    let errors = errors_in(&scratch, GROUP);
    assert!(errors.iter().any(|e| e.contains("'smyglo pobl'") && e.contains("masnachu pobl")), "{errors:#?}");
}

#[test]
fn a_welsh_file_without_an_english_file_is_refused() {
    let scratch = Scratch::new("a Welsh group and scenario with no English");
    scratch.write("cy/indicators/8-nothing.toml", &scratch.read(GROUP));
    scratch.write("cy/scenarios/nobody.md", &scratch.read(KOBE));
    let errors = errors_in(&scratch, "8-nothing.toml");
    assert!(
        errors.iter().any(|e| e.starts_with("content/cy/indicators/8-nothing.toml:1:1: there is no English file")),
        "{errors:#?}"
    );
    let errors = errors_in(&scratch, "nobody.md");
    assert!(
        errors.iter().any(|e| e.starts_with("content/cy/scenarios/nobody.md:1:1: there is no English scenario")),
        "{errors:#?}"
    );
}

#[test]
fn the_welsh_first_paint_of_the_checklist_shows_the_signs_in_welsh() {
    let first: serde_json::Value = serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/first-paint.json")))
        .expect("the build writes JSON");
    let screens = first["langs"]["cy"]["screens"].as_array().expect("Welsh screens");
    let check = screens.iter().find(|s| s[0] == "check.html").and_then(|s| s[1].as_str()).expect("pre/cy/check.html");
    assert!(check.contains("<label for=\"sign-goes-missing\">Mae&#39;n mynd ar goll"), "{check}");
    let english = first["screens"].as_array().unwrap();
    let check = english.iter().find(|s| s[0] == "check.html").and_then(|s| s[1].as_str()).unwrap();
    assert!(!check.contains("Mae&#39;n mynd ar goll"), "the English first paint stays English");
}

/// The Welsh of the group, the scenario and the next steps out of step: the English group
/// `1-across-forms` and Kobe each edited, with a change entry, after their Welsh was made; then
/// the Welsh joined, as a Welsh reader's browser has it.
fn out_of_step_library() -> Library {
    let scratch = Scratch::new("the English group, Kobe and the next steps edited after their Welsh");
    let group = scratch.read("indicators/1-across-forms.toml");
    logged(
        &scratch,
        "indicators/1-across-forms.toml",
        &group.replacen("for hours or days at a time", "for hours or days", 1),
    );
    let kobe = scratch.read("scenarios/kobe.md");
    logged(&scratch, "scenarios/kobe.md", &kobe.replacen("Kobe is 12.", "Kobe is 12 years old.", 1));
    let mut library = scratch.load().expect("the edited English, logged, loads with its Welsh");
    let welsh = library.split_translations();
    library.join_translations(welsh)
}

#[test]
fn every_welsh_screen_knows_how_far_its_welsh_can_be_trusted_and_an_english_reader_has_none() {
    let cy = library();
    let draft = Some(WelshState { status: TranslationStatus::Drafted, out_of_step: Vec::new() });
    let pages = cy.guidance.len() + cy.site.len();
    assert_eq!(cy.welsh_files.len(), pages + 7 + 1 + 1 + 8, "every Welsh file's status is kept");
    assert_eq!(cy.welsh_of_glossary(), draft);
    assert_eq!(cy.welsh_of_checklist(), draft);
    assert_eq!(cy.welsh_of_next_steps(), draft);
    assert_eq!(cy.welsh_of_record(), draft);
    for s in cy.scenarios.iter() {
        assert_eq!(cy.welsh_of_scenario(&s.id), draft, "{}", s.id);
    }
    assert_eq!(cy.welsh_of_scenario("no-such-scenario"), None);
    // Every Welsh file names a thing the English still has.
    for file in &cy.welsh_files {
        match file.subject() {
            Some(Logged::Signs(slug)) => assert!(cy.sign_groups.iter().any(|g| g.slug == slug), "{}", file.path),
            Some(Logged::Scenario(id)) => assert!(cy.scenario(&id).is_some(), "{}", file.path),
            Some(Logged::Glossary | Logged::Nations) => {}
            Some(Logged::Sources) => panic!("{} names the sources", file.path),
            None => {
                let page = cy.guidance.iter().chain(cy.site.iter()).find(|p| cy.page_welsh(p) == Some(file));
                assert!(page.is_some(), "{} names no page", file.path);
            }
        }
    }
    // An English reader has the statuses (for "What changed"), fetched with the rest of the
    // content, not the embedded core; the screens say them only in Welsh.
    assert_eq!(english().welsh_files, cy.welsh_files);
    assert!(!recognise_respond::CONTENT_JSON.contains("welsh_files"), "the embedded core carries no Welsh status");
    assert!(crate::common::core().welsh_files.is_empty());
}

#[test]
fn a_welsh_files_from_is_the_hash_of_its_englishs_newest_change_entry() {
    // The same fingerprint for a log entry's hash and a translation's `from`: a page's, a TOML
    // file's and a scenario's. (In step, `from` is the English now, which is the newest hash.)
    let cy = library();
    for file in &cy.welsh_files {
        let Some(subject) = file.subject() else { continue };
        let log = cy.logs.iter().find(|l| l.subject == subject).unwrap_or_else(|| panic!("{} has no log", file.path));
        assert_eq!(file.from, log.changes[0].hash, "{}", file.path);
    }
    for page in cy.guidance.iter().chain(cy.site.iter()) {
        let welsh = page.welsh.as_ref().unwrap();
        assert_eq!(welsh.from, page.changes[0].hash, "{}", page.slug);
        assert_eq!(cy.page_welsh(page).map(|w| &w.from), Some(&welsh.from), "{}", page.slug);
    }
}

#[test]
fn what_changed_says_every_change_to_a_thing_with_welsh_is_in_the_welsh_now() {
    let log = library().change_log();
    assert!(!log.is_empty());
    let english_log = english().change_log();
    assert_eq!(
        log.iter().map(|e| e.welsh).collect::<Vec<_>>(),
        english_log.iter().map(|e| e.welsh).collect::<Vec<_>>(),
        "an English reader is told the same of the Welsh"
    );
    for entry in &log {
        let sources = entry.title == english().logged(&Logged::Sources).0;
        match entry.welsh {
            Some(w) => assert_eq!(w, InWelsh::Yes, "{}: {}", entry.title, entry.change.what),
            None => assert!(sources, "{} has Welsh but the log does not say so", entry.title),
        }
    }
}

#[test]
fn out_of_step_the_screen_names_what_changed_and_what_changed_says_it_is_not_yet_in_the_welsh() {
    let library = out_of_step_library();
    let group = library.sign_groups.iter().find(|g| g.slug == "across-forms").unwrap();
    assert!(group.welsh, "out of step, the Welsh is still shown");
    let checklist = library.welsh_of_checklist().unwrap();
    assert_eq!(checklist.out_of_step, vec![group.title.clone()], "only the edited group is named");
    assert_eq!(checklist.status, TranslationStatus::Drafted);
    assert_eq!(library.welsh_of_scenario("kobe").unwrap().out_of_step.len(), 1);
    assert!(library.welsh_of_scenario("county-lines").unwrap().out_of_step.is_empty());
    assert!(library.welsh_of_glossary().unwrap().out_of_step.is_empty());
    assert!(!library.welsh_of_record().unwrap().out_of_step.is_empty(), "the record's Welsh includes the checklist");
    let lines = checklist.notice(true);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[1].contains(&group.title), "{lines:?}");
    assert_eq!(library.welsh_of_glossary().unwrap().notice(false).len(), 1);

    // The new entries are not yet in the Welsh; the older ones of the same files are.
    let log = library.change_log();
    let of = |title: &str| -> Vec<(String, Option<InWelsh>)> {
        log.iter().filter(|e| e.title.contains(title)).map(|e| (e.change.what.clone(), e.welsh)).collect()
    };
    // The group has no facts, so its Welsh's `from` is the hash of the entry it was made from:
    // that entry and the older ones are in the Welsh. Kobe cites a fact, so its `from` (of the
    // English as written) is no entry's hash (of the English as shown): only the new change is
    // known not to be in the Welsh, and no older one is claimed to be.
    let kobe = library.scenario("kobe").unwrap().title.clone();
    for (title, older_state) in [(group.title.as_str(), InWelsh::Yes), (kobe.as_str(), InWelsh::Unknown)] {
        let entries = of(title);
        assert!(entries.len() >= 2, "{title}: {entries:?}");
        assert_eq!(entries[0], ("A sign reworded.".to_string(), Some(InWelsh::NotYet)), "{title}");
        assert!(entries[1..].iter().all(|(_, w)| *w == Some(older_state)), "{title}: {entries:?}");
    }
    let glossary = library.logged(&Logged::Glossary).0;
    assert!(log.iter().filter(|e| e.title == glossary).all(|e| e.welsh == Some(InWelsh::Yes)));
}

#[test]
fn a_welsh_made_from_a_text_the_log_no_longer_has_is_never_said_to_have_a_change() {
    let mut library = library().clone();
    for file in &mut library.welsh_files {
        if file.path == "cy/glossary.toml" {
            (file.from, file.out_of_step) = ("0123456789abcdef".into(), true);
        }
    }
    let glossary = library.logged(&Logged::Glossary).0;
    let log = library.change_log();
    let entries: Vec<_> = log.iter().filter(|e| e.title == glossary).collect();
    assert!(!entries.is_empty());
    // Out of step, the newest change is not in it; of the older ones, nothing can be shown.
    assert_eq!(entries[0].welsh, Some(InWelsh::NotYet), "{entries:?}");
    assert!(entries[1..].iter().all(|e| e.welsh == Some(InWelsh::Unknown)), "{entries:?}");
}

#[test]
fn each_review_of_the_welsh_is_in_what_changed_on_its_date_and_the_weakest_status_wins() {
    let mut library = library().clone();
    let reviewed = |on: &str| TranslationStatus::Reviewed { role: "Welsh translator".into(), on: on.into() };
    for file in library.welsh_files.iter_mut().filter(|f| f.path.starts_with("cy/indicators/")) {
        file.status = reviewed(if file.path.contains("/1-") { "2026-12-02" } else { "2026-12-04" });
    }
    // One group still a draft: the checklist is a draft.
    library.welsh_files.iter_mut().find(|f| f.path.contains("/7-")).unwrap().status = TranslationStatus::Drafted;
    assert_eq!(library.welsh_of_checklist().unwrap().status, TranslationStatus::Drafted);
    // Every group reviewed: the oldest review.
    library.welsh_files.iter_mut().find(|f| f.path.contains("/7-")).unwrap().status = reviewed("2026-12-03");
    assert_eq!(library.welsh_of_checklist().unwrap().status, reviewed("2026-12-02"));
    assert_eq!(library.welsh_of_record().unwrap().status, TranslationStatus::Drafted, "the next steps are a draft");
    library.welsh_files.iter_mut().find(|f| f.path == "cy/guidance/age.md").unwrap().status = reviewed("2026-12-05");

    let days = library.what_changed();
    let reviews_on = |day: &str| -> Vec<String> {
        days.iter()
            .filter(|(d, _)| *d == day)
            .flat_map(|(_, lines)| lines.iter())
            .filter_map(|l| match l {
                LogLine::Reviewed(r) => Some(r.title.clone()),
                LogLine::Change(_) => None,
            })
            .collect()
    };
    let first = library.sign_groups[0].title.clone();
    assert_eq!(reviews_on("2026-12-02"), vec![library.logged(&Logged::Signs(library.sign_groups[0].slug.clone())).0]);
    assert!(reviews_on("2026-12-02")[0].contains(&first));
    assert_eq!(reviews_on("2026-12-04").len(), 5);
    assert_eq!(reviews_on("2026-12-05"), vec![library.guidance_page("age").unwrap().title_shown().to_string()]);
    // Every change is still there, newest day first.
    let changes = days.iter().flat_map(|(_, l)| l).filter(|l| matches!(l, LogLine::Change(_))).count();
    assert_eq!(changes, library.change_log().len());
    assert!(days.windows(2).all(|w| w[0].0 > w[1].0), "one heading a day, newest first");
}

#[test]
fn a_welsh_record_carries_the_welsh_contents_status_and_an_english_one_does_not() {
    use recognise_respond::messages::{set_lang, Lang};
    use recognise_respond::screening::{assess, plain_text, Answers};
    let answers = Answers::default();
    let record =
        |library: &Library| plain_text(library, &assess(library, &answers), &[], &[], None, &answers, "6 Rhagfyr 2026");
    set_lang(Lang::Cy);
    let welsh = record(library());
    let stale = record(&out_of_step_library());
    set_lang(Lang::EnGb);
    let english_record = record(english());
    set_lang(Lang::Cy);
    let drafted = rr_core::msg!("record-welsh-content-drafted");
    let out_of_step = rr_core::msg!("record-welsh-content-out-of-step");
    set_lang(Lang::EnGb);
    assert!(welsh.contains(&drafted), "{welsh}");
    assert!(stale.contains(&out_of_step) && !stale.contains(&drafted), "{stale}");
    assert!(!english_record.contains(&drafted) && !english_record.contains(&out_of_step));
}

#[test]
fn the_welsh_first_paint_of_the_checklist_says_how_far_its_welsh_can_be_trusted() {
    use recognise_respond::messages::{set_lang, Lang};
    let first: serde_json::Value = serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/first-paint.json")))
        .expect("the build writes JSON");
    let check = |screens: &serde_json::Value| {
        let screens = screens.as_array().unwrap();
        screens.iter().find(|s| s[0] == "check.html").and_then(|s| s[1].as_str()).unwrap().to_string()
    };
    set_lang(Lang::Cy);
    let drafted = recognise_respond::text::escape_html(&rr_core::msg!("guidance-welsh-drafted"));
    let stale = recognise_respond::prerender::checklist(&out_of_step_library());
    set_lang(Lang::EnGb);
    let welsh = check(&first["langs"]["cy"]["screens"]);
    assert!(
        welsh.contains("class=\"updated-notice translation-status\" role=\"note\"") && welsh.contains(&drafted),
        "{welsh}"
    );
    assert!(!welsh.contains("?lang=en-GB#/check"), "in step, no link to the English");
    assert!(stale.contains("?lang=en-GB#/check"), "{stale}");
    assert!(!check(&first["screens"]).contains("translation-status"), "the English first paint says nothing of Welsh");
}

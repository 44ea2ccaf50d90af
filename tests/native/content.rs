//! The content pipeline against the real `content/` folder and against broken copies of it.

use crate::common::{about_a_log, library, real_content, Scratch};
use rr_content::load::load;
use std::fs;
use std::path::Path;

/// A good page with `body`: front matter with a change log whose fingerprint matches the text.
/// The body starts on line 13.
fn page(body: &str) -> String {
    let hash = rr_content::changes::fingerprint("T", "S", body);
    format!("+++\ntitle = \"T\"\nsummary = \"S\"\nnations = [\"wales\"]\nsources = [\"msa-2015\"]\nreviewed = 2026-11-01\n[[changes]]\ndate = 2026-11-01\nkind = \"new\"\nwhat = \"First version.\"\nhash = \"{hash}\"\n+++\n{body}")
}

#[test]
fn the_real_content_passes_every_check() {
    let library = load(&real_content()).unwrap_or_else(|errors| {
        panic!("content problems:\n{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))
    });
    assert!(!library.guidance.is_empty(), "there is at least one guidance page");
    for page in &library.guidance {
        assert!(!page.sources.is_empty(), "{} cites sources", page.slug);
        assert_eq!(page.reviewed.len(), 10, "{} has a reviewed date", page.slug);
        assert!(library.sources_of(page).count() == page.sources.len());
    }
    assert!(library.site_page("about").is_some());
    assert!(library.site_page("privacy").is_some());
}

#[test]
fn the_trafficking_page_says_movement_and_purpose_are_enough() {
    let library = load(&real_content()).unwrap();
    let page = library.guidance_page("child-trafficking").expect("the core definition page exists");
    // The test is the register's, as every page and the core's notes state it.
    assert!(page
        .html
        .contains(&format!("needs only <strong>two things</strong>: {}", rr_core::facts::CHILD_TRAFFICKING_TEST)));
    assert!(
        rr_core::facts::CHILD_TRAFFICKING_TEST.starts_with("an act (")
            && rr_core::facts::CHILD_TRAFFICKING_TEST.contains("and a purpose of exploiting")
    );
    assert!(page.html.contains("999"));
}

#[test]
fn a_toml_mistake_names_the_file_and_line() {
    let s = Scratch::new("toml");
    s.write("guidance/broken.md", "+++\ntitle = \"T\"\nsummary = \"S\nnations = [\"wales\"]\n+++\nBody\n");
    let errors = s.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].file, "content/guidance/broken.md");
    assert_eq!(errors[0].line, 3, "{}", errors[0]);
}

#[test]
fn a_missing_field_is_named() {
    let s = Scratch::new("missing");
    s.write(
        "guidance/no-title.md",
        "+++\nsummary = \"S\"\nnations = [\"wales\"]\nsources = [\"msa-2015\"]\nreviewed = 2026-11-01\n+++\nBody\n",
    );
    let errors = s.errors();
    assert!(errors[0].message.contains("title"), "{}", errors[0]);
    assert_eq!(errors[0].file, "content/guidance/no-title.md");
}

#[test]
fn an_unknown_source_and_an_unknown_nation_are_named_on_their_lines() {
    let s = Scratch::new("refs");
    s.write("guidance/refs.md", "+++\ntitle = \"T\"\nsummary = \"S\"\nnations = [\"atlantis\"]\nsources = [\"no-such-source\"]\nreviewed = 2026-11-01\n+++\nBody\n");
    let errors = s.errors();
    let lines: Vec<(usize, bool)> = errors
        .iter()
        .filter(|e| !e.message.contains("change log"))
        .map(|e| (e.line, e.message.contains("atlantis") || e.message.contains("no-such-source")))
        .collect();
    assert_eq!(lines, vec![(4, true), (5, true)], "{errors:?}");
}

#[test]
fn a_guidance_page_without_sources_is_refused() {
    let s = Scratch::new("nosources");
    s.write(
        "guidance/bare.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\nnations = [\"wales\"]\nreviewed = 2026-11-01\n+++\nBody\n",
    );
    assert!(s.errors().iter().any(|e| e.message.contains("cite its sources")));
}

#[test]
fn raw_html_and_outside_links_are_refused_with_their_body_lines() {
    let s = Scratch::new("html");
    s.write("guidance/html.md", &page("\nFine.\n\n<iframe src=x></iframe>\n\nSee [this](https://example.org).\n"));
    let errors = s.errors();
    let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, vec![16, 18], "{errors:?}");
}

#[test]
fn a_link_to_a_missing_page_is_refused() {
    let s = Scratch::new("links");
    s.write("guidance/links.md", &page("\nRead [this](#/guidance/not-written-yet) and [that](#/nowhere).\n"));
    let errors = s.errors();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors.iter().all(|e| e.line == 14));
}

#[test]
fn a_broken_bibliography_is_named_with_its_line() {
    let s = Scratch::new("bib");
    let mut text = s.read("sources.toml");
    text.push_str("\n[broken]\ntitle = \"x\"\npublisher = \"y\"\n");
    s.write("sources.toml", &text);
    let errors = s.errors();
    assert_eq!(errors[0].file, "content/sources.toml");
    assert!(errors[0].message.contains("date"), "{}", errors[0]);
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let s = Scratch::new("many");
    s.write("guidance/a.md", "no front matter\n");
    s.write("guidance/b.md", "+++\ntitle = \"\"\nsummary = \"\"\nnations = []\nreviewed = 2026-11-01\n+++\nBody\n");
    let errors = s.errors();
    assert!(errors.len() >= 4, "{errors:?}");
    assert!(errors.iter().any(|e| e.file.ends_with("a.md")));
    assert!(errors.iter().any(|e| e.file.ends_with("b.md")));
}

#[test]
fn a_link_to_a_missing_section_is_refused_and_a_real_one_is_accepted() {
    let s = Scratch::new("sections");
    s.write(
        "guidance/sections.md",
        &page("\n[Good](#/guidance/national-referral-mechanism/who-decides)\n\n[Bad](#/guidance/national-referral-mechanism/no-such-section)\n"),
    );
    let errors = s.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 16);
    assert!(errors[0].message.contains("no-such-section"), "{}", errors[0]);
}

#[test]
fn an_undefined_abbreviation_is_refused_wherever_it_is_used() {
    let s = Scratch::new("abbr");
    s.write("guidance/abbr.md", &page("\nAsk the QQZ team.\n"));
    let mut group = s.read("indicators/5-moved.toml");
    group = group.replacen("text = \"", "text = \"Seen by the WWX: ", 1);
    s.write("indicators/5-moved.toml", &group);
    let errors = s.errors_but_logs();
    let found: Vec<(&str, usize)> = errors.iter().map(|e| (e.file.as_str(), e.line)).collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(found.contains(&("content/guidance/abbr.md", 14)), "{found:?}");
    assert!(errors.iter().all(|e| e.message.contains("glossary")), "{errors:?}");
}

#[test]
fn a_broken_nation_passage_is_named_with_its_line() {
    let s = Scratch::new("passage");
    s.write("guidance/passage.md", &page("\nShared.\n\n::: wales\nOnly Wales.\n"));
    let errors = s.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 16);
    assert!(errors[0].message.contains("never closed"));
}

#[test]
fn the_real_pages_write_out_abbreviations_and_mark_nation_passages() {
    let library = load(&real_content()).unwrap();
    let nrm = library.guidance_page("national-referral-mechanism").unwrap();
    assert!(nrm.html.contains("National Referral Mechanism (NRM)"));
    assert!(nrm.html.contains("class=\"abbr\""), "later uses of an abbreviation expand on tap");
    let guardians = library.guidance_page("guardians").unwrap();
    for nation in ["england", "wales", "scotland", "northern-ireland"] {
        assert!(guardians.html.contains(&format!("for-{nation}")), "the guardians page has a passage for {nation}");
    }
    assert!(library.abbreviation("ICTG").is_some());
}

/// Every piece of text the app shows, except the bibliography (titles of sources are citations).
fn shown_text(library: &recognise_respond::content::Library) -> Vec<(String, String)> {
    fn walk(value: &serde_json::Value, place: &str, out: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::String(s) => out.push((place.to_string(), s.clone())),
            serde_json::Value::Array(items) => {
                items.iter().enumerate().for_each(|(i, v)| walk(v, &format!("{place}[{i}]"), out))
            }
            serde_json::Value::Object(map) => {
                map.iter().filter(|(k, _)| *k != "sources").for_each(|(k, v)| walk(v, &format!("{place}.{k}"), out))
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(library).unwrap(), "library", &mut out);
    out.into_iter().map(|(place, text)| (place, recognise_respond::text::html_to_text(&text))).collect()
}

#[test]
fn no_content_repeats_the_sources_sentences() {
    use rr_content::originality::{copied_runs, read_fingerprints, RUN};
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/source-fingerprints.txt");
    let known =
        read_fingerprints(&fs::read_to_string(&fixture).expect("the fingerprints of the sources are committed"));
    assert!(known.len() > 10_000, "the fingerprint file holds the sources ({} fingerprints)", known.len());
    let library = load(&real_content()).unwrap();
    let texts = shown_text(&library);
    assert!(texts.iter().any(|(p, _)| p.contains("guidance")), "the walk reaches the guidance pages");
    let copied: Vec<String> = texts
        .iter()
        .flat_map(|(place, text)| copied_runs(text, &known).into_iter().map(move |run| format!("{place}: \"{run}\"")))
        .collect();
    assert!(
        copied.is_empty(),
        "these runs of {RUN} words repeat a source document; write them in your own words:\n{}",
        copied.join("\n")
    );
}

#[test]
fn the_core_and_the_fetched_extra_join_back_into_the_whole_library() {
    let with_welsh = load(&real_content()).unwrap();
    // The Welsh pages go to a file of their own first (build.rs), then the rest is split.
    let mut whole = with_welsh.clone();
    let welsh = whole.split_translations();
    assert!(!welsh.guidance.is_empty(), "the Welsh pages are split off");
    // Joined, the pages are as loaded, and the rest shows its Welsh in place of the English.
    let joined = whole.clone().join_translations(welsh.clone());
    assert_eq!((&joined.guidance, &joined.site), (&with_welsh.guidance, &with_welsh.site));
    assert!(joined.signs().all(|s| s.welsh) && with_welsh.signs().all(|s| !s.welsh));
    // What the build writes is the real Welsh, with the Welsh words of the app itself, which the
    // browser's builds do not embed.
    let mut written = recognise_respond::welsh_pages();
    let words = std::mem::take(&mut written.messages);
    assert_eq!(welsh, written, "what the build writes is the real Welsh");
    assert_eq!(words, recognise_respond::messages::files_of(recognise_respond::messages::Lang::Cy));
    assert!(
        words.len() >= 30 && words.iter().all(|(path, _)| path.starts_with("content/messages/cy/")),
        "{}",
        words.len()
    );
    let (core, extra) = whole.clone().split();
    assert!(core.scenarios.is_empty(), "scenarios are fetched, not embedded");
    assert!(
        core.glossary.is_empty()
            && core.site.iter().all(|p| p.html.is_empty())
            && core.sources.values().all(|s| s.url.is_none())
    );
    assert!(core.sources.values().all(|s| !s.title.is_empty()), "the checklist still names its sources");
    assert!(core
        .guidance
        .iter()
        .filter(|p| !p.html.is_empty())
        .all(|p| recognise_respond::content::CORE_PAGES.contains(&p.slug.as_str())));
    assert_eq!(core.guidance.len(), whole.guidance.len(), "every page's title and summary stay in the core");
    assert_eq!(core.join(extra), whole);
    assert_eq!(recognise_respond::full_library(), whole, "what the build embeds and writes is the real content");
}

/// Places (file, line, column) of the problems found in files whose names end with `suffix`.
fn places(errors: &[recognise_respond::content::ContentError], suffix: &str) -> Vec<(usize, usize)> {
    errors.iter().filter(|e| e.file.ends_with(suffix) && !about_a_log(e)).map(|e| (e.line, e.column)).collect()
}

#[test]
fn blaming_or_clearing_wording_is_refused_at_its_line_and_column_in_every_kind_of_file() {
    let s = Scratch::new("language");
    let edit = |rel: &str, from: &str, to: &str| {
        let text = s.read(rel);
        assert!(text.contains(from), "{rel} has {from:?}");
        s.write(rel, &text.replacen(from, to, 1));
    };
    // A sign, a guidance page, a glossary entry, a scenario ending and a nation's steps.
    edit(
        "indicators/1-across-forms.toml",
        "text = \"Has been drawn into offending, or found committing offences\"",
        "text = \"Has become involved in petty crime\"",
    );
    s.write("guidance/extra.md", &page("\n## A heading\n\nSome text. She keeps putting herself at risk.\n\nNever say \"lifestyle choice\": it blames the child.\n"));
    edit(
        "glossary.toml",
        "meaning = \"A framework that Barnardo's",
        "meaning = \"Promiscuous. A framework that Barnardo's",
    );
    edit("scenarios/cannabis-farm.md", "## end safe: Duc is protected and heard", "## end safe: Duc is safe and heard");
    let errors = s.errors();
    let lines = |rel: &str, needle: &str| s.read(rel).lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert_eq!(
        places(&errors, "1-across-forms.toml"),
        vec![(lines("indicators/1-across-forms.toml", "petty crime"), 20)],
        "{errors:?}"
    );
    assert_eq!(
        places(&errors, "guidance/extra.md"),
        vec![(16, 22)],
        "quoted wording that shows what not to say is allowed: {errors:?}"
    );
    assert_eq!(places(&errors, "glossary.toml"), vec![(lines("glossary.toml", "Promiscuous."), 12)], "{errors:?}");
    assert_eq!(
        places(&errors, "cannabis-farm.md"),
        vec![(lines("scenarios/cannabis-farm.md", "Duc is safe and"), 18)],
        "{errors:?}"
    );
    let message = errors.iter().find(|e| e.file.ends_with("cannabis-farm.md") && !about_a_log(e)).unwrap().to_string();
    assert!(message.contains(":18: 'is safe'") && message.contains("what protects them now"), "{message}");
}

#[test]
fn a_trainer_can_add_a_phrase_to_avoid() {
    let s = Scratch::new("language-add");
    let list = s.read("language.toml");
    s.write(
        "language.toml",
        &format!("{list}\n[[rule]]\navoid = [\"needs to learn\"]\ninstead = \"say what adults must do\"\n"),
    );
    s.write("guidance/extra.md", &page("\n## A heading\n\nHe needs to learn.\n"));
    assert_eq!(places(&s.errors(), "guidance/extra.md"), vec![(16, 4)]);
}

#[test]
fn every_sign_says_why_it_is_of_its_kind() {
    let s = Scratch::new("kind-reason");
    let text = s.read("indicators/4-criminal.toml");
    let broken = text.replacen(
        "kind_reason = \"Debt bondage is a means of control: exploitation is happening now.\"",
        "kind_reason = \" \"",
        1,
    );
    assert_ne!(broken, text);
    s.write("indicators/4-criminal.toml", &broken);
    let errors = s.errors();
    assert!(
        errors
            .iter()
            .any(|e| e.file.ends_with("4-criminal.toml") && e.message.contains("does not say why it is a harm")),
        "{errors:?}"
    );
    let old = text.replacen("kind = \"harm\"", "kind = \"critical\"", 1);
    s.write("indicators/4-criminal.toml", &old);
    let errors = s.errors();
    assert!(
        errors.iter().any(|e| e.file.ends_with("4-criminal.toml") && e.message.contains("critical")),
        "an old kind is refused: {errors:?}"
    );
}

#[test]
fn a_page_whose_text_changed_without_a_change_entry_fails_the_build() {
    let s = Scratch::new("changelog");
    let original = s.read("guidance/age.md");
    let edited = original.replacen(
        "Record why you think the young person may be a child",
        "Write down why you think the young person may be a child",
        1,
    );
    assert_ne!(edited, original);
    s.write("guidance/age.md", &edited);
    let errors = s.errors();
    let hash_line = edited.lines().position(|l| l.starts_with("hash = ")).unwrap() + 1;
    let e = errors.iter().find(|e| e.file.ends_with("guidance/age.md")).expect("the edited page is refused");
    assert_eq!(e.line, hash_line, "{e}");
    assert!(e.message.contains("has changed since its last change entry"), "{e}");
    let current = e.message.rsplit("hash = \"").next().unwrap().trim_end_matches('"').to_string();
    assert_eq!(current.len(), 16, "the message gives the fingerprint to record: {e}");

    // A change entry saying what changed, with that fingerprint, lets it through.
    let logged = edited.replacen("[[changes]]", &format!("[[changes]]\ndate = 2026-12-20\nkind = \"minor\"\nwhat = \"Plainer wording.\"\nhash = \"{current}\"\n\n[[changes]]"), 1);
    s.write("guidance/age.md", &logged);
    let library = s.load().unwrap_or_else(|e| panic!("{e:?}"));
    let page = library.guidance_page("age").unwrap();
    assert_eq!(page.changes[0].date, "2026-12-20", "newest first");
    assert_eq!(page.changes[0].what, "Plainer wording.");
    assert!(library.version.starts_with("2026-12-20 ("), "{}", library.version);

    // A page with no change log at all is refused too, with the fingerprint to start one.
    let bare = original.split("[[changes]]").next().unwrap().trim_end().to_string()
        + "\n+++"
        + original.splitn(3, "+++").nth(2).unwrap();
    s.write("guidance/age.md", &bare);
    let errors = s.errors();
    assert!(
        errors.iter().any(|e| e.file.ends_with("guidance/age.md") && e.message.contains("no change log")),
        "{errors:?}"
    );
}

#[test]
fn every_real_page_has_a_change_log_that_starts_with_this_review() {
    let library = recognise_respond::full_library();
    for page in library.guidance.iter().chain(&library.site) {
        assert!(!page.changes.is_empty(), "{}", page.slug);
        assert!(page.changes.iter().any(|c| c.date == "2026-11-30"), "{}", page.slug);
    }
    // The content's version is the date of its newest change.
    let newest = library.guidance.iter().chain(&library.site).flat_map(|p| &p.changes).map(|c| c.date.as_str()).max();
    assert!(library.version.starts_with(&format!("{} (", newest.unwrap())), "{}", library.version);
}

/// (line, column) of each problem in `suffix`, with a word from its message.
fn placed(errors: &[recognise_respond::content::ContentError], suffix: &str) -> Vec<(usize, usize, String)> {
    errors
        .iter()
        // The English file's own problems (its Welsh, which now lacks what was added, is
        // tested in welsh.rs).
        .filter(|e| e.file.ends_with(suffix) && !e.file.contains("/cy/") && !e.message.contains("change log"))
        .map(|e| (e.line, e.column, e.message.split_whitespace().take(3).collect::<Vec<_>>().join(" ")))
        .collect()
}

#[test]
fn every_front_matter_rule_names_the_line_and_column_of_the_value() {
    let s = Scratch::new("front-spans");
    s.write(
        "guidance/spans.md",
        "+++\ntitle = \" \"\nsummary = \"\"\nnations = [\"wales\", \"atlantis\", \"wales\"]\nsources = [\"msa-2015\", \"no-such\"]\nreviewed = 2026-11-01T10:00:00\n+++\nBody\n",
    );
    let errors = s.errors();
    assert_eq!(
        placed(&errors, "guidance/spans.md"),
        vec![
            (2, 9, "the title is".into()),
            (3, 11, "the summary is".into()),
            (4, 21, "unknown nation 'atlantis':".into()),
            (4, 33, "nation 'wales' is".into()),
            (5, 24, "source 'no-such' is".into()),
            (6, 12, "reviewed must be".into()),
        ],
        "{errors:?}"
    );
    assert!(errors.iter().any(|e| e.to_string().starts_with("content/guidance/spans.md:4:21: unknown nation")));
}

#[test]
fn every_sign_rule_names_the_line_and_column_of_the_value() {
    let s = Scratch::new("sign-spans");
    let group = "title = \"\"\nintro = \"Intro.\"\n\n[[signs]]\nid = \"Bad Id\"\ntext = \"\"\nkind = \"warning\"\nkind_reason = \" \"\nforms = []\nsource = \"nowhere\"\nbasis = \"\"\n\n[[signs]]\nid = \"goes-missing\"\ntext = \"Twice\"\nkind = \"warning\"\nkind_reason = \"Why.\"\nforms = [\"criminal\"]\nsource = \"briefing-2021\"\nbasis = \"Here.\"\n";
    s.write("indicators/9-spans.toml", group);
    let errors = s.errors();
    assert_eq!(
        placed(&errors, "9-spans.toml"),
        vec![
            (1, 9, "the group has".into()),
            (5, 6, "sign id 'Bad".into()),
            (6, 8, "sign 'Bad Id'".into()),
            (8, 15, "sign 'Bad Id'".into()),
            (9, 9, "sign 'Bad Id'".into()),
            (10, 10, "sign 'Bad Id'".into()),
            (11, 9, "sign 'Bad Id'".into()),
            (14, 6, "sign id 'goes-missing'".into()),
        ],
        "{errors:?}"
    );
}

/// Signs that describe one fact are joined by a same-fact group, which the build checks: a group
/// joins two or more warning signs, is not named like a sign, and only warning signs are general.
#[test]
fn every_same_fact_rule_names_the_line_and_column_of_the_value() {
    let s = Scratch::new("same-fact-spans");
    let sign = |id: &str, kind: &str, extra: &str| {
        format!("[[signs]]\nid = \"{id}\"\ntext = \"Text.\"\nkind = \"{kind}\"\n{extra}kind_reason = \"Why.\"\nforms = [\"criminal\"]\nsource = \"briefing-2021\"\nbasis = \"Here.\"\n\n")
    };
    let group = format!(
        "title = \"Spans\"\nintro = \"Intro.\"\n\n{}{}{}{}",
        sign("span-one", "warning", "same_fact = \"alone\"\n"),
        sign("span-two", "harm", "same_fact = \"span-three\"\ngeneral = true\n"),
        sign("span-three", "warning", "same_fact = \"span-three\"\n"),
        sign("span-four", "warning", "same_fact = \"Not A Slug\"\n"),
    );
    s.write("indicators/9-same-fact.toml", &group);
    let errors = s.errors();
    assert_eq!(
        placed(&errors, "9-same-fact.toml"),
        vec![
            (8, 13, "same_fact 'alone' joins".into()),
            (18, 13, "same_fact 'span-three' is".into()),
            (18, 13, "same_fact 'span-three' is".into()),
            (19, 11, "sign 'span-two' is".into()),
            (39, 13, "sign 'span-four': same_fact".into()),
            (39, 13, "same_fact 'Not A".into()),
        ],
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e
            .to_string()
            .starts_with("content/indicators/9-same-fact.toml:18:13: same_fact 'span-three' is on a harm sign")),
        "{errors:?}"
    );
}

/// The real checklist joins the two signs the issue names as one fact.
#[test]
fn a_sexual_health_need_and_frequent_clinic_visits_are_one_fact_in_the_real_checklist() {
    let lib = library();
    let need = lib.sign("inconsistent-contraception").unwrap();
    let visits = lib.sign("sexual-health-visits").unwrap();
    assert_eq!(need.fact(), visits.fact());
}

#[test]
fn every_glossary_rule_names_the_line_and_column_of_the_value() {
    let s = Scratch::new("glossary-spans");
    let mut text = s.read("glossary.toml");
    let first = text.lines().count() + 3;
    text.push_str("\n[[entry]]\nabbr = \"x\"\nterm = \"A new term\"\nmeaning = \"\"\nsource = \"nowhere\"\n");
    s.write("glossary.toml", &text);
    let errors = s.errors();
    assert_eq!(
        placed(&errors, "glossary.toml"),
        vec![
            (first, 8, "abbreviation 'x' must".into()),
            (first + 2, 11, "the entry for".into()),
            (first + 3, 10, "source 'nowhere' is".into()),
        ],
        "{errors:?}"
    );
}

#[test]
fn every_nation_steps_rule_names_the_line_and_column_of_the_value() {
    let s = Scratch::new("nation-spans");
    let text = s.read("nations.toml");
    let broken = text.replacen("police = \"Tell the police", "police = \" \"\npolice_was = \"", 1);
    let broken = broken.replacen("police_was = \"", "# ", 1);
    let broken = broken.replacen("\"helplines\"]", "\"helplines\", \"no-such\"]", 1);
    s.write("nations.toml", &broken);
    let errors = s.errors();
    let line_of = |needle: &str| broken.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let found = placed(&errors, "nations.toml");
    assert!(found.contains(&(line_of("police = \" \""), 10, "England has an".into())), "{found:?}");
    let sources_line = line_of("\"no-such\"");
    let column = broken.lines().nth(sources_line - 1).unwrap().find("\"no-such\"").unwrap() + 1;
    assert!(found.contains(&(sources_line, column, "England cites source".into())), "{found:?}");
}

#[test]
fn every_bibliography_rule_names_the_line_and_column_of_the_value() {
    let s = Scratch::new("source-spans");
    let mut text = s.read("sources.toml");
    let first = text.lines().count() + 2;
    text.push_str("\n[Bad_Key]\ntitle = \"\"\npublisher = \"P\"\ndate = \"2020\"\nurl = \"ftp://x\"\n");
    s.write("sources.toml", &text);
    let errors = s.errors();
    assert_eq!(
        placed(&errors, "sources.toml"),
        vec![
            (first, 2, "source key 'Bad_Key'".into()),
            (first + 1, 9, "source 'Bad_Key' has".into()),
            (first + 4, 7, "source 'Bad_Key' has".into()),
        ],
        "{errors:?}"
    );
}

#[test]
fn a_helpline_without_a_number_is_named_on_its_own_lines() {
    let s = Scratch::new("helpline-spans");
    let mut text = s.read("nations.toml");
    let first = text.lines().count() + 2;
    text.push_str(
        "\n[[helplines]]\nname = \"Childline\"\nnumber = \"\"\npurpose = \"P\"\nhours = \"H\"\nnations = [\"wales\"]\nsource = \"helplines\"\n",
    );
    s.write("nations.toml", &text);
    let errors = s.errors();
    let found = placed(&errors, "nations.toml");
    // At the empty value, from the parser's span: named where it is written, even though a
    // helpline of the same name comes first in the file.
    assert_eq!(found, vec![(first + 2, 10, "a helpline needs".into())], "{errors:?}");
    let first = errors.iter().find(|e| e.file == "content/nations.toml" && !about_a_log(e)).unwrap();
    assert_eq!(first.message, "a helpline needs a number");
}

#[test]
fn content_made_in_memory_is_checked_like_a_folder() {
    use rr_content::load::check_files;
    use rr_content::Files;
    // No files at all: each missing file and folder is named, nothing panics.
    let (result, _) = check_files(&Files::from_texts("content", []));
    let errors = result.expect_err("nothing is not content");
    for missing in ["content/sources.toml", "content/guidance", "content/indicators", "content/nations.toml"] {
        assert!(errors.iter().any(|e| e.file == missing), "{missing}: {errors:?}");
    }
    // The real files, read into memory, make the same library as the build.
    let real = Files::read_dir(&real_content());
    assert_eq!(check_files(&real).0.expect("the real content passes"), load(&real_content()).unwrap());
}

#[test]
fn a_library_with_a_scenario_written_here_joined_shares_the_content_instead_of_copying_it() {
    // The app makes such a library on every save of a scenario written on the device, and keeps
    // it for the visit: it must cost the new scenario and a few pointers, not the content again.
    let base = recognise_respond::full_library();
    let mut joined = base.clone();
    let mut mine = base.scenarios[0].clone();
    mine.id = "my-own-case".into();
    joined.scenarios.push(mine);
    assert!(joined.guidance.shares(&base.guidance) && joined.site.shares(&base.site));
    assert!(joined.glossary.shares(&base.glossary) && joined.sources.shares(&base.sources));
    assert!(joined.sign_groups.shares(&base.sign_groups) && joined.nations.shares(&base.nations));
    assert!(joined.logs.shares(&base.logs));
    assert!((0..base.scenarios.len()).all(|i| joined.scenarios.shares(&base.scenarios, i)));
    assert_eq!(joined.scenarios.len(), base.scenarios.len() + 1);
    assert_eq!(joined.scenario("my-own-case").map(|s| s.id.as_str()), Some("my-own-case"));
}

/// A good page citing `sources` whose body, as a reader sees it, is `shown` (the fingerprint is
/// of the words shown, with every fact in place) and as written is `body`. The body starts on
/// line 13.
fn page_citing(sources: &str, body: &str, shown: &str) -> String {
    let hash = rr_content::changes::fingerprint("T", "S", shown);
    format!("+++\ntitle = \"T\"\nsummary = \"S\"\nnations = [\"wales\"]\nsources = [{sources}]\nreviewed = 2026-11-01\n[[changes]]\ndate = 2026-11-01\nkind = \"new\"\nwhat = \"First version.\"\nhash = \"{hash}\"\n+++\n{body}")
}

/// The register with `more` added at its end, and the line `more` starts on.
fn register_with(s: &Scratch, more: &str) -> usize {
    let text = s.read("facts.toml");
    let line = text.lines().count() + 1;
    s.write("facts.toml", &format!("{text}{more}"));
    line
}

/// The problems in files ending with `suffix`: (line, column, message).
fn facts_problems(s: &Scratch, suffix: &str) -> Vec<(usize, usize, String)> {
    s.findings(suffix).0.into_iter().map(|e| (e.line, e.column, e.message)).collect()
}

#[test]
fn a_figure_written_outside_the_register_is_refused_at_its_line_and_column() {
    let s = Scratch::new("a figure outside the register");
    let body = "Some text.\nDecisions took 72 hours, under section 45, in June 2025; 1,234 waited.\n";
    s.write("guidance/figures.md", &page(body));
    let found = facts_problems(&s, "guidance/figures.md");
    let places: Vec<(usize, usize)> = found.iter().map(|(l, c, _)| (*l, *c)).collect();
    assert_eq!(places, vec![(14, 16), (14, 32), (14, 47), (14, 58)], "{found:?}");
    assert!(found[0].2.contains("'72 hours'") && found[0].2.contains("{{fact:"), "{found:?}");
    // Ages, years, small numbers and emergency numbers are not facts.
    s.write("guidance/figures.md", &page("A 16-year-old, aged 17, in 2023, with 3 friends, called 999.\n"));
    assert!(facts_problems(&s, "guidance/figures.md").is_empty());
    // The same figure in a checklist, a scenario or the glossary is refused the same way.
    let glossary = s.read("glossary.toml").replacen("meaning = \"", "meaning = \"Within 72 hours. ", 1);
    s.write("glossary.toml", &glossary);
    let line = glossary.lines().position(|l| l.contains("Within 72 hours")).unwrap();
    let column = glossary.lines().nth(line).unwrap().find("72 hours").unwrap() + 1;
    assert_eq!(
        facts_problems(&s, "glossary.toml").iter().map(|(l, c, _)| (*l, *c)).collect::<Vec<_>>(),
        vec![(line + 1, column)]
    );
}

#[test]
fn quarters_periods_and_numbers_in_words_are_refused_at_their_line_and_column() {
    let s = Scratch::new("figures in other forms");
    let body = "Some text.\nIn Q4 2025 and 2023–24, one in three waited three months; a third of them, two-thirds.\n";
    s.write("guidance/words.md", &page(body));
    let found = facts_problems(&s, "guidance/words.md");
    let places: Vec<(usize, usize)> = found.iter().map(|(l, c, _)| (*l, *c)).collect();
    assert_eq!(places, vec![(14, 4), (14, 16), (14, 25), (14, 45), (14, 59), (14, 76)], "{found:?}");
    assert!(found[1].2.contains("'2023–24' is a period"), "{}", found[1].2);
    assert!(found[2].2.contains("'one in three' is a proportion"), "{}", found[2].2);
    assert!(found[3].2.contains("'three months' is a figure"), "{}", found[3].2);
    // Numbers of things, ordinals and ages written in words are not facts.
    s.write(
        "guidance/words.md",
        &page("Two signs; one of them; the first and a second scenario; aged fifteen, under eighteen.\n"),
    );
    assert!(facts_problems(&s, "guidance/words.md").is_empty());
    // A scenario's story is scanned as a page is.
    let kobe = s.read("scenarios/kobe.md").replacen("Kobe comes back.", "Kobe comes back after two days.", 1);
    s.write("scenarios/kobe.md", &kobe);
    let line = kobe.lines().position(|l| l.contains("after two days")).unwrap() + 1;
    let found = facts_problems(&s, "scenarios/kobe.md");
    let figure: Vec<_> = found.iter().filter(|(_, _, m)| m.contains("'two days'")).map(|(l, c, _)| (*l, *c)).collect();
    assert_eq!(figure, vec![(line, 23)], "{found:?}");
}

#[test]
fn a_not_confirmed_fact_is_never_shown_without_its_check() {
    let s = Scratch::new("a not-confirmed fact");
    register_with(
        &s,
        "\n[facts.test-unsure]\ntext = \"about 4,200 children\"\nsource = \"msa-2015\"\nchecked = 2026-11-30\nstatus = \"not-confirmed\"\ncheck = \"the Home Office statistics\"\n",
    );
    // Written straight in, it is refused, naming the fact to cite instead.
    s.write("guidance/unsure.md", &page("Some text.\nThere were about 4,200 children.\n"));
    let found = facts_problems(&s, "guidance/unsure.md");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (14, 18));
    assert!(found[0].2.contains("not-confirmed fact 'test-unsure'") && found[0].2.contains("not confirmed; check"));
    // Cited, it always carries its mark.
    let shown = "There were about 4,200 children (not confirmed; check the Home Office statistics).\n";
    s.write("guidance/unsure.md", &page_citing("\"msa-2015\"", "There were {{fact:test-unsure}}.\n", shown));
    let library = s.load().unwrap_or_else(|e| panic!("{e:?}"));
    let html = &library.guidance_page("unsure").unwrap().html;
    assert!(html.contains("about 4,200 children (not confirmed; check the Home Office statistics)"), "{html}");
}

#[test]
fn a_fact_whose_source_the_page_does_not_cite_is_refused_and_an_unknown_fact_too() {
    let s = Scratch::new("a fact from a source the page does not cite");
    // section 22 of the Northern Ireland Act comes from ni-2015-s22, which the page does not list.
    let body = "Some text.\nUnder {{fact:ni-s22}} and {{fact:no-such-fact}}.\n";
    s.write("guidance/uncited.md", &page_citing("\"msa-2015\"", body, body));
    let found = facts_problems(&s, "guidance/uncited.md");
    let mine: Vec<_> = found.iter().filter(|(_, _, m)| !m.contains("change")).collect();
    assert_eq!(mine.len(), 2, "{found:?}");
    assert_eq!((mine[0].0, mine[0].1), (14, 7));
    assert!(mine[0].2.contains("'ni-s22'") && mine[0].2.contains("'ni-2015-s22'"), "{}", mine[0].2);
    assert_eq!((mine[1].0, mine[1].1), (14, 27));
    assert!(mine[1].2.contains("'no-such-fact' is not in content/facts.toml"), "{}", mine[1].2);
}

/// The problems about facts' sources in files ending with `suffix`: (line, column, message).
fn source_problems(s: &Scratch, suffix: &str) -> Vec<(usize, usize, String)> {
    facts_problems(s, suffix).into_iter().filter(|(_, _, m)| m.starts_with("fact '")).collect()
}

#[test]
fn each_toml_entry_is_held_to_its_own_sources_not_the_files() {
    // Two glossary entries: the second cites the statistics, the first does not, so a figure
    // from the statistics may stand in the second but not in the first.
    let s = Scratch::new("a fact in a glossary entry that does not cite its source");
    let mut glossary = s.read("glossary.toml");
    let first = glossary.lines().count() + 2;
    glossary.push_str("\n[[entry]]\nterm = \"first test term\"\nmeaning = \"In 2025 there were {{fact:nrm-referrals-2025}} referrals.\"\nsource = \"msa-2015\"\n");
    glossary.push_str("\n[[entry]]\nterm = \"second test term\"\nmeaning = \"In 2025 there were {{fact:nrm-referrals-2025}} referrals.\"\nsource = \"nrm-stats-2025\"\n");
    s.write("glossary.toml", &glossary);
    let found = source_problems(&s, "glossary.toml");
    assert_eq!(found.iter().map(|(l, c, _)| (*l, *c)).collect::<Vec<_>>(), vec![(first + 2, 31)], "{found:?}");
    assert!(
        found[0].2.contains("'nrm-stats-2025', which this entry does not cite (it cites 'msa-2015')"),
        "{}",
        found[0].2
    );

    // In the nations' steps, Scotland cites the guardianship section's source; England does not.
    let s = Scratch::new("a fact in one nation's steps whose source another nation cites");
    let nations = s.read("nations.toml");
    let nations = nations.replacen(
        "out_of_hours = \"Out of office hours, ring the council's out-of-hours children's social care team",
        "out_of_hours = \"Under {{fact:htea-s11}}, ring the council's out-of-hours children's social care team",
        1,
    );
    s.write("nations.toml", &nations);
    let line = nations.lines().position(|l| l.contains("Under {{fact:htea-s11}}")).unwrap() + 1;
    let found = source_problems(&s, "nations.toml");
    assert_eq!(found.iter().map(|(l, c, _)| (*l, *c)).collect::<Vec<_>>(), vec![(line, 23)], "{found:?}");
    assert!(found[0].2.contains("'guardianship-s11'"), "{}", found[0].2);

    // A helpline's hours are held to the helpline's own source.
    let s = Scratch::new("a helpline citing a fact its source does not cover");
    let nations = s.read("nations.toml").replacen(
        "hours = \"Listed as open {{fact:childline-hours}}.\"",
        "hours = \"Open {{fact:rhi-window}}.\"",
        1,
    );
    s.write("nations.toml", &nations);
    let line = nations.lines().position(|l| l.contains("Open {{fact:rhi-window}}")).unwrap() + 1;
    let found = source_problems(&s, "nations.toml");
    assert_eq!(found.iter().map(|(l, c, _)| (*l, *c)).collect::<Vec<_>>(), vec![(line, 15)], "{found:?}");
    assert!(found[0].2.contains("(it cites 'helplines')"), "{}", found[0].2);
    // And an entry that names no source cannot be checked, so it is refused.
    let nations = nations.replacen("source = \"helplines\"\n", "", 1);
    s.write("nations.toml", &nations);
    let found = facts_problems(&s, "nations.toml");
    assert!(found.iter().any(|(_, _, m)| m.contains("missing field `source`")), "{found:?}");
}

#[test]
fn a_legal_test_restated_in_a_page_s_own_words_is_refused_and_its_citation_accepted() {
    let s = Scratch::new("a legal test in a page's own words");
    // The section 45 test for a child, in other words than the register's, on a page and in a
    // nation's steps: refused where its listed words start.
    let body = "Some text.\nA child is not guilty if a reasonable person like them would have done it too.\n";
    s.write("guidance/restated.md", &page(body));
    let found = facts_problems(&s, "guidance/restated.md");
    assert_eq!(found.iter().map(|(l, c, _)| (*l, *c)).collect::<Vec<_>>(), vec![(14, 28)], "{found:?}");
    assert!(
        found[0].2.contains("legal test 's45-child-test'") && found[0].2.contains("{{fact:s45-child-test}}"),
        "{}",
        found[0].2
    );
    // One of its words alone is not the test.
    s.write("guidance/restated.md", &page("Some text.\nAsk what a reasonable person would think.\n"));
    assert!(facts_problems(&s, "guidance/restated.md").is_empty());
    // Cited, the test reads as the register has it, and nothing is refused.
    let cited = "A child has a defence if {{fact:s45-child-test}}.\n";
    let register = rr_content::facts::Register::read(&rr_content::Files::read_dir(&real_content())).0;
    let shown = format!("A child has a defence if {}.\n", register.facts["s45-child-test"].text);
    s.write("guidance/restated.md", &page_citing("\"msa-2015\"", cited, &shown));
    assert!(facts_problems(&s, "guidance/restated.md").is_empty());
    let library = s.load().unwrap_or_else(|e| panic!("{e:?}"));
    assert!(library.guidance_page("restated").unwrap().html.contains(&register.facts["s45-child-test"].text));

    // A word listed in `restated` that is not in the fact's own text is refused in the register.
    let s = Scratch::new("a restated word that is not in the test");
    let line = register_with(
        &s,
        "\n[facts.test-law]\ntext = \"a test of the law\"\nsource = \"msa-2015\"\nchecked = 2026-11-30\nstatus = \"confirmed\"\nrestated = [\"of the law\", \"something else\"]\n",
    );
    let found = facts_problems(&s, "content/facts.toml");
    assert_eq!(found.iter().map(|(l, c, _)| (*l, *c)).collect::<Vec<_>>(), vec![(line + 6, 27)], "{found:?}");
    assert!(found[0].2.contains("'something else' in restated"), "{}", found[0].2);
}

#[test]
fn a_fact_checked_too_long_ago_needs_a_note() {
    let s = Scratch::new("a stale fact");
    let line = register_with(
        &s,
        "\n[facts.test-old]\ntext = \"an old figure\"\nsource = \"msa-2015\"\nchecked = 2020-01-01\nstatus = \"confirmed\"\n",
    );
    let found = facts_problems(&s, "content/facts.toml");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (line + 4, 11));
    assert!(found[0].2.contains("checked on 2020-01-01") && found[0].2.contains("note"), "{}", found[0].2);
    // With a note saying why it still stands, it is kept.
    let s = Scratch::new("an old fact with a note");
    register_with(&s, "\n[facts.test-old]\ntext = \"an old figure\"\nsource = \"msa-2015\"\nchecked = 2020-01-01\nstatus = \"confirmed\"\nnote = \"A historic figure: it cannot change.\"\n");
    assert!(facts_problems(&s, "content/facts.toml").is_empty());
}

#[test]
fn two_pages_citing_one_fact_show_the_same_words_and_change_together() {
    let s = Scratch::new("one fact on two pages");
    let body = "In 2025 there were {{fact:nrm-referrals-2025}} referrals.\n";
    let shown = |n: &str| format!("In 2025 there were {n} referrals.\n");
    for name in ["one", "two"] {
        s.write(&format!("guidance/{name}.md"), &page_citing("\"nrm-stats-2025\"", body, &shown("23,411")));
    }
    let library = s.load().unwrap_or_else(|e| panic!("{e:?}"));
    let html = |l: &recognise_respond::content::Library, slug: &str| l.guidance_page(slug).unwrap().html.clone();
    assert!(html(&library, "one").contains("there were 23,411 referrals"));
    assert_eq!(html(&library, "one"), html(&library, "two"));
    // The real pages that give the figure give it alike.
    let real = crate::common::library();
    for slug in ["key-figures", "national-referral-mechanism"] {
        assert!(real.guidance_page(slug).unwrap().html.contains("23,411"), "{slug}");
    }
    // Correcting the fact in the register corrects it on both pages at once (each page is then
    // asked for a change entry, since its words changed).
    let register = s.read("facts.toml").replace("text = \"23,411\"", "text = \"23,412\"");
    s.write("facts.toml", &register);
    let hash = rr_content::changes::fingerprint("T", "S", &shown("23,412"));
    for name in ["one", "two"] {
        let page = s.read(&format!("guidance/{name}.md"));
        s.write(
            &format!("guidance/{name}.md"),
            &page.replace(&rr_content::changes::fingerprint("T", "S", &shown("23,411")), &hash),
        );
    }
    let found = facts_problems(&s, "guidance/one.md");
    assert!(found.is_empty(), "{found:?}");
    let library = s.load().expect_err("the real pages' words changed too, so they need change entries");
    assert!(library.iter().any(|e| e.file.ends_with("key-figures.md") && e.message.contains("changed")));
}

#[test]
fn the_about_page_says_what_the_register_holds() {
    let register = fs::read_to_string(real_content().join("facts.toml")).unwrap();
    let facts = register.lines().filter(|l| l.starts_with("[facts.")).count();
    let partly = register.lines().filter(|l| l.trim() == "status = \"partly\"").count();
    let not = register.lines().filter(|l| l.trim() == "status = \"not-confirmed\"").count();
    assert!(facts > 100 && partly > 0 && not > 0);
    let about = &library().site_page("about").unwrap().html;
    assert!(about.contains(&format!("holds {facts} facts")), "{about}");
    assert!(about.contains(&format!("Of these, {partly} are only partly confirmed")), "{about}");
    assert!(about.contains(&format!("{not} could not be confirmed")), "{about}");
    assert!(!about.contains("{{"), "{about}");
}

#[test]
fn the_core_cites_the_register_as_content_does() {
    use rr_content::facts::Register;
    use rr_content::Files;
    let (register, errors) = Register::read(&Files::read_dir(&real_content()));
    assert!(errors.is_empty(), "{errors:?}");
    // The constants the core's texts use are the facts as content shows them, status marks and all.
    assert_eq!(rr_core::facts::ALL.len(), register.facts.len());
    for (id, cited) in rr_core::facts::ALL {
        assert_eq!(*cited, register.facts[*id].cited(), "{id}");
    }
    // No text in the core (outside its tests) states a figure, a date or a statute section
    // that is not drawn from the register: the strings in its code are scanned as content is.
    let mut found = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/core/src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            // Only what is inside string literals, on its own line, so positions stay right.
            let strings: String = code
                .lines()
                .map(|line| {
                    // The app's own rule for counting time states its settings (learning.rs's
                    // constants, checked against it below), not a fact from a source.
                    let own_rule = line.trim_start().starts_with("pub const TIME_RULE");
                    let line = if line.trim_start().starts_with("//") || own_rule { "" } else { line };
                    let mut inside = false;
                    line.chars()
                        .map(|c| {
                            if c == '"' {
                                inside = !inside;
                                ' '
                            } else if inside {
                                c
                            } else {
                                ' '
                            }
                        })
                        .collect::<String>()
                        + "\n"
                })
                .collect();
            found.extend(register.unregistered(&path.display().to_string(), &strings));
        }
    }
    assert!(found.is_empty(), "{}", found.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"));
    // The time rule, left out of the scan, says what the settings are.
    assert_eq!(rr_core::learning::SCENARIO_CAP_TIMES, 3);
    assert!(rr_core::learning::time_rule().contains("at most three times a scenario's estimated length"));
}

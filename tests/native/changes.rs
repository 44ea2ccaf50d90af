//! Change logs on every content file: scenarios, the glossary, each indicator group and the
//! nations' next steps carry `[[changes]]` checked by fingerprint, like the pages; each problem is
//! named at its file, line and column; and "What changed" lists them all with links.

use crate::common::{library, Scratch};
use recognise_respond::content::{ChangeKind, ContentError, Logged};
use rr_content::changes::{fingerprint_scenario, fingerprint_toml};

/// The 1-based line of the first line of `text` holding `needle`, and the column where it starts.
fn line_col(text: &str, needle: &str) -> (usize, usize) {
    let (i, line) = text.lines().enumerate().find(|(_, l)| l.contains(needle)).expect(needle);
    (i + 1, line[..line.find(needle).unwrap()].chars().count() + 1)
}

/// The problems in the file `rel`.
fn problems_in<'a>(errors: &'a [ContentError], rel: &str) -> Vec<&'a ContentError> {
    errors.iter().filter(|e| e.file == format!("content/{rel}")).collect()
}

/// The fingerprint the build asks for in a message ("... hash = \"...\"").
fn asked_hash(e: &ContentError) -> String {
    e.message.rsplit("hash = \"").next().unwrap().trim_end_matches('"').to_string()
}

/// Edits `rel` in the copy (the edit must change something), then checks that the build names
/// the newest entry's hash at its line and column and asks for the file's new fingerprint; then
/// adds an entry with that fingerprint and returns the library it makes.
fn changed_without_an_entry_is_refused_at_the_hash(
    s: &Scratch,
    rel: &str,
    from: &str,
    to: &str,
) -> recognise_respond::content::Library {
    let original = s.read(rel);
    assert!(original.contains(from), "{rel} has {from:?}");
    let edited = original.replacen(from, to, 1);
    s.write(rel, &edited);
    let errors = s.errors();
    let mine = problems_in(&errors, rel);
    assert_eq!(mine.len(), 1, "only the log is out of date: {errors:?}");
    let e = mine[0];
    // The newest entry is the first listed: its hash is where the problem is.
    let (line, column) = line_col(&edited, "hash = \"");
    assert_eq!((e.line, e.column), (line, column + "hash = ".len()), "{e}");
    assert!(e.to_string().starts_with(&format!("content/{rel}:{}:{}: ", e.line, e.column)), "{e}");
    assert!(e.message.contains("has changed since its last change entry"), "{e}");
    let current = asked_hash(e);
    // The fingerprint is of the words shown (facts from the register filled in), so it is not
    // the raw file's; that it is the right one is shown by the load below succeeding with it.
    let recorded = edited.split("hash = \"").nth(1).and_then(|r| r.split('"').next()).unwrap_or_default();
    assert_ne!(current, recorded, "the message asks for a new fingerprint");
    assert_eq!(current.len(), 16, "{current}");

    // An entry saying what changed, with that fingerprint, lets it through.
    let entry = format!(
        "\n[[changes]]\ndate = 2026-12-20\nkind = \"minor\"\nwhat = \"Plainer wording in {rel}.\"\nhash = \"{current}\"\n\n[[changes]]\n"
    );
    s.write(rel, &edited.replacen("\n[[changes]]\n", &entry, 1));
    s.load().unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn a_scenario_changed_without_a_change_entry_fails_the_build_and_its_entry_reaches_what_changed() {
    let s = Scratch::new("scenario log");
    let library = changed_without_an_entry_is_refused_at_the_hash(
        &s,
        "scenarios/kobe.md",
        "His foster carer tells you",
        "His foster carer says to you",
    );
    let log = library.change_log();
    let newest = &log[0];
    assert_eq!(newest.change.date, "2026-12-20");
    assert_eq!(newest.change.what, "Plainer wording in scenarios/kobe.md.");
    assert_eq!(newest.title, "Scenario: Kobe: in care, missing, and treated as an offender");
    assert_eq!(newest.href.as_deref(), Some("#/scenarios/kobe"));
    assert!(library.version.starts_with("2026-12-20 ("), "{}", library.version);
}

#[test]
fn a_scenario_s_front_matter_counts_but_its_reviewed_date_does_not() {
    let s = Scratch::new("scenario front");
    // A content warning is something a reader sees: changing it needs an entry.
    changed_without_an_entry_is_refused_at_the_hash(
        &s,
        "scenarios/county-lines.md",
        "content_warnings = [",
        "content_warnings = [\"threats\", ",
    );
    // Re-checking a file against its sources is not a change to it.
    let s = Scratch::new("scenario reviewed");
    let text = s.read("scenarios/county-lines.md");
    s.write("scenarios/county-lines.md", &text.replacen("reviewed = 2026-12-06", "reviewed = 2026-12-31", 1));
    s.load().unwrap_or_else(|e| panic!("{e:?}"));
}

#[test]
fn the_glossary_changed_without_a_change_entry_fails_the_build_at_file_line_and_column() {
    let s = Scratch::new("glossary log");
    let library = changed_without_an_entry_is_refused_at_the_hash(
        &s,
        "glossary.toml",
        "A family doctor, usually the first point of contact with the NHS.",
        "A family doctor: usually the first person to see in the NHS.",
    );
    let newest = &library.change_log()[0];
    assert_eq!((newest.title.as_str(), newest.href.as_deref()), ("Glossary", Some("#/glossary")));
}

#[test]
fn an_indicator_group_changed_without_a_change_entry_fails_the_build_at_file_line_and_column() {
    let s = Scratch::new("indicator log");
    let library = changed_without_an_entry_is_refused_at_the_hash(
        &s,
        "indicators/4-criminal.toml",
        "forms = [\"criminal\"]",
        "forms = [\"criminal\", \"labour\"]",
    );
    let newest = &library.change_log()[0];
    assert_eq!(newest.title, "Check signs: Criminal exploitation and county lines");
    assert_eq!(newest.href.as_deref(), Some("#/check"));
}

#[test]
fn the_nations_steps_changed_without_a_change_entry_fail_the_build_at_file_line_and_column() {
    let s = Scratch::new("nations log");
    let library = changed_without_an_entry_is_refused_at_the_hash(
        &s,
        "nations.toml",
        "otherwise call 101.",
        "otherwise ring 101.",
    );
    let newest = &library.change_log()[0];
    assert_eq!(newest.title, "Next steps and helplines for each nation");
    assert_eq!(newest.href.as_deref(), Some("#/check"));
}

#[test]
fn the_bibliography_changed_without_a_change_entry_fails_the_build_and_its_log_is_no_source() {
    let s = Scratch::new("sources log");
    let library = changed_without_an_entry_is_refused_at_the_hash(
        &s,
        "sources.toml",
        "publisher = \"Not confirmed\"",
        "publisher = \"Unknown\"",
    );
    let newest = &library.change_log()[0];
    assert_eq!(newest.title, "Sources (the bibliography shown with each page)");
    assert_eq!(newest.href, None, "there is no screen of the bibliography alone");
    assert!(!library.sources.contains_key("changes"), "the log is not read as a source");
}

#[test]
fn formatting_habits_do_not_count_as_a_change_to_a_toml_file() {
    let s = Scratch::new("formatting");
    let text = s.read("glossary.toml");
    // Comments, blank lines, spacing round '=', line endings, trailing spaces and the order of
    // keys in an entry are habits, not changes.
    let reformatted = text
        .replace("term = ", "term   =   ")
        .replacen(
            "[[entry]]\nabbr = \"CCE\"\nterm   =   \"child criminal exploitation\"\n",
            "# A comment.\n\n[[entry]]\nterm = \"child criminal exploitation\"  \nabbr = \"CCE\"\n",
            1,
        )
        .replace('\n', "\r\n");
    assert_ne!(reformatted, text);
    assert_eq!(fingerprint_toml(&reformatted), fingerprint_toml(&text));
    s.write("glossary.toml", &reformatted);
    s.load().unwrap_or_else(|e| panic!("{e:?}"));
    // A word is a change.
    assert_ne!(fingerprint_toml(&text.replacen("A family doctor", "A family GP", 1)), fingerprint_toml(&text));
}

#[test]
fn a_file_with_no_change_log_is_refused_with_the_fingerprint_to_start_one() {
    let s = Scratch::new("no log");
    let text = s.read("indicators/7-strengths.toml");
    let start = text.find("# What changed").expect("the log's comment");
    let end = text.find("[[signs]]").unwrap();
    let bare = format!("{}{}", &text[..start], &text[end..]);
    s.write("indicators/7-strengths.toml", &bare);
    let errors = s.errors();
    let mine = problems_in(&errors, "indicators/7-strengths.toml");
    assert_eq!(mine.len(), 1, "{errors:?}");
    assert_eq!((mine[0].line, mine[0].column), (1, 1));
    assert!(mine[0].message.contains("no change log"), "{}", mine[0]);
    assert_eq!(Some(asked_hash(mine[0])), fingerprint_toml(&bare));

    // A scenario with none is refused on the first line of its front matter. (One that cites no
    // fact, so the fingerprint asked for, of the words shown, is that of the file as written.)
    let s = Scratch::new("no scenario log");
    let text = s.read("scenarios/private-fostering.md");
    assert!(!text.contains("{{fact:") && !text.contains("{{Fact:"));
    let start = text.find("[[changes]]").unwrap();
    let end = text[start..].find("\n+++\n").unwrap() + start + 1;
    let bare = format!("{}{}", &text[..start], &text[end..]);
    s.write("scenarios/private-fostering.md", &bare);
    let errors = s.errors();
    let mine = problems_in(&errors, "scenarios/private-fostering.md");
    assert_eq!(mine.len(), 1, "{errors:?}");
    assert_eq!((mine[0].line, mine[0].column), (2, 1));
    assert_eq!(Some(asked_hash(mine[0])), fingerprint_scenario(&bare));
}

#[test]
fn a_malformed_entry_is_named_at_its_line_and_column_in_every_kind_of_file() {
    // The newest entry of a scenario's log, with its hash taken out: named at its [[changes]].
    let lena = Scratch::new("the scenario's log").read("scenarios/turning-eighteen.md");
    let newest_hash = format!("{}\n", lena.lines().find(|l| l.starts_with("hash = ")).expect("a logged scenario"));
    let cases = [
        // (file, the text to replace, what to put, the text the problem starts at, its words)
        ("glossary.toml", "kind = \"significant\"", "kind = \"huge\"", "\"huge\"", "unknown variant"),
        ("nations.toml", "date = 2026-12-06", "date = 2026-12-06T10:00:00", "2026-12-06T10:00:00", "without a time"),
        (
            "indicators/3-sexual.toml",
            "what = \"A sexual-health",
            "what = \" \"\n# \"A sexual-health",
            "\" \"",
            "say what changed",
        ),
        ("scenarios/turning-eighteen.md", newest_hash.as_str(), "", "[[changes]]", "missing field `hash`"),
        (
            "indicators/7-strengths.toml",
            "[[changes]]\ndate",
            "changes = \"today\"\n[[oops]]\ndate",
            "\"today\"",
            "invalid type",
        ),
    ];
    for (rel, from, to, at, words) in cases {
        let s = Scratch::new("malformed");
        let text = s.read(rel);
        assert!(text.contains(from), "{rel} has {from:?}");
        let broken = text.replacen(from, to, 1);
        s.write(rel, &broken);
        let errors = s.errors();
        let mine = problems_in(&errors, rel);
        let found = mine.iter().find(|e| e.message.contains(words)).unwrap_or_else(|| panic!("{rel}: {errors:?}"));
        let (line, column) = line_col(&broken, at);
        assert_eq!(found.line, line, "{rel}: {found}");
        if at != "[[changes]]" {
            assert_eq!(found.column, column, "{rel}: {found}");
        }
        assert!(found.column > 0, "{rel}: a column is named: {found}");
    }
}

#[test]
fn every_content_file_has_a_change_log_and_today_s_corrections_are_in_it() {
    let library = library();
    // Every scenario, the glossary, every indicator group and the nations have a log.
    for s in library.scenarios.iter() {
        assert!(
            library.logs.iter().any(|l| l.subject == Logged::Scenario(s.id.clone()) && !l.changes.is_empty()),
            "{}",
            s.id
        );
    }
    for g in library.sign_groups.iter() {
        assert!(
            library.logs.iter().any(|l| l.subject == Logged::Signs(g.slug.clone()) && !l.changes.is_empty()),
            "{}",
            g.slug
        );
    }
    for subject in [Logged::Glossary, Logged::Nations, Logged::Sources] {
        assert!(library.logs.iter().any(|l| l.subject == subject && !l.changes.is_empty()), "{subject:?}");
    }
    // The corrections of 6 December 2026 reach "What changed", each linked to what changed.
    let log = library.change_log();
    let today = |title: &str| {
        log.iter()
            .find(|e| e.change.date == "2026-12-06" && e.title.contains(title))
            .unwrap_or_else(|| panic!("{title}"))
    };
    for name in ["Lena", "Duc", "Samir", "Tyler", "Efua", "Jordan", "Kobe"] {
        let entry = today(name);
        assert!(entry.href.as_deref().is_some_and(|h| h.starts_with("#/scenarios/")), "{name}");
    }
    assert_eq!(today("Glossary").href.as_deref(), Some("#/glossary"));
    assert_eq!(today("Next steps").href.as_deref(), Some("#/check"));
    assert!(today("Check signs:").change.kind == ChangeKind::Significant);
    // Kobe's section 45 correction of 30 November is there too.
    assert!(log.iter().any(|e| e.title.contains("Kobe")
        && e.change.date == "2026-11-30"
        && e.change.what.contains("reasonable person")));
    // Newest first, and the content's version is the newest date of any file.
    assert!(log.windows(2).all(|w| w[0].change.date >= w[1].change.date));
    assert!(library.version.starts_with(&format!("{} (", log[0].change.date)), "{}", library.version);
}

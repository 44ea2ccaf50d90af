//! Search against the real content: typing mistakes, spellings and abbreviations still find
//! the right page.

use recognise_respond::search::{Index, Kind};

fn index() -> Index {
    Index::new(crate::common::library())
}

/// The address of the best match for `query`.
fn top(index: &Index, query: &str) -> String {
    index.search(query, 5).first().map(|h| h.doc.href.clone()).unwrap_or_else(|| panic!("'{query}' finds nothing"))
}

#[test]
fn a_typo_still_finds_the_national_referral_mechanism() {
    let index = index();
    for query in ["national referral mechanism", "natonal referal mechansim", "National Referal Mechanism", "nrm"] {
        let hits = index.search(query, 5);
        let first = hits.first().unwrap_or_else(|| panic!("'{query}' finds nothing"));
        assert_eq!(
            first.doc.href, "#/guidance/national-referral-mechanism",
            "'{query}' puts {:?} first",
            first.doc.title
        );
        assert_eq!(first.doc.kind, Kind::Page);
    }
}

#[test]
fn british_and_american_spellings_find_the_same_things() {
    let index = index();
    for (uk, us) in [
        ("behaviour", "behavior"),
        ("organised crime group", "organized crime group"),
        ("labour exploitation", "labor exploitation"),
    ] {
        let a: Vec<String> = index.search(uk, 10).into_iter().map(|h| h.doc.href.clone() + &h.doc.title).collect();
        let b: Vec<String> = index.search(us, 10).into_iter().map(|h| h.doc.href.clone() + &h.doc.title).collect();
        assert!(!a.is_empty(), "'{uk}' finds something");
        assert_eq!(a, b, "'{uk}' and '{us}' find the same");
    }
}

#[test]
fn each_kind_of_content_can_be_found() {
    let index = index();
    assert!(index.search("ICTG", 10).iter().any(|h| h.doc.kind == Kind::Term && h.doc.title.starts_with("ICTG")));
    assert!(index.search("unexplained money", 10).iter().any(|h| h.doc.kind == Kind::Sign));
    // The best match may be the page or the section of it that answers the question.
    for (query, page) in [
        ("guardianship scotland", "#/guidance/guardians"),
        ("statutory defence", "#/guidance/non-prosecution"),
        ("age assessment", "#/guidance/age"),
    ] {
        let best = top(&index, query);
        assert!(best == page || best.starts_with(&format!("{page}/")), "'{query}' leads to {best}, not {page}");
    }
}

#[test]
fn an_unfinished_last_word_matches_as_you_type() {
    let index = index();
    let hits = index.search("return home interv", 5);
    assert!(
        hits.iter().any(|h| h.doc.href.starts_with("#/guidance/safeguarding-duties")),
        "{:?}",
        hits.iter().map(|h| &h.doc.title).collect::<Vec<_>>()
    );
}

#[test]
fn results_matching_more_words_come_first_and_nonsense_finds_nothing() {
    let index = index();
    let hits = index.search("cannabis farm boy", 20);
    assert!(hits.windows(2).all(|w| w[0].matched >= w[1].matched));
    assert!(index.search("zzqx", 5).is_empty());
    assert!(index.search("   ", 5).is_empty());
    assert!(index.search("the of and", 5).is_empty(), "stop words alone match nothing");
}

#[test]
fn a_helpline_is_found_with_its_number_and_a_saved_contact_by_its_role() {
    use recognise_respond::contacts::{Contact, Role};
    let index = index();
    let hits = index.search("modern slavery helpline number", 3);
    let first = hits.first().expect("the helpline is found");
    assert_eq!((first.doc.kind, first.doc.href.as_str()), (Kind::Helpline, "#/contacts"));
    assert!(
        first.doc.title.contains("Modern Slavery") && first.doc.title.chars().any(|c| c.is_ascii_digit()),
        "{}",
        first.doc.title
    );

    let mine = Index::of_contacts(
        &[Contact { role: Role::OutOfHours, name: "EDT North".into(), number: "01632 960002".into() }],
        None,
    );
    for query in ["out of hours", "edt", "out of ours number"] {
        let hits = mine.search(query, 3);
        assert_eq!(hits.first().map(|h| h.doc.title.as_str()), Some("EDT North: 01632 960002"), "{query}");
    }
    assert!(mine.search("guardian", 3).is_empty());
}

#[test]
fn scenarios_written_on_the_device_have_their_own_index_and_are_left_out_of_the_content_index() {
    let library = crate::common::library();
    let mut mine = library.scenarios.iter().find(|s| s.id == "kobe").expect("kobe").clone();
    mine.id = "my-own-case".into();
    mine.title = "Zephyrine at the bus depot".into();
    mine.local = true;
    let mut joined = library.clone();
    joined.scenarios.push(mine.clone());
    // The content index leaves out what was written on the device (it changes with every keep)...
    assert!(Index::new(&joined).search("Zephyrine", 5).is_empty());
    // ...and the index of those finds it, as a scenario, at its own address.
    let local = Index::of_scenarios(&joined, [&mine]);
    let hit = local.search("zephyrine depot", 5);
    assert_eq!(
        hit.first().map(|h| (h.doc.kind, h.doc.href.as_str())),
        Some((Kind::Scenario, "#/scenarios/my-own-case"))
    );
    assert!(Index::of_scenarios(&joined, []).search("Zephyrine", 5).is_empty(), "a deleted one is gone");
}

#[test]
fn welsh_text_added_to_the_real_index_finds_its_item_and_leaves_english_results_as_they_were() {
    use recognise_respond::search::Language;
    let english = index();
    let mut both = index();
    let queries = [
        "national referral mechanism",
        "natonal referal mechansim",
        "nrm",
        "behaviour",
        "organized crime group",
        "labour exploitation",
        "ICTG",
        "unexplained money",
        "guardianship scotland",
        "statutory defence",
        "age assessment",
        "return home interv",
        "cannabis farm boy",
        "modern slavery helpline number",
        "the of and",
        "zzqx",
    ];
    let everything = |index: &Index, query: &str| -> Vec<(String, String, usize, u32)> {
        index
            .search(query, 50)
            .into_iter()
            .map(|h| (h.doc.href.clone(), h.doc.title.clone(), h.matched, h.score.to_bits()))
            .collect()
    };
    // Welsh text for every item, as the library may one day hold it (here the same made-up
    // line for each, and a real title for the NRM page).
    for n in 0..both.len() {
        assert!(both.add_text(
            n,
            Language::Welsh,
            "Diogelu plant",
            "Mae pob plentyn yn haeddu bod yn ddiogel rhag trais."
        ));
    }
    let nrm =
        both.docs().iter().position(|d| d.href == "#/guidance/national-referral-mechanism").expect("the NRM page");
    both.add_text(nrm, Language::Welsh, "Y Mecanwaith Atgyfeirio Cenedlaethol", "");
    for query in queries {
        assert_eq!(everything(&english, query), everything(&both, query), "'{query}'");
    }
    for query in ["mecanwaith atgyfeirio", "fecanwaith", "Atgyfeirio Cenedlaethol"] {
        assert_eq!(top(&both, query), "#/guidance/national-referral-mechanism", "'{query}'");
    }
    assert_eq!(both.search("blentyn", 1000).len(), both.len(), "every item has 'plentyn' in Welsh");
}

/// The index a reader of the Welsh gets: the whole library with its Welsh pages joined, built
/// with Welsh chosen (as the app does once the Welsh has arrived).
fn welsh_index() -> Index {
    use recognise_respond::messages::{set_lang, Lang};
    let library = recognise_respond::full_library().join_translations(recognise_respond::welsh_pages());
    set_lang(Lang::Cy);
    let index = Index::new(&library);
    set_lang(Lang::EnGb);
    index
}

#[test]
fn a_reader_of_the_welsh_finds_a_page_in_either_language_and_in_any_mutation_and_sees_its_welsh() {
    let welsh = welsh_index();
    let page = "#/guidance/child-trafficking";
    let hrefs = |q: &str| welsh.search(q, 5).iter().map(|h| h.doc.href.clone()).collect::<Vec<_>>();
    for query in ["masnachu plant", "fasnachu plant", "what child trafficking means", "blentyn masnachu"] {
        assert!(hrefs(query).iter().any(|h| h == page), "{query}: {:?}", hrefs(query));
    }
    let hit = welsh.search("masnachu plant", 10).into_iter().find(|h| h.doc.href == page).expect("found");
    assert_eq!(hit.doc.title, "Beth mae masnachu plant yn ei olygu i blentyn", "the title shown is the Welsh");
    // An English reader's index is as before: no Welsh, English titles.
    let english = index();
    let hit = english.search("child trafficking", 10).into_iter().find(|h| h.doc.href == page).expect("found");
    assert!(!hit.doc.title.contains("masnachu"), "{}", hit.doc.title);
}

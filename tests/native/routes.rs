//! Routes against the real library: every screen has a title, only screens that need the
//! fetched content wait for it, and the pre-rendered checklist is the app's.

use crate::common::core;
use recognise_respond::content::CORE_PAGES;
use recognise_respond::route::Route;

#[test]
fn every_screen_has_a_title_and_only_content_screens_wait() {
    let library = core();
    assert_eq!(Route::Check.title(library), "Check signs");
    assert_eq!(Route::Guidance("no-such".into(), None).title(library), "Page not found");
    assert!(!Route::Check.needs_content() && !Route::Home.needs_content(), "the checklist never waits");
    assert!(!Route::Guidance(CORE_PAGES[0].into(), None).needs_content());
    assert!(Route::Guidance("age".into(), None).needs_content());
    assert!(Route::Scenarios.needs_content() && Route::Changes.needs_content());
}

/// The paths named in the first column of the layout table in ARCHITECTURE.md.
fn layout_table() -> Vec<String> {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ARCHITECTURE.md")).unwrap();
    let section = doc.split("## How the code is laid out").nth(1).expect("ARCHITECTURE.md has its layout section");
    section
        .lines()
        .skip_while(|l| !l.starts_with("| Path"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .flat_map(|l| {
            let first = l.split('|').nth(1).unwrap_or_default();
            // Paths have a / or a dot; a crate's name in brackets has neither.
            first
                .split('`')
                .skip(1)
                .step_by(2)
                .filter(|p| p.contains(['/', '.']))
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_layout_table_matches_the_tree() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let named = layout_table();
    assert!(named.len() >= 8, "{named:?}");
    for path in &named {
        // `examples/*_bench.rs` and the like name a family of files.
        let probe = path.split('*').next().unwrap().trim_end_matches('/');
        let probe = probe.rsplit_once('/').map_or(probe, |(dir, _)| if path.contains('*') { dir } else { probe });
        assert!(root.join(probe).exists(), "ARCHITECTURE.md names `{path}`, which is not in the tree");
    }
    // Every crate and every part of the app is in the table.
    for dir in ["crates", "src"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            let mentioned =
                named.iter().any(|p| p.starts_with(&format!("{dir}/{name}")) || (dir == "src" && p == "src/"));
            assert!(mentioned, "{dir}/{name} is not in the layout table of ARCHITECTURE.md");
        }
    }
}

/// The pre-rendered checklist is the app's checklist with no answers: every sign of the real
/// content as a box with its hint, the questions, every group folded with its count, in the
/// app's words, and only addresses the app has.
#[test]
fn the_pre_rendered_checklist_holds_every_sign_and_question() {
    use recognise_respond::prerender::{check, checklist, screens};
    let lib = crate::common::library();
    let html = checklist(lib);
    for sign in lib.signs() {
        assert!(
            html.contains(&format!("id=\"sign-{}\" aria-describedby=\"sign-{}-hint\"", sign.id, sign.id)),
            "{}",
            sign.id
        );
    }
    for group in &lib.sign_groups {
        assert!(html.contains(&format!("aria-expanded=\"false\" aria-controls=\"group-{}-signs\"", group.slug)));
        assert!(html.contains(&check::count(0, group.signs.len())));
    }
    for (_, id) in check::AGES {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
    }
    assert_eq!(html.matches(" checked>").count(), 1, "only the default age band is chosen");
    assert!(
        html.contains(&check::title())
            && html.contains("id=\"immediate-danger\"")
            && html.contains("id=\"sign-filter\"")
    );
    assert_eq!(html.matches("<h1").count(), 1);
    for href in html.split("href=\"").skip(1).map(|s| &s[..s.find('"').unwrap()]) {
        if href != "#outcome-heading" {
            assert!(!matches!(Route::parse(href), Route::NotFound(_)), "{href}");
        }
    }
    assert!(screens(lib).iter().any(|(name, body)| name == "check.html" && *body == html));
    assert_eq!(check::count(2, 9), "2 of 9 ticked");
}

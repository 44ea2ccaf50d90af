//! Routes against the real library: every screen has a title, and only screens that need the
//! fetched content wait for it.

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

/// The paths named in the first column of the README's layout table.
fn layout_table() -> Vec<String> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split("## How the code is laid out").nth(1).expect("the README has its layout section");
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
fn the_readme_layout_table_matches_the_tree() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let named = layout_table();
    assert!(named.len() >= 8, "{named:?}");
    for path in &named {
        // `examples/*_bench.rs` and the like name a family of files.
        let probe = path.split('*').next().unwrap().trim_end_matches('/');
        let probe = probe.rsplit_once('/').map_or(probe, |(dir, _)| if path.contains('*') { dir } else { probe });
        assert!(root.join(probe).exists(), "the README names `{path}`, which is not in the tree");
    }
    // Every crate and every part of the app is in the table.
    for dir in ["crates", "src"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            let mentioned =
                named.iter().any(|p| p.starts_with(&format!("{dir}/{name}")) || (dir == "src" && p == "src/"));
            assert!(mentioned, "{dir}/{name} is not in the README's layout table");
        }
    }
}

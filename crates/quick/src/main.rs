//! The quick build: the level of concern for the checklist the page shows before the app has
//! arrived (`public/first-paint.js` loads it beside the pre-rendered checklist). The rules are
//! the core's own ([`rr_core::screening::assess`]); the signs come from `content/` at build
//! time. Once the app arrives it takes the checklist over and draws the whole outcome.

use rr_core::content::{Form, Library, Sign, SignGroup, SignKind};
use rr_core::prerender::check::AGES;
use rr_core::screening::{assess, Answers};

include!(concat!(env!("OUT_DIR"), "/signs.rs"));

/// The checklist's signs as a library holding only what the rules read.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn library() -> Library {
    let signs = SIGNS
        .iter()
        .map(|(id, kind, forms, same_fact, general)| Sign {
            id: (*id).to_string(),
            text: String::new(),
            hint: None,
            kind: *kind,
            forms: forms.to_vec(),
            source: String::new(),
            basis: String::new(),
            same_fact: same_fact.map(str::to_string),
            general: *general,
            welsh: false,
        })
        .collect();
    let group = SignGroup {
        slug: String::new(),
        title: String::new(),
        intro: String::new(),
        guidance: Vec::new(),
        signs,
        welsh: false,
    };
    Library { sign_groups: vec![group].into(), ..Library::default() }
}

/// The level for the signs `ticked`, immediate danger, and the age band chosen by its
/// control's id (as the pre-rendered checklist names it): its id. The first paint's contract
/// gives its title in the page's language (`rr_core::prerender::contract`).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn level(library: &Library, ticked: &[String], danger: bool, age: &str) -> &'static str {
    let mut answers =
        Answers { immediate_danger: danger, ticked: ticked.iter().cloned().collect(), ..Answers::default() };
    if let Some((band, _)) = AGES.iter().find(|(_, id)| *id == age) {
        answers.age = *band;
    }
    assess(library, &answers).level.id()
}

#[cfg(target_arch = "wasm32")]
mod web {
    use std::sync::OnceLock;
    use wasm_bindgen::prelude::*;

    static LIBRARY: OnceLock<rr_core::content::Library> = OnceLock::new();

    /// The level's id for the pre-rendered checklist.
    #[wasm_bindgen]
    pub fn level(ticked: Vec<String>, danger: bool, age: String) -> String {
        super::level(LIBRARY.get_or_init(super::library), &ticked, danger, &age).to_string()
    }
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same level as the app's, on the real content, for every sign alone, each age band,
    /// with and without immediate danger, and for every sign at once.
    #[test]
    fn gives_the_apps_level_for_the_real_checklist() {
        let real = rr_content::load::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"))
            .expect("the content builds");
        let quick = library();
        assert_eq!(quick.signs().count(), real.signs().count());
        let mut cases: Vec<Vec<String>> = real.signs().map(|s| vec![s.id.clone()]).collect();
        cases.push(real.signs().map(|s| s.id.clone()).collect());
        cases.push(Vec::new());
        for ticked in cases {
            for (band, id) in AGES {
                for danger in [false, true] {
                    let answers = Answers {
                        immediate_danger: danger,
                        age: band,
                        ticked: ticked.iter().cloned().collect(),
                        ..Answers::default()
                    };
                    let expected = assess(&real, &answers).level;
                    assert_eq!(level(&quick, &ticked, danger, id), expected.id(), "{ticked:?} {id} {danger}");
                }
            }
        }
    }
}

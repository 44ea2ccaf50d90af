//! The contract between the page's first script (`public/first-paint.js`) and the rest: every
//! word, address, storage key, id, class, attribute and global the script uses, in one object
//! the build writes (`first-paint.json`, then inlined by `scripts/post-build.mjs` as the
//! script's `C`). The words come from the message files; the names are the app's own constants,
//! which the app's Rust uses too. `tests/native/first_paint.rs` fails if the script uses a name
//! this does not give, or holds a string of its own beyond the web platform's vocabulary.
//!
//! The built files' addresses (`files`) are known only once Trunk has named them: this gives
//! their keys, and `scripts/post-build.mjs` fills each (and refuses a build that leaves one out).

use super::{check, fill, nation_line, MARK};
use crate::content::CORE_PAGES;
use crate::messages::{lang, set_lang, Lang};
use crate::msg;
use crate::nation::Nation;
use crate::route::{Route, DESK_PREFIXES};
use crate::screening::Level;
use crate::storage::event::DataEvent;
use crate::storage::{session, EVENT_KEY, STORAGE_KEY};
use crate::text::escape_html as esc;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Globals on `window` shared by the script, the page's module loader and the app.
pub mod globals {
    /// The build the page loads (its `js` and `wasm`), picked by the script.
    pub const BUILD: &str = "__rrBuild";
    /// The desk build's files, so the phone build can check they can be had before switching.
    pub const DESK: &str = "__rrDesk";
    /// A promise the module loader waits for before starting the app.
    pub const START: &str = "__rrStart";
    /// An announcement of another tab's erase, clear or import heard before the app started.
    pub const EARLY_EVENT: &str = "__rrEarlyEvent";
}

/// Attributes on the page's root element that say how far the page has come.
pub mod attrs {
    /// How the first screen was shown: [`FIRST_OTHER`] at once for any screen but home, then
    /// [`FIRST_SHOWN`] once its pre-rendered text is in.
    pub const FIRST: &str = "data-first";
    /// The first screen is not the home screen (its text is on its way).
    pub const FIRST_OTHER: &str = "other";
    /// The first screen's pre-rendered text is shown.
    pub const FIRST_SHOWN: &str = "shown";
    /// Set by the app once it has taken over ([`APP_READY`]).
    pub const APP: &str = "data-app";
    /// The app has taken over.
    pub const APP_READY: &str = "ready";
    /// Set once the pre-rendered checklist answers ticks ([`CHECK_READY`]).
    pub const CHECK: &str = "data-check";
    /// The quick build is in.
    pub const CHECK_READY: &str = "ready";
    /// On a group's count in the pre-rendered checklist: its words for each number of ticks.
    pub const COUNTS: &str = "data-counts";
    /// On each sign's box in the pre-rendered checklist, and on the level bar: the level's id
    /// for that sign ticked alone (on the bar, for nothing ticked), by the core's own rules at
    /// build time, with no age and no immediate danger given. The first tick is answered from it
    /// before the quick build is in.
    pub const ALONE: &str = "data-alone";
    /// Set, to the language's tag, while the first paint in a language other than English is
    /// on its way: the page's own (English) frame is hidden meanwhile.
    pub const FIRST_LANG: &str = "data-first-lang";
}

/// Where the pre-rendered screens are: `<DIR><GUIDANCE><slug><EXT>`, `<DIR><CHECK><EXT>`.
pub mod pre {
    /// Their folder, next to `index.html`.
    pub const DIR: &str = "pre/";
    /// A guidance page's name, before its slug.
    pub const GUIDANCE: &str = "guidance-";
    /// The checklist's name.
    pub const CHECK: &str = "check";
    /// Their extension.
    pub const EXT: &str = ".html";
}

/// How long, in milliseconds, the script waits for the first screen's files before starting
/// the app anyway (a request that never ends).
pub const START_AFTER_MS: u32 = 4000;

/// Everything the script uses. See the module's comment.
#[derive(Debug, Serialize)]
pub struct Contract {
    /// Addresses, as regular expressions over `location.hash`, and the guidance pages that
    /// never wait for the rest of the content.
    pub routes: Routes,
    /// Storage keys (local and session), and the desk key's value once set.
    pub keys: BTreeMap<&'static str, &'static str>,
    /// The built files, filled by `scripts/post-build.mjs`.
    pub files: BTreeMap<&'static str, Option<()>>,
    /// Globals on `window` ([`globals`]).
    pub globals: BTreeMap<&'static str, &'static str>,
    /// Where the pre-rendered screens are ([`pre`]).
    pub pre: BTreeMap<&'static str, &'static str>,
    /// [`START_AFTER_MS`].
    pub start_after_ms: u32,
    /// Attributes on the root element ([`attrs`]).
    pub attrs: BTreeMap<&'static str, &'static str>,
    /// The data events other tabs announce, by name.
    pub events: BTreeMap<&'static str, &'static str>,
    /// The nations' ids, in [`Nation::ALL`]'s order.
    pub nations: Vec<&'static str>,
    /// Each contact role's id, and its label with no nation, then in each nation.
    pub roles: Vec<(&'static str, Vec<String>)>,
    /// Which kept contacts the script may draw as they are (the app tidies or sets aside others).
    pub contacts: Contacts,
    /// The checklist's widest folded screen, and the age answers' ids by age band.
    pub check: Check,
    /// Selectors, ids, classes and their prefixes in the markup the script reads or writes.
    pub dom: BTreeMap<&'static str, &'static str>,
    /// Words, as HTML (escaped, links made), and templates whose `{0}`, `{1}`… the script fills.
    pub html: Html,
    /// The languages: how an address asks for one, where the device keeps the choice, and the
    /// words of each language but English.
    pub langs: Langs,
}

/// The languages, for the script to show the first screen in the one chosen.
#[derive(Debug, Serialize)]
pub struct Langs {
    /// A regular expression over `location.search` capturing the tag an address asks for, by
    /// the same rule as [`crate::messages::Lang::from_query`] (a tag it does not know is none).
    pub query: String,
    /// English's tag, in lower case: asked for by the address, it wins over a kept choice.
    pub english: String,
    /// The saved data's field holding the tag chosen.
    pub field: &'static str,
    /// The pre-rendered frame and home screen of a language, in its folder under [`pre::DIR`].
    pub home: &'static str,
    /// What the page says to the service worker (`public/sw.js`) to keep another language's
    /// files for offline use.
    pub keep: &'static str,
    /// Each language but English, by its tag in lower case: its words (the script's `html` and
    /// `roles` in it), its tag as written, and its pre-rendered screens' folder under [`pre::DIR`].
    pub words: BTreeMap<String, LangWords>,
}

/// One language's words for the script.
#[derive(Debug, Serialize)]
pub struct LangWords {
    /// Its tag, for the page's `lang`.
    pub tag: &'static str,
    /// Its folder of pre-rendered screens, under [`pre::DIR`].
    pub dir: String,
    /// [`Contract::html`], in it.
    pub html: Html,
    /// [`Contract::roles`], in it.
    pub roles: Vec<(&'static str, Vec<String>)>,
}

/// The folder under [`pre::DIR`] of the pre-rendered screens in `lang` (none for English).
pub fn lang_dir(lang: Lang) -> String {
    if lang == Lang::EnGb {
        String::new()
    } else {
        format!("{}/", lang.tag())
    }
}

/// The name of a language's pre-rendered frame and home screen, in its folder.
pub const LANG_HOME: &str = "home.html";

/// The addresses the script tells apart.
#[derive(Debug, Serialize)]
pub struct Routes {
    /// The home screen.
    pub home: String,
    /// A guidance page (its slug captured).
    pub guidance: String,
    /// The checklist.
    pub check: String,
    /// A desk screen ([`DESK_PREFIXES`]).
    pub desk: String,
    /// A screen (other than a guidance page) that waits for the rest of the content.
    pub waits: String,
    /// The guidance pages in the core, which never wait.
    pub core_pages: Vec<&'static str>,
}

/// What the script needs to tell a kept contact's name the app would draw as it is.
#[derive(Debug, Serialize)]
pub struct Contacts {
    /// The longest name kept, in characters ([`crate::contacts::MAX_NAME`]).
    pub max_name: usize,
    /// A regular expression (with the `u` flag) matching any character the app's cleaning
    /// removes or replaces ([`crate::text::changed_by_clean`]).
    pub unclean: String,
}

/// The characters [`crate::text::changed_by_clean`] names, as a regular expression's class.
fn unclean_class() -> String {
    let mut class = String::from("[");
    let mut run: Option<(u32, u32)> = None;
    let close = |class: &mut String, (from, to): (u32, u32)| {
        let _ =
            if from == to { write!(class, "\\u{{{from:x}}}") } else { write!(class, "\\u{{{from:x}}}-\\u{{{to:x}}}") };
    };
    for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
        let n = c as u32;
        if crate::text::changed_by_clean(c) {
            run = match run {
                Some((from, to)) if to + 1 == n => Some((from, n)),
                Some(done) => {
                    close(&mut class, done);
                    Some((n, n))
                }
                None => Some((n, n)),
            };
        }
    }
    if let Some(done) = run {
        close(&mut class, done);
    }
    class.push(']');
    class
}

/// The checklist's numbers and ids.
#[derive(Debug, Serialize)]
pub struct Check {
    /// [`check::FOLDED_UP_TO`].
    pub folded_up_to: f64,
    /// Each age band (as saved) and its answer's id.
    pub age_ids: BTreeMap<String, &'static str>,
    /// The id of the age answer the levels for a sign alone ([`attrs::ALONE`]) were worked
    /// out with: the age a checklist starts with.
    pub alone_age: &'static str,
}

/// The words the script puts on screen, each as the app draws it.
#[derive(Debug, Serialize)]
pub struct Html {
    /// The nation line for each nation (by id), and for none (`""`) away from home.
    pub nation_line: BTreeMap<&'static str, String>,
    /// The local contacts' heading on the home screen.
    pub contacts_heading: String,
    /// A contact's line: `{0}` its role (an element), `{1}` its name, `{2}` its number (a link).
    pub contact_line: String,
    /// A contact with no name kept: `{0}` its role, `{2}` its number.
    pub contact_line_unnamed: String,
    /// The link to change the contacts.
    pub contacts_change: String,
    /// The button that opens every group, and that folds them.
    pub open_all: String,
    /// See [`Html::open_all`].
    pub fold_all: String,
    /// Before the level in the checklist's bar, for a screen reader.
    pub bar_now: String,
    /// The button that shows every nation's version of a page.
    pub every_nation: String,
    /// Each level's title, by id, for the checklist's bar (the quick build gives the id).
    pub levels: BTreeMap<&'static str, String>,
}

/// The template of `words`: each `MARK[i]` in them becomes `{i}`, the rest escaped.
fn template(words: &str) -> String {
    let parts: Vec<(&str, String)> = MARK.iter().enumerate().map(|(i, m)| (*m, format!("{{{i}}}"))).collect();
    let parts: Vec<(&str, &str)> = parts.iter().map(|(m, p)| (*m, p.as_str())).collect();
    fill(words, &parts)
}

/// The first parts of the addresses of screens that wait for the rest of the content (a
/// guidance page depends on its slug: [`CORE_PAGES`]).
pub fn waiting_parts() -> Vec<String> {
    let mut parts: Vec<String> = Route::one_of_each()
        .iter()
        .filter(|r| r.needs_content() && !matches!(r, Route::Guidance(..)))
        .map(Route::first_part)
        .collect();
    parts.sort();
    parts.dedup();
    parts
}

/// The contract, in the language chosen now.
pub fn contract() -> Contract {
    let either = |parts: &[String]| format!("^#/({})(/|$)", parts.join("|"));
    let desk: Vec<String> = DESK_PREFIXES.iter().map(|p| p.to_string()).collect();
    Contract {
        routes: Routes {
            home: "^(#/?)?$".into(),
            guidance: "^#/guidance/([a-z0-9-]+)(?:/[a-z0-9-]+)?/?$".into(),
            check: "^#/check/?$".into(),
            desk: either(&desk),
            waits: either(&waiting_parts()),
            core_pages: CORE_PAGES.to_vec(),
        },
        keys: BTreeMap::from([
            ("kept", STORAGE_KEY),
            ("carry", session::CARRY),
            ("desk", session::DESK),
            ("desk_on", session::DESK_ON),
            ("draft", session::DRAFT),
            ("event", EVENT_KEY),
        ]),
        files: ["desk", "phone", "quick", "content", "welsh", "style"].into_iter().map(|f| (f, None)).collect(),
        globals: BTreeMap::from([
            ("build", globals::BUILD),
            ("desk", globals::DESK),
            ("start", globals::START),
            ("early_event", globals::EARLY_EVENT),
        ]),
        pre: BTreeMap::from([("dir", pre::DIR), ("guidance", pre::GUIDANCE), ("check", pre::CHECK), ("ext", pre::EXT)]),
        start_after_ms: START_AFTER_MS,
        attrs: BTreeMap::from([
            ("first", attrs::FIRST),
            ("first_other", attrs::FIRST_OTHER),
            ("first_shown", attrs::FIRST_SHOWN),
            ("app", attrs::APP),
            ("check", attrs::CHECK),
            ("check_ready", attrs::CHECK_READY),
            ("counts", attrs::COUNTS),
            ("alone", attrs::ALONE),
            ("lang", "lang"),
            ("first_lang", attrs::FIRST_LANG),
        ]),
        events: [DataEvent::Erase, DataEvent::Import, DataEvent::Clear].into_iter().map(|e| (e.id(), e.id())).collect(),
        nations: Nation::ALL.iter().map(|n| n.id()).collect(),
        roles: super::role_labels(),
        contacts: Contacts { max_name: crate::contacts::MAX_NAME, unclean: unclean_class() },
        check: Check {
            folded_up_to: check::FOLDED_UP_TO,
            age_ids: check::AGES
                .iter()
                .map(|(age, id)| {
                    let saved = serde_json::to_value(age).ok().and_then(|v| v.as_str().map(str::to_string));
                    (saved.unwrap_or_default(), *id)
                })
                .collect(),
            alone_age: check::AGES
                .iter()
                .find(|(age, _)| *age == crate::screening::Age::default())
                .map_or("", |(_, id)| *id),
        },
        dom: BTreeMap::from([
            ("first_paint", "#first-paint"),
            ("lang_switch", "#first-paint .lang-switch"),
            ("main", "#first-paint main"),
            ("nation_line", "#first-paint .nation-line"),
            ("home_search_form", "#first-paint form.search"),
            ("contacts", "local-contacts"),
            ("contact_role", "contact-role"),
            ("hint", "hint"),
            ("all_groups", ".groups-control button"),
            ("group", ".sign-group"),
            ("group_toggle", ".group-toggle"),
            ("group_count", ".group-count"),
            ("sign_box", ".checkboxes input"),
            ("sign_id", "sign-"),
            ("danger", "immediate-danger"),
            ("age", "input[name=age]"),
            ("bar", ".outcome-bar p"),
            ("bar_class", "outcome-bar"),
            ("level_class", "level-"),
            ("jump", ".jump-to-outcome a"),
            ("prose", ".prose"),
            ("prose_class", "prose"),
            ("nation_only", "nation-only"),
            ("only", "only-"),
            ("nation_passage", "nation-passage"),
            ("nation_switch", "nation-switch"),
        ]),
        html: html(),
        langs: Langs {
            query: "(?:^\\?|&)lang=([^&#]*)".into(),
            field: "lang",
            english: Lang::EnGb.tag().to_lowercase(),
            home: LANG_HOME,
            keep: "keep-welsh",
            words: Lang::ALL
                .into_iter()
                .filter(|l| *l != Lang::EnGb)
                .map(|l| {
                    let was = lang();
                    set_lang(l);
                    let words = LangWords { tag: l.tag(), dir: lang_dir(l), html: html(), roles: super::role_labels() };
                    set_lang(was);
                    (l.tag().to_lowercase(), words)
                })
                .collect(),
        },
    }
}

/// The script's words in the language chosen now.
fn html() -> Html {
    let mut nation_lines: BTreeMap<&'static str, String> =
        Nation::ALL.iter().map(|n| (n.id(), nation_line(Some(*n), false))).collect();
    nation_lines.insert("", nation_line(None, false));
    let link = |href: String, words: String| format!("<a href=\"{href}\">{}</a>", esc(&words));
    Html {
        nation_line: nation_lines,
        contacts_heading: esc(&msg!("page-contacts-heading")),
        contact_line: template(&msg!("page-contacts-line", role = MARK[0], name = MARK[1], number = MARK[2])),
        contact_line_unnamed: template(&msg!("page-contacts-line-unnamed", role = MARK[0], number = MARK[2])),
        contacts_change: link(Route::Contacts.href(), msg!("page-contacts-change")),
        open_all: esc(&check::all_groups().0),
        fold_all: esc(&check::all_groups().1),
        bar_now: format!("<span class=\"visually-hidden\">{} </span>", esc(&check::bar_now())),
        every_nation: format!(
            "<button type=\"button\" class=\"button button-secondary\" aria-pressed=\"false\">{}</button>",
            esc(&msg!("page-every-nation"))
        ),
        levels: Level::ALL.iter().map(|l| (l.id(), l.title())).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_screens_that_wait_are_the_routes_own_and_every_address_of_one_first_part_agrees() {
        let parts = waiting_parts();
        for p in ["scenarios", "search", "glossary", "changes", "workshop", "refer"] {
            assert!(parts.iter().any(|x| x == p), "{p} waits: {parts:?}");
        }
        for p in ["check", "contacts", "nation", ""] {
            assert!(!parts.iter().any(|x| x == p), "{p} never waits");
        }
        // A first part either always waits or never does, so the script can tell by it alone.
        for r in Route::one_of_each().iter().filter(|r| !matches!(r, Route::Guidance(..) | Route::NotFound(_))) {
            assert_eq!(parts.contains(&r.first_part()), r.needs_content(), "{}", r.href());
        }
    }

    #[test]
    fn templates_mark_the_places_and_escape_the_rest() {
        assert_eq!(template(&format!("<{}> & {}", MARK[1], MARK[0])), "&lt;{1}&gt; &amp; {0}");
        let c = contract();
        assert_eq!(c.html.contact_line, "{0}: {1} – {2}");
        assert!(c.html.nation_line[""].contains("href=\"#/nation\""));
        assert!(c.html.nation_line["wales"].contains("<strong>Wales</strong>"));
        assert_eq!(c.check.age_ids.len(), 3);
        // Control, direction and invisible characters, and nothing a name may hold.
        let class = &c.contacts.unclean;
        for named in ["\\u{0}-\\u{1f}", "\\u{202e}", "\\u{200b}", "\\u{feff}"] {
            assert!(class.contains(named), "{named} in {class}");
        }
        assert!(!class.contains("\\u{20}") && !class.contains("\\u{200d}"), "{class}");
    }
}

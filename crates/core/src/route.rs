//! Addresses inside the app. The app uses the part of the address after `#`, so it works from
//! any folder of any static host, from an installed app and from a saved file, with no server
//! rules.

use crate::content::{Library, CORE_PAGES};
use crate::msg;

/// The first part of the address of every desk screen (see [`Route::is_desk`]): the page the
/// server sends picks the build to load from these, before either has started.
pub const DESK_PREFIXES: [&str; 4] = ["workshop", "data", "record", "author"];

/// A screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The home screen.
    Home,
    /// The list of guidance pages.
    GuidanceIndex,
    /// One guidance page, by slug, optionally at one of its sections (a heading id).
    Guidance(String, Option<String>),
    /// The glossary of terms and abbreviations.
    Glossary,
    /// Search across guidance, glossary, signs and scenarios.
    Search,
    /// The indicator checklist.
    Check,
    /// The list of case scenarios.
    Scenarios,
    /// One case scenario, by id.
    Scenario(String),
    /// Choosing the UK nation.
    Nation,
    /// What the app is and is not.
    About,
    /// What the app keeps and sends (nothing).
    Privacy,
    /// What is kept on this device: see it, export it, import it, erase it.
    Data,
    /// Every change to the guidance, newest first.
    Changes,
    /// The person's own local contacts, and the national helplines.
    Contacts,
    /// The learner's record of scenarios finished and pages read, for CPD.
    Record,
    /// Preparing a referral after a check: what to gather, and a summary to copy or print.
    Refer,
    /// Writing a scenario of one's own: the file, its problems at their lines, and a try-out.
    Author,
    /// Workshop mode: plan a session, continue one, print, look back.
    Workshop,
    /// The trainer's view of the running session: notes, hands, timers, controls.
    Present,
    /// The room's view of the running session, for the projector.
    Room,
    /// A printable handout of one scenario, by id.
    Handout(String),
    /// A printable facilitator sheet of one scenario, by id.
    Sheet(String),
    /// A past session, by id, to look back on.
    Session(u64),
    /// An address the app does not know.
    NotFound(String),
}

impl Route {
    /// The route for a location hash such as `#/guidance/nrm` (with or without the `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.trim_end_matches('/');
        let mut parts = path.split('/');
        let first = parts.next().unwrap_or("");
        let second = parts.next();
        let rest = parts.next();
        match (first, second, rest) {
            ("", None, None) => Route::Home,
            ("guidance", None, None) => Route::GuidanceIndex,
            ("guidance", Some(slug), None) if is_slug(slug) => Route::Guidance(slug.to_string(), None),
            ("guidance", Some(slug), Some(section)) if is_slug(slug) && is_slug(section) && parts.next().is_none() => {
                Route::Guidance(slug.to_string(), Some(section.to_string()))
            }
            ("glossary", None, None) => Route::Glossary,
            ("search", None, None) => Route::Search,
            ("check", None, None) => Route::Check,
            ("scenarios", None, None) => Route::Scenarios,
            ("scenarios", Some(id), None) if is_slug(id) => Route::Scenario(id.to_string()),
            ("nation", None, None) => Route::Nation,
            ("about", None, None) => Route::About,
            ("privacy", None, None) => Route::Privacy,
            ("data", None, None) => Route::Data,
            ("changes", None, None) => Route::Changes,
            ("contacts", None, None) => Route::Contacts,
            ("record", None, None) => Route::Record,
            ("refer", None, None) => Route::Refer,
            ("author", None, None) => Route::Author,
            ("workshop", None, None) => Route::Workshop,
            ("workshop", Some("present"), None) => Route::Present,
            ("workshop", Some("room"), None) => Route::Room,
            ("workshop", Some("handout"), Some(id)) if is_slug(id) && parts.next().is_none() => {
                Route::Handout(id.to_string())
            }
            ("workshop", Some("sheet"), Some(id)) if is_slug(id) && parts.next().is_none() => {
                Route::Sheet(id.to_string())
            }
            ("workshop", Some("sessions"), Some(id)) if parts.next().is_none() => match id.parse() {
                Ok(id) => Route::Session(id),
                Err(_) => Route::NotFound(path.to_string()),
            },
            _ => Route::NotFound(path.to_string()),
        }
    }

    /// The address of this route, starting with `#/`.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::GuidanceIndex => "#/guidance".into(),
            Route::Guidance(slug, None) => format!("#/guidance/{slug}"),
            Route::Guidance(slug, Some(section)) => format!("#/guidance/{slug}/{section}"),
            Route::Glossary => "#/glossary".into(),
            Route::Search => "#/search".into(),
            Route::Check => "#/check".into(),
            Route::Scenarios => "#/scenarios".into(),
            Route::Scenario(id) => format!("#/scenarios/{id}"),
            Route::Nation => "#/nation".into(),
            Route::About => "#/about".into(),
            Route::Privacy => "#/privacy".into(),
            Route::Data => "#/data".into(),
            Route::Changes => "#/changes".into(),
            Route::Contacts => "#/contacts".into(),
            Route::Record => "#/record".into(),
            Route::Refer => "#/refer".into(),
            Route::Author => "#/author".into(),
            Route::Workshop => "#/workshop".into(),
            Route::Present => "#/workshop/present".into(),
            Route::Room => "#/workshop/room".into(),
            Route::Handout(id) => format!("#/workshop/handout/{id}"),
            Route::Sheet(id) => format!("#/workshop/sheet/{id}"),
            Route::Session(id) => format!("#/workshop/sessions/{id}"),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }

    /// Whether the screen belongs to the desk build (workshop mode, your data, the learning
    /// record), which a phone downloads only when one of them is opened: its address starts
    /// with one of [`DESK_PREFIXES`], the same test the page makes before the app starts.
    pub fn is_desk(&self) -> bool {
        DESK_PREFIXES.contains(&self.first_part().as_str())
    }

    /// The first part of its address (`#/scenarios/kobe` → `scenarios`; home's is empty): what
    /// the page's first script tells screens apart by, before the app has started.
    pub fn first_part(&self) -> String {
        self.href().trim_start_matches("#/").split('/').next().unwrap_or_default().to_string()
    }

    /// One route of each kind, with a placeholder where a kind takes an id: for rules said of
    /// every screen (the `match` makes the compiler hold this list to the enum).
    pub fn one_of_each() -> Vec<Route> {
        let all = vec![
            Route::Home,
            Route::GuidanceIndex,
            Route::Guidance("a".into(), None),
            Route::Glossary,
            Route::Search,
            Route::Check,
            Route::Scenarios,
            Route::Scenario("a".into()),
            Route::Nation,
            Route::About,
            Route::Privacy,
            Route::Data,
            Route::Changes,
            Route::Contacts,
            Route::Record,
            Route::Refer,
            Route::Author,
            Route::Workshop,
            Route::Present,
            Route::Room,
            Route::Handout("a".into()),
            Route::Sheet("a".into()),
            Route::Session(1),
            Route::NotFound("a".into()),
        ];
        for r in &all {
            match r {
                Route::Home
                | Route::GuidanceIndex
                | Route::Guidance(..)
                | Route::Glossary
                | Route::Search
                | Route::Check
                | Route::Scenarios
                | Route::Scenario(_)
                | Route::Nation
                | Route::About
                | Route::Privacy
                | Route::Data
                | Route::Changes
                | Route::Contacts
                | Route::Record
                | Route::Refer
                | Route::Author
                | Route::Workshop
                | Route::Present
                | Route::Room
                | Route::Handout(_)
                | Route::Sheet(_)
                | Route::Session(_)
                | Route::NotFound(_) => {}
            }
        }
        all
    }

    /// Whether the screen waits for the content fetched after start when the app speaks `lang`:
    /// in English as [`Route::needs_content`] says; in any other language every screen waits,
    /// since its translations (of the pages, the signs, the scenarios) come with that content
    /// and the first paint shows the screen in that language meanwhile.
    pub fn waits_in(&self, lang: crate::messages::Lang) -> bool {
        lang != crate::messages::Lang::EnGb || self.needs_content()
    }

    /// Whether the screen needs the content fetched after start (most guidance text, the
    /// glossary, the scenarios): it waits for it, while the checklist and home never do.
    pub fn needs_content(&self) -> bool {
        match self {
            Route::Guidance(slug, _) => !CORE_PAGES.contains(&slug.as_str()),
            // The data screen checks imported files against every scenario.
            Route::Search
            | Route::Scenarios
            | Route::Scenario(_)
            | Route::Glossary
            | Route::About
            | Route::Privacy
            | Route::Data
            | Route::Changes
            | Route::Record
            // It shows the page on what to gather, which is not in the core.
            | Route::Refer
            // It joins the scenarios written here to the app's own.
            | Route::Author
            | Route::Workshop
            | Route::Present
            | Route::Room
            | Route::Handout(_)
            | Route::Sheet(_)
            | Route::Session(_) => true,
            // Contacts and helplines are in the core: they never wait.
            Route::Home
            | Route::GuidanceIndex
            | Route::Check
            | Route::Nation
            | Route::Contacts
            | Route::NotFound(_) => false,
        }
    }

    /// The screen's title, for the browser tab and history.
    pub fn title(&self, library: &Library) -> String {
        let scenario = |id: &str| library.scenario(id).map(|s| s.title.clone());
        match self {
            Route::Home => msg!("route-home"),
            Route::GuidanceIndex => msg!("route-guidance"),
            Route::Guidance(slug, _) => library
                .guidance_page(slug)
                .map(|p| p.title_shown().to_string())
                .unwrap_or_else(|| msg!("route-not-found")),
            Route::Glossary => msg!("route-glossary"),
            Route::Search => msg!("route-search"),
            Route::Check => msg!("route-check"),
            Route::Scenarios => msg!("route-scenarios"),
            Route::Scenario(id) => scenario(id).unwrap_or_else(|| msg!("route-not-found")),
            Route::Nation => msg!("route-nation"),
            Route::About => msg!("route-about"),
            Route::Privacy => msg!("route-privacy"),
            Route::Data => msg!("route-data"),
            Route::Changes => msg!("route-changes"),
            Route::Contacts => msg!("route-contacts"),
            Route::Record => msg!("route-record"),
            Route::Refer => msg!("route-refer"),
            Route::Author => msg!("route-author"),
            Route::Workshop => msg!("route-workshop"),
            Route::Present => msg!("route-present"),
            Route::Room => msg!("route-room"),
            Route::Handout(id) => {
                msg!("route-handout", title = scenario(id).unwrap_or_else(|| msg!("route-scenario-not-found")))
            }
            Route::Sheet(id) => {
                msg!("route-sheet", title = scenario(id).unwrap_or_else(|| msg!("route-scenario-not-found")))
            }
            Route::Session(_) => msg!("route-session"),
            Route::NotFound(_) => msg!("route-not-found"),
        }
    }
}

/// Slugs are lowercase letters, digits and hyphens.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_route_and_round_trips() {
        let routes = [
            Route::Home,
            Route::GuidanceIndex,
            Route::Guidance("child-trafficking".into(), None),
            Route::Guidance(
                "national-referral-mechanism".into(),
                Some("step-3-the-reasonable-grounds-decision".into()),
            ),
            Route::Glossary,
            Route::Search,
            Route::Check,
            Route::Scenarios,
            Route::Scenario("kobe".into()),
            Route::Nation,
            Route::About,
            Route::Privacy,
            Route::Data,
            Route::Changes,
            Route::Contacts,
            Route::Record,
            Route::Refer,
            Route::Author,
            Route::Workshop,
            Route::Present,
            Route::Room,
            Route::Handout("kobe".into()),
            Route::Sheet("county-lines".into()),
            Route::Session(1_700_000_000_000),
        ];
        for r in routes {
            assert_eq!(Route::parse(&r.href()), r, "{}", r.href());
        }
    }

    #[test]
    fn the_desk_prefixes_name_exactly_the_desk_screens() {
        let addresses = [
            "#/",
            "#/guidance",
            "#/check",
            "#/refer",
            "#/contacts",
            "#/data",
            "#/record",
            "#/author",
            "#/workshop",
            "#/workshop/present",
            "#/workshop/room",
            "#/workshop/handout/kobe",
            "#/workshop/sheet/kobe",
            "#/workshop/sessions/1",
            "#/scenarios/kobe",
            "#/nation",
            "#/search",
            "#/no-such-page",
        ];
        for a in addresses {
            let first = a.trim_start_matches("#/").split('/').next().unwrap_or("");
            assert_eq!(Route::parse(a).is_desk(), DESK_PREFIXES.contains(&first), "{a}");
        }
    }

    #[test]
    fn tolerates_missing_hash_and_trailing_slash() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("/about/"), Route::About);
    }

    #[test]
    fn unknown_addresses_are_not_found() {
        assert_eq!(Route::parse("#/nowhere"), Route::NotFound("nowhere".into()));
        assert!(matches!(Route::parse("#/guidance/Bad Slug"), Route::NotFound(_)));
        assert!(matches!(Route::parse("#/guidance/a/b/c"), Route::NotFound(_)));
        assert!(matches!(Route::parse("#/guidance/a/Not A Section"), Route::NotFound(_)));
        for bad in ["#/workshop/sessions/abc", "#/workshop/handout", "#/workshop/sheet/a/b", "#/workshop/other"] {
            assert!(matches!(Route::parse(bad), Route::NotFound(_)), "{bad}");
        }
    }
}

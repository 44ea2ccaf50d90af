//! What the server sends before the app starts: the frame of every screen (skip link, header,
//! the 999 line, the nation line, footer) and the text of the screen an address names, made at
//! build time from the same content as the app. A phone on a weak signal can read the page and
//! call 999 while the WebAssembly is still arriving; the app then takes the page over.
//!
//! The markup matches what the app's components draw (`src/ui/layout.rs`, `home.rs`,
//! `guidance.rs`, `check.rs`), so taking over moves nothing on screen; a browser test measures that. Every
//! piece of text goes through [`esc`]; page bodies are HTML rendered and checked at build time.

use crate::contacts::Role;
use crate::content::{Library, Page};
use crate::nation::Nation;
use crate::route::Route;
use crate::text::{escape_html as esc, long_date};
use std::fmt::Write;

/// The three ways in on the home screen: where each leads, its name and what it offers. The
/// app's home screen draws the same list.
pub const WAYS_IN: [(&str, &str, &str); 3] = [
    ("#/guidance", "Guidance", "Short pages on the law and good practice, with their sources."),
    ("#/check", "Check signs", "Tick what you have noticed. See the level of concern, why, and what to do next."),
    ("#/scenarios", "Scenarios", "Practise the decisions on realistic cases, with feedback and a debrief."),
];

/// The way to the learning record from the home screen (under the ways in): where, the link's
/// words and what follows them. The app's home screen draws the same line.
pub const HOME_RECORD: (&str, &str, &str) = (
    "#/record",
    "Your learning record",
    ": the scenarios you finished, time spent and pages read, with a certificate for CPD.",
);

/// The home screen's opening line.
pub const HOME_LEAD: &str =
    "For anyone in the UK who may meet a trafficked or exploited child. Works offline. Nothing you enter leaves this device.";

/// The main navigation: (address, name).
pub const NAV: [(&str, &str); 4] =
    [("#/guidance", "Guidance"), ("#/check", "Check signs"), ("#/scenarios", "Scenarios"), ("#/search", "Search")];

/// The footer's links: (address, name).
pub const FOOTER: [(&str, &str); 9] = [
    ("#/contacts", "Contacts and helplines"),
    ("#/record", "Your learning record"),
    ("#/glossary", "Glossary"),
    ("#/about", "About"),
    ("#/privacy", "Privacy"),
    ("#/data", "Your data"),
    ("#/changes", "What changed"),
    ("#/workshop", "Workshop mode"),
    ("#/nation", "Change UK nation"),
];

/// The frame of every screen around `main` (already HTML). The nation line is left for the
/// page's own script to fill from what the device keeps (it cannot be known at build time).
pub fn frame(library: &Library, main: &str) -> String {
    let mut h = String::new();
    h.push_str("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>");
    h.push_str("<header class=\"banner\"><div class=\"banner-inner\">");
    let _ = write!(h, "<a class=\"brand\" href=\"{}\">Recognise &amp; Respond</a>", Route::Home.href());
    h.push_str("<nav aria-label=\"Main\"><ul class=\"nav-list\">");
    for (href, name) in NAV {
        let _ = write!(h, "<li><a href=\"{href}\">{name}</a></li>");
    }
    h.push_str("</ul></nav></div></header>");
    h.push_str(
        "<aside class=\"emergency\" aria-label=\"Emergency\"><strong>Child in immediate danger? Call <a href=\"tel:999\">999</a></strong></aside>",
    );
    h.push_str("<aside class=\"nation-line\" aria-label=\"Your UK nation\">No UK nation chosen yet.</aside>");
    h.push_str("<div class=\"messages\" role=\"status\"></div>");
    let _ = write!(h, "<main id=\"main\" tabindex=\"-1\">{main}</main>");
    h.push_str("<footer class=\"footer\"><ul class=\"footer-links\">");
    for (href, name) in FOOTER {
        let _ = write!(h, "<li><a href=\"{href}\">{name}</a></li>");
    }
    let reviewed = library.last_reviewed().map(long_date).unwrap_or_default();
    let _ = write!(
        h,
        "</ul><p>Content last reviewed {}. This app does not replace your local safeguarding procedures.</p></footer>",
        esc(&reviewed)
    );
    let _ = write!(
        h,
        "<p class=\"print-version\">Recognise &amp; Respond. Content version {}. Check the app for the current version.</p>",
        esc(&library.version)
    );
    h
}

/// The home screen, as the app draws it before anything is typed.
pub fn home() -> String {
    let mut h = String::from("<h1 tabindex=\"-1\">Recognise &amp; Respond</h1>");
    let _ = write!(h, "<p class=\"lead\">{}</p>", esc(HOME_LEAD));
    h.push_str("<form class=\"search\" role=\"search\"><label for=\"home-search\" class=\"label\">Search guidance, glossary and signs</label><p class=\"hint\" id=\"home-search-hint\">For example: NRM, county lines, age assessment, guardian.</p><input id=\"home-search\" class=\"input\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"home-search-hint home-search-status\"><p class=\"hint\" id=\"home-search-status\" role=\"status\"></p><ol class=\"results\"></ol></form>");
    h.push_str("<ul class=\"ways-in\">");
    for (href, title, hint) in WAYS_IN {
        let _ = write!(
            h,
            "<li><a class=\"way-in\" href=\"{href}\"><span class=\"way-in-title\">{}</span><span class=\"way-in-hint\">{}</span></a></li>",
            esc(title),
            esc(hint)
        );
    }
    h.push_str("</ul>");
    let (href, words, rest) = HOME_RECORD;
    let _ = write!(h, "<p class=\"home-record\"><a href=\"{href}\">{}</a>{}</p>", esc(words), esc(rest));
    h
}

/// A guidance page's text: title, summary, the nations it covers and its body. What follows the
/// body (scenarios, sources, dates) arrives with the app.
pub fn guidance(page: &Page) -> String {
    let nations = page.nations.iter().map(|n| n.name()).collect::<Vec<_>>().join(", ");
    format!(
        "<article class=\"article\"><h1 tabindex=\"-1\">{}</h1><p class=\"lead\">{}</p><p class=\"meta\">Applies to: {}</p><div class=\"prose\">{}</div></article>",
        esc(&page.title),
        esc(&page.summary),
        esc(&nations),
        page.html
    )
}

/// The checklist's fixed words, shared by the pre-rendered checklist and the app's (so the two
/// say the same, and taking over moves nothing).
pub mod check {
    use crate::screening::Age;

    /// The screen's heading.
    pub const TITLE: &str = "Check signs";
    /// The link to the outcome, first under the heading.
    pub const JUMP: &str = "Go to the outcome: level, next steps and why";
    /// What to do.
    pub const LEAD: &str = "Tick what you have noticed. The outcome at the end updates as you go.";
    /// What is kept.
    pub const PRIVACY: &str = "Nothing here asks for anything that identifies a child. Your answers stay in this browser's memory and are gone when you close it, unless you choose to keep them.";
    /// The immediate-danger question's heading and its box.
    pub const DANGER: (&str, &str) = ("Immediate danger", "The child is in immediate danger now");
    /// The age question's heading and hint.
    pub const AGE: (&str, &str) =
        ("How old is the child?", "If you are not sure, anyone who may be under 18 is treated as a child.");
    /// Each age band's answer: the band, the control's id, the words.
    pub const AGES: [(Age, &str, &str); 3] = [
        (Age::NotKnown, "age-not-known", "Not known, but may be under 18"),
        (Age::Under13, "age-under-13", "Under 13"),
        (Age::From13To17, "age-13-17", "13 to 17"),
    ];
    /// The guidance beside the checklist: its page and the words that open it.
    pub const BARRIERS: (&str, &str) = ("why-children-may-not-tell", "Why the child may not tell you");
    /// The sign filter's label and hint.
    pub const FILTER: (&str, &str) = ("Find a sign", "Type a word, for example missing, phone or debt.");
    /// The button that opens or folds every group, as it reads when it would open them, or fold.
    pub const ALL_GROUPS: (&str, &str) = ("Open every group", "Fold every group");
    /// The widest screen, in CSS pixels, on which the groups start folded (the stylesheet's
    /// phone layout, 40rem).
    pub const FOLDED_UP_TO: f64 = 640.0;

    /// A group's count of ticks, beside its heading.
    pub fn count(ticked: usize, total: usize) -> String {
        match ticked {
            0 => format!("{total} signs, none ticked"),
            n => format!("{n} of {total} ticked"),
        }
    }
}

/// The checklist as the app first draws it, with no answers, every group folded (the page's
/// script opens them on a wide screen and ticks what this device keeps). The questions and
/// signs can be read and ticked before the app arrives, and the bar at the bottom gives the
/// level as they are ticked (the page's script asks the quick build, `crates/quick`); the app
/// takes the ticks over and draws the whole outcome.
pub fn checklist(library: &Library) -> String {
    use check::*;
    let mut h = format!(
        "<h1 tabindex=\"-1\" class=\"no-print\">{}</h1><p class=\"jump-to-outcome no-print\"><a href=\"#outcome-heading\">{}</a></p><p class=\"lead\">{}</p><p class=\"hint\">{}</p><div class=\"checklist\">",
        esc(TITLE),
        esc(JUMP),
        esc(LEAD),
        esc(PRIVACY)
    );
    let _ = write!(
        h,
        "<fieldset class=\"fieldset danger-question\"><legend class=\"fieldset-legend\"><h2 class=\"fieldset-heading\">{}</h2></legend><div class=\"checkbox\"><input type=\"checkbox\" id=\"immediate-danger\"><label for=\"immediate-danger\">{}</label></div></fieldset>",
        esc(DANGER.0),
        esc(DANGER.1)
    );
    let _ = write!(
        h,
        "<fieldset class=\"fieldset\"><legend class=\"fieldset-legend\"><h2 class=\"fieldset-heading\">{}</h2></legend><p class=\"hint\">{}</p><div class=\"radios\">",
        esc(AGE.0),
        esc(AGE.1)
    );
    for (age, id, text) in AGES {
        let checked = if age == crate::screening::Age::default() { " checked" } else { "" };
        let _ = write!(
            h,
            "<div class=\"radio\"><input type=\"radio\" name=\"age\" id=\"{id}\"{checked}><label for=\"{id}\">{}</label></div>",
            esc(text)
        );
    }
    h.push_str("</div></fieldset>");
    if let Some(page) = library.guidance_page(BARRIERS.0) {
        let _ = write!(
            h,
            "<details class=\"details\"><summary>{}</summary><div class=\"prose\">{}</div><p><a href=\"{}\">Read this page with its sources</a></p></details>",
            esc(BARRIERS.1),
            page.html,
            Route::Guidance(page.slug.clone(), None).href()
        );
    }
    let _ = write!(
        h,
        "<div class=\"filter\"><label for=\"sign-filter\" class=\"label\">{}</label><p class=\"hint\" id=\"sign-filter-hint\">{}</p><input id=\"sign-filter\" class=\"input\" type=\"search\" autocomplete=\"off\" aria-describedby=\"sign-filter-hint\"><p class=\"hint\" role=\"status\"></p></div>",
        esc(FILTER.0),
        esc(FILTER.1)
    );
    let _ = write!(
        h,
        "<p class=\"groups-control\"><button type=\"button\" class=\"button button-secondary\">{}</button></p>",
        esc(ALL_GROUPS.0)
    );
    for g in &library.sign_groups {
        let slug = esc(&g.slug);
        let _ = write!(
            h,
            "<section class=\"sign-group\" aria-labelledby=\"group-{slug}\"><h2 class=\"group-heading\" id=\"group-{slug}\"><button type=\"button\" class=\"group-toggle\" aria-expanded=\"false\" aria-controls=\"group-{slug}-signs\"><span class=\"group-title\">{}</span><span class=\"group-count\">{}</span></button></h2><div class=\"group-body\" id=\"group-{slug}-signs\" hidden><fieldset class=\"fieldset\"><legend class=\"visually-hidden\">{}</legend><p class=\"hint\">{}</p>",
            esc(&g.title),
            esc(&count(0, g.signs.len())),
            esc(&g.title),
            esc(&g.intro)
        );
        let pages: Vec<String> = g
            .guidance
            .iter()
            .filter_map(|s| library.guidance_page(s))
            .map(|p| format!("<a href=\"{}\">{}</a>", Route::Guidance(p.slug.clone(), None).href(), esc(&p.title)))
            .collect();
        if !pages.is_empty() {
            let _ = write!(h, "<p class=\"group-guidance\">Read more: {}</p>", pages.join(", "));
        }
        h.push_str("<div class=\"checkboxes\">");
        for sign in &g.signs {
            let id = esc(&sign.id);
            let hint = sign.hint.as_deref().map(|t| format!(" {}", esc(t))).unwrap_or_default();
            let _ = write!(
                h,
                "<div class=\"checkbox\"><input type=\"checkbox\" id=\"sign-{id}\" aria-describedby=\"sign-{id}-hint\"><label for=\"sign-{id}\">{}</label><p class=\"hint checkbox-hint\" id=\"sign-{id}-hint\"><span class=\"tag tag-{}\">{}</span>{hint}</p></div>",
                esc(&sign.text),
                sign.kind.id(),
                esc(&sign.kind.label())
            );
        }
        h.push_str("</div></fieldset></div></section>");
    }
    h.push_str(
        "</div><div class=\"outcome-bar\"><p aria-live=\"polite\">The level of concern shows here as you tick.</p></div>",
    );
    h
}

/// Each contact role's id and its label with no nation chosen, then in each nation (in
/// [`Nation::ALL`]'s order), for the page's script to draw kept contacts as the app does.
pub fn role_labels() -> Vec<(&'static str, Vec<String>)> {
    Role::ALL
        .iter()
        .map(|r| {
            let mut labels = vec![r.label(None)];
            labels.extend(Nation::ALL.iter().map(|n| r.label(Some(*n))));
            (r.id(), labels)
        })
        .collect()
}

/// Every pre-rendered screen but home: (file name, HTML of `main`). The page's script fetches
/// `pre/<name>` for the address it was opened at.
pub fn screens(library: &Library) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> =
        library.guidance.iter().map(|p| (format!("guidance-{}.html", p.slug), guidance(p))).collect();
    out.push(("check.html".into(), checklist(library)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_escapes_what_it_is_given_and_holds_the_999_line() {
        let library = Library { version: "<v>".into(), ..Library::default() };
        let page = frame(&library, "<h1>x</h1>");
        assert!(page.contains("Content version &lt;v&gt;"));
        assert!(page.contains("<a href=\"tel:999\">999</a>"));
        assert!(page.contains("<main id=\"main\" tabindex=\"-1\"><h1>x</h1></main>"));
        assert_eq!(page.matches("<li>").count(), NAV.len() + FOOTER.len());
    }

    #[test]
    fn the_addresses_are_the_apps_own() {
        for (href, _, _) in WAYS_IN {
            assert!(!matches!(Route::parse(href), Route::NotFound(_)), "{href}");
        }
        for (href, _) in NAV.iter().chain(FOOTER.iter()) {
            assert_eq!(Route::parse(href).href(), *href);
        }
    }
}

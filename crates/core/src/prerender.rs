//! What the server sends before the app starts: the frame of every screen (skip link, header,
//! the 999 line, the nation line, footer) and the text of the screen an address names, made at
//! build time from the same content as the app. A phone on a weak signal can read the page and
//! call 999 while the WebAssembly is still arriving; the app then takes the page over.
//!
//! The markup matches what the app's components draw (`src/ui/layout.rs`, `home.rs`,
//! `guidance.rs`), so taking over moves nothing on screen; a browser test measures that. Every
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
        "<p class=\"emergency\"><strong>Child in immediate danger? Call <a href=\"tel:999\">999</a></strong></p>",
    );
    h.push_str("<p class=\"nation-line\">No UK nation chosen yet.</p>");
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

/// Each contact role's id and its label with no nation chosen, then in each nation (in
/// [`Nation::ALL`]'s order), for the page's script to draw kept contacts as the app does.
pub fn role_labels() -> Vec<(&'static str, Vec<&'static str>)> {
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
    library.guidance.iter().map(|p| (format!("guidance-{}.html", p.slug), guidance(p))).collect()
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

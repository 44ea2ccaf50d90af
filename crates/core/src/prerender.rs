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
use crate::messages::{Arg, Join};
use crate::msg;
use crate::nation::Nation;
use crate::route::Route;
use crate::text::{escape_html as esc, long_date};
use std::fmt::Write;

pub mod contract;

/// A message's words as HTML: the words escaped, with each `(marker, html)` put in at its
/// marker. The message is given each marker as the value of a variable, so the language decides
/// where a link or a bold name goes: `fill(&msg!("id", name = MARK[0]), &[(MARK[0], "<b>x</b>")])`.
pub fn fill(words: &str, parts: &[(&str, &str)]) -> String {
    let mut html = esc(words);
    for (marker, part) in parts {
        html = html.replace(&esc(marker), part);
    }
    html
}

/// Markers for [`fill`]: characters from Unicode's private use area, which no message holds.
pub const MARK: [&str; 4] = ["\u{E000}", "\u{E001}", "\u{E002}", "\u{E003}"];

/// The page's own words, which `scripts/post-build.mjs` puts into `index.html` (its `lang`,
/// title, description and the words shown where scripts are off) and the installed app's
/// manifest (name and description).
pub fn page_words() -> std::collections::BTreeMap<&'static str, String> {
    std::collections::BTreeMap::from([
        ("lang", crate::messages::lang().tag().to_string()),
        ("title", msg!("page-title")),
        ("description", msg!("page-description")),
        ("noscript", msg!("page-noscript")),
    ])
}

/// The three ways in on the home screen: where each leads, its name and what it offers. The
/// app's home screen draws the same list.
pub fn ways_in() -> [(&'static str, String, String); 3] {
    [
        ("#/guidance", msg!("page-way-guidance"), msg!("page-way-guidance-hint")),
        ("#/check", msg!("page-way-check"), msg!("page-way-check-hint")),
        ("#/scenarios", msg!("page-way-scenarios"), msg!("page-way-scenarios-hint")),
    ]
}

/// The way to the learning record from the home screen (under the ways in): where, the link's
/// words and what follows them. The app's home screen draws the same line.
pub fn home_record() -> (&'static str, String, String) {
    ("#/record", msg!("page-home-record"), msg!("page-home-record-rest"))
}

/// The home screen's opening line.
pub fn home_lead() -> String {
    msg!("page-home-lead")
}

/// The main navigation: (address, name).
pub fn nav() -> [(&'static str, String); 4] {
    [
        ("#/guidance", msg!("page-nav-guidance")),
        ("#/check", msg!("page-nav-check")),
        ("#/scenarios", msg!("page-nav-scenarios")),
        ("#/search", msg!("page-nav-search")),
    ]
}

/// The footer's links: (address, name).
pub fn footer() -> [(&'static str, String); 9] {
    [
        ("#/contacts", msg!("page-footer-contacts")),
        ("#/record", msg!("page-footer-record")),
        ("#/glossary", msg!("page-footer-glossary")),
        ("#/about", msg!("page-footer-about")),
        ("#/privacy", msg!("page-footer-privacy")),
        ("#/data", msg!("page-footer-data")),
        ("#/changes", msg!("page-footer-changes")),
        ("#/workshop", msg!("page-footer-workshop")),
        ("#/nation", msg!("page-footer-nation")),
    ]
}

/// The 999 line's words as HTML, the number a link to call it.
pub fn emergency() -> String {
    fill(&msg!("page-emergency", number = MARK[0]), &[(MARK[0], "<a href=\"tel:999\">999</a>")])
}

/// What the nation line holds (HTML) for `nation`, on the home screen or elsewhere: the app
/// draws the same (src/ui/layout.rs), and the page's script puts this in from what the device
/// keeps before the app starts.
pub fn nation_line(nation: Option<Nation>, home: bool) -> String {
    let change = Route::Nation.href();
    match nation {
        Some(n) => {
            let strong = format!("<strong>{}</strong>", esc(&n.name()));
            format!(
                "{} <a href=\"{change}\">{}<span class=\"visually-hidden\"> {}</span></a>",
                fill(&msg!("page-nation-line-for", nation = MARK[0]), &[(MARK[0], &strong)]),
                esc(&msg!("page-nation-line-change")),
                esc(&msg!("page-nation-line-change-hidden"))
            )
        }
        None if home => esc(&msg!("page-nation-line-none-home")),
        None => {
            let link = format!("<a href=\"{change}\">{}</a>", esc(&msg!("page-nation-line-choose")));
            fill(&msg!("page-nation-line-none", choose = MARK[0]), &[(MARK[0], &link)])
        }
    }
}

/// The frame of every screen around `main` (already HTML). The nation line is left for the
/// page's own script to fill from what the device keeps (it cannot be known at build time).
pub fn frame(library: &Library, main: &str) -> String {
    let mut h = String::new();
    let _ = write!(h, "<a class=\"skip-link\" href=\"#main\">{}</a>", esc(&msg!("page-skip-link")));
    h.push_str("<header class=\"banner\"><div class=\"banner-inner\">");
    let _ = write!(h, "<a class=\"brand\" href=\"{}\">{}</a>", Route::Home.href(), esc(&msg!("page-app-name")));
    // The language switch: each other language, named in itself (src/ui/layout.rs draws the
    // same, with the screen's own address), beside the title so a phone keeps one row for each.
    for other in crate::messages::lang().others() {
        let tag = other.tag();
        let _ = write!(
            h,
            "<a class=\"lang-switch\" href=\"{}\" lang=\"{tag}\" hreflang=\"{tag}\">{}</a>",
            other.switch_href(""),
            esc(&other.own_name())
        );
    }
    let _ = write!(h, "<nav aria-label=\"{}\"><ul class=\"nav-list\">", esc(&msg!("page-nav-label")));
    for (href, name) in nav() {
        let _ = write!(h, "<li><a href=\"{href}\">{}</a></li>", esc(&name));
    }
    h.push_str("</ul></nav></div></header>");
    let _ = write!(
        h,
        "<aside class=\"emergency\" aria-label=\"{}\"><strong>{}</strong></aside>",
        esc(&msg!("page-emergency-label")),
        emergency()
    );
    let _ = write!(
        h,
        "<aside class=\"nation-line\" aria-label=\"{}\">{}</aside>",
        esc(&msg!("page-nation-line-label")),
        nation_line(None, true)
    );
    h.push_str("<div class=\"messages\" role=\"status\"></div>");
    let _ = write!(h, "<main id=\"main\" tabindex=\"-1\">{main}</main>");
    h.push_str("<footer class=\"footer\"><ul class=\"footer-links\">");
    for (href, name) in footer() {
        let _ = write!(h, "<li><a href=\"{href}\">{}</a></li>", esc(&name));
    }
    let reviewed = library.last_reviewed().map(long_date).unwrap_or_default();
    let _ = write!(h, "</ul><p>{}</p>", esc(&msg!("page-footer-reviewed", date = reviewed)));
    if let Some(status) = crate::messages::status_line(crate::messages::lang()) {
        let _ = write!(h, "<p class=\"translation-status\">{}</p>", esc(&status));
    }
    h.push_str("</footer>");
    let _ = write!(
        h,
        "<p class=\"print-version\">{}</p>",
        esc(&msg!("page-print-version", version = library.version.as_str()))
    );
    h
}

/// The home screen, as the app draws it before anything is typed.
pub fn home() -> String {
    let mut h = format!("<h1 tabindex=\"-1\">{}</h1>", esc(&msg!("page-app-name")));
    let _ = write!(h, "<p class=\"lead\">{}</p>", esc(&home_lead()));
    let _ = write!(
        h,
        "<form class=\"search\" role=\"search\"><label for=\"home-search\" class=\"label\">{}</label><p class=\"hint\" id=\"home-search-hint\">{}</p><input id=\"home-search\" class=\"input\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"home-search-hint home-search-status\"><p class=\"hint\" id=\"home-search-status\" role=\"status\"></p><ol class=\"results\"></ol></form>",
        esc(&msg!("page-home-search-label")),
        esc(&msg!("page-home-search-hint"))
    );
    h.push_str("<ul class=\"ways-in\">");
    for (href, title, hint) in ways_in() {
        let _ = write!(
            h,
            "<li><a class=\"way-in\" href=\"{href}\"><span class=\"way-in-title\">{}</span><span class=\"way-in-hint\">{}</span></a></li>",
            esc(&title),
            esc(&hint)
        );
    }
    h.push_str("</ul>");
    let (href, words, rest) = home_record();
    let _ = write!(h, "<p class=\"home-record\"><a href=\"{href}\">{}</a>{}</p>", esc(&words), esc(&rest));
    h
}

/// The nations a guidance page covers, as its opening says them.
pub fn applies_to(nations: &[Nation]) -> String {
    let names = nations.iter().map(|n| Arg::Text(n.name().to_string())).collect();
    msg!("page-applies-to", nations = Arg::List(Join::Comma, names))
}

/// A guidance page's text: title, summary, the nations it covers and its body. What follows the
/// body (scenarios, sources, dates) arrives with the app.
pub fn guidance(page: &Page) -> String {
    let applies = esc(&applies_to(&page.nations));
    // In Welsh, the page's translation with how far it can be trusted, as the app draws it
    // (src/ui/guidance.rs); a page with no Welsh says so, and its English is marked as English.
    if crate::messages::lang() == crate::messages::Lang::Cy {
        return match page.welsh.as_deref() {
            Some(welsh) => format!(
                "<article class=\"article\"><h1 tabindex=\"-1\">{}</h1><p class=\"lead\">{}</p><div class=\"updated-notice translation-status\" role=\"note\"><p>{}</p>{}<p><button type=\"button\" class=\"button button-secondary\">{}</button></p></div><p class=\"meta\">{applies}</p><div class=\"prose\">{}</div></article>",
                esc(&welsh.title),
                esc(&welsh.summary),
                esc(&welsh_status(&welsh.status)),
                if welsh.out_of_step { format!("<p>{}</p>", esc(&msg!("guidance-welsh-out-of-step"))) } else { String::new() },
                esc(&msg!("guidance-welsh-show-english")),
                welsh.html
            ),
            None => format!(
                "<article class=\"article\"><h1 tabindex=\"-1\" lang=\"en-GB\">{}</h1><p class=\"lead\" lang=\"en-GB\">{}</p><p class=\"updated-notice translation-status\" role=\"note\">{}</p><p class=\"meta\">{applies}</p><div lang=\"en-GB\"><div class=\"prose\">{}</div></div></article>",
                esc(&page.title),
                esc(&page.summary),
                esc(&msg!("guidance-welsh-missing")),
                page.html
            ),
        };
    }
    format!(
        "<article class=\"article\"><h1 tabindex=\"-1\">{}</h1><p class=\"lead\">{}</p><p class=\"meta\">{applies}</p><div class=\"prose\">{}</div></article>",
        esc(&page.title),
        esc(&page.summary),
        page.html
    )
}

/// How far a page's translation can be trusted, in words: a draft, or reviewed by whom and when.
pub fn welsh_status(status: &crate::content::TranslationStatus) -> String {
    match status {
        crate::content::TranslationStatus::Drafted => msg!("guidance-welsh-drafted"),
        crate::content::TranslationStatus::Reviewed { role, on } => {
            msg!("guidance-welsh-reviewed", role = role, date = crate::text::long_date(on))
        }
    }
}

/// How far the Welsh of a screen other than a guidance page can be trusted, at its top, as the
/// app draws it ([`crate::content::WelshState::notice`]): `None` in English or with no Welsh.
/// Out of step, it links to the same screen (`hash`) in English.
pub fn welsh_notice(state: Option<&crate::content::WelshState>, name_parts: bool, hash: &str) -> Option<String> {
    let state = state.filter(|_| crate::messages::lang() == crate::messages::Lang::Cy)?;
    let mut h = String::from("<div class=\"updated-notice translation-status\" role=\"note\">");
    for line in state.notice(name_parts) {
        let _ = write!(h, "<p>{}</p>", esc(&line));
    }
    if !state.out_of_step.is_empty() {
        let href = crate::messages::Lang::EnGb.switch_href(hash);
        let _ = write!(h, "<p><a href=\"{}\">{}</a></p>", esc(&href), esc(&msg!("content-welsh-read-english")));
    }
    h.push_str("</div>");
    Some(h)
}

/// The checklist's fixed words, shared by the pre-rendered checklist and the app's (so the two
/// say the same, and taking over moves nothing).
pub mod check {
    use crate::msg;
    use crate::screening::Age;

    /// The screen's heading.
    pub fn title() -> String {
        msg!("page-check-title")
    }
    /// The link to the outcome, first under the heading.
    pub fn jump() -> String {
        msg!("page-check-jump")
    }
    /// What to do.
    pub fn lead() -> String {
        msg!("page-check-lead")
    }
    /// What is kept.
    pub fn privacy() -> String {
        msg!("page-check-privacy")
    }
    /// The immediate-danger question's heading and its box.
    pub fn danger() -> (String, String) {
        (msg!("page-check-danger-heading"), msg!("page-check-danger"))
    }
    /// The age question's heading and hint.
    pub fn age() -> (String, String) {
        (msg!("page-check-age-heading"), msg!("page-check-age-hint"))
    }
    /// Each age band's answer: the band and the control's id (the quick build reads these, with
    /// no words: see [`age_words`]).
    pub const AGES: [(Age, &str); 3] =
        [(Age::NotKnown, "age-not-known"), (Age::Under13, "age-under-13"), (Age::From13To17, "age-13-17")];
    /// An age band's answer, in words.
    pub fn age_words(age: Age) -> String {
        match age {
            Age::NotKnown => msg!("page-check-age-not-known"),
            Age::Under13 => msg!("page-check-age-under-13"),
            Age::From13To17 => msg!("page-check-age-13-to-17"),
        }
    }
    /// The guidance page beside the checklist.
    pub const BARRIERS: &str = "why-children-may-not-tell";
    /// The words that open it, and the link to it as a page.
    pub fn barriers() -> (String, String) {
        (msg!("page-check-barriers"), msg!("page-check-barriers-page"))
    }
    /// The sign filter's label and hint.
    pub fn filter() -> (String, String) {
        (msg!("page-check-filter-label"), msg!("page-check-filter-hint"))
    }
    /// The button that opens or folds every group, as it reads when it would open them, or fold.
    pub fn all_groups() -> (String, String) {
        (msg!("page-check-open-all"), msg!("page-check-fold-all"))
    }
    /// The widest screen, in CSS pixels, on which the groups start folded (the stylesheet's
    /// phone layout, 40rem).
    pub const FOLDED_UP_TO: f64 = 640.0;

    /// A group's count of ticks, beside its heading.
    pub fn count(ticked: usize, total: usize) -> String {
        msg!("page-check-count", ticked = ticked, total = total)
    }

    /// The bar at the foot, before anything is ticked and the app has started.
    pub fn bar() -> String {
        msg!("page-check-bar")
    }

    /// What a screen reader hears before the level in the bar.
    pub fn bar_now() -> String {
        msg!("page-check-bar-now")
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
        esc(&title()),
        esc(&jump()),
        esc(&lead()),
        esc(&privacy())
    );
    if let Some(notice) = welsh_notice(library.welsh_of_checklist().as_ref(), true, &Route::Check.href()) {
        // After the lead and the privacy line, as the app draws it.
        let at = h.len() - "<div class=\"checklist\">".len();
        h.insert_str(at, &notice);
    }
    let _ = write!(
        h,
        "<fieldset class=\"fieldset danger-question\"><legend class=\"fieldset-legend\"><h2 class=\"fieldset-heading\">{}</h2></legend><div class=\"checkbox\"><input type=\"checkbox\" id=\"immediate-danger\"><label for=\"immediate-danger\">{}</label></div></fieldset>",
        esc(&danger().0),
        esc(&danger().1)
    );
    let _ = write!(
        h,
        "<fieldset class=\"fieldset\"><legend class=\"fieldset-legend\"><h2 class=\"fieldset-heading\">{}</h2></legend><p class=\"hint\">{}</p><div class=\"radios\">",
        esc(&age().0),
        esc(&age().1)
    );
    for (age, id) in AGES {
        let checked = if age == crate::screening::Age::default() { " checked" } else { "" };
        let _ = write!(
            h,
            "<div class=\"radio\"><input type=\"radio\" name=\"age\" id=\"{id}\"{checked}><label for=\"{id}\">{}</label></div>",
            esc(&age_words(age))
        );
    }
    h.push_str("</div></fieldset>");
    if let Some(page) = library.guidance_page(BARRIERS) {
        let (open, link) = barriers();
        let _ = write!(
            h,
            "<details class=\"details\"><summary>{}</summary><div class=\"prose\">{}</div><p><a href=\"{}\">{}</a></p></details>",
            esc(&open),
            page.html,
            Route::Guidance(page.slug.clone(), None).href(),
            esc(&link)
        );
    }
    let _ = write!(
        h,
        "<div class=\"filter\"><label for=\"sign-filter\" class=\"label\">{}</label><p class=\"hint\" id=\"sign-filter-hint\">{}</p><input id=\"sign-filter\" class=\"input\" type=\"search\" autocomplete=\"off\" aria-describedby=\"sign-filter-hint\"><p class=\"hint\" role=\"status\"></p></div>",
        esc(&filter().0),
        esc(&filter().1)
    );
    let _ = write!(
        h,
        "<p class=\"groups-control\"><button type=\"button\" class=\"button button-secondary\">{}</button></p>",
        esc(&all_groups().0)
    );
    for g in &library.sign_groups {
        let slug = esc(&g.slug);
        let _ = write!(
            h,
            "<section class=\"sign-group\" aria-labelledby=\"group-{slug}\"><h2 class=\"group-heading\" id=\"group-{slug}\"><button type=\"button\" class=\"group-toggle\" aria-expanded=\"false\" aria-controls=\"group-{slug}-signs\"><span class=\"group-title\">{}</span><span class=\"group-count\" {}=\"{}\">{}</span></button></h2><div class=\"group-body\" id=\"group-{slug}-signs\" hidden><fieldset class=\"fieldset\"><legend class=\"visually-hidden\">{}</legend><p class=\"hint\">{}</p>",
            esc(&g.title),
            contract::attrs::COUNTS,
            esc(&counts(g.signs.len())),
            esc(&count(0, g.signs.len())),
            esc(&g.title),
            esc(&g.intro)
        );
        if let Some(more) = group_guidance(library, &g.guidance) {
            let _ = write!(h, "<p class=\"group-guidance\">{more}</p>");
        }
        h.push_str("<div class=\"checkboxes\">");
        for sign in &g.signs {
            let id = esc(&sign.id);
            // As the app draws them (src/ui/check.rs): a sign's own words marked as English
            // where a page in another language has no translation of them.
            let lang =
                crate::messages::english_unless(sign.welsh).map(|l| format!(" lang=\"{l}\"")).unwrap_or_default();
            let hint = sign.hint.as_deref().map(|t| format!(" <span{lang}>{}</span>", esc(t))).unwrap_or_default();
            let _ = write!(
                h,
                "<div class=\"checkbox\"><input type=\"checkbox\" id=\"sign-{id}\" aria-describedby=\"sign-{id}-hint\" {}=\"{}\"><label for=\"sign-{id}\"{lang}>{}</label><p class=\"hint checkbox-hint\" id=\"sign-{id}-hint\"><span class=\"tag tag-{}\">{}</span>{hint}</p></div>",
                contract::attrs::ALONE,
                alone(library, Some(&sign.id)),
                esc(&sign.text),
                sign.kind.id(),
                esc(&sign.kind.label())
            );
        }
        h.push_str("</div></fieldset></div></section>");
    }
    let _ = write!(
        h,
        "</div><div class=\"outcome-bar\"><p aria-live=\"polite\" {}=\"{}\">{}</p></div>",
        contract::attrs::ALONE,
        alone(library, None),
        esc(&bar())
    );
    h
}

/// The level's id for `sign` ticked alone, or for nothing ticked (`None`), with no age and no
/// immediate danger given: the core's own rules ([`crate::screening::assess`]), worked out at
/// build time so the pre-rendered checklist answers a first tick before the quick build is in.
pub fn alone(library: &Library, sign: Option<&str>) -> &'static str {
    let answers = crate::screening::Answers {
        ticked: sign.map(|s| s.to_string()).into_iter().collect(),
        ..crate::screening::Answers::default()
    };
    crate::screening::assess(library, &answers).level.id()
}

/// A group's count in words for each number of its signs ticked, from none to all, as JSON: the
/// page's script shows the one for the ticks given before the app starts.
fn counts(total: usize) -> String {
    let words: Vec<String> = (0..=total).map(|n| check::count(n, total)).collect();
    serde_json::to_string(&words).unwrap_or_default()
}

/// A group's guidance pages (`slugs`) as the line under its intro gives them (HTML, the pages
/// linked), or `None` when it has none. The app's checklist draws the same line.
pub fn group_guidance(library: &Library, slugs: &[String]) -> Option<String> {
    let pages: Vec<String> = slugs
        .iter()
        .filter_map(|s| library.guidance_page(s))
        .map(|p| format!("<a href=\"{}\">{}</a>", Route::Guidance(p.slug.clone(), None).href(), esc(p.title_shown())))
        .collect();
    (!pages.is_empty()).then(|| read_more(&pages))
}

/// "Read more:" and a group's guidance pages (each already a link, HTML), joined as the
/// language joins a list.
pub fn read_more(pages: &[String]) -> String {
    fill_list(Join::Comma, pages, |pages| msg!("page-check-read-more", pages = pages))
}

/// A message's words as HTML with a list of `items` (each already HTML, a link) as one of its
/// variables, joined as the language joins a list: `words` is given the list to put into the
/// message. Each item goes in at a marker of its own, so no item's text is read as a marker.
pub fn fill_list(join: Join, items: &[String], words: impl FnOnce(Arg) -> String) -> String {
    let marks: Vec<String> = (0..items.len()).map(|i| format!("{}{i}.", MARK[0])).collect();
    let list = Arg::List(join, marks.iter().map(|m| Arg::Text(m.clone())).collect());
    let parts: Vec<(&str, &str)> = marks.iter().map(String::as_str).zip(items.iter().map(String::as_str)).collect();
    fill(&words(list), &parts)
}

/// Each contact role's id and its label with no nation chosen, then in each nation (in
/// [`Nation::ALL`]'s order), for the page's script to draw kept contacts as the app does.
pub fn role_labels() -> Vec<(&'static str, Vec<String>)> {
    Role::ALL
        .iter()
        .map(|r| {
            let mut labels = vec![r.label(None).to_string()];
            labels.extend(Nation::ALL.iter().map(|n| r.label(Some(*n)).to_string()));
            (r.id(), labels)
        })
        .collect()
}

/// Every pre-rendered screen but home: (file name, HTML of `main`). The page's script fetches
/// `pre/<name>` for the address it was opened at.
pub fn screens(library: &Library) -> Vec<(String, String)> {
    use contract::pre::{CHECK, EXT, GUIDANCE};
    let mut out: Vec<(String, String)> =
        library.guidance.iter().map(|p| (format!("{GUIDANCE}{}{EXT}", p.slug), guidance(p))).collect();
    out.push((format!("{CHECK}{EXT}"), checklist(library)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    #[test]
    fn the_frame_escapes_what_it_is_given_and_holds_the_999_line() {
        let library = Library { version: "<v>".into(), ..Library::default() };
        let page = frame(&library, "<h1>x</h1>");
        assert!(page.contains("Content version &lt;v&gt;"));
        assert!(page.contains("<a href=\"tel:999\">999</a>"));
        assert!(page.contains("<main id=\"main\" tabindex=\"-1\"><h1>x</h1></main>"));
        assert_eq!(page.matches("<li>").count(), nav().len() + footer().len());
        // The switch to each other language, beside the title.
        assert_eq!(page.matches("class=\"lang-switch\"").count(), Lang::ALL.len() - 1);
        assert!(
            page.contains(r#"<a class="lang-switch" href="?lang=cy" lang="cy" hreflang="cy">Cymraeg</a>"#),
            "{page}"
        );
    }

    #[test]
    fn the_addresses_are_the_apps_own() {
        for (href, _, _) in ways_in() {
            assert!(!matches!(Route::parse(href), Route::NotFound(_)), "{href}");
        }
        for (href, _) in nav().iter().chain(footer().iter()) {
            assert_eq!(Route::parse(href).href(), *href);
        }
    }
}

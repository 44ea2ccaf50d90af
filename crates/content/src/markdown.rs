//! Markdown to HTML, with pulldown-cmark wrapped once: the options live here and nowhere else.
//!
//! Content is rendered at build time, so the browser receives ready HTML. What could harm a
//! reader or break the privacy promise is refused here, with the line: raw HTML, links or images
//! that point to another origin, images without alt text, and table alignment (which would need
//! inline styles that the Content-Security-Policy forbids).

use super::glossary::{self, Abbreviations};
use crate::nation::Nation;
use crate::text::escape_html;
use pulldown_cmark::{html, Alignment, CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;

/// The result of rendering one Markdown body.
#[derive(Debug, Default)]
pub(super) struct Rendered {
    /// The HTML.
    pub(super) html: String,
    /// Links inside the app (`#/...`), with the body line they are on.
    pub(super) internal_links: Vec<(usize, String)>,
    /// The ids of the page's h2 and h3 headings, which links can point to.
    pub(super) anchors: Vec<String>,
    /// Problems, with the body line (1-based) they are on.
    pub(super) problems: Vec<(usize, String)>,
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_SMART_PUNCTUATION
}

/// A stretch of the body: shared by every nation, or only for some (a `::: nation` block).
struct Passage<'a> {
    nations: Option<Vec<Nation>>,
    text: &'a str,
    offset: usize,
}

/// Renders `body`, reporting what is not allowed. Abbreviations are written out in full on their
/// first use (unless the writer already did), and later uses become buttons that expand on tap.
/// A block between `::: scotland` and `:::` is shown only to readers who chose that nation.
pub(super) fn render(body: &str, abbrs: &Abbreviations) -> Rendered {
    render_as(body, abbrs, false)
}

/// Renders a scene's text, as [`render`] does with stricter rules: a scenario is shown inside
/// the player, so its headings get no ids (one could take an id the player uses, such as a
/// choice's), and what the player could not show as written is a problem at its line: heading
/// attributes in braces, a level-1 heading, links to a place on the same page or with a title,
/// images, and code blocks that name a language.
pub(super) fn render_scene(body: &str, abbrs: &Abbreviations) -> Rendered {
    render_as(body, abbrs, true)
}

fn render_as(body: &str, abbrs: &Abbreviations, scene: bool) -> Rendered {
    let mut out = Rendered::default();
    let mut ids = HashSet::new();
    let mut seen = HashSet::new();
    for passage in passages(body, &mut out) {
        match &passage.nations {
            None => render_passage(body, &passage, abbrs, scene, &mut seen, &mut ids, &mut out),
            Some(nations) => {
                let classes: Vec<String> = nations.iter().map(|n| format!("for-{}", n.id())).collect();
                out.html.push_str(&format!(
                    "<div class=\"nation-passage {}\"><p class=\"nation-label\">{}</p>\n",
                    classes.join(" "),
                    escape_html(&nation_label(nations))
                ));
                // Every reader sees a passage of their own nation only, so an abbreviation
                // written out inside one still needs writing out for the others.
                let mut local = seen.clone();
                render_passage(body, &passage, abbrs, scene, &mut local, &mut ids, &mut out);
                out.html.push_str("</div>\n");
            }
        }
    }
    out
}

/// "In England and Wales", "In Scotland".
fn nation_label(nations: &[Nation]) -> String {
    let names: Vec<String> = nations.iter().map(|n| n.name()).collect();
    match names.split_last() {
        Some((last, [])) => format!("In {last}"),
        Some((last, rest)) => format!("In {} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Cuts the body at `::: nation ...` and `:::` lines.
fn passages<'a>(body: &'a str, out: &mut Rendered) -> Vec<Passage<'a>> {
    let mut list = Vec::new();
    let mut open: Option<(usize, Vec<Nation>, usize)> = None; // (line, nations, text start)
    let mut shared_start = 0;
    let mut offset = 0;
    for (i, line) in body.split_inclusive('\n').enumerate() {
        let at = i + 1;
        let next = offset + line.len();
        if let Some(rest) = line.trim().strip_prefix(":::") {
            let words: Vec<&str> = rest.split_whitespace().collect();
            match (&open, words.is_empty()) {
                (None, true) => out.problems.push((at, "this ::: closes a nation passage, but none is open".into())),
                (Some(_), false) => out
                    .problems
                    .push((at, "a nation passage cannot start inside another: close the first with a ::: line".into())),
                (None, false) => {
                    list.push(Passage { nations: None, text: &body[shared_start..offset], offset: shared_start });
                    let mut nations = Vec::new();
                    for w in words {
                        match Nation::from_id(w) {
                            Some(n) if !nations.contains(&n) => nations.push(n),
                            Some(_) => out.problems.push((at, format!("nation '{w}' is listed twice"))),
                            None => out.problems.push((at, format!("unknown nation '{w}' after ':::': use england, wales, scotland or northern-ireland"))),
                        }
                    }
                    open = Some((at, nations, next));
                }
                (Some((_, nations, start)), true) => {
                    list.push(Passage { nations: Some(nations.clone()), text: &body[*start..offset], offset: *start });
                    open = None;
                    shared_start = next;
                }
            }
        }
        offset = next;
    }
    if let Some((line, _, _)) = open {
        out.problems.push((line, "this nation passage is never closed: add a line with only ::: after it".into()));
    }
    list.push(Passage { nations: None, text: &body[shared_start..], offset: shared_start });
    list
}

/// Where an abbreviation sits, which decides how it is shown.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Text,
    Link,
    Heading,
}

fn render_passage(
    body: &str,
    passage: &Passage<'_>,
    abbrs: &Abbreviations,
    scene: bool,
    seen: &mut HashSet<String>,
    ids: &mut HashSet<String>,
    out: &mut Rendered,
) {
    let line = |offset: usize| super::front_matter::line_of(body, passage.offset + offset);
    let mut events: Vec<Event<'_>> = Vec::new();
    let mut in_image: Option<(usize, String)> = None;
    let mut place = Place::Text;
    let mut in_code = false;
    let mut recent = String::new();

    for (mut event, range) in Parser::new_ext(passage.text, options()).into_offset_iter() {
        let at = line(range.start);
        match &event {
            Event::Html(_) | Event::InlineHtml(_) => {
                let problem = (at, "raw HTML is not allowed in content: write it in Markdown".to_string());
                if out.problems.last() != Some(&problem) {
                    out.problems.push(problem);
                }
                continue;
            }
            Event::Start(Tag::Table(aligns)) if aligns.iter().any(|a| *a != Alignment::None) => {
                out.problems.push((
                    at,
                    "table column alignment (colons in the divider row) is not allowed: use plain --- dividers".into(),
                ));
                let plain = vec![Alignment::None; aligns.len()];
                event = Event::Start(Tag::Table(plain));
            }
            Event::Start(Tag::Link { dest_url, title, .. }) => {
                check_link(at, dest_url, out);
                if scene && dest_url.starts_with('#') && !dest_url.starts_with("#/") {
                    out.problems.push((at, format!("link '{dest_url}' points to a place on the same page, which a scenario does not have: link to a screen of the app, such as '#/guidance/<page>'")));
                }
                if scene && !title.is_empty() {
                    out.problems.push((
                        at,
                        "a link in a scenario cannot have a title in quotes: remove the quoted part after its address"
                            .into(),
                    ));
                }
                place = Place::Link;
            }
            Event::End(TagEnd::Link) => place = Place::Text,
            Event::Start(Tag::Heading { level, id, classes, attrs }) => {
                place = Place::Heading;
                let level = *level;
                let braces = id.is_some() || !classes.is_empty() || !attrs.is_empty();
                if scene && braces {
                    out.problems.push((at, "a heading in a scenario cannot have attributes in braces, such as {#id}, {.class} or {key=value}: remove the part in braces".into()));
                    event = Event::Start(Tag::Heading { level, id: None, classes: Vec::new(), attrs: Vec::new() });
                }
                if scene && level == HeadingLevel::H1 {
                    out.problems.push((
                        at,
                        "a heading inside a scene starts with ### (one # would be a title for the whole page)".into(),
                    ));
                }
            }
            Event::End(TagEnd::Heading(_)) => place = Place::Text,
            Event::Start(Tag::CodeBlock(kind)) => {
                if scene && matches!(kind, CodeBlockKind::Fenced(info) if !info.trim().is_empty()) {
                    out.problems.push((
                        at,
                        "a code block in a scenario cannot name a language: remove the word after the backticks".into(),
                    ));
                }
                in_code = true;
            }
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Start(Tag::Image { dest_url, .. }) => {
                if scene {
                    out.problems
                        .push((at, "a scenario cannot show images: say in words what the image would show".into()));
                } else if is_external(dest_url) {
                    out.problems.push((
                        at,
                        format!("image '{dest_url}' is on another site: put the image in public/ and link to it there"),
                    ));
                }
                in_image = Some((at, String::new()));
            }
            Event::Code(t) => {
                if let Some((_, alt)) = in_image.as_mut() {
                    alt.push_str(t);
                }
            }
            Event::Text(t) => {
                if let Some((_, alt)) = in_image.as_mut() {
                    alt.push_str(t);
                } else if !in_code {
                    let text = t.to_string();
                    abbreviate(&text, at, place, abbrs, seen, &mut recent, &mut events, out);
                    continue;
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some((at, alt)) = in_image.take() {
                    if alt.trim().is_empty() {
                        out.problems.push((
                            at,
                            "an image needs alt text: write what it shows between the square brackets".into(),
                        ));
                    }
                }
            }
            _ => {}
        }
        events.push(event);
    }

    if !scene {
        add_heading_ids(&mut events, ids, &mut out.anchors);
    }
    html::push_html(&mut out.html, events.into_iter());
}

/// Pushes `text` as events, with each abbreviation written out, made expandable or left alone.
#[allow(clippy::too_many_arguments)]
fn abbreviate(
    text: &str,
    at: usize,
    place: Place,
    abbrs: &Abbreviations,
    seen: &mut HashSet<String>,
    recent: &mut String,
    events: &mut Vec<Event<'_>>,
    out: &mut Rendered,
) {
    let mut plain = String::new();
    let mut last = 0;
    for found in glossary::find(text, abbrs) {
        let Some(abbr) = abbrs.get(found.abbr).filter(|_| found.known) else {
            out.problems.push((at, glossary::unknown_message(found.abbr)));
            continue;
        };
        plain.push_str(&text[last..found.start]);
        recent.push_str(&text[last..found.start]);
        last = found.end;
        let word = &text[found.start..found.end];
        let s = if found.plural { "s" } else { "" };
        let written_out = recent.to_lowercase().ends_with(&format!("{}{s} (", abbr.term.to_lowercase()));
        let first = abbr.expand && !seen.contains(found.abbr);
        recent.push_str(word);
        if place == Place::Heading || !abbr.expand || written_out || (place == Place::Link && !first) {
            if written_out {
                seen.insert(found.abbr.to_string());
            }
            plain.push_str(word);
        } else if first {
            seen.insert(found.abbr.to_string());
            plain.push_str(&format!("{}{s} ({word})", abbr.term));
        } else {
            flush(&mut plain, events);
            events.push(Event::InlineHtml(CowStr::from(format!(
                "<button type=\"button\" class=\"abbr\" aria-expanded=\"false\">{word}<span class=\"abbr-long\" hidden> ({}{s})</span></button>",
                escape_html(&abbr.term)
            ))));
        }
    }
    plain.push_str(&text[last..]);
    recent.push_str(&text[last..]);
    if recent.len() > 200 {
        let cut = recent.len() - 120;
        let cut = (cut..recent.len()).find(|i| recent.is_char_boundary(*i)).unwrap_or(0);
        recent.drain(..cut);
    }
    flush(&mut plain, events);
}

fn flush(plain: &mut String, events: &mut Vec<Event<'_>>) {
    if !plain.is_empty() {
        events.push(Event::Text(CowStr::from(std::mem::take(plain))));
    }
}

fn is_external(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("//")
        || lower.contains("://")
        || lower.starts_with("mailto:")
        || lower.starts_with("tel:")
        || lower.starts_with("data:")
        || lower.starts_with("javascript:")
}

fn check_link(at: usize, url: &str, out: &mut Rendered) {
    if url.starts_with("#/") {
        out.internal_links.push((at, url.to_string()));
    } else if url.starts_with('#') {
        // An anchor on the same page is fine.
    } else if is_external(url) {
        out.problems.push((at, format!("link '{url}' leaves the app: cite it in the page's sources instead")));
    } else {
        out.problems.push((
            at,
            format!("link '{url}' is not a link inside the app: use '#/guidance/<page>' or another '#/' address"),
        ));
    }
}

/// Gives every h2 and h3 without an explicit `{#id}` an id made from its text, so pages can
/// link to their sections. Ids are unique on the page; each is added to `anchors`.
fn add_heading_ids(events: &mut [Event<'_>], used: &mut HashSet<String>, anchors: &mut Vec<String>) {
    for i in 0..events.len() {
        let Event::Start(Tag::Heading { level, id, .. }) = &events[i] else {
            continue;
        };
        if !matches!(level, HeadingLevel::H2 | HeadingLevel::H3) {
            continue;
        }
        let mut slug = match id {
            Some(id) => id.to_string(),
            None => {
                let mut text = String::new();
                for e in &events[i + 1..] {
                    match e {
                        Event::End(TagEnd::Heading(_)) => break,
                        Event::Text(t) | Event::Code(t) => text.push_str(t),
                        _ => {}
                    }
                }
                slugify(&text)
            }
        };
        let base = slug.clone();
        let mut n = 2;
        while !used.insert(slug.clone()) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        anchors.push(slug.clone());
        if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
            *id = Some(CowStr::from(slug));
        }
    }
}

/// A lowercase, hyphenated id made of the letters and digits of `text`.
pub(super) fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_plain(body: &str) -> Rendered {
        render(body, &Abbreviations::default())
    }

    #[test]
    fn renders_markdown_and_gives_headings_ids() {
        let r = render_plain("## What to do now\n\nCall **999**.\n");
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert!(r.html.contains("<h2 id=\"what-to-do-now\">What to do now</h2>"), "{}", r.html);
        assert!(r.html.contains("<strong>999</strong>"));
    }

    #[test]
    fn refuses_raw_html_with_its_line() {
        let r = render_plain("Fine.\n\n<script>alert(1)</script>\n");
        assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
        assert_eq!(r.problems[0].0, 3);
        assert!(!r.html.contains("<script"));
    }

    #[test]
    fn refuses_inline_html() {
        let r = render_plain("A <b>bold</b> claim.\n");
        assert!(!r.problems.is_empty());
        assert!(!r.html.contains("<b>"));
    }

    #[test]
    fn refuses_links_to_other_sites() {
        let r = render_plain("See [the Act](https://legislation.gov.uk).\n");
        assert_eq!(r.problems.len(), 1);
        assert!(r.problems[0].1.contains("leaves the app"));
    }

    #[test]
    fn collects_internal_links() {
        let r = render_plain("Read [the page](#/guidance/nrm).\n");
        assert!(r.problems.is_empty());
        assert_eq!(r.internal_links, vec![(1, "#/guidance/nrm".to_string())]);
    }

    #[test]
    fn images_need_alt_text_and_a_local_address() {
        let r = render_plain("![](pic.png)\n\n![A map](https://example.org/m.png)\n");
        assert_eq!(r.problems.len(), 2, "{:?}", r.problems);
    }

    #[test]
    fn refuses_table_alignment() {
        let r = render_plain("| a | b |\n|:--|--:|\n| 1 | 2 |\n");
        assert_eq!(r.problems.len(), 1);
        assert!(!r.html.contains("style="));
    }

    #[test]
    fn slugify_folds_punctuation() {
        assert_eq!(slugify("Who refers? (FROs)"), "who-refers-fros");
    }

    fn abbrs() -> Abbreviations {
        let mut a = Abbreviations::default();
        a.insert("NRM", "National Referral Mechanism", true);
        a.insert("UK", "United Kingdom", false);
        a
    }

    #[test]
    fn writes_an_abbreviation_out_once_then_makes_it_expandable() {
        let r = render("The NRM is UK-wide.\n\nRefer to the NRM.\n", &abbrs());
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert!(r.html.contains("The National Referral Mechanism (NRM) is UK-wide."), "{}", r.html);
        assert!(r.html.contains("<button type=\"button\" class=\"abbr\" aria-expanded=\"false\">NRM<span class=\"abbr-long\" hidden> (National Referral Mechanism)</span></button>"), "{}", r.html);
    }

    #[test]
    fn leaves_an_abbreviation_the_writer_already_expanded() {
        let r = render("The National Referral Mechanism (NRM) decides.\n", &abbrs());
        assert!(r.html.contains("The National Referral Mechanism (NRM) decides."), "{}", r.html);
        assert!(!r.html.contains("National Referral Mechanism (National"), "{}", r.html);
    }

    #[test]
    fn headings_keep_the_short_form_and_do_not_count_as_first_use() {
        let r = render("## The NRM\n\nThe NRM.\n", &abbrs());
        assert!(r.html.contains(">The NRM</h2>"), "{}", r.html);
        assert!(r.html.contains("<p>The National Referral Mechanism (NRM).</p>"), "{}", r.html);
    }

    #[test]
    fn refuses_an_undefined_abbreviation_with_its_line() {
        let r = render("Fine.\n\nAsk the XYZ.\n", &abbrs());
        assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
        assert_eq!(r.problems[0].0, 3);
        assert!(r.problems[0].1.contains("'XYZ'"));
    }

    #[test]
    fn nation_passages_are_marked_and_each_writes_out_its_abbreviations() {
        let body = "Shared.\n\n::: scotland\nThe NRM here.\n:::\n\n::: england wales\nThe NRM there.\n:::\n";
        let r = render(body, &abbrs());
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert!(
            r.html.contains("<div class=\"nation-passage for-scotland\"><p class=\"nation-label\">In Scotland</p>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<div class=\"nation-passage for-england for-wales\"><p class=\"nation-label\">In England and Wales</p>"), "{}", r.html);
        assert_eq!(r.html.matches("National Referral Mechanism (NRM)").count(), 2, "{}", r.html);
    }

    #[test]
    fn broken_nation_passages_are_refused_with_their_lines() {
        let r = render_plain("::: narnia\ntext\n");
        let lines: Vec<usize> = r.problems.iter().map(|p| p.0).collect();
        assert_eq!(lines, vec![1, 1], "{:?}", r.problems);
        let r = render_plain("text\n:::\n");
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].0, 2);
    }

    #[test]
    fn repeated_headings_get_unique_ids() {
        let r = render_plain("## Who decides\n\n## Who decides\n");
        assert_eq!(r.anchors, vec!["who-decides".to_string(), "who-decides-2".to_string()]);
    }
}

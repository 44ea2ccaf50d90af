//! Markdown to HTML, with pulldown-cmark wrapped once: the options live here and nowhere else.
//!
//! Content is rendered at build time, so the browser receives ready HTML. What could harm a
//! reader or break the privacy promise is refused here, with the line: raw HTML, links or images
//! that point to another origin, images without alt text, and table alignment (which would need
//! inline styles that the Content-Security-Policy forbids).

use pulldown_cmark::{html, Alignment, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// The result of rendering one Markdown body.
#[derive(Debug, Default)]
pub(super) struct Rendered {
    /// The HTML.
    pub(super) html: String,
    /// Links inside the app (`#/...`), with the body line they are on.
    pub(super) internal_links: Vec<(usize, String)>,
    /// Problems, with the body line (1-based) they are on.
    pub(super) problems: Vec<(usize, String)>,
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_SMART_PUNCTUATION
}

/// Renders `body`, reporting what is not allowed.
pub(super) fn render(body: &str) -> Rendered {
    let mut out = Rendered::default();
    let line = |offset: usize| super::front_matter::line_of(body, offset);
    let mut events: Vec<Event<'_>> = Vec::new();
    let mut in_image: Option<(usize, String)> = None;

    for (mut event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let at = line(range.start);
        match &event {
            Event::Html(_) | Event::InlineHtml(_) => {
                out.problems.push((at, "raw HTML is not allowed in content: write it in Markdown".into()));
                continue;
            }
            Event::Start(Tag::Table(aligns)) if aligns.iter().any(|a| *a != Alignment::None) => {
                out.problems.push((at, "table column alignment (colons in the divider row) is not allowed: use plain --- dividers".into()));
                let plain = vec![Alignment::None; aligns.len()];
                event = Event::Start(Tag::Table(plain));
            }
            Event::Start(Tag::Link { dest_url, .. }) => check_link(at, dest_url, &mut out),
            Event::Start(Tag::Image { dest_url, .. }) => {
                if is_external(dest_url) {
                    out.problems.push((at, format!("image '{dest_url}' is on another site: put the image in public/ and link to it there")));
                }
                in_image = Some((at, String::new()));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, alt)) = in_image.as_mut() {
                    alt.push_str(t);
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some((at, alt)) = in_image.take() {
                    if alt.trim().is_empty() {
                        out.problems.push((at, "an image needs alt text: write what it shows between the square brackets".into()));
                    }
                }
            }
            _ => {}
        }
        events.push(event);
    }

    add_heading_ids(&mut events);
    html::push_html(&mut out.html, events.into_iter());
    out
}

fn is_external(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("//") || lower.contains("://") || lower.starts_with("mailto:") || lower.starts_with("tel:") || lower.starts_with("data:") || lower.starts_with("javascript:")
}

fn check_link(at: usize, url: &str, out: &mut Rendered) {
    if url.starts_with("#/") {
        out.internal_links.push((at, url.to_string()));
    } else if url.starts_with('#') {
        // An anchor on the same page is fine.
    } else if is_external(url) {
        out.problems.push((at, format!("link '{url}' leaves the app: cite it in the page's sources instead")));
    } else {
        out.problems.push((at, format!("link '{url}' is not a link inside the app: use '#/guidance/<page>' or another '#/' address")));
    }
}

/// Gives every h2 and h3 without an explicit `{#id}` an id made from its text, so pages can
/// link to their sections.
fn add_heading_ids(events: &mut [Event<'_>]) {
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, id: None, .. }) = &events[i] {
            if matches!(level, HeadingLevel::H2 | HeadingLevel::H3) {
                let mut text = String::new();
                for e in &events[i + 1..] {
                    match e {
                        Event::End(TagEnd::Heading(_)) => break,
                        Event::Text(t) | Event::Code(t) => text.push_str(t),
                        _ => {}
                    }
                }
                let slug = slugify(&text);
                if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
                    *id = Some(CowStr::from(slug));
                }
            }
        }
        i += 1;
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

    #[test]
    fn renders_markdown_and_gives_headings_ids() {
        let r = render("## What to do now\n\nCall **999**.\n");
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert!(r.html.contains("<h2 id=\"what-to-do-now\">What to do now</h2>"), "{}", r.html);
        assert!(r.html.contains("<strong>999</strong>"));
    }

    #[test]
    fn refuses_raw_html_with_its_line() {
        let r = render("Fine.\n\n<script>alert(1)</script>\n");
        assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
        assert_eq!(r.problems[0].0, 3);
        assert!(!r.html.contains("<script"));
    }

    #[test]
    fn refuses_inline_html() {
        let r = render("A <b>bold</b> claim.\n");
        assert!(!r.problems.is_empty());
        assert!(!r.html.contains("<b>"));
    }

    #[test]
    fn refuses_links_to_other_sites() {
        let r = render("See [the Act](https://legislation.gov.uk).\n");
        assert_eq!(r.problems.len(), 1);
        assert!(r.problems[0].1.contains("leaves the app"));
    }

    #[test]
    fn collects_internal_links() {
        let r = render("Read [the NRM](#/guidance/nrm).\n");
        assert!(r.problems.is_empty());
        assert_eq!(r.internal_links, vec![(1, "#/guidance/nrm".to_string())]);
    }

    #[test]
    fn images_need_alt_text_and_a_local_address() {
        let r = render("![](pic.png)\n\n![A map](https://example.org/m.png)\n");
        assert_eq!(r.problems.len(), 2, "{:?}", r.problems);
    }

    #[test]
    fn refuses_table_alignment() {
        let r = render("| a | b |\n|:--|--:|\n| 1 | 2 |\n");
        assert_eq!(r.problems.len(), 1);
        assert!(!r.html.contains("style="));
    }

    #[test]
    fn slugify_folds_punctuation() {
        assert_eq!(slugify("Who refers? (FROs)"), "who-refers-fros");
    }
}

//! Printable pages for a scenario: a handout for the room (the case, its decisions, space for
//! notes) and a facilitator sheet (notes, the rating of every choice, where it leads, its feedback
//! and guidance). These are the only workshop pages made as HTML text: a print page is drawn once
//! and never changes, so it needs no components. Every piece of text goes through one escaping
//! function, [`esc`]; scene text is HTML already (rendered from Markdown and checked at build time).

use super::view::guidance_links;
use crate::content::Library;
use crate::messages::{Arg, Join};
use crate::msg;
use crate::scenario::Scenario;
use std::fmt::Write;

use crate::text::escape_html as esc;

/// A handout for the room: the case, each decision and space for notes; no ratings.
pub fn handout(s: &Scenario) -> String {
    let mut h = top(s, &msg!("workshop-print-handout"));
    for scene in s.scenes.iter().filter(|scene| scene.ending.is_none()) {
        let _ = write!(h, "<section class=\"print-scene\"><h2>{}</h2><div class=\"prose\">", esc(&scene.heading));
        for b in scene.blocks.iter().filter(|b| b.when.is_none()) {
            h.push_str(&b.html);
        }
        h.push_str("</div>");
        if scene.blocks.iter().any(|b| b.when.is_some()) {
            let _ = write!(h, "<p class=\"meta\">{}</p>", esc(&msg!("workshop-print-depends")));
        }
        let _ = write!(h, "<h3>{}</h3>", esc(&msg!("workshop-print-what-would-you-do")));
        // Lettered A, B, C as the projector letters them, when every choice is always offered;
        // when some depend on earlier decisions the projector letters only those offered, so
        // the handout lists them without letters and says so.
        if scene.choices.iter().any(|c| c.when.is_some()) {
            let texts: Vec<String> = scene.choices.iter().map(|c| c.text.clone()).collect();
            list(&mut h, "ul class=\"print-choices\"", &texts);
            let _ = write!(h, "<p class=\"meta\">{}</p>", esc(&msg!("workshop-print-letters-differ")));
        } else {
            h.push_str("<ol class=\"print-choices lettered\">");
            for (i, c) in scene.choices.iter().enumerate() {
                let _ =
                    write!(h, "<li><span class=\"letter\">{}</span> {}</li>", super::votes::letter(i), esc(&c.text));
            }
            h.push_str("</ol>");
        }
        let _ =
            write!(h, "<div class=\"note-space\"><p>{}</p></div></section>", esc(&msg!("workshop-print-your-notes")));
    }
    h
}

/// A facilitator sheet: notes, questions, every choice with its rating, where it leads, its
/// feedback and guidance; each ending with its questions.
pub fn sheet(s: &Scenario, library: &Library) -> String {
    let heading_of = |id: &str| s.scene(id).map_or(String::new(), |t| t.heading.clone());
    let mut h = top(s, &msg!("workshop-print-sheet"));
    let starts = msg!("workshop-print-starts", start = heading_of(&s.start), reviewed = &s.reviewed);
    let _ = write!(h, "<p>{}</p>", esc(&starts));
    for scene in &s.scenes {
        let ending = scene
            .ending
            .as_ref()
            .map(|e| msg!("workshop-print-ending", outcome = e.outcome.in_sentence()))
            .unwrap_or_default();
        let _ = write!(h, "<section class=\"print-scene\"><h2>{}{}</h2>", esc(&scene.heading), esc(&ending));
        titled_list(&mut h, &msg!("workshop-print-notes"), &scene.notes);
        titled_list(&mut h, &msg!("workshop-print-questions"), &scene.pauses);
        if !scene.choices.is_empty() {
            let _ = write!(h, "<h3>{}</h3><ul class=\"sheet-choices\">", esc(&msg!("workshop-print-choices")));
            for c in &scene.choices {
                let _ = write!(
                    h,
                    "<li class=\"rating-{}\"><p><strong>{}</strong></p><p>{}</p><p>{}</p>",
                    c.rating.word(),
                    esc(&c.text),
                    esc(&msg!("workshop-print-leads-to", rating = c.rating.label(), target = heading_of(&c.target))),
                    esc(&c.feedback)
                );
                links(&mut h, &c.guidance, library);
                h.push_str("</li>");
            }
            h.push_str("</ul>");
        }
        if let Some(e) = &scene.ending {
            titled_list(&mut h, &msg!("workshop-print-reflect"), &e.debrief);
        }
        h.push_str("</section>");
    }
    h
}

fn top(s: &Scenario, kind: &str) -> String {
    let warnings = Arg::List(Join::Comma, s.content_warnings.iter().map(Arg::from).collect());
    format!(
        "<p class=\"print-kind\">{}</p><h1 tabindex=\"-1\">{}</h1><p class=\"summary\">{}</p><p><strong>{}</strong>{}</p>",
        esc(kind),
        esc(&s.title),
        esc(&s.summary),
        esc(&msg!("workshop-print-content-warning")),
        esc(&msg!("workshop-print-deals-with", warnings = warnings, minutes = i64::from(s.minutes)))
    )
}

/// `open` is the list's opening tag without brackets, e.g. `ul class="x"`.
fn list(h: &mut String, open: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = write!(h, "<{open}>");
    for item in items {
        let _ = write!(h, "<li>{}</li>", esc(item));
    }
    let _ = write!(h, "</{}>", &open[..2]);
}

fn titled_list(h: &mut String, title: &str, items: &[String]) {
    if !items.is_empty() {
        let _ = write!(h, "<h3>{title}</h3>");
        list(h, "ul", items);
    }
}

fn links(h: &mut String, keys: &[String], library: &Library) {
    let links: Vec<String> = guidance_links(keys, library)
        .iter()
        .map(|l| format!("<a href=\"{}\">{}</a>", esc(&l.href), esc(&l.title)))
        .collect();
    if !links.is_empty() {
        let words = crate::prerender::fill_list(Join::Semicolon, &links, |links| {
            msg!("workshop-print-guidance", links = links)
        });
        let _ = write!(h, "<p class=\"guidance-links\">{words}</p>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_close_with_their_own_tag() {
        let mut h = String::new();
        list(&mut h, "ol class=\"x\"", &["a<".to_string()]);
        assert_eq!(h, "<ol class=\"x\"><li>a&lt;</li></ol>");
        let mut h = String::new();
        list(&mut h, "ul", &[]);
        assert_eq!(h, "");
    }
}

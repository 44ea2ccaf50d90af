//! What the workshop screens show, as HTML made by plain Rust: the stage the room sees, the
//! presenter's notes, the debrief of the room's path, handouts and facilitator sheets. Built
//! as text rather than as components, which keeps the app's WebAssembly small and lets every
//! screen be tested natively. Scene text is already HTML (rendered from Markdown at build time);
//! everything else is escaped here.

use super::votes::{letter, split, total};
use super::{Run, Session, Stage};
use crate::content::Library;
use crate::route::Route;
use crate::scenario::{Choice, Scenario};
use std::collections::BTreeMap;
use std::fmt::Write;

pub use crate::text::escape_html as esc;

/// What a screen reader in the room should hear when the stage changes: a short summary, not
/// the whole stage. At a decision it gives the hands so far, so a change of one hand is one
/// short line ("Hands: A 3, B 9, C 0.").
pub fn announcement(session: &Session, library: &Library) -> String {
    let Some(play) = session.play(library) else { return "This scenario is no longer in the app.".into() };
    let what = match session.stage {
        Stage::Intro => session.scenario(library).map(|s| s.title.clone()).unwrap_or_default(),
        Stage::Scene | Stage::Ending => play.scene().heading.clone(),
        _ => String::new(),
    };
    let mut out = format!("Now showing {}", session.stage.label());
    if !what.is_empty() {
        let _ = write!(out, ": {what}");
    }
    out.push('.');
    if session.deciding() && total(&session.hands) > 0 {
        let ids: Vec<&str> = play.choices().map(|c| c.id.as_str()).collect();
        let parts: Vec<String> =
            split(&ids, &session.hands).iter().enumerate().map(|(i, s)| format!("{} {}", letter(i), s.hands)).collect();
        let _ = write!(out, " Hands: {}.", parts.join(", "));
    }
    out
}

/// The stage on screen. `presenter` leaves out the choices at a scene (the presenter's own
/// panel has them, with the hands).
pub fn stage(session: &Session, library: &Library, presenter: bool) -> String {
    let (Some(scenario), Some(play), Some(run)) = (session.scenario(library), session.play(library), session.run())
    else {
        return "<p class=\"message\">This scenario is no longer in the app, so it cannot be shown. Go back, or end the session.</p>".into();
    };
    let mut h = String::new();
    let offered: Vec<&Choice> = play.choices().collect();
    match session.stage {
        Stage::Intro => {
            heading(&mut h, &scenario.title);
            let _ = write!(h, "<p class=\"lead\">{}</p>", esc(&scenario.summary));
            let _ = write!(
                h,
                "<p class=\"stage-warning\"><strong>Content warning: </strong>this case deals with {}.</p>",
                esc(&scenario.content_warnings.join(", "))
            );
        }
        Stage::Scene | Stage::Ending => {
            heading(&mut h, &play.scene().heading);
            h.push_str("<div class=\"prose\">");
            for b in play.blocks() {
                h.push_str(&b.html);
            }
            h.push_str("</div>");
            if let Some(e) = play.ending() {
                let _ = write!(
                    h,
                    "<p class=\"outcome-box outcome-{}\"><span class=\"outcome-title\">{}</span></p>",
                    format!("{:?}", e.outcome).to_lowercase(),
                    esc(e.outcome.label())
                );
            }
            if !presenter && !offered.is_empty() {
                split_list(&mut h, &offered, &session.hands, false);
            }
        }
        Stage::Discuss => {
            heading(&mut h, "Talk about it");
            list(&mut h, "ul class=\"pause-questions\"", &play.scene().pauses);
        }
        Stage::Decide => {
            heading(&mut h, "What would you do?");
            split_list(&mut h, &offered, &session.hands, false);
        }
        Stage::Chosen | Stage::Revealed => {
            let decisions = run.decisions(library);
            if let Some(d) = decisions.last() {
                let index = d.offered.iter().position(|c| c.id == d.choice.id).unwrap_or(0);
                heading(&mut h, "The room chose");
                let _ = write!(
                    h,
                    "<p class=\"chosen\"><span class=\"letter\">{}</span> {}</p>",
                    letter(index),
                    esc(&d.choice.text)
                );
                if session.stage == Stage::Revealed {
                    let _ = write!(
                        h,
                        "<div class=\"feedback rating-{}\"><p class=\"rating-label\">{}</p><p>{}</p>",
                        d.choice.rating.word(),
                        d.choice.rating.label(),
                        esc(&d.choice.feedback)
                    );
                    guidance_links(&mut h, &d.choice.guidance, library);
                    h.push_str("</div>");
                } else if presenter {
                    h.push_str("<p class=\"feedback-hidden\">The feedback is hidden from the room. Press Reveal feedback (R) to show it.</p>");
                } else {
                    h.push_str(
                        "<p class=\"feedback-hidden\">The feedback will appear when the trainer reveals it.</p>",
                    );
                }
                if total(&d.hands) > 0 {
                    h.push_str("<h3 class=\"split-heading\">How the room split</h3>");
                    split_list(&mut h, &d.offered, &d.hands, true);
                }
            }
        }
        Stage::Debrief => h.push_str(&debrief(run, library)),
        Stage::Finished => {
            heading(&mut h, "End of the session");
            h.push_str("<ul class=\"session-endings\">");
            for r in &session.runs {
                let title = library.scenario(&r.scenario).map_or(r.scenario.as_str(), |s| s.title.as_str());
                let ending = r.play(library).and_then(|p| p.ending()).map_or("not finished", |e| e.outcome.label());
                let _ = write!(h, "<li><strong>{}</strong>: {}</li>", esc(title), esc(ending));
            }
            h.push_str("</ul><p>Thank you for taking part.</p>");
        }
    }
    h
}

/// The room's path through one case: each decision, how the room split, the rating, the feedback
/// and the guidance; then the questions to reflect on.
pub fn debrief(run: &Run, library: &Library) -> String {
    let mut h = String::new();
    let play = run.play(library);
    let ending = play.as_ref().and_then(|p| p.ending());
    heading(&mut h, "Debrief: the room's path");
    if let Some(p) = &play {
        let outcome = ending.map(|e| format!(": {}", e.outcome.label().to_lowercase())).unwrap_or_default();
        let _ = write!(h, "<p class=\"debrief-case\">{}{}</p>", esc(&p.scenario().title), esc(&outcome));
    }
    h.push_str("<ol class=\"debrief-steps\">");
    for d in run.decisions(library) {
        let index = d.offered.iter().position(|c| c.id == d.choice.id).unwrap_or(0);
        let _ = write!(
            h,
            "<li class=\"rating-{}\"><h3>{}</h3><p><strong>The room chose: </strong>{}. {}</p>",
            d.choice.rating.word(),
            esc(&d.scene.heading),
            letter(index),
            esc(&d.choice.text)
        );
        if total(&d.hands) > 0 {
            split_list(&mut h, &d.offered, &d.hands, true);
        } else {
            h.push_str("<p class=\"meta\">No hands were counted.</p>");
        }
        let _ =
            write!(h, "<p class=\"rating-label\">{}</p><p>{}</p>", d.choice.rating.label(), esc(&d.choice.feedback));
        guidance_links(&mut h, &d.choice.guidance, library);
        h.push_str("</li>");
    }
    h.push_str("</ol>");
    if let Some(e) = ending {
        h.push_str("<h3>Questions to reflect on</h3>");
        list(&mut h, "ul class=\"pause-questions\"", &e.debrief);
    }
    h
}

/// The presenter's notes for what is on screen: the scene's notes and discussion questions, and
/// the feedback on the path chosen before the room sees it.
pub fn notes(session: &Session, library: &Library) -> String {
    let mut h = String::new();
    let Some(play) = session.play(library) else { return h };
    if session.stage == Stage::Intro {
        let s = play.scenario();
        let _ = write!(
            h,
            "<p>About {} minutes. Check the room is ready for: {}.</p>",
            s.minutes,
            esc(&s.content_warnings.join(", "))
        );
    }
    if session.deciding() || session.stage == Stage::Ending {
        let scene = play.scene();
        list(&mut h, "ul", &scene.notes);
        if !scene.pauses.is_empty() {
            h.push_str("<h3>Questions for the room</h3>");
            list(&mut h, "ul", &scene.pauses);
        }
        if scene.notes.is_empty() && scene.pauses.is_empty() {
            h.push_str("<p>No notes for this scene.</p>");
        }
    }
    if matches!(session.stage, Stage::Chosen | Stage::Revealed) {
        if let Some(d) = session.run().and_then(|r| r.decisions(library).pop()) {
            let _ = write!(h, "<h3>Feedback: {}</h3><p>{}</p>", d.choice.rating.label(), esc(&d.choice.feedback));
        }
    }
    h
}

/// A handout for the room: the case, each decision and space for notes; no ratings.
pub fn handout(s: &Scenario) -> String {
    let mut h = top(s, "Handout");
    for scene in s.scenes.iter().filter(|scene| scene.ending.is_none()) {
        let _ = write!(h, "<section class=\"print-scene\"><h2>{}</h2><div class=\"prose\">", esc(&scene.heading));
        for b in scene.blocks.iter().filter(|b| b.when.is_none()) {
            h.push_str(&b.html);
        }
        h.push_str("</div>");
        if scene.blocks.iter().any(|b| b.when.is_some()) {
            h.push_str("<p class=\"meta\">Some of what happens here depends on earlier decisions.</p>");
        }
        h.push_str("<h3>What would you do?</h3>");
        let texts: Vec<String> = scene.choices.iter().map(|c| c.text.clone()).collect();
        list(&mut h, "ul class=\"print-choices\"", &texts);
        h.push_str("<div class=\"note-space\"><p>Your notes</p></div></section>");
    }
    h
}

/// A facilitator sheet: notes, questions, every choice with its rating, where it leads, its
/// feedback and guidance; each ending with its questions.
pub fn sheet(s: &Scenario, library: &Library) -> String {
    let heading_of = |id: &str| s.scene(id).map_or(String::new(), |t| t.heading.clone());
    let mut h = top(s, "Facilitator sheet");
    let _ = write!(h, "<p>Starts at: {}. Reviewed {}.</p>", esc(&heading_of(&s.start)), esc(&s.reviewed));
    for scene in &s.scenes {
        let ending = scene
            .ending
            .as_ref()
            .map(|e| format!(" (ending: {})", e.outcome.label().to_lowercase()))
            .unwrap_or_default();
        let _ = write!(h, "<section class=\"print-scene\"><h2>{}{}</h2>", esc(&scene.heading), esc(&ending));
        titled_list(&mut h, "Notes", &scene.notes);
        titled_list(&mut h, "Questions for the room", &scene.pauses);
        if !scene.choices.is_empty() {
            h.push_str("<h3>Choices</h3><ul class=\"sheet-choices\">");
            for c in &scene.choices {
                let _ = write!(
                    h,
                    "<li class=\"rating-{}\"><p><strong>{}</strong></p><p>{}. Leads to: {}.</p><p>{}</p>",
                    c.rating.word(),
                    esc(&c.text),
                    c.rating.label(),
                    esc(&heading_of(&c.target)),
                    esc(&c.feedback)
                );
                guidance_links(&mut h, &c.guidance, library);
                h.push_str("</li>");
            }
            h.push_str("</ul>");
        }
        if let Some(e) = &scene.ending {
            titled_list(&mut h, "Questions to reflect on", &e.debrief);
        }
        h.push_str("</section>");
    }
    h
}

/// The trainer's shortcuts, as a table.
pub fn shortcuts() -> String {
    let mut h = String::from("<table class=\"shortcut-table\"><thead><tr><th scope=\"col\">Key</th><th scope=\"col\">What it does</th></tr></thead><tbody>");
    for (key, what) in super::keys::HELP {
        let _ = write!(h, "<tr><td><kbd>{}</kbd></td><td>{}</td></tr>", esc(key), esc(what));
    }
    h.push_str("</tbody></table>");
    h
}

/// Links to the handout and facilitator sheet of every scenario.
pub fn print_links(library: &Library) -> String {
    let mut h = String::from("<ul class=\"print-list\">");
    for s in &library.scenarios {
        let title = esc(&s.title);
        let _ = write!(
            h,
            "<li><strong>{title}</strong>: <a href=\"{}\">handout<span class=\"visually-hidden\"> for {title}</span></a> · <a href=\"{}\">facilitator sheet<span class=\"visually-hidden\"> for {title}</span></a></li>",
            Route::Handout(s.id.clone()).href(),
            Route::Sheet(s.id.clone()).href()
        );
    }
    h.push_str("</ul>");
    h
}

/// The titles of a session's scenarios, as a sentence.
pub fn titles(session: &Session, library: &Library) -> String {
    let names: Vec<&str> = session
        .runs
        .iter()
        .map(|r| library.scenario(&r.scenario).map_or(r.scenario.as_str(), |x| x.title.as_str()))
        .collect();
    format!("Scenarios: {}.", names.join("; "))
}

/// The sessions kept on the laptop, newest first, each with a link to look back on it and a
/// button (`data-delete` holds its id) to delete it. `when` names a session's start.
pub fn past_sessions(sessions: &[Session], library: &Library, when: impl Fn(u64) -> String) -> String {
    if sessions.is_empty() {
        return "<p>None yet.</p>".into();
    }
    let mut h = String::from("<ul class=\"past-sessions\">");
    for s in sessions.iter().rev() {
        let started = esc(&when(s.id));
        let _ = write!(
            h,
            "<li><p><a href=\"{}\">Session of {started}</a></p><p class=\"meta\">{} {}</p><button type=\"button\" class=\"button button-secondary\" data-delete=\"{}\">Delete this record<span class=\"visually-hidden\"> of {started}</span></button></li>",
            Route::Session(s.id).href(),
            esc(&titles(s, library)),
            if s.finished() { "Finished." } else { "Not finished." },
            s.id
        );
    }
    h.push_str("</ul>");
    h
}

/// A past session to look back on: the room's path through each scenario.
pub fn session_record(session: &Session, library: &Library) -> String {
    let mut h = String::new();
    for run in &session.runs {
        let title = library
            .scenario(&run.scenario)
            .map_or_else(|| format!("{} (no longer in the app)", run.scenario), |s| s.title.clone());
        let _ = write!(h, "<section class=\"past-run\"><h2>{}</h2>", esc(&title));
        if run.steps.is_empty() {
            h.push_str("<p>The room did not take any decisions in this scenario.</p>");
        } else {
            let _ = write!(h, "<div class=\"debrief\">{}</div>", debrief(run, library));
        }
        h.push_str("</section>");
    }
    h
}

fn top(s: &Scenario, kind: &str) -> String {
    format!(
        "<p class=\"print-kind\">{kind}</p><h1 tabindex=\"-1\">{}</h1><p class=\"summary\">{}</p><p><strong>Content warning: </strong>this case deals with {}. About {} minutes.</p>",
        esc(&s.title),
        esc(&s.summary),
        esc(&s.content_warnings.join(", ")),
        s.minutes
    )
}

fn heading(h: &mut String, text: &str) {
    let _ = write!(h, "<h2 class=\"stage-heading\">{}</h2>", esc(text));
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

/// Each choice with its letter, and how hands split when any were counted. `compact` shows the
/// text to screen readers only (it is on screen already, above).
fn split_list(h: &mut String, offered: &[&Choice], hands: &BTreeMap<String, u32>, compact: bool) {
    let ids: Vec<&str> = offered.iter().map(|c| c.id.as_str()).collect();
    let counted = total(hands) > 0;
    let _ = write!(
        h,
        "<ol class=\"room-choices{}{}\">",
        if counted { " counted" } else { "" },
        if compact { " compact" } else { "" }
    );
    for (i, (c, share)) in offered.iter().zip(split(&ids, hands)).enumerate() {
        let l = letter(i);
        let text_class = if compact { "choice-text visually-hidden" } else { "choice-text" };
        let _ = write!(h, "<li class=\"room-choice\"><span class=\"letter\" aria-hidden=\"true\">{l}</span><span class=\"{text_class}\"><span class=\"visually-hidden\">{l}. </span>{}</span>", esc(&c.text));
        if counted {
            let word = if share.hands == 1 { "hand" } else { "hands" };
            // The bar's width is a class (CSP forbids inline styles): one per 5%.
            let _ = write!(h, "<span class=\"share\"><span class=\"bar w{}\"></span><span class=\"count\">{} {word} ({}%)</span></span>", (share.percent + 2) / 5 * 5, share.hands, share.percent);
        }
        h.push_str("</li>");
    }
    h.push_str("</ol>");
    if counted {
        let _ = write!(h, "<p class=\"hands-total\">{} hands raised in all.</p>", total(hands));
    }
}

/// Where each guidance key a choice rests on (`slug` or `slug/section`) points, with the page's
/// title; keys naming no page are left out (the content check refuses them anyway).
pub fn guidance_targets(keys: &[String], library: &Library) -> Vec<(String, String)> {
    keys.iter()
        .filter_map(|k| {
            let mut parts = k.splitn(2, '/');
            let slug = parts.next()?;
            let page = library.guidance_page(slug)?;
            Some((Route::Guidance(slug.to_string(), parts.next().map(str::to_string)).href(), page.title.clone()))
        })
        .collect()
}

fn guidance_links(h: &mut String, keys: &[String], library: &Library) {
    let links: Vec<String> = guidance_targets(keys, library)
        .iter()
        .map(|(href, title)| format!("<a href=\"{}\">{}</a>", esc(href), esc(title)))
        .collect();
    if !links.is_empty() {
        let _ = write!(h, "<p class=\"guidance-links\">Guidance: {}</p>", links.join("; "));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shortcut_and_every_scenario_is_listed() {
        let table = shortcuts();
        assert_eq!(table.matches("<tr>").count(), super::super::keys::HELP.len() + 1);
        let library = crate::full_library();
        let links = print_links(&library);
        for s in &library.scenarios {
            assert!(
                links.contains(&format!("#/workshop/handout/{}\"", s.id))
                    && links.contains(&format!("#/workshop/sheet/{}\"", s.id)),
                "{}",
                s.id
            );
        }
    }

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

//! What the workshop screens show, as typed data made from a [`Session`] (as Crux's
//! `view(&Model) -> ViewModel`): the stage the room sees, the presenter's notes, the debrief of
//! the room's path, the list of past sessions. The app's Leptos components only draw these, so
//! every screen's content is tested natively, and no screen builds HTML by hand. Scene text is
//! the only HTML, rendered from Markdown and checked at build time.
//!
//! The show of hands is kept apart from the stage ([`hands`]): a change of one count changes
//! one number on screen, not the whole stage.

use super::votes::{letter, split, total};
use super::{Run, Session, Stage};
use crate::content::Library;
use crate::messages::{Arg, Join};
use crate::msg;
use crate::route::Route;
use crate::scenario::{Choice, Decision, Outcome, Play, Rating};
use std::collections::BTreeMap;

/// A link to guidance, with the page's title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// Where it goes (`#/guidance/...`).
    pub href: String,
    /// The page's title.
    pub title: String,
}

/// Where each guidance key a choice rests on (`slug` or `slug/section`) points; keys naming no
/// page are left out (the content check refuses them anyway).
pub fn guidance_links(keys: &[String], library: &Library) -> Vec<Link> {
    keys.iter()
        .filter_map(|k| {
            let mut parts = k.splitn(2, '/');
            let slug = parts.next()?;
            let page = library.guidance_page(slug)?;
            let href = Route::Guidance(slug.to_string(), parts.next().map(str::to_string)).href();
            Some(Link { href, title: page.title.clone() })
        })
        .collect()
}

/// One choice as the room sees it: its letter and text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// A, B, C…
    pub letter: char,
    /// What the choice says.
    pub text: String,
}

/// How many hands went up for one choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count {
    /// Hands counted.
    pub hands: u32,
    /// Share of all hands, rounded.
    pub percent: u32,
}

impl Count {
    /// The width of its bar, in steps of 5% (a class, since the CSP forbids inline styles).
    pub fn bar(self) -> u32 {
        (self.percent + 2) / 5 * 5
    }

    /// "3 hands (25%)".
    pub fn words(self) -> String {
        crate::msg!("workshop-hands-share", hands = i64::from(self.hands), percent = i64::from(self.percent))
    }
}

/// The choices offered, with how hands split when any were counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Split {
    /// Each choice, in order.
    pub lines: Vec<Line>,
    /// Each choice's count, in the same order; `None` when no hand was counted.
    pub counts: Option<Vec<Count>>,
    /// All hands counted.
    pub total: u32,
}

fn lines(offered: &[&Choice]) -> Vec<Line> {
    offered.iter().enumerate().map(|(i, c)| Line { letter: letter(i), text: c.text.clone() }).collect()
}

fn counts(offered: &[&Choice], hands: &BTreeMap<String, u32>) -> Option<Vec<Count>> {
    let ids: Vec<&str> = offered.iter().map(|c| c.id.as_str()).collect();
    (total(hands) > 0)
        .then(|| split(&ids, hands).into_iter().map(|s| Count { hands: s.hands, percent: s.percent }).collect())
}

fn split_of(offered: &[&Choice], hands: &BTreeMap<String, u32>) -> Split {
    Split { lines: lines(offered), counts: counts(offered, hands), total: total(hands) }
}

/// Feedback on one decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feedback {
    /// How good the choice was.
    pub rating: Rating,
    /// Why.
    pub text: String,
    /// The guidance it rests on.
    pub links: Vec<Link>,
}

impl Feedback {
    /// The feedback on a choice.
    pub fn of(choice: &Choice, library: &Library) -> Feedback {
        Feedback {
            rating: choice.rating,
            text: choice.feedback.clone(),
            links: guidance_links(&choice.guidance, library),
        }
    }
}

/// One step of a debrief.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The scene where the decision was taken.
    pub heading: String,
    /// What was chosen, with its letter in a room ("A. …").
    pub chose: String,
    /// How the room split; `None` alone, `Some` with no counts when no hands were counted.
    pub split: Option<Split>,
    /// The feedback.
    pub feedback: Feedback,
}

/// A path through one case, decision by decision, then questions to reflect on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Debrief {
    /// "Debrief: the path you took" or "… the room's path".
    pub heading: String,
    /// "You chose" or "The room chose".
    pub who: String,
    /// The case and how it ended, or a count of the decisions by rating.
    pub summary: String,
    /// Each decision.
    pub steps: Vec<Step>,
    /// Questions to reflect on, from the ending.
    pub reflect: Vec<String>,
    /// The number of the first decision listed (1 unless a part of a paged debrief).
    pub first: usize,
    /// Which part of a paged debrief this is, and of how many (on the projector).
    pub part: Option<(usize, usize)>,
}

impl Debrief {
    /// One part of the debrief, as the projector shows it: one decision a part, then the
    /// questions to reflect on. A part beyond the last shows the last.
    pub fn part(mut self, part: usize) -> Debrief {
        let reflect = usize::from(!self.reflect.is_empty());
        let parts = (self.steps.len() + reflect).max(1);
        let part = part.min(parts - 1);
        if part < self.steps.len() {
            self.steps = vec![self.steps.swap_remove(part)];
            self.reflect.clear();
        } else {
            self.steps.clear();
        }
        self.first = part + 1;
        self.part = (parts > 1).then_some((part + 1, parts));
        self
    }
}

/// The debrief of one person's path (the solo player).
pub fn solo_debrief(play: &Play<'_>, library: &Library) -> Debrief {
    let decisions: Vec<Decision<'_>> = play.decisions();
    let [good, ok, poor, harmful] = play.tally();
    Debrief {
        heading: msg!("workshop-debrief-solo"),
        who: msg!("workshop-debrief-you-chose"),
        summary: msg!(
            "workshop-debrief-tally",
            n = decisions.len(),
            good = good,
            ok = ok,
            poor = poor,
            harmful = harmful
        ),
        steps: decisions
            .iter()
            .map(|d| Step {
                heading: d.scene.heading.clone(),
                chose: d.choice.text.clone(),
                split: None,
                feedback: Feedback::of(d.choice, library),
            })
            .collect(),
        reflect: play.ending().map(|e| e.debrief.clone()).unwrap_or_default(),
        first: 1,
        part: None,
    }
}

/// The debrief of the room's path through one case.
pub fn room_debrief(run: &Run, library: &Library) -> Debrief {
    let play = run.play(library);
    let ending = play.as_ref().and_then(|p| p.ending());
    let summary = play.as_ref().map_or_else(String::new, |p| {
        let title = &p.scenario().title;
        ending.map_or_else(
            || title.clone(),
            |e| msg!("workshop-debrief-ended", title = title, outcome = e.outcome.in_sentence()),
        )
    });
    Debrief {
        heading: msg!("workshop-debrief-room"),
        who: msg!("workshop-debrief-room-chose"),
        summary,
        steps: run
            .decisions(library)
            .iter()
            .map(|d| {
                let index = d.offered.iter().position(|c| c.id == d.choice.id).unwrap_or(0);
                Step {
                    heading: d.scene.heading.clone(),
                    chose: format!("{}. {}", letter(index), d.choice.text),
                    split: Some(split_of(&d.offered, &d.hands)),
                    feedback: Feedback::of(d.choice, library),
                }
            })
            .collect(),
        reflect: ending.map(|e| e.debrief.clone()).unwrap_or_default(),
        first: 1,
        part: None,
    }
}

/// What the room sees at one stage of a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StageView {
    /// The session's scenario is no longer in the app.
    Missing,
    /// Before the first scene.
    Intro {
        /// The case.
        title: String,
        /// What it is about.
        summary: String,
        /// What it deals with, as a list in words.
        warnings: String,
    },
    /// A scene, or an ending.
    Scene {
        /// Its heading.
        heading: String,
        /// Its text, as HTML checked at build time.
        blocks: Vec<String>,
        /// How the case ended, at an ending.
        ending: Option<Outcome>,
        /// The choices, for the room (not in the presenter's copy, which has its own panel).
        choices: Vec<Line>,
    },
    /// Questions to talk about before deciding.
    Discuss {
        /// The questions.
        questions: Vec<String>,
    },
    /// The room decides; hands are drawn from [`hands`].
    Decide {
        /// The choices.
        choices: Vec<Line>,
    },
    /// What the room chose, with the feedback once revealed.
    Chosen {
        /// The choice, with its letter.
        letter: char,
        /// Its text.
        text: String,
        /// The feedback, once revealed.
        feedback: Option<Feedback>,
        /// Said in place of hidden feedback.
        hidden: Option<String>,
        /// How the room split, when hands were counted.
        split: Option<Split>,
    },
    /// The room's path through the case.
    Debrief(Debrief),
    /// The end: each case and how it ended.
    Finished {
        /// (title, ending) for each case.
        endings: Vec<(String, String)>,
    },
}

/// The stage on screen. `presenter` leaves out the choices at a scene (the presenter's own
/// panel has them, with the hands).
pub fn stage(session: &Session, library: &Library, presenter: bool) -> StageView {
    let (Some(scenario), Some(play), Some(run)) = (session.scenario(library), session.play(library), session.run())
    else {
        return StageView::Missing;
    };
    let offered: Vec<&Choice> = play.choices().collect();
    match session.stage {
        Stage::Intro => StageView::Intro {
            title: scenario.title.clone(),
            summary: scenario.summary.clone(),
            warnings: scenario.content_warnings.join(", "),
        },
        Stage::Scene | Stage::Ending => StageView::Scene {
            heading: play.scene().heading.clone(),
            blocks: play.blocks().map(|b| b.html.clone()).collect(),
            ending: play.ending().map(|e| e.outcome),
            choices: if presenter { Vec::new() } else { lines(&offered) },
        },
        Stage::Discuss => StageView::Discuss { questions: play.scene().pauses.clone() },
        Stage::Decide => StageView::Decide { choices: lines(&offered) },
        Stage::Chosen | Stage::Revealed => {
            let Some(d) = run.decisions(library).pop() else { return StageView::Missing };
            let index = d.offered.iter().position(|c| c.id == d.choice.id).unwrap_or(0);
            let revealed = session.stage == Stage::Revealed;
            StageView::Chosen {
                letter: letter(index),
                text: d.choice.text.clone(),
                feedback: revealed.then(|| Feedback::of(d.choice, library)),
                hidden: match (revealed, presenter) {
                    (true, _) => None,
                    (false, true) => Some(msg!("workshop-feedback-hidden-presenter")),
                    (false, false) => Some(msg!("workshop-feedback-hidden-room")),
                },
                split: (total(&d.hands) > 0).then(|| split_of(&d.offered, &d.hands)),
            }
        }
        Stage::Debrief => StageView::Debrief(room_debrief(run, library).part(session.page)),
        Stage::Finished => StageView::Finished {
            endings: session
                .runs
                .iter()
                .map(|r| {
                    let title = library.scenario(&r.scenario).map_or(r.scenario.clone(), |s| s.title.clone());
                    let ending = r
                        .play(library)
                        .and_then(|p| p.ending())
                        .map_or_else(|| msg!("workshop-not-finished"), |e| e.outcome.label());
                    (title, ending)
                })
                .collect(),
        },
    }
}

/// The hands counted so far at a decision, one per choice offered; `None` when the room is not
/// deciding or no hand is counted yet.
pub fn hands(session: &Session, library: &Library) -> Option<Vec<Count>> {
    if !session.deciding() {
        return None;
    }
    let play = session.play(library)?;
    let offered: Vec<&Choice> = play.choices().collect();
    counts(&offered, &session.hands)
}

/// What a screen reader in the room should hear when the stage changes: a short summary, not
/// the whole stage. At a decision it gives the hands so far, so a change of one hand is one
/// short line ("Hands: A 3, B 9, C 0.").
pub fn announcement(session: &Session, library: &Library) -> String {
    let Some(play) = session.play(library) else { return msg!("workshop-announce-missing") };
    let what = match session.stage {
        Stage::Intro => session.scenario(library).map(|s| s.title.clone()).unwrap_or_default(),
        Stage::Scene | Stage::Ending => play.scene().heading.clone(),
        _ => String::new(),
    };
    let parts = session.debrief_parts(library);
    let mut out = if session.stage == Stage::Debrief && parts > 1 {
        msg!("workshop-announce-stage-part", stage = session.stage.label(), part = session.page + 1, parts = parts)
    } else {
        msg!("workshop-announce-stage", stage = session.stage.label())
    };
    if !what.is_empty() {
        out.push_str(": ");
        out.push_str(&what);
    }
    out.push('.');
    if let Some(line) = hands_line(session, library) {
        out.push(' ');
        out.push_str(&line);
    }
    out
}

/// The hands so far at a decision, in one short line for a screen reader ("Hands: A 3, B 9,
/// C 0."); `None` when the room is not deciding or no hand is counted yet. The presenter's
/// polite live region says it after each change of a count (WCAG 4.1.3).
pub fn hands_line(session: &Session, library: &Library) -> Option<String> {
    let counts = hands(session, library)?;
    let parts: Vec<Arg> =
        counts.iter().enumerate().map(|(i, c)| Arg::from(format!("{} {}", letter(i), c.hands))).collect();
    Some(msg!("workshop-announce-hands", counts = Arg::List(Join::Comma, parts)))
}

/// The presenter's notes for what is on screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Notes {
    /// Before the first scene: how long, and what to check the room is ready for.
    pub intro: Option<String>,
    /// The scene's notes.
    pub notes: Vec<String>,
    /// Questions for the room.
    pub questions: Vec<String>,
    /// True at a scene with neither notes nor questions.
    pub none: bool,
    /// The feedback on the path chosen, before the room sees it: (rating label, text).
    pub feedback: Option<(String, String)>,
}

/// The presenter's notes: the scene's notes and discussion questions, and the feedback on the
/// path chosen before the room sees it.
pub fn notes(session: &Session, library: &Library) -> Notes {
    let mut n = Notes::default();
    let Some(play) = session.play(library) else { return n };
    if session.stage == Stage::Intro {
        let s = play.scenario();
        let warnings = Arg::List(Join::Comma, s.content_warnings.iter().map(Arg::from).collect());
        n.intro = Some(msg!("workshop-notes-intro", minutes = i64::from(s.minutes), warnings = warnings));
    }
    if session.deciding() || session.stage == Stage::Ending {
        let scene = play.scene();
        n.notes = scene.notes.clone();
        n.questions = scene.pauses.clone();
        n.none = scene.notes.is_empty() && scene.pauses.is_empty();
    }
    if matches!(session.stage, Stage::Chosen | Stage::Revealed) {
        if let Some(d) = session.run().and_then(|r| r.decisions(library).pop()) {
            n.feedback = Some((d.choice.rating.label(), d.choice.feedback.clone()));
        }
    }
    n
}

/// The titles of a session's scenarios, as a sentence.
pub fn titles(session: &Session, library: &Library) -> String {
    let names: Vec<Arg> = session
        .runs
        .iter()
        .map(|r| Arg::from(library.scenario(&r.scenario).map_or(r.scenario.as_str(), |x| x.title.as_str())))
        .collect();
    msg!("workshop-titles", titles = Arg::List(Join::Semicolon, names))
}

/// A session kept on the laptop, for the list of past sessions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Past {
    /// Its id (when it started).
    pub id: u64,
    /// Where to look back on it.
    pub href: String,
    /// Its scenarios and whether it finished, as a sentence.
    pub about: String,
}

/// The sessions kept on the laptop, newest first.
pub fn past_sessions(sessions: &[Session], library: &Library) -> Vec<Past> {
    sessions
        .iter()
        .rev()
        .map(|s| Past {
            id: s.id,
            href: Route::Session(s.id).href(),
            about: format!(
                "{} {}",
                titles(s, library),
                if s.finished() { msg!("workshop-past-finished") } else { msg!("workshop-past-not-finished") }
            ),
        })
        .collect()
}

/// One case of a past session: its title, and the room's path when it took any decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunRecord {
    /// The case's title (or its id, when no longer in the app).
    pub title: String,
    /// The room's path; `None` when it took no decision.
    pub debrief: Option<Debrief>,
}

/// A past session to look back on: the room's path through each case.
pub fn session_record(session: &Session, library: &Library) -> Vec<RunRecord> {
    session
        .runs
        .iter()
        .map(|run| RunRecord {
            title: library
                .scenario(&run.scenario)
                .map_or_else(|| msg!("workshop-scenario-gone", id = &run.scenario), |s| s.title.clone()),
            debrief: (!run.steps.is_empty()).then(|| room_debrief(run, library)),
        })
        .collect()
}

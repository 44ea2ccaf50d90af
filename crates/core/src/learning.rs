//! My learning record (for CPD): the scenarios a learner finished on this device, when, how long
//! each took, the path and the ending, with an optional reflection of their own; the guidance
//! pages they opened. No score and no claim of accreditation. As CSV for an organisation's CPD
//! system, and a workshop session's path and hands as CSV for a trainer.

use crate::content::Library;
use crate::msg;
use crate::scenario::{Play, Step};
use crate::storage::Saved;
use crate::workshop::votes::letter;
use crate::workshop::Session;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One finished play of a scenario, as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finished {
    /// The ending scene reached.
    pub ending: String,
    /// When it was reached (milliseconds since 1970, this device's clock).
    pub at: u64,
    /// Minutes from starting the play to its ending, breaks included (at least 1).
    pub minutes: u32,
    /// The decisions taken.
    pub path: Vec<Step>,
}

/// Longest reflection kept, in characters.
pub const MAX_REFLECTION: usize = 4000;

/// A reflection as the app keeps it: cleaned like every other free text
/// ([`crate::text::clean`], several lines allowed) and cut to [`MAX_REFLECTION`] characters.
pub fn clean_reflection(text: &str) -> String {
    crate::text::clean(text, crate::text::Lines::Many).chars().take(MAX_REFLECTION).collect()
}

/// Minutes between two times, at least 1.
pub fn minutes_between(start: u64, end: u64) -> u32 {
    u32::try_from(end.saturating_sub(start) / 60_000).unwrap_or(u32::MAX).max(1)
}

/// What the learning record keeps besides the plays (format 9): the name for the certificate,
/// typed on this device, and the time counted on each activity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Learner {
    /// The name printed on the certificate (empty: a line to write it on).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Time counted on each activity, by [`Activity::key`].
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub time: BTreeMap<String, Spent>,
}

/// Time counted on one activity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spent {
    /// Seconds counted, never more than the activity's cap.
    pub seconds: u32,
    /// When time was first counted on it (milliseconds since 1970).
    pub first: u64,
    /// When time was last counted on it.
    pub last: u64,
}

/// Something a learner spends time on: a scenario or a guidance page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Activity {
    /// A case scenario, by id.
    Scenario(String),
    /// A guidance page, by slug.
    Guidance(String),
}

/// The longest name kept for the certificate, in characters.
pub const MAX_NAME: usize = 100;
/// The most activities counted (far more than the app has).
pub const MAX_ACTIVITIES: usize = 2_000;
/// The longest stretch counted between two counts: a device asleep or a tab frozen in between
/// adds no more than this.
pub const STEP_MS: u64 = 60_000;
/// With no key, click, touch or scroll for this long, time stops counting until the next one.
pub const IDLE_MS: u64 = 5 * 60_000;
/// The most counted on one guidance page, in minutes.
pub const PAGE_CAP_MINUTES: u32 = 30;
/// The most counted on a scenario: this many times its estimated length.
pub const SCENARIO_CAP_TIMES: u32 = 3;
/// Time counted on leaving a page is kept only from this many milliseconds: a glance while
/// passing through (and the last few seconds of a visit) is not kept, so passing through a page
/// writes nothing to the device.
pub const MIN_KEPT_MS: u64 = 5_000;
/// A guidance page counts as read once this many seconds were counted on it.
pub const READ_SECONDS: u32 = 60;
/// The rule, as the record and certificate say it.
pub fn time_rule() -> String {
    // The figures are the rules' own constants, never written into the message.
    msg!(
        "learning-time-rule",
        idle_minutes = IDLE_MS / 60_000,
        cap_times = SCENARIO_CAP_TIMES,
        page_minutes = PAGE_CAP_MINUTES,
        read_minutes = READ_SECONDS / 60
    )
}

/// When a guidance page counts as read, as the learning record says it with no page read yet.
pub fn read_rule() -> String {
    msg!("learning-pages-read-none", read_minutes = READ_SECONDS / 60)
}

impl Activity {
    /// The activity a screen is (by its route), if any.
    pub fn of(route: &crate::route::Route) -> Option<Activity> {
        match route {
            crate::route::Route::Scenario(id) => Some(Activity::Scenario(id.clone())),
            crate::route::Route::Guidance(slug, _) => Some(Activity::Guidance(slug.clone())),
            _ => None,
        }
    }

    /// How it is kept: `scenario/<id>` or `guidance/<slug>`.
    pub fn key(&self) -> String {
        match self {
            Activity::Scenario(id) => format!("scenario/{id}"),
            Activity::Guidance(slug) => format!("guidance/{slug}"),
        }
    }

    /// The most counted on it, in seconds.
    pub fn cap_seconds(&self, library: &Library) -> u32 {
        match self {
            Activity::Scenario(id) => {
                let minutes = library.scenario(id).map_or(30, |s| s.minutes).clamp(5, 60);
                minutes * SCENARIO_CAP_TIMES * 60
            }
            Activity::Guidance(_) => PAGE_CAP_MINUTES * 60,
        }
    }
}

/// The part of the stretch from `from` to `to` that counts, in milliseconds: at most
/// [`STEP_MS`], and none after [`IDLE_MS`] with no input (the last at `last_input`).
pub fn countable(from: u64, to: u64, last_input: u64) -> u64 {
    let end = to.min(last_input.saturating_add(IDLE_MS)).min(from.saturating_add(STEP_MS));
    end.saturating_sub(from)
}

impl Learner {
    /// Counts the stretch from `from` to `to` on `activity` (see [`countable`]), up to its cap
    /// of `cap` seconds. Returns the seconds added. Whole seconds only: the rest of a stretch is
    /// the caller's to carry to the next count.
    pub fn count(&mut self, activity: &Activity, cap: u32, from: u64, to: u64, last_input: u64) -> u32 {
        let seconds = u32::try_from(countable(from, to, last_input) / 1000).unwrap_or(u32::MAX);
        self.add(activity, cap, seconds, from, to)
    }

    /// Adds `seconds` already counted (by [`countable`]) between `from` and `to` on `activity`,
    /// up to its cap of `cap` seconds. Returns the seconds added.
    pub fn add(&mut self, activity: &Activity, cap: u32, seconds: u32, from: u64, to: u64) -> u32 {
        if seconds == 0 || (self.time.len() >= MAX_ACTIVITIES && !self.time.contains_key(&activity.key())) {
            return 0;
        }
        let spent = self.time.entry(activity.key()).or_insert(Spent { seconds: 0, first: from, last: from });
        let added = seconds.min(cap.saturating_sub(spent.seconds));
        spent.seconds += added;
        spent.last = spent.last.max(to);
        added
    }

    /// Whether what was read is within what this app writes (checked when read from storage
    /// or a file).
    pub fn check(&self) -> Result<(), &'static str> {
        let biggest = 60 * SCENARIO_CAP_TIMES * 60;
        if self.name.chars().count() > MAX_NAME || self.name != clean_name(&self.name) {
            Err("the name is not one this app keeps")
        } else if self.time.len() > MAX_ACTIVITIES
            || self.time.iter().any(|(k, t)| {
                k.len() > 300
                    || !(k.starts_with("scenario/") || k.starts_with("guidance/"))
                    || t.seconds > biggest
                    || t.first > t.last
                    || t.last > crate::workshop::session::MAX_TIME
            })
        {
            Err("a time counted is out of range")
        } else {
            Ok(())
        }
    }
}

/// A name as the certificate keeps it: one line, cleaned like every free text, at most
/// [`MAX_NAME`] characters, without spaces at either end.
pub fn clean_name(text: &str) -> String {
    let cleaned: String = crate::text::clean(text, crate::text::Lines::One).chars().take(MAX_NAME).collect();
    cleaned.trim().to_string()
}

/// Whole minutes from seconds, rounded to the nearest.
pub fn minutes_of(seconds: u32) -> u32 {
    (seconds + 30) / 60
}

/// The certificate's facts, from what is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    /// The name typed on this device (empty: a line to write it on).
    pub name: String,
    /// The first and last day anything was done, if anything was (milliseconds).
    pub from_to: Option<(u64, u64)>,
    /// Each scenario with time counted or finished: its title, minutes counted and whether it
    /// was finished.
    pub scenarios: Vec<(String, u32, bool)>,
    /// The guidance pages read (by the rule), by title.
    pub pages_read: Vec<String>,
    /// Minutes counted on guidance pages.
    pub reading_minutes: u32,
    /// Minutes counted in all.
    pub total_minutes: u32,
}

/// The certificate, from what is kept on the device.
pub fn certificate(saved: &Saved, library: &Library) -> Certificate {
    let learner = &saved.learner;
    let mut times: Vec<u64> = Vec::new();
    let mut scenarios: BTreeMap<String, (String, u32, bool)> = BTreeMap::new();
    let title =
        |id: &str| library.scenario(id).map_or_else(|| msg!("learning-scenario-gone", id = id), |s| s.title.clone());
    for (id, progress) in &saved.scenarios {
        for f in &progress.finished {
            times.push(f.at);
            scenarios.entry(id.clone()).or_insert_with(|| (title(id), 0, false)).2 = true;
        }
    }
    let mut pages_read = Vec::new();
    let mut reading = 0u32;
    let mut total = 0u32;
    for (key, spent) in &learner.time {
        times.extend([spent.first, spent.last]);
        total = total.saturating_add(spent.seconds);
        if let Some(id) = key.strip_prefix("scenario/") {
            scenarios.entry(id.to_string()).or_insert_with(|| (title(id), 0, false)).1 += spent.seconds;
        } else if let Some(slug) = key.strip_prefix("guidance/") {
            reading = reading.saturating_add(spent.seconds);
            if spent.seconds >= READ_SECONDS {
                pages_read.push(
                    library.guidance_page(slug).map_or_else(|| slug.to_string(), |p| p.title_shown().to_string()),
                );
            }
        }
    }
    pages_read.sort();
    let mut scenarios: Vec<(String, u32, bool)> =
        scenarios.into_values().map(|(t, seconds, done)| (t, minutes_of(seconds), done)).collect();
    scenarios.sort();
    Certificate {
        name: learner.name.clone(),
        from_to: times.iter().min().zip(times.iter().max()).map(|(a, b)| (*a, *b)),
        scenarios,
        pages_read,
        reading_minutes: minutes_of(reading),
        total_minutes: minutes_of(total),
    }
}

/// One finished play, as shown and exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completed {
    /// The scenario's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// When it ended.
    pub at: u64,
    /// Minutes taken.
    pub minutes: u32,
    /// How it ended ("A good outcome for the child: Kobe at 18").
    pub ending: String,
    /// Each decision: "scene heading: choice (rating)".
    pub path: Vec<String>,
}

/// Every finished play kept on the device, newest first. Plays of a scenario no longer in the
/// app, or whose path no longer replays, are listed with what is known.
pub fn completed(saved: &Saved, library: &Library) -> Vec<Completed> {
    let mut out = Vec::new();
    for (id, progress) in &saved.scenarios {
        let scenario = library.scenario(id);
        for f in &progress.finished {
            let play = scenario.and_then(|s| Play::replay(s, &f.path).ok());
            let ending = match (&play, play.as_ref().and_then(|p| p.ending())) {
                (Some(p), Some(e)) => format!("{}: {}", e.outcome.label(), p.scene().heading),
                _ => f.ending.clone(),
            };
            let path = play
                .as_ref()
                .map(|p| {
                    p.decisions()
                        .iter()
                        .map(|d| format!("{}: {} ({})", d.scene.heading, d.choice.text, d.choice.rating.label()))
                        .collect()
                })
                .unwrap_or_default();
            out.push(Completed {
                id: id.clone(),
                title: scenario.map_or_else(|| msg!("learning-scenario-gone", id = id), |s| s.title.clone()),
                at: f.at,
                minutes: f.minutes,
                ending,
                path,
            });
        }
    }
    out.sort_by(|a, b| b.at.cmp(&a.at).then(a.id.cmp(&b.id)));
    out
}

/// One CSV cell: quoted, quotes doubled, and text a spreadsheet could run as a formula made
/// inert with a leading apostrophe. A formula is looked for after anything a spreadsheet may
/// trim or not show (spaces of every kind, line breaks, tabs, zero-width and other invisible
/// characters), in ordinary and full-width forms (`=`, `+`, `-`, `@`, `＝`, `＋`, `－`, `＠`).
fn cell(text: &str) -> String {
    let starts_blank = text.starts_with(['\t', '\r', '\n']);
    let first = text.chars().find(|c| !(c.is_whitespace() || c.is_control() || is_invisible(*c)));
    let formula = matches!(
        first,
        Some(
            '=' | '+'
                | '-'
                | '@'
                | '\u{ff1d}'
                | '\u{ff0b}'
                | '\u{ff0d}'
                | '\u{ff20}'
                | '\u{fe66}'
                | '\u{fe62}'
                | '\u{fe63}'
                | '\u{fe6b}'
                | '\u{2212}'
        )
    );
    let guarded = if starts_blank || formula { format!("'{text}") } else { text.to_string() };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

/// Characters that show nothing: zero-width and joining characters, direction controls, the
/// byte-order mark, variation selectors, fillers and tags.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}' | '\u{180b}'..='\u{180f}'
        | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{3164}'
        | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ffa0}' | '\u{fff0}'..='\u{fffb}' | '\u{e0000}'..='\u{e0fff}')
}

fn row(cells: &[String]) -> String {
    let mut line = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// The learning record as CSV: one row per finished play, with the learner's reflection on that
/// scenario. `when` writes a time in the device's own words.
pub fn csv(saved: &Saved, library: &Library, when: impl Fn(u64) -> String) -> String {
    let mut out = row(&[
        msg!("learning-csv-finished"),
        msg!("learning-csv-scenario"),
        msg!("learning-csv-minutes"),
        msg!("learning-csv-ending"),
        msg!("learning-csv-decisions"),
        msg!("learning-csv-reflection"),
    ]);
    for c in completed(saved, library) {
        let reflection = saved.scenarios.get(&c.id).map(|p| p.reflection.clone()).unwrap_or_default();
        out.push_str(&row(&[when(c.at), c.title, c.minutes.to_string(), c.ending, c.path.join(" | "), reflection]));
    }
    out
}

/// A workshop session as CSV, for a trainer's records: one row per decision the room took, with
/// how many hands each choice had, one column per choice letter (A, B, C…) so a spreadsheet can
/// add them up. Nothing about the people in the room.
pub fn session_csv(session: &Session, library: &Library) -> String {
    let runs: Vec<(String, Vec<crate::workshop::RoomDecision<'_>>)> = session
        .runs
        .iter()
        .map(|run| {
            let title = library.scenario(&run.scenario).map_or(run.scenario.clone(), |s| s.title.clone());
            (title, run.decisions(library))
        })
        .collect();
    let widest = runs.iter().flat_map(|(_, d)| d.iter().map(|d| d.offered.len())).max().unwrap_or(0).max(3);
    let mut header: Vec<String> = vec![
        msg!("learning-csv-scenario"),
        msg!("learning-csv-decision"),
        msg!("learning-csv-scene"),
        msg!("learning-csv-room-chose"),
        msg!("learning-csv-rating"),
    ];
    header.extend((0..widest).map(|k| msg!("learning-csv-hands", letter = letter(k).to_string())));
    let mut out = row(&header);
    for (title, decisions) in &runs {
        for (i, d) in decisions.iter().enumerate() {
            let chosen = d.offered.iter().position(|c| c.id == d.choice.id).unwrap_or(0);
            let mut cells = vec![
                title.clone(),
                (i + 1).to_string(),
                d.scene.heading.clone(),
                format!("{}. {}", letter(chosen), d.choice.text),
                d.choice.rating.label().to_string(),
            ];
            cells.extend((0..widest).map(|k| {
                d.offered.get(k).map_or_else(String::new, |c| d.hands.get(&c.id).copied().unwrap_or(0).to_string())
            }));
            out.push_str(&row(&cells));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_rule_says_the_settings_in_words() {
        assert_eq!(
            time_rule(),
            "Time is counted only while a scenario or guidance page is open, on screen and in use on this device: it stops after 5 minutes with no key press, click, touch or scroll, and counts at most three times a scenario's estimated length and 30 minutes a guidance page. A page counts as read after 1 minute on it."
        );
        assert_eq!(read_rule(), "None yet (a page counts as read after 1 minute on it).");
    }

    #[test]
    fn cells_are_quoted_and_formulas_made_inert() {
        assert_eq!(cell("plain"), "\"plain\"");
        assert_eq!(cell("say \"hi\", then go"), "\"say \"\"hi\"\", then go\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("-5"), "\"'-5\"");
        assert_eq!(row(&["a".into(), "b\nc".into()]), "\"a\",\"b\nc\"\r\n");
    }

    #[test]
    fn formulas_behind_spaces_invisible_characters_or_in_full_width_are_made_inert() {
        // The hostile test's residual risk: a formula after a space, NBSP, ZWSP or LF, or a
        // full-width sign, was not prefixed.
        for formula in [
            " =1+1",
            "\u{a0}=1+1",
            "\u{200b}=HYPERLINK(\"x\")",
            "\n=1+1",
            "\r\n@SUM(A1)",
            "\t+1",
            "\u{feff}-1",
            "\u{202e}=1",
            "\u{3000}=1",
            "\u{ff1d}1+1",
            "\u{ff0b}1",
            "\u{ff0d}1",
            "\u{ff20}SUM(A1)",
            " \u{2060} \u{200d}+1",
            "\u{2212}1",
        ] {
            assert!(cell(formula).starts_with("\"'"), "{formula:?} gave {}", cell(formula));
        }
        for plain in ["plain", "a = b", "1+1", "email a@b.c", " ordinary", "", "\u{a0}text"] {
            assert!(!cell(plain).starts_with("\"'"), "{plain:?} gave {}", cell(plain));
        }
    }

    #[test]
    fn only_time_in_use_counts_in_steps_of_at_most_a_minute() {
        // In use: the whole stretch.
        assert_eq!(countable(0, 15_000, 0), 15_000);
        // A device asleep for an hour between two counts adds one minute at most.
        assert_eq!(countable(0, 3_600_000, 0), STEP_MS);
        // No input for more than 5 minutes: nothing counts after that.
        assert_eq!(countable(400_000, 415_000, 0), 0);
        assert_eq!(countable(290_000, 310_000, 0), 10_000);
        // A clock put back counts nothing.
        assert_eq!(countable(10_000, 5_000, 10_000), 0);
    }

    #[test]
    fn a_tab_left_open_overnight_counts_no_more_than_its_cap() {
        let page = Activity::Guidance("nrm".into());
        let mut learner = Learner::default();
        let mut now = 1_000_000;
        // Eight hours of counts every 15 s, with someone scrolling all the time.
        for _ in 0..(8 * 240) {
            learner.count(&page, PAGE_CAP_MINUTES * 60, now, now + 15_000, now);
            now += 15_000;
        }
        assert_eq!(learner.time["guidance/nrm"].seconds, PAGE_CAP_MINUTES * 60);
        // Left alone: after 5 minutes with no input, nothing more.
        let mut idle = Learner::default();
        let start = 1_000_000;
        let mut t = start;
        for _ in 0..(8 * 240) {
            idle.count(&page, PAGE_CAP_MINUTES * 60, t, t + 15_000, start);
            t += 15_000;
        }
        assert_eq!(idle.time["guidance/nrm"].seconds, 300);
        assert_eq!(idle.time["guidance/nrm"].first, start);
        assert!(idle.check().is_ok());
    }

    #[test]
    fn names_are_one_clean_line_and_bounds_are_checked() {
        assert_eq!(clean_name("  Sam\u{202e} Jones\n "), "Sam Jones");
        assert_eq!(clean_name(&"x".repeat(300)).chars().count(), MAX_NAME);
        let mut l = Learner { name: "Sam".into(), ..Learner::default() };
        assert!(l.check().is_ok());
        l.name = "two\nlines".into();
        assert!(l.check().is_err());
        l.name.clear();
        l.time.insert("elsewhere/x".into(), Spent::default());
        assert!(l.check().is_err());
        l.time.clear();
        l.time.insert("scenario/kobe".into(), Spent { seconds: 1, first: 5, last: 4 });
        assert!(l.check().is_err());
    }

    #[test]
    fn minutes_are_at_least_one() {
        assert_eq!(minutes_between(0, 10_000), 1);
        assert_eq!(minutes_between(0, 25 * 60_000 + 1), 25);
        assert_eq!(minutes_between(10, 0), 1);
    }
}

//! My learning record (for CPD): the scenarios a learner finished on this device, when, how long
//! each took, the path and the ending, with an optional reflection of their own; the guidance
//! pages they opened. No score and no claim of accreditation. As CSV for an organisation's CPD
//! system, and a workshop session's path and hands as CSV for a trainer.

use crate::content::Library;
use crate::scenario::{Play, Step};
use crate::storage::Saved;
use crate::workshop::votes::letter;
use crate::workshop::Session;
use serde::{Deserialize, Serialize};

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
                title: scenario.map_or_else(|| format!("{id} (no longer in the app)"), |s| s.title.clone()),
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
    let mut out = row(&["Finished", "Scenario", "Minutes", "Ending", "Decisions", "Reflection"].map(String::from));
    for c in completed(saved, library) {
        let reflection = saved.scenarios.get(&c.id).map(|p| p.reflection.clone()).unwrap_or_default();
        out.push_str(&row(&[when(c.at), c.title, c.minutes.to_string(), c.ending, c.path.join(" | "), reflection]));
    }
    out
}

/// A workshop session as CSV, for a trainer's records: one row per decision the room took, with
/// how many hands each choice had. Nothing about the people in the room.
pub fn session_csv(session: &Session, library: &Library) -> String {
    let mut out = row(&["Scenario", "Decision", "Scene", "The room chose", "Rating", "Hands"].map(String::from));
    for run in &session.runs {
        let title = library.scenario(&run.scenario).map_or(run.scenario.clone(), |s| s.title.clone());
        for (i, d) in run.decisions(library).iter().enumerate() {
            let chosen = d.offered.iter().position(|c| c.id == d.choice.id).unwrap_or(0);
            let hands = d
                .offered
                .iter()
                .enumerate()
                .map(|(k, c)| format!("{} {}", letter(k), d.hands.get(&c.id).copied().unwrap_or(0)))
                .collect::<Vec<_>>()
                .join(", ");
            out.push_str(&row(&[
                title.clone(),
                (i + 1).to_string(),
                d.scene.heading.clone(),
                format!("{}. {}", letter(chosen), d.choice.text),
                d.choice.rating.label().to_string(),
                hands,
            ]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn minutes_are_at_least_one() {
        assert_eq!(minutes_between(0, 10_000), 1);
        assert_eq!(minutes_between(0, 25 * 60_000 + 1), 25);
        assert_eq!(minutes_between(10, 0), 1);
    }
}

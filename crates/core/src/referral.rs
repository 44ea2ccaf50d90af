//! Preparing a National Referral Mechanism referral: the short notes a practitioner gathers
//! first, a check for details that could identify a child, and the summary to copy or print.
//!
//! The notes themselves ([`Draft`], in `crate::referral_notes`) live in the checklist answers
//! ([`crate::screening::Answers::referral`]), so they follow the same choice: in memory for this
//! visit unless the person chose to keep answers.

use crate::content::Library;
/// The guard for identifying details, used on every note and action (it lives in its own module
/// because the judgement's reason uses it too).
pub use crate::identifiers::{identifiers, warning, Identifier};
use crate::msg;
use crate::nation::Nation;
/// The notes, their limits and the action log (in their own module, so the screening answers
/// that hold them need nothing from this one).
pub use crate::referral_notes::{action_lines, Action, ActionError, Draft, Field, MAX_ACTION, MAX_ACTIONS, MAX_FIELD};
use crate::screening::{Answers, Level, Outcome};
use std::fmt::Write;

/// The page that says what to gather and who completes the referral, with its sources.
pub const GUIDANCE: &str = "prepare-a-referral";

/// Said under every note box before anything is typed, and read with the box: how much a note
/// holds.
pub fn note_limit() -> String {
    msg!("referral-note-limit", max = grouped(MAX_FIELD))
}

/// The hint beside the action log's "When" box: what leaving it empty does.
pub fn when_hint() -> String {
    msg!("referral-when-hint")
}

/// A note's character count, as the box under it says it: (the words, whether the note is at
/// its limit). Counted as the browser counts a text box's length (UTF-16 code units), since
/// the box stops taking text there; a note at the limit says so before anything is lost.
pub fn note_count(text: &str) -> (String, bool) {
    let used = text.encode_utf16().count();
    match MAX_FIELD.checked_sub(used) {
        Some(0) => (msg!("referral-note-full", max = grouped(MAX_FIELD)), true),
        Some(left) => (msg!("referral-note-left", n = left, count = grouped(left)), false),
        None => {
            let over = used - MAX_FIELD;
            (msg!("referral-note-over", n = over, count = grouped(over), max = grouped(MAX_FIELD)), true)
        }
    }
}

/// A count with a comma between thousands, as the app writes numbers.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Whether a level calls for preparing a referral (concern or above).
pub fn is_due(level: Level) -> bool {
    level >= Level::Concern
}

/// Who completes a child's referral in `nation`, in one line. The Duty to Notify is the
/// register's (`msa-s52-child`), worded as every page words it.
pub fn who_completes(nation: Option<Nation>) -> String {
    match nation {
        Some(Nation::England) | Some(Nation::Wales) => {
            msg!("referral-who-england-wales", duty = crate::facts::MSA_S52_CHILD)
        }
        Some(Nation::Scotland) => msg!("referral-who-scotland"),
        Some(Nation::NorthernIreland) => msg!("referral-who-northern-ireland"),
        None => msg!("referral-who-no-nation"),
    }
}

/// The summary to copy or print: the outcome of the check, then each note, then the actions
/// taken. It holds what was ticked and typed and nothing else (no saved contacts); it cannot
/// tell whether a note holds a name, and says so.
pub fn summary(library: &Library, outcome: &Outcome, answers: &Answers, nation: Option<Nation>, when: &str) -> String {
    let draft = &answers.referral;
    // The check's words are the screen's and the record's: the screening's view model (no
    // steps: the summary does not repeat them).
    let view = crate::screening::view::ScreeningView::of(library, outcome, Vec::new());
    let mut t = String::new();
    let _ = writeln!(t, "{}", msg!("referral-summary-title"));
    let _ = writeln!(t, "{}", msg!("referral-summary-made", when = when));
    let _ = writeln!(
        t,
        "{}",
        msg!(
            "referral-summary-nation",
            nation = nation.map_or_else(|| msg!("referral-summary-nation-not-chosen"), |n| n.name())
        )
    );
    let _ = writeln!(t, "{}", msg!("referral-summary-who", who = who_completes(nation)));
    let _ = writeln!(t, "\n{}", msg!("referral-summary-level", level = view.title.as_str()));
    // Refused judgements too: the summary says what the record says.
    if let Some(line) = &view.judgement {
        let _ = writeln!(t, "{line}");
    }
    let _ = writeln!(t, "{}", msg!("referral-summary-age", age = answers.age.label()));
    for field in Field::ALL {
        let _ = writeln!(t, "\n{}", msg!("referral-summary-heading", heading = field.heading()));
        let text = draft.get(field);
        if text.is_empty() {
            let _ = writeln!(t, "{}", msg!("referral-summary-not-written"));
        } else {
            let _ = writeln!(t, "{text}");
        }
        if field == Field::Account {
            // The signs come straight after the account, as the check recorded them.
            let _ = writeln!(t, "\n{}", msg!("referral-summary-signs"));
            if view.signs.is_empty() {
                let _ = writeln!(t, "{}", msg!("referral-summary-no-signs"));
            }
            for s in &view.signs {
                let _ = writeln!(t, "- {}", s.text);
            }
        }
    }
    let _ = writeln!(t, "\n{}", msg!("referral-summary-actions"));
    if draft.actions.is_empty() {
        let _ = writeln!(t, "{}", msg!("referral-summary-no-actions"));
    }
    for line in action_lines(draft) {
        let _ = writeln!(t, "- {line}");
    }
    let _ = writeln!(t, "\n{}", msg!("referral-summary-caution"));
    let _ = writeln!(t, "{}", msg!("referral-summary-version", version = &library.version));
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_says_how_much_is_left_and_when_it_is_full() {
        assert_eq!(note_count(""), ("You have 1,500 characters left.".to_string(), false));
        assert_eq!(note_count("abc"), ("You have 1,497 characters left.".to_string(), false));
        assert_eq!(note_count(&"x".repeat(MAX_FIELD - 1)).0, "You have 1 character left.");
        assert_eq!(note_count(&"x".repeat(MAX_FIELD - 999)).0, "You have 999 characters left.");
        let (full, at_limit) = note_count(&"x".repeat(MAX_FIELD));
        assert!(at_limit);
        assert!(full.starts_with("You have no characters left."), "{full}");
        let (over, at_limit) = note_count(&"x".repeat(MAX_FIELD + 1234));
        assert!(at_limit);
        assert_eq!(over, "You have 1,234 characters too many. Only the first 1,500 are kept.");
        // Counted as the browser's box counts: a character outside the basic plane is two.
        assert_eq!(note_count("\u{1F600}").0, "You have 1,498 characters left.");
        // The limit the hint states is the one the notes are cut to.
        assert!(note_limit().contains(&grouped(MAX_FIELD)));
    }

    #[test]
    fn concern_and_above_are_due() {
        assert!(!is_due(Level::NothingRecorded));
        assert!(!is_due(Level::BeAlert));
        assert!(is_due(Level::Concern) && is_due(Level::ReferNow) && is_due(Level::Emergency));
    }
}

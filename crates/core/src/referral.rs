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
    format!("You can enter up to {} characters.", grouped(MAX_FIELD))
}

/// The hint beside the action log's "When" box: what leaving it empty does.
pub const WHEN_HINT: &str =
    "For example: 14:20 today, or yesterday evening. Leave it empty to use the date and time you add the action.";

/// A note's character count, as the box under it says it: (the words, whether the note is at
/// its limit). Counted as the browser counts a text box's length (UTF-16 code units), since
/// the box stops taking text there; a note at the limit says so before anything is lost.
pub fn note_count(text: &str) -> (String, bool) {
    let used = text.encode_utf16().count();
    match MAX_FIELD.checked_sub(used) {
        Some(0) => (
            format!(
                "You have no characters left. A note holds {} characters: shorten it to add more.",
                grouped(MAX_FIELD)
            ),
            true,
        ),
        Some(1) => ("You have 1 character left.".into(), false),
        Some(left) => (format!("You have {} characters left.", grouped(left)), false),
        None => (
            format!(
                "You have {} characters too many. Only the first {} are kept.",
                grouped(used - MAX_FIELD),
                grouped(MAX_FIELD)
            ),
            true,
        ),
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
pub fn who_completes(nation: Option<Nation>) -> &'static str {
    static ENGLAND_AND_WALES: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    match nation {
        Some(Nation::England) | Some(Nation::Wales) => ENGLAND_AND_WALES.get_or_init(|| {
            format!(
                "Children's services usually complete a child's referral; police forces and some named charities are also First Responder Organisations; {}.",
                crate::facts::MSA_S52_CHILD
            )
        }),
        Some(Nation::Scotland) => "Social work normally completes a child's referral, after an Inter-agency Referral Discussion (IRD) under child protection procedures.",
        Some(Nation::NorthernIreland) => "The Health and Social Care (HSC) Trust is the First Responder for children.",
        None => "Only a First Responder Organisation can submit the referral; for a child this is usually children's services (social work in Scotland; the HSC Trust in Northern Ireland).",
    }
}

/// The summary to copy or print: the outcome of the check, then each note, then the actions
/// taken. It holds what was ticked and typed and nothing else (no saved contacts); it cannot
/// tell whether a note holds a name, and says so.
pub fn summary(library: &Library, outcome: &Outcome, answers: &Answers, nation: Option<Nation>, when: &str) -> String {
    let draft = &answers.referral;
    let mut t = String::new();
    let _ = writeln!(t, "Recognise & Respond: preparing a National Referral Mechanism referral");
    let _ = writeln!(t, "Made: {when}");
    let _ = writeln!(t, "UK nation: {}", nation.map_or("not chosen", |n| n.name()));
    let _ = writeln!(t, "Who completes it: {}", who_completes(nation));
    let _ = writeln!(t, "\nLevel of concern from the checklist: {}", outcome.level.title());
    // Refused judgements too: the summary says what the record says.
    if let Some(line) = crate::screening::view::judgement_line(outcome) {
        let _ = writeln!(t, "{line}");
    }
    let _ = writeln!(t, "Age band: {}", answers.age.label());
    for field in Field::ALL {
        let _ = writeln!(t, "\n{}:", field.heading());
        let text = draft.get(field);
        let _ = writeln!(t, "{}", if text.is_empty() { "Not written yet." } else { text });
        if field == Field::Account {
            // The signs come straight after the account, as the check recorded them.
            let _ = writeln!(t, "\nSigns recorded on the checklist:");
            let signs: Vec<&str> =
                outcome.signs().into_iter().filter_map(|id| library.sign(id)).map(|s| s.text.as_str()).collect();
            if signs.is_empty() {
                let _ = writeln!(t, "None ticked.");
            }
            for s in signs {
                let _ = writeln!(t, "- {s}");
            }
        }
    }
    let _ = writeln!(t, "\nActions taken:");
    if draft.actions.is_empty() {
        let _ = writeln!(t, "None logged yet.");
    }
    for line in action_lines(draft) {
        let _ = writeln!(t, "- {line}");
    }
    let _ = writeln!(t, "\nNames, addresses, dates of birth and other details that identify the child go only into the referral form itself. This summary holds the notes as they were typed: the app warns about some identifying details but cannot find names, so read it before you share it. The form's sections and whether it must be finished in one sitting were not confirmed for this app: check the current NRM guidance on GOV.UK.");
    let _ = writeln!(t, "Content version: {}", library.version);
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

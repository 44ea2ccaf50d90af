//! Preparing a National Referral Mechanism referral: the short notes a practitioner gathers
//! first, a check for details that could identify a child, and the summary to copy or print.
//!
//! The notes live in the checklist answers ([`crate::screening::Answers::referral`]), so they
//! follow the same choice: in memory for this visit unless the person chose to keep answers.

use crate::content::Library;
/// The guard for identifying details, used on every note and action (it lives in its own module
/// because the judgement's reason uses it too).
pub use crate::identifiers::{identifiers, warning, Identifier};
use crate::nation::Nation;
use crate::screening::{Answers, JudgementUse, Level, Outcome};
use crate::text::{clean, Lines};
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// The longest note kept in one field, in characters.
pub const MAX_FIELD: usize = 1500;
/// The most actions kept in the log.
pub const MAX_ACTIONS: usize = 30;
/// The longest action or time kept, in characters.
pub const MAX_ACTION: usize = 200;
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

/// One of the notes, in the order the summary gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// How the child's age is known.
    Age,
    /// The child's account, in their own words.
    Account,
    /// When and where the signs were seen, and by whom.
    Seen,
    /// What has been done to protect the child now.
    Safety,
    /// Other agencies involved.
    Agencies,
}

impl Field {
    /// Every field, in the order of the summary.
    pub const ALL: [Field; 5] = [Field::Age, Field::Account, Field::Seen, Field::Safety, Field::Agencies];

    /// The form control's id.
    pub fn id(self) -> &'static str {
        match self {
            Field::Age => "referral-age",
            Field::Account => "referral-account",
            Field::Seen => "referral-seen",
            Field::Safety => "referral-safety",
            Field::Agencies => "referral-agencies",
        }
    }

    /// The label beside the box.
    pub fn label(self) -> &'static str {
        match self {
            Field::Age => "How the child's age is known",
            Field::Account => "The child's account, in their own words",
            Field::Seen => "When and where the signs were seen, and by whom",
            Field::Safety => "Immediate safety: what has been done, and what is still needed",
            Field::Agencies => "Other agencies involved",
        }
    }

    /// The hint under the label.
    pub fn hint(self) -> &'static str {
        match self {
            Field::Age => "For example: from a document, from what the child said, or from an assessment.",
            Field::Account => "Write what the child said as they said it, and when. No names.",
            Field::Seen => "Dates and kinds of place, not addresses. Ask colleagues who saw the child.",
            Field::Safety => "What was done to protect the child now, by which service, and when.",
            Field::Agencies => "Services, not people: for example school, health, youth justice.",
        }
    }

    /// The heading in the summary.
    pub fn heading(self) -> &'static str {
        match self {
            Field::Age => "How the age is known",
            Field::Account => "The child's account, in their own words",
            Field::Seen => "When and where the signs were seen",
            Field::Safety => "Immediate safety",
            Field::Agencies => "Other agencies involved",
        }
    }
}

/// The notes gathered before a referral. Nothing here should identify a child.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// How the child's age is known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub age: String,
    /// The child's account, in their own words.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub account: String,
    /// When and where the signs were seen.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub seen: String,
    /// What has been done to protect the child now.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub safety: String,
    /// Other agencies involved.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub agencies: String,
    /// Actions taken (who was told, when), oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
}

/// One action taken: who was told or what was done, and when (as the practitioner wrote it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// When, in the practitioner's words (for example "30 Nov, 14:10").
    pub when: String,
    /// What was done or who was told.
    pub what: String,
}

/// Why an action could not be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionError {
    /// Nothing was written about what was done.
    Empty,
    /// The log is full.
    Full,
}

impl ActionError {
    /// The message shown beside the field.
    pub fn message(self) -> String {
        match self {
            ActionError::Empty => "Write what was done or who was told.".into(),
            ActionError::Full => format!("The log holds {MAX_ACTIONS} actions. Remove one to add another."),
        }
    }
}

impl Draft {
    /// The text of one field.
    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::Age => &self.age,
            Field::Account => &self.account,
            Field::Seen => &self.seen,
            Field::Safety => &self.safety,
            Field::Agencies => &self.agencies,
        }
    }

    /// Sets one field, cleaned ([`clean`]) and cut to [`MAX_FIELD`] characters.
    pub fn set(&mut self, field: Field, text: &str) {
        *self.slot(field) = cut(clean(text, Lines::Many).trim(), MAX_FIELD);
    }

    fn slot(&mut self, field: Field) -> &mut String {
        match field {
            Field::Age => &mut self.age,
            Field::Account => &mut self.account,
            Field::Seen => &mut self.seen,
            Field::Safety => &mut self.safety,
            Field::Agencies => &mut self.agencies,
        }
    }

    /// Adds an action to the log.
    pub fn add_action(&mut self, when: &str, what: &str) -> Result<(), ActionError> {
        let (when, what) = (clean(when, Lines::One), clean(what, Lines::One));
        if what.trim().is_empty() {
            return Err(ActionError::Empty);
        }
        if self.actions.len() >= MAX_ACTIONS {
            return Err(ActionError::Full);
        }
        self.actions.push(Action { when: cut(when.trim(), MAX_ACTION), what: cut(what.trim(), MAX_ACTION) });
        Ok(())
    }

    /// Cleans every note and action as the app writes them ([`clean`]), for notes read from
    /// storage or a file. Says whether anything changed.
    pub fn clean(&mut self) -> bool {
        let before = self.clone();
        for field in Field::ALL {
            let cleaned = clean(self.get(field), Lines::Many);
            *self.slot(field) = cleaned;
        }
        for action in &mut self.actions {
            action.when = clean(&action.when, Lines::One);
            action.what = clean(&action.what, Lines::One);
        }
        *self != before
    }

    /// Whether nothing has been written.
    pub fn is_empty(&self) -> bool {
        self == &Draft::default()
    }

    /// Cuts every note and action to the limits this app keeps, changing nothing else (for notes
    /// stored or imported beyond them).
    pub fn cut_to_limits(&mut self) {
        for field in Field::ALL {
            let cut_text = cut(self.get(field), MAX_FIELD);
            *self.slot(field) = cut_text;
        }
        self.actions.truncate(MAX_ACTIONS);
        for action in &mut self.actions {
            action.when = cut(&action.when, MAX_ACTION);
            action.what = cut(&action.what, MAX_ACTION);
        }
    }

    /// Whether every note is within the limits this app keeps (a stored or imported draft
    /// beyond them was not written by this app).
    pub fn is_within_limits(&self) -> bool {
        Field::ALL.iter().all(|f| self.get(*f).chars().count() <= MAX_FIELD)
            && self.actions.len() <= MAX_ACTIONS
            && self.actions.iter().all(|a| a.when.chars().count() <= MAX_ACTION && a.what.chars().count() <= MAX_ACTION)
    }
}

fn cut(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// Each action as one line: when, then what.
pub fn action_lines(draft: &Draft) -> impl Iterator<Item = String> + '_ {
    draft.actions.iter().map(|a| {
        let when = if a.when.is_empty() { "time not given" } else { &a.when };
        format!("{when}: {}", a.what)
    })
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
    match &outcome.judgement {
        JudgementUse::Lowered { reason } | JudgementUse::Raised { reason } if !reason.is_empty() => {
            let _ =
                writeln!(t, "Computed level: {}. Set by professional judgement: {reason}", outcome.computed.title());
        }
        JudgementUse::Raised { .. } => {
            let _ = writeln!(t, "Computed level: {}. Raised by professional judgement.", outcome.computed.title());
        }
        _ => {}
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
    fn fields_are_cut_to_their_limit_and_actions_need_words() {
        let mut d = Draft::default();
        d.set(Field::Account, &"x".repeat(MAX_FIELD + 50));
        assert_eq!(d.account.chars().count(), MAX_FIELD);
        assert!(d.is_within_limits());
        assert_eq!(d.add_action("now", "  "), Err(ActionError::Empty));
        for i in 0..MAX_ACTIONS {
            d.add_action("today", &format!("told {i}")).unwrap();
        }
        assert_eq!(d.add_action("today", "one more"), Err(ActionError::Full));
        d.account = "y".repeat(MAX_FIELD + 1);
        assert!(!d.is_within_limits());
    }

    #[test]
    fn notes_and_actions_are_cleaned_when_written_and_when_read() {
        // Defect 13: direction controls and control characters stayed in notes and actions.
        let mut d = Draft::default();
        d.set(Field::Account, "She said \u{202e}kcab yap\u{202c}\u{7}.\r\nThen left.");
        assert_eq!(d.account, "She said kcab yap.\nThen left.");
        d.add_action("\u{202e}noon\u{0}", "told \u{2067}the lead\u{2069}\nby phone").unwrap();
        assert_eq!(d.actions[0], Action { when: "noon".into(), what: "told the lead by phone".into() });
        assert_eq!(d.add_action("now", "\u{202e}\u{200b}\u{7}"), Err(ActionError::Empty));
        assert!(!d.clean(), "what the app wrote is already clean");
        let mut forged = Draft { seen: "x\u{202e}y".into(), ..Draft::default() };
        forged.actions.push(Action { when: "a\tb".into(), what: "c\nd\u{1b}".into() });
        assert!(forged.clean());
        assert_eq!(
            (forged.seen.as_str(), forged.actions[0].when.as_str(), forged.actions[0].what.as_str()),
            ("xy", "a b", "c d")
        );
    }

    #[test]
    fn an_empty_draft_writes_nothing() {
        assert_eq!(serde_json::to_string(&Draft::default()).unwrap(), "{}");
        assert!(Draft::default().is_empty());
    }

    #[test]
    fn concern_and_above_are_due() {
        assert!(!is_due(Level::NothingRecorded));
        assert!(!is_due(Level::BeAlert));
        assert!(is_due(Level::Concern) && is_due(Level::ReferNow) && is_due(Level::Emergency));
    }
}

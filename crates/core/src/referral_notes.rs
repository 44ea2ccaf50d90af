//! The notes a practitioner gathers before a National Referral Mechanism referral: five short
//! notes and a log of actions taken, their limits, and how they are cleaned and cut.
//!
//! They are kept with the checklist answers ([`crate::screening::Answers::referral`]); the
//! referral screen's wording and the summary built from them are in [`crate::referral`], which
//! re-exports everything here. This module needs neither, so the answers can hold the notes
//! without the screening rules and the referral depending on each other.

use crate::msg;
use crate::text::{clean, Lines};
use serde::{Deserialize, Serialize};

/// The longest note kept in one field, in characters.
pub const MAX_FIELD: usize = 1500;
/// The most actions kept in the log.
pub const MAX_ACTIONS: usize = 30;
/// The longest action or time kept, in characters.
pub const MAX_ACTION: usize = 200;

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
    pub fn label(self) -> String {
        match self {
            Field::Age => msg!("referral-age-label"),
            Field::Account => msg!("referral-account-label"),
            Field::Seen => msg!("referral-seen-label"),
            Field::Safety => msg!("referral-safety-label"),
            Field::Agencies => msg!("referral-agencies-label"),
        }
    }

    /// The hint under the label.
    pub fn hint(self) -> String {
        match self {
            Field::Age => msg!("referral-age-hint"),
            Field::Account => msg!("referral-account-hint"),
            Field::Seen => msg!("referral-seen-hint"),
            Field::Safety => msg!("referral-safety-hint"),
            Field::Agencies => msg!("referral-agencies-hint"),
        }
    }

    /// The heading in the summary.
    pub fn heading(self) -> String {
        match self {
            Field::Age => msg!("referral-age-heading"),
            Field::Account => msg!("referral-account-heading"),
            Field::Seen => msg!("referral-seen-heading"),
            Field::Safety => msg!("referral-safety-heading"),
            Field::Agencies => msg!("referral-agencies-heading"),
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
            ActionError::Empty => msg!("referral-action-empty"),
            ActionError::Full => msg!("referral-action-full", max = MAX_ACTIONS),
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
        let when = if a.when.is_empty() { msg!("referral-action-no-time") } else { a.when.clone() };
        format!("{when}: {}", a.what)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
}

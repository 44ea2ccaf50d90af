//! What a screening shows, in one typed form: [`ScreeningView`] holds the level, the judgement
//! line, the next steps, the reasons with their signs, the strengths, the forms and the notes,
//! in words. The screen, the record (copied and printed: the same text) and the referral
//! summary all draw from here, so a line is worded once and they can never say it differently.
//!
//! The screen follows each part on its own (a tick redraws only what it changed), so the parts
//! are functions too ([`reason`], [`sign`], [`strengths`], [`forms`], [`judgement_line`]), and
//! [`ScreeningView::of`] is made of exactly them.

use super::{JudgementUse, Level, Outcome, Reason, Step};
use crate::content::{Form, Library};
use crate::messages::Message;

/// A screening, in words. See the module's comment.
#[derive(Debug, Clone, PartialEq)]
pub struct ScreeningView {
    /// The level to act on.
    pub level: Level,
    /// Its title.
    pub title: String,
    /// What it asks of the reader.
    pub summary: String,
    /// How a practitioner's judgement changed the level, or why it was not applied.
    pub judgement: Option<String>,
    /// What any level means (a prompt, not a finding).
    pub meaning: String,
    /// The next steps, in order.
    pub steps: Vec<Step>,
    /// Why the level is what it is, rule by rule, highest first.
    pub reasons: Vec<ReasonView>,
    /// Every sign behind the reasons, each once, in the order the reasons give them.
    pub signs: Vec<SignView>,
    /// The strengths noted, in words.
    pub strengths: Vec<String>,
    /// The forms of exploitation the signs point to, most first.
    pub forms: Vec<FormView>,
    /// What every reader of this outcome must know.
    pub notes: Vec<String>,
}

/// A reason for the level, in words, with the signs behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReasonView {
    /// The rule's stable id (a key for the screen).
    pub rule: &'static str,
    /// The rule, in words.
    pub text: String,
    /// The signs behind it.
    pub signs: Vec<SignView>,
}

/// A sign, in words, with where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct SignView {
    /// Its id.
    pub id: String,
    /// What it says.
    pub text: String,
    /// The title of its source (its id when the library has no such source).
    pub source: String,
    /// How the source supports it.
    pub basis: String,
}

/// A form of exploitation the signs point to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormView {
    /// The form.
    pub form: Form,
    /// How many signs point to it.
    pub signs: usize,
}

impl ScreeningView {
    /// The view of `outcome`, with its next `steps` (made for the nation, role and forms by
    /// `screening::steps`).
    pub fn of(library: &Library, outcome: &Outcome, steps: Vec<Step>) -> ScreeningView {
        ScreeningView {
            level: outcome.level,
            title: outcome.level.title(),
            summary: outcome.level.summary(),
            judgement: judgement_line(outcome),
            meaning: super::what_a_level_means(),
            steps,
            reasons: outcome.reasons.iter().map(|r| reason(library, r)).collect(),
            signs: outcome.signs().into_iter().filter_map(|id| sign(library, id)).collect(),
            strengths: strengths(library, outcome),
            forms: forms(outcome),
            notes: outcome.notes.iter().map(note_text).collect(),
        }
    }
}

/// A reason, in words, with its signs.
pub fn reason(library: &Library, reason: &Reason) -> ReasonView {
    ReasonView {
        rule: reason.rule,
        text: reason_text(reason),
        signs: reason.signs.iter().filter_map(|id| sign(library, id)).collect(),
    }
}

/// A reason's rule, in words (the line above its signs).
pub fn reason_text(reason: &Reason) -> String {
    rule_text(&reason.words)
}

/// A rule's words ([`Reason::words`]) put into words: the screen, which compares the words
/// and formats them only when they change, draws them with this, as the record does.
pub fn rule_text(words: &Message) -> String {
    words.text()
}

/// One of an outcome's notes ([`Outcome::notes`]) in words.
pub fn note_text(note: &Message) -> String {
    note.text()
}

/// The sign `id`, in words, if the library has it.
pub fn sign(library: &Library, id: &str) -> Option<SignView> {
    let s = library.sign(id)?;
    let source = library.sources.get(&s.source).map_or_else(|| s.source.clone(), |x| x.title.clone());
    Some(SignView { id: s.id.clone(), text: s.text.clone(), source, basis: s.basis.clone() })
}

/// The strengths noted, in words.
pub fn strengths(library: &Library, outcome: &Outcome) -> Vec<String> {
    outcome.strengths.iter().filter_map(|id| library.sign(id)).map(|s| s.text.clone()).collect()
}

/// The forms the signs point to, most first.
pub fn forms(outcome: &Outcome) -> Vec<FormView> {
    outcome.forms.iter().map(|(form, signs)| FormView { form: *form, signs: *signs }).collect()
}

/// The judgement line: how the level to act on came from the computed level, or why a
/// judgement was not applied. `None` when no judgement is in use.
pub fn judgement_line(outcome: &Outcome) -> Option<String> {
    let computed = outcome.computed.title();
    match &outcome.judgement {
        JudgementUse::Lowered { reason } => {
            Some(crate::msg!("judgement-lowered", computed = computed, reason = reason))
        }
        JudgementUse::Raised { reason } if !reason.is_empty() => {
            Some(crate::msg!("judgement-raised", computed = computed, reason = reason))
        }
        JudgementUse::Raised { .. } => Some(crate::msg!("judgement-raised-no-reason", computed = computed)),
        JudgementUse::Refused(why) => Some(crate::msg!("judgement-refused", problem = why.message())),
        JudgementUse::None => None,
    }
}

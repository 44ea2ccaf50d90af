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
            notes: outcome.note_texts(),
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
    // Put into words only when there is a line to say (a tick with no judgement asks each time).
    let computed = || outcome.computed.title();
    match &outcome.judgement {
        JudgementUse::Lowered { reason } => {
            Some(crate::msg!("judgement-lowered", computed = computed(), reason = reason))
        }
        JudgementUse::Raised { reason } if !reason.is_empty() => {
            Some(crate::msg!("judgement-raised", computed = computed(), reason = reason))
        }
        JudgementUse::Raised { .. } => Some(crate::msg!("judgement-raised-no-reason", computed = computed())),
        JudgementUse::Refused(why) => Some(crate::msg!("judgement-refused", problem = why.message())),
        JudgementUse::None => None,
    }
}

/// How a list of lines on screen changes from `old` to `new`, for a screen that redraws only
/// what changed: the lines both start with are kept (`start` of them), and so are the lines both
/// end with; between them `old`'s `removed` lines give way to `new`'s `added` ones. A sign ticked
/// or unticked is one line added or removed, whatever the length of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Changed {
    /// Lines kept at the start.
    pub start: usize,
    /// Lines of `old`, after those, that go.
    pub removed: usize,
    /// Lines of `new`, after those, that come in their place.
    pub added: usize,
}

/// See [`Changed`].
pub fn changed<T: PartialEq>(old: &[T], new: &[T]) -> Changed {
    let start = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let (old_rest, new_rest) = (&old[start..], &new[start..]);
    let end = old_rest.iter().rev().zip(new_rest.iter().rev()).take_while(|(a, b)| a == b).count();
    Changed { start, removed: old_rest.len() - end, added: new_rest.len() - end }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applies `c` to `old` as a screen would, taking the added lines from `new`.
    fn apply(old: &[u8], new: &[u8], c: Changed) -> Vec<u8> {
        let mut out = old.to_vec();
        out.splice(c.start..c.start + c.removed, new[c.start..c.start + c.added].iter().copied());
        out
    }

    #[test]
    fn one_line_added_or_removed_anywhere_is_one_change() {
        let all = [1, 2, 3, 4, 5];
        for i in 0..all.len() {
            let mut less = all.to_vec();
            less.remove(i);
            assert_eq!(changed(&all, &less), Changed { start: i, removed: 1, added: 0 });
            assert_eq!(changed(&less, &all), Changed { start: i, removed: 0, added: 1 });
        }
        assert_eq!(changed(&all, &all), Changed { start: 5, removed: 0, added: 0 });
        assert_eq!(changed::<u8>(&[], &[]), Changed { start: 0, removed: 0, added: 0 });
    }

    #[test]
    fn repeated_lines_are_not_counted_twice() {
        // The common start and end must not overlap: [1, 1] to [1] keeps one line.
        assert_eq!(changed(&[1, 1], &[1]), Changed { start: 1, removed: 1, added: 0 });
        assert_eq!(changed(&[1], &[1, 1]), Changed { start: 1, removed: 0, added: 1 });
        assert_eq!(changed(&[1, 2, 1], &[1]), Changed { start: 1, removed: 2, added: 0 });
    }

    #[test]
    fn any_change_applied_gives_the_new_list() {
        // Every pair of lists of up to 4 lines drawn from 3 values.
        let lists: Vec<Vec<u8>> = (0..=4u32)
            .flat_map(|n| (0..3u32.pow(n)).map(move |k| (0..n).map(|i| (k / 3u32.pow(i) % 3) as u8).collect()))
            .collect();
        for old in &lists {
            for new in &lists {
                let c = changed(old, new);
                assert_eq!(&apply(old, new, c), new, "{old:?} to {new:?}: {c:?}");
                assert!(c.removed.min(c.added) == 0 || old[c.start] != new[c.start], "{old:?} to {new:?}: {c:?}");
            }
        }
    }
}

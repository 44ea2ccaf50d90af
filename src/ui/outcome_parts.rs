//! The parts of a checklist outcome that the screen draws, each set only when it changes.
//!
//! One effect follows the outcome and compares every part where it is: a tick runs this one
//! effect for the whole outcome, not one effect a part (the level, the forms, the strengths, the
//! judgement line, the rules, the notes, and the words and signs of each reason, fourteen and
//! more with every sign ticked). Each part is a signal its readers follow, so a part that did not
//! change wakes nobody (as [`super::quiet`]).

use super::quiet::{set_changed, set_quietly};
use crate::content::Form;
use crate::messages::Message;
use crate::screening::{view::judgement_line, Level, Outcome, Reason};
use leptos::prelude::*;

/// The words and the signs of one reason, by its rule: `None` while the outcome has no such
/// reason.
#[derive(Clone)]
pub(crate) struct ReasonParts {
    rule: &'static str,
    pub(crate) words: ArcRwSignal<Option<Message>>,
    pub(crate) signs: ArcRwSignal<Option<Vec<String>>>,
}

/// The outcome, part by part.
#[derive(Clone, Copy)]
pub(crate) struct OutcomeParts {
    pub(crate) level: ReadSignal<Level>,
    /// The level the rules give, before any judgement.
    pub(crate) computed: ReadSignal<Level>,
    /// The forms the signs point to, with how many point to each.
    pub(crate) form_counts: ReadSignal<Vec<(Form, usize)>>,
    /// The forms alone: changes only when a form comes or goes.
    pub(crate) forms: ReadSignal<Vec<Form>>,
    pub(crate) strength_ids: ReadSignal<Vec<String>>,
    /// Whether there is any strength.
    pub(crate) strengths: ReadSignal<bool>,
    pub(crate) judgement: ReadSignal<Option<String>>,
    /// The rules behind the level, highest first.
    pub(crate) rules: ReadSignal<Vec<&'static str>>,
    /// The notes as messages: put into words only when they change.
    pub(crate) notes: ReadSignal<Vec<Message>>,
    reasons: StoredValue<Vec<ReasonParts>>,
}

impl OutcomeParts {
    /// The parts of `outcome`, followed by one effect from now on.
    pub(crate) fn follow(outcome: Memo<Outcome>) -> Self {
        // Each part as it first is; the effect below then sets only what changes.
        let level = RwSignal::new(outcome.with_untracked(|o| o.level));
        let computed = RwSignal::new(outcome.with_untracked(|o| o.computed));
        let form_counts = RwSignal::new(outcome.with_untracked(|o| o.forms.clone()));
        let forms = RwSignal::new(outcome.with_untracked(forms_of));
        let strength_ids = RwSignal::new(outcome.with_untracked(|o| o.strengths.clone()));
        let strengths = RwSignal::new(outcome.with_untracked(|o| !o.strengths.is_empty()));
        let judgement = RwSignal::new(outcome.with_untracked(judgement_line));
        let rules = RwSignal::new(outcome.with_untracked(|o| o.reasons.iter().map(|r| r.rule).collect::<Vec<_>>()));
        let notes = RwSignal::new(outcome.with_untracked(|o| o.notes.clone()));
        let reasons = StoredValue::new(Vec::<ReasonParts>::new());
        outcome.with_untracked(|o| reasons.update_value(|slots| keep_reasons(slots, &o.reasons)));
        Effect::new(move |_| {
            outcome.with(|o| {
                set_quietly(level, o.level);
                set_quietly(computed, o.computed);
                if set_changed(form_counts, &o.forms) {
                    set_quietly(forms, forms_of(o));
                }
                if set_changed(strength_ids, &o.strengths) {
                    set_quietly(strengths, !o.strengths.is_empty());
                }
                set_quietly(judgement, judgement_line(o));
                if rules
                    .try_with_untracked(|was| !was.iter().copied().eq(o.reasons.iter().map(|r| r.rule)))
                    .unwrap_or(false)
                {
                    rules.set(o.reasons.iter().map(|r| r.rule).collect());
                }
                set_changed(notes, &o.notes);
                // The slots are copied out (a handful of shared handles) and set afterwards, so
                // no reader is woken while the list of slots is borrowed.
                let slots = reasons.try_update_value(|slots| {
                    keep_reasons(slots, &o.reasons);
                    slots.clone()
                });
                for slot in slots.unwrap_or_default() {
                    let now = o.reasons.iter().find(|r| r.rule == slot.rule);
                    if slot.words.with_untracked(|was| was.as_ref() != now.map(|r| &r.words)) {
                        slot.words.set(now.map(|r| r.words.clone()));
                    }
                    if slot.signs.with_untracked(|was| was.as_deref() != now.map(|r| r.signs.as_slice())) {
                        slot.signs.set(now.map(|r| r.signs.clone()));
                    }
                }
            })
        });
        Self {
            level: level.read_only(),
            computed: computed.read_only(),
            form_counts: form_counts.read_only(),
            forms: forms.read_only(),
            strength_ids: strength_ids.read_only(),
            strengths: strengths.read_only(),
            judgement: judgement.read_only(),
            rules: rules.read_only(),
            notes: notes.read_only(),
            reasons,
        }
    }

    /// The words and signs of the reason given by `rule` (kept from the first outcome that had
    /// it on; `None` if no outcome has had it yet).
    pub(crate) fn reason(&self, rule: &'static str) -> Option<ReasonParts> {
        self.reasons.try_with_value(|slots| slots.iter().find(|s| s.rule == rule).cloned()).flatten()
    }
}

fn forms_of(o: &Outcome) -> Vec<Form> {
    o.forms.iter().map(|(f, _)| *f).collect()
}

/// A slot for every rule among `reasons` (a new one starts with that reason's words and signs).
fn keep_reasons(slots: &mut Vec<ReasonParts>, reasons: &[Reason]) {
    for r in reasons {
        if !slots.iter().any(|s| s.rule == r.rule) {
            slots.push(ReasonParts {
                rule: r.rule,
                words: ArcRwSignal::new(Some(r.words.clone())),
                signs: ArcRwSignal::new(Some(r.signs.clone())),
            });
        }
    }
}

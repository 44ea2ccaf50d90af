//! The outcome as plain text, to copy or print into a case record: the same text is copied and
//! printed, so the two never differ. It stands on its own (when, the age band, the nation, every
//! judgement and the content version). The checklist never asks for identifying details, but the
//! record carries what the person typed (reasons, actions) and their own local contacts, which may
//! name a team or a person, so it says so rather than promising the record is free of names.

use super::{Answers, Outcome, Step};
use crate::contacts::Contact;
use crate::content::Library;
use crate::nation::Nation;
use std::fmt::Write;

/// What the record says about identifying details: the checklist asks for none, but nothing can
/// tell a name from other words in what the person typed, and saved contacts may name someone.
pub const RECORD_CAUTION: &str = "The checklist asks for no names or other details that identify a child, but this record includes what you typed (reasons and actions) and any local contacts you saved, which may name a team or a person, and the app cannot find a name in what was typed. Read it before you share it, and take out anything that identifies the child. Case records may be disclosable.";

/// The record's title, on paper and in the copied text.
pub const RECORD_TITLE: &str = "Indicator check record";

/// The outcome, its next steps, its reasons and the notes, as plain text, made `when` (a date
/// and time in words) for the `answers` given in `nation`, with any actions logged.
pub fn plain_text(
    library: &Library,
    outcome: &Outcome,
    steps: &[Step],
    contacts: &[Contact],
    nation: Option<Nation>,
    answers: &Answers,
    when: &str,
) -> String {
    let mut t = String::new();
    let _ = writeln!(t, "Recognise & Respond: {RECORD_TITLE}");
    let _ = writeln!(t, "Made: {when}");
    let _ = writeln!(t, "Age: {}", answers.age.label());
    let _ = writeln!(
        t,
        "UK nation: {}",
        nation.map_or("not chosen (the next steps do not name the bodies in a nation)", |n| n.name())
    );
    let _ = writeln!(t, "\nLevel of concern: {}", outcome.level.title());
    if let Some(line) = super::view::judgement_line(outcome) {
        let _ = writeln!(t, "{line}");
    }
    let _ = writeln!(t, "{}", outcome.level.summary());
    let _ = writeln!(t, "{}", super::WHAT_A_LEVEL_MEANS);

    let _ = writeln!(t, "\nNext steps{}:", nation.map(|n| format!(" ({})", n.name())).unwrap_or_default());
    for (i, s) in steps.iter().enumerate() {
        let _ = writeln!(t, "{}. {}: {}", i + 1, s.title, s.text);
    }
    if !contacts.is_empty() {
        let _ = writeln!(t, "\nYour local contacts (saved on this device):");
        for c in contacts {
            let name = if c.name.is_empty() { String::new() } else { format!("{}, ", c.name) };
            let _ = writeln!(t, "- {}: {name}{}", c.role.label(nation), c.number);
        }
    }
    if !outcome.reasons.is_empty() {
        let _ = writeln!(t, "\nWhy:");
        for r in &outcome.reasons {
            let _ = writeln!(t, "- {}", r.text);
            for id in &r.signs {
                if let Some(sign) = library.sign(id) {
                    let source = library.sources.get(&sign.source).map(|s| s.title.as_str()).unwrap_or(&sign.source);
                    let _ = writeln!(t, "  - {} (source: {}; {})", sign.text, source, sign.basis);
                }
            }
        }
    }
    if !outcome.strengths.is_empty() {
        let _ = writeln!(t, "\nStrengths noted (they help plan support and never lower the level):");
        for sign in outcome.strengths.iter().filter_map(|id| library.sign(id)) {
            let _ = writeln!(t, "- {}", sign.text);
        }
    }
    if !outcome.forms.is_empty() {
        let forms: Vec<String> = outcome.forms.iter().map(|(f, n)| format!("{} ({n})", f.name())).collect();
        let _ = writeln!(t, "\nForms of exploitation the signs point to: {}", forms.join(", "));
    }
    let _ = writeln!(t, "\nNotes:");
    for n in &outcome.notes {
        let _ = writeln!(t, "- {n}");
    }
    if !answers.referral.actions.is_empty() {
        let _ = writeln!(t, "\nActions taken:");
        for line in crate::referral_notes::action_lines(&answers.referral) {
            let _ = writeln!(t, "- {line}");
        }
    }
    let _ = writeln!(t, "\n{RECORD_CAUTION}");
    let _ = writeln!(t, "Content version: {}", library.version);
    t
}

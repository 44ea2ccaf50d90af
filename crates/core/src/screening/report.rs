//! The outcome as plain text, to copy or print into a case record: the same text is copied and
//! printed, so the two never differ. It stands on its own (when, the age band, the nation, every
//! judgement and the content version). The checklist never asks for identifying details, but the
//! record carries what the person typed (reasons, actions) and their own local contacts, which may
//! name a team or a person, so it says so rather than promising the record is free of names.

use super::view::ScreeningView;
use super::{Answers, Outcome, Step};
use crate::contacts::Contact;
use crate::content::Library;
use crate::messages::{Arg, Join};
use crate::nation::Nation;
use crate::{message, msg};
use std::fmt::Write;

/// What the record says about identifying details: the checklist asks for none, but nothing can
/// tell a name from other words in what the person typed, and saved contacts may name someone.
pub fn record_caution() -> String {
    msg!("record-caution")
}

/// The record's title, on paper and in the copied text.
pub fn record_title() -> String {
    msg!("record-title")
}

/// The outcome, its next steps, its reasons and the notes, as plain text, made `when` (a date
/// and time in words) for the `answers` given in `nation`, with any actions logged. Its words
/// are the screen's: it draws a [`ScreeningView`].
pub fn plain_text(
    library: &Library,
    outcome: &Outcome,
    steps: &[Step],
    contacts: &[Contact],
    nation: Option<Nation>,
    answers: &Answers,
    when: &str,
) -> String {
    record(library, &ScreeningView::of(library, outcome, steps.to_vec()), contacts, nation, answers, when)
}

/// The record of `view`, as plain text: see [`plain_text`].
pub fn record(
    library: &Library,
    view: &ScreeningView,
    contacts: &[Contact],
    nation: Option<Nation>,
    answers: &Answers,
    when: &str,
) -> String {
    let mut t = String::new();
    let _ = writeln!(t, "{}", msg!("record-heading", title = record_title()));
    let _ = writeln!(t, "{}", msg!("record-made", when = when));
    let _ = writeln!(t, "{}", msg!("record-age", age = answers.age.label()));
    let nation_name = nation.map_or_else(|| msg!("record-nation-not-chosen"), |n| n.name().to_string());
    let _ = writeln!(t, "{}", msg!("record-nation", nation = nation_name));
    let _ = writeln!(t, "\n{}", msg!("record-level", level = view.title.as_str()));
    if let Some(line) = &view.judgement {
        let _ = writeln!(t, "{line}");
    }
    let _ = writeln!(t, "{}", view.summary);
    let _ = writeln!(t, "{}", view.meaning);

    let heading = match nation {
        Some(n) => msg!("record-next-steps-in", nation = n.name()),
        None => msg!("record-next-steps"),
    };
    let _ = writeln!(t, "\n{heading}");
    for (i, s) in view.steps.iter().enumerate() {
        let _ = writeln!(t, "{}", msg!("record-step", n = i + 1, title = &s.title, text = &s.text));
    }
    if !contacts.is_empty() {
        let _ = writeln!(t, "\n{}", msg!("record-contacts"));
        for c in contacts {
            let role = c.role.label(nation);
            let line = if c.name.is_empty() {
                msg!("record-contact", role = role, number = &c.number)
            } else {
                msg!("record-contact-named", role = role, name = &c.name, number = &c.number)
            };
            let _ = writeln!(t, "- {line}");
        }
    }
    if !view.reasons.is_empty() {
        let _ = writeln!(t, "\n{}", msg!("record-why"));
        for r in &view.reasons {
            let _ = writeln!(t, "- {}", r.text);
            for sign in &r.signs {
                let line = msg!("record-sign", sign = &sign.text, source = &sign.source, basis = &sign.basis);
                let _ = writeln!(t, "  - {line}");
            }
        }
    }
    if !view.strengths.is_empty() {
        let _ = writeln!(t, "\n{}", msg!("record-strengths"));
        for strength in &view.strengths {
            let _ = writeln!(t, "- {strength}");
        }
    }
    if !view.forms.is_empty() {
        let forms = view.forms.iter().map(|f| Arg::from(message!("record-form", form = f.form.name(), n = f.signs)));
        let _ = writeln!(t, "\n{}", msg!("record-forms", forms = Arg::List(Join::Comma, forms.collect())));
    }
    let _ = writeln!(t, "\n{}", msg!("record-notes"));
    for n in &view.notes {
        let _ = writeln!(t, "- {n}");
    }
    if !answers.referral.actions.is_empty() {
        let _ = writeln!(t, "\n{}", msg!("record-actions"));
        for line in crate::referral_notes::action_lines(&answers.referral) {
            let _ = writeln!(t, "- {line}");
        }
    }
    let _ = writeln!(t, "\n{}", record_caution());
    let _ = writeln!(t, "{}", msg!("record-version", version = &library.version));
    if let Some(status) = crate::messages::status_line(crate::messages::lang()) {
        let _ = writeln!(t, "{status}");
    }
    if let Some(welsh) = welsh_content(library) {
        let _ = writeln!(t, "{welsh}");
    }
    t
}

/// In Welsh, how far the Welsh of the checklist and the next steps the record was made with can
/// be trusted, for the record beside the interface's status line; `None` in English.
fn welsh_content(library: &crate::content::Library) -> Option<String> {
    (crate::messages::lang() == crate::messages::Lang::Cy).then(|| library.welsh_of_record())?.map(|s| s.record_line())
}

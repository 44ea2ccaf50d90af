//! The next steps for a level of concern, naming the right bodies for the chosen nation.

use super::Level;
use crate::content::{Form, Library, NationSteps};
use crate::nation::Nation;

/// One thing to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// What to do, starting with a verb.
    pub title: String,
    /// How, and who to contact.
    pub text: String,
}

fn step(title: impl Into<String>, text: impl Into<String>) -> Step {
    Step { title: title.into(), text: text.into() }
}

const RECORD: &str = "Write down what you noticed, when, and the child's own words. Records may be disclosable later: record facts, not guesses, and no more personal detail than your procedures need.";
const NRM_AT_CONCERN: &str = "Every child who may have been trafficked or exploited should be referred: decide it with children's services today, and do not wait to be sure.";
const NO_NATION: &str = "No UK nation was chosen, so this step does not name the bodies in your nation. Follow your local safeguarding procedures.";

/// The step added when strengths were noted.
pub const STRENGTHS_STEP: &str = "Build on the strengths you noted";

/// The steps for `level` in `nation`. `forms` are the forms the signs point to. When
/// `strengths` were noted, a step says to pass them on; it never replaces any other step.
pub fn next_steps(
    library: &Library,
    level: Level,
    nation: Option<Nation>,
    forms: &[Form],
    strengths: bool,
) -> Vec<Step> {
    let steps = nation.and_then(|n| library.steps_for(n));
    let criminal = forms.contains(&Form::Criminal);
    let mut out = Vec::new();
    match level {
        Level::Emergency => {
            out.push(step("Call 999 now", "The child is in immediate danger. Stay with them if you can do so without danger to yourself, and tell the call handler you think the child is being exploited."));
            out.extend(refer_now(steps, criminal));
        }
        Level::ReferNow => out.extend(refer_now(steps, criminal)),
        Level::Concern => {
            out.push(step(
                "Talk to your safeguarding lead today",
                "Share what you have noticed. Do not wait for more signs before you act.",
            ));
            match steps {
                Some(s) => {
                    out.push(step("Contact children's services", s.children_services.clone()));
                    // The guidance (national-referral-mechanism.md; uk-facts.md section 2.2):
                    // every child who may have been trafficked or exploited should be referred,
                    // and a child's referral needs no consent. So the step says "make sure", as
                    // its text does, for the child who may have been; it never says "consider".
                    out.push(step(
                        "Make sure a National Referral Mechanism referral is made if the child may have been trafficked or exploited",
                        format!("{NRM_AT_CONCERN} {}", s.nrm),
                    ));
                    if criminal {
                        out.push(non_prosecution(s));
                    }
                }
                None => out.push(step("Contact children's services", NO_NATION)),
            }
            out.push(step("Record what you have noticed", RECORD));
        }
        Level::BeAlert => {
            out.push(step("Record what you have noticed", RECORD));
            out.push(step("Talk to your safeguarding lead", "Exploiters look for children in these circumstances. Agree who will keep in touch with the child and what would make you act."));
            out.push(step(
                "Keep watching for signs of exploitation",
                "If you notice any of the signs on this checklist, come back and tick them: the level will rise.",
            ));
        }
        Level::NothingRecorded => {
            out.push(step(
                "Act on your judgement if you are still worried",
                "Talk to your safeguarding lead. Children often do not tell, and many signs are hidden.",
            ));
            out.push(step("Record what you have noticed", RECORD));
        }
    }
    if strengths && level != Level::Emergency {
        let record = out.len().saturating_sub(1);
        out.insert(record, step(STRENGTHS_STEP, "Tell the people you contact what is going well for the child: a trusted adult, school or a safe place can be part of the plan. Strengths do not lower the level of concern."));
    }
    out
}

fn refer_now(steps: Option<&NationSteps>, criminal: bool) -> Vec<Step> {
    let Some(s) = steps else {
        return vec![
            step("Tell children's services and the police now", NO_NATION),
            step(
                "Make sure a National Referral Mechanism referral is made",
                "A child does not need to agree to it. Safeguard the child first.",
            ),
            step("Record what you have noticed", RECORD),
        ];
    };
    let mut out = vec![
        step("Tell children's services now", s.children_services.clone()),
        step("Tell the police", s.police.clone()),
        step("Make sure a National Referral Mechanism referral is made", format!("{} {}", s.nrm, s.decisions)),
        step(format!("Refer the child to a guardian: {}", s.guardian_name), s.guardian.clone()),
    ];
    if criminal {
        out.push(non_prosecution(s));
    }
    out.push(step("Record what you have noticed", RECORD));
    out
}

fn non_prosecution(s: &NationSteps) -> Step {
    step(
        format!("If the child is accused of an offence: {}", s.non_prosecution_name),
        format!("See the child before the offence. {}", s.non_prosecution),
    )
}

//! The next steps for a level of concern, naming the right bodies for the chosen nation, worded
//! for the person's role when they gave one, each with a number to tap or where to find it.

use super::dial::{emergency, helpline, local, Dial};
use super::Level;
use crate::contacts::Role;
use crate::content::{Form, Library, NationSteps};
use crate::msg;
use crate::nation::Nation;
use crate::practitioner::Practitioner;

/// One thing to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// What to do, starting with a verb.
    pub title: String,
    /// How, and who to contact.
    pub text: String,
    /// The numbers it offers: national ones the references confirm, local ones from the
    /// person's saved contacts or where to find them. Never empty.
    pub dials: Vec<Dial>,
}

fn step(title: impl Into<String>, text: impl Into<String>, dials: Vec<Dial>) -> Step {
    Step { title: title.into(), text: text.into(), dials }
}

const MSEH: &str = "Modern Slavery & Exploitation Helpline";
const NSPCC: &str = "NSPCC Helpline";

/// The title of the step added when strengths were noted.
pub fn strengths_step() -> String {
    msg!("steps-strengths-title")
}

/// The steps for `level` in `nation`, for a reader whose role is not known. `forms` are the
/// forms the signs point to. When `strengths` were noted, a step says to pass them on; it never
/// replaces any other step.
pub fn next_steps(
    library: &Library,
    level: Level,
    nation: Option<Nation>,
    forms: &[Form],
    strengths: bool,
) -> Vec<Step> {
    next_steps_for(library, level, nation, None, forms, strengths)
}

/// The steps for `level` in `nation`, worded for `role` (a police officer is not told to tell
/// the police; children's social care is not told to tell children's services).
pub fn next_steps_for(
    library: &Library,
    level: Level,
    nation: Option<Nation>,
    role: Option<Practitioner>,
    forms: &[Form],
    strengths: bool,
) -> Vec<Step> {
    let steps = nation.and_then(|n| library.steps_for(n));
    let criminal = forms.contains(&Form::Criminal);
    let lead = || vec![local(Role::SafeguardingLead, msg!("steps-lead-find"))];
    let talk = || {
        let mut d = lead();
        d.extend(helpline(library, nation, NSPCC, msg!("dial-nspcc")));
        d
    };
    let record = || step(msg!("steps-record-title"), msg!("steps-record-text"), lead());
    let mut out = Vec::new();
    match level {
        Level::Emergency => {
            out.push(match role {
                Some(Practitioner::Police) => {
                    step(msg!("steps-emergency-police-title"), msg!("steps-emergency-police-text"), vec![emergency()])
                }
                _ => step(msg!("steps-emergency-title"), msg!("steps-emergency-text"), vec![emergency()]),
            });
            out.extend(refer_now(library, steps, nation, role, criminal));
        }
        Level::ReferNow => out.extend(refer_now(library, steps, nation, role, criminal)),
        Level::Concern => {
            out.push(step(msg!("steps-talk-today-title"), msg!("steps-talk-today-text"), talk()));
            match steps {
                Some(s) => {
                    out.push(children_services(s, role, false));
                    // The guidance (national-referral-mechanism.md; the facts sheet, source
                    // uk-facts-2026, section 2.2): every child who may have been trafficked or
                    // exploited should be referred, and a child's referral needs no consent. So
                    // the step says "make sure", as its text does, for the child who may have
                    // been; it never says "consider".
                    out.push(step(
                        msg!("steps-nrm-concern-title"),
                        msg!("steps-nrm-concern-text", nrm = &s.nrm),
                        nrm_dials(library, nation, role),
                    ));
                    if criminal {
                        out.push(non_prosecution(s));
                    }
                }
                None => out.push(no_nation(role, false)),
            }
            out.push(record());
        }
        Level::BeAlert => {
            out.push(record());
            out.push(step(msg!("steps-talk-title"), msg!("steps-talk-text"), talk()));
            out.push(step(msg!("steps-watch-title"), msg!("steps-watch-text"), lead()));
        }
        Level::NothingRecorded => {
            out.push(step(msg!("steps-judgement-title"), msg!("steps-judgement-text"), talk()));
            out.push(record());
        }
    }
    if strengths && level != Level::Emergency {
        let at = out.len().saturating_sub(1);
        out.insert(at, step(strengths_step(), msg!("steps-strengths-text"), lead()));
    }
    out
}

/// Children's services: told by everyone else, acted on by children's social care itself; the
/// out-of-hours team (the one that answers at 2 a.m.) in every nation.
fn children_services(s: &NationSteps, role: Option<Practitioner>, now: bool) -> Step {
    // In and out of office hours: one line says where to find both numbers.
    let find = msg!("steps-front-door-find");
    let dials = vec![local(Role::OutOfHours, find.clone()), local(Role::FrontDoor, find)];
    match (role, now) {
        (Some(Practitioner::SocialCare), true) => step(
            msg!("steps-social-care-now-title"),
            msg!("steps-social-care-now-text", out_of_hours = &s.out_of_hours),
            dials,
        ),
        (Some(Practitioner::SocialCare), false) => {
            step(msg!("steps-social-care-title"), msg!("steps-social-care-text", out_of_hours = &s.out_of_hours), dials)
        }
        (_, true) => step(
            msg!("steps-children-services-now-title"),
            format!("{} {}", s.children_services, s.out_of_hours),
            dials,
        ),
        (_, false) => {
            step(msg!("steps-children-services-title"), format!("{} {}", s.children_services, s.out_of_hours), dials)
        }
    }
}

/// The step for a reader with no nation chosen: the bodies are not named, the numbers still are.
fn no_nation(role: Option<Practitioner>, now: bool) -> Step {
    let find = msg!("steps-no-nation-find");
    let mut dials = vec![local(Role::OutOfHours, find.clone()), local(Role::FrontDoor, find)];
    let title = match (role, now) {
        (Some(Practitioner::SocialCare), true) => msg!("steps-social-care-now-title"),
        (Some(Practitioner::SocialCare), false) => msg!("steps-social-care-title"),
        (Some(Practitioner::Police), true) => msg!("steps-police-now-no-nation-title"),
        (_, true) => msg!("steps-now-no-nation-title"),
        (_, false) => msg!("steps-children-services-title"),
    };
    if now {
        dials.push(emergency());
        if role != Some(Practitioner::Police) {
            dials.push(local(Role::Police, msg!("steps-police-find")));
        } else {
            dials.push(local(Role::ExploitationTeam, msg!("steps-force-find")));
        }
    }
    step(title, msg!("steps-no-nation-text"), dials)
}

fn nrm_dials(library: &Library, nation: Option<Nation>, role: Option<Practitioner>) -> Vec<Dial> {
    let mut d: Vec<Dial> = helpline(library, nation, MSEH, msg!("dial-mseh")).into_iter().collect();
    if role != Some(Practitioner::SocialCare) {
        d.push(local(Role::FrontDoor, msg!("steps-front-door-find")));
    }
    d
}

fn refer_now(
    library: &Library,
    steps: Option<&NationSteps>,
    nation: Option<Nation>,
    role: Option<Practitioner>,
    criminal: bool,
) -> Vec<Step> {
    let lead = || vec![local(Role::SafeguardingLead, msg!("steps-lead-find"))];
    let Some(s) = steps else {
        return vec![
            no_nation(role, true),
            step(msg!("steps-nrm-title"), msg!("steps-nrm-no-nation-text"), nrm_dials(library, nation, role)),
            step(msg!("steps-record-title"), msg!("steps-record-text"), lead()),
        ];
    };
    let police = match role {
        Some(Practitioner::Police) => step(
            msg!("steps-police-role-title"),
            msg!("steps-police-role-text"),
            vec![
                local(Role::ExploitationTeam, msg!("steps-force-find")),
                local(Role::Police, msg!("steps-force-find")),
            ],
        ),
        _ => {
            let mut dials = vec![
                local(Role::Police, if s.police_number.is_some() { "" } else { s.police_find.as_str() }),
                emergency(),
            ];
            if let Some(n) = &s.police_number {
                dials.push(Dial::National { name: msg!("dial-police-non-emergency"), number: n.clone() });
            }
            step(msg!("steps-police-title"), s.police.clone(), dials)
        }
    };
    let mut guardian = vec![Dial::Find(msg!("steps-guardian-find"))];
    if role != Some(Practitioner::SocialCare) {
        guardian.insert(0, local(Role::FrontDoor, ""));
    }
    let mut out = vec![
        children_services(s, role, true),
        police,
        step(msg!("steps-nrm-title"), format!("{} {}", s.nrm, s.decisions), nrm_dials(library, nation, role)),
        step(msg!("steps-guardian-title", name = &s.guardian_name), s.guardian.clone(), guardian),
    ];
    if criminal {
        out.push(non_prosecution(s));
    }
    out.push(step(msg!("steps-record-title"), msg!("steps-record-text"), lead()));
    out
}

fn non_prosecution(s: &NationSteps) -> Step {
    step(
        msg!("steps-non-prosecution-title", name = &s.non_prosecution_name),
        msg!("steps-non-prosecution-text", text = &s.non_prosecution),
        vec![local(Role::SafeguardingLead, msg!("steps-lead-find"))],
    )
}

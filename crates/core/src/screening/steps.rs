//! The next steps for a level of concern, naming the right bodies for the chosen nation, worded
//! for the person's role when they gave one, each with a number to tap or where to find it.

use super::dial::{emergency, helpline, local, Dial};
use super::Level;
use crate::contacts::Role;
use crate::content::{Form, Library, NationSteps};
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

const RECORD: &str = "Write down what you noticed, when, and the child's own words. Records may be disclosable later: record facts, not guesses, and no more personal detail than your procedures need.";
const NRM_AT_CONCERN: &str = "Every child who may have been trafficked or exploited should be referred: decide it with children's services today, and do not wait to be sure.";
const NO_NATION: &str = "No UK nation was chosen, so this step does not name the bodies in your nation. Follow your local safeguarding procedures.";
const NO_NATION_FIND: &str = "Children's services' numbers, in and out of office hours, are on the local council's website (in Northern Ireland, the Health and Social Care Trust's) and in your local safeguarding procedures.";
const FRONT_DOOR_FIND: &str = "Find the numbers on the council's website (in Northern Ireland, the Trust's) or in your local safeguarding procedures, and save them in your contacts.";
const LEAD_FIND: &str = "Your organisation's safeguarding policy names your safeguarding lead and how to reach them.";
const FORCE_FIND: &str = "Your force's procedures for child exploitation say who to tell and how to reach them.";
const GUARDIAN_FIND: &str =
    "How to refer is on the guardian service's own website; children's services can tell you the route in your area.";
const MSEH: &str = "Modern Slavery & Exploitation Helpline";
const NSPCC: &str = "NSPCC Helpline";

/// The step added when strengths were noted.
pub const STRENGTHS_STEP: &str = "Build on the strengths you noted";

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
    let lead = || vec![local(Role::SafeguardingLead, LEAD_FIND)];
    let talk = || {
        let mut d = lead();
        d.extend(helpline(library, nation, NSPCC, "the NSPCC Helpline"));
        d
    };
    let record = || step("Record what you have noticed", RECORD, lead());
    let mut out = Vec::new();
    match level {
        Level::Emergency => {
            out.push(match role {
                Some(Practitioner::Police) => step("Get help to the child now", "The child is in immediate danger. Call for urgent help on 999 or by your force's own means, and stay with the child if you can do so without danger to yourself.", vec![emergency()]),
                _ => step("Call 999 now", "The child is in immediate danger. Stay with them if you can do so without danger to yourself, and tell the call handler you think the child is being exploited.", vec![emergency()]),
            });
            out.extend(refer_now(library, steps, nation, role, criminal));
        }
        Level::ReferNow => out.extend(refer_now(library, steps, nation, role, criminal)),
        Level::Concern => {
            out.push(step(
                "Talk to your safeguarding lead today",
                "Share what you have noticed. Do not wait for more signs before you act.",
                talk(),
            ));
            match steps {
                Some(s) => {
                    out.push(children_services(s, role, false));
                    // The guidance (national-referral-mechanism.md; the facts sheet, source
                    // uk-facts-2026, section 2.2): every child who may have been trafficked or
                    // exploited should be referred, and a child's referral needs no consent. So
                    // the step says "make sure", as its text does, for the child who may have
                    // been; it never says "consider".
                    out.push(step(
                        "Make sure a National Referral Mechanism referral is made if the child may have been trafficked or exploited",
                        format!("{NRM_AT_CONCERN} {}", s.nrm),
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
            out.push(step("Talk to your safeguarding lead", "Exploiters look for children in these circumstances. Agree who will keep in touch with the child and what would make you act.", talk()));
            out.push(step(
                "Keep watching for signs of exploitation",
                "If you notice any of the signs on this checklist, come back and tick them: the level will rise.",
                lead(),
            ));
        }
        Level::NothingRecorded => {
            out.push(step(
                "Act on your judgement if you are still worried",
                "Talk to your safeguarding lead. Children often do not tell, and many signs are hidden.",
                talk(),
            ));
            out.push(record());
        }
    }
    if strengths && level != Level::Emergency {
        let at = out.len().saturating_sub(1);
        out.insert(at, step(STRENGTHS_STEP, "Tell the people you contact what is going well for the child: a trusted adult, school or a safe place can be part of the plan. Strengths do not lower the level of concern.", lead()));
    }
    out
}

/// Children's services: told by everyone else, acted on by children's social care itself; the
/// out-of-hours team (the one that answers at 2 a.m.) in every nation.
fn children_services(s: &NationSteps, role: Option<Practitioner>, now: bool) -> Step {
    // In and out of office hours: one line says where to find both numbers.
    let dials = vec![local(Role::OutOfHours, FRONT_DOOR_FIND), local(Role::FrontDoor, FRONT_DOOR_FIND)];
    match (role, now) {
        (Some(Practitioner::SocialCare), true) => step("Start your child protection procedures now", format!("You work in children's services: act on this now under your local procedures and tell your manager or the duty team. {}", s.out_of_hours), dials),
        (Some(Practitioner::SocialCare), false) => step("Raise it in your team today", format!("You work in children's services: discuss it with your manager under your local procedures. {}", s.out_of_hours), dials),
        (_, true) => step("Tell children's services now", format!("{} {}", s.children_services, s.out_of_hours), dials),
        (_, false) => step("Contact children's services", format!("{} {}", s.children_services, s.out_of_hours), dials),
    }
}

/// The step for a reader with no nation chosen: the bodies are not named, the numbers still are.
fn no_nation(role: Option<Practitioner>, now: bool) -> Step {
    let mut dials = vec![local(Role::OutOfHours, NO_NATION_FIND), local(Role::FrontDoor, NO_NATION_FIND)];
    let title = match (role, now) {
        (Some(Practitioner::SocialCare), true) => "Start your child protection procedures now",
        (Some(Practitioner::SocialCare), false) => "Raise it in your team today",
        (Some(Practitioner::Police), true) => "Tell children's services now and act under your force's procedures",
        (_, true) => "Tell children's services and the police now",
        (_, false) => "Contact children's services",
    };
    if now {
        dials.push(emergency());
        if role != Some(Practitioner::Police) {
            dials.push(local(Role::Police, "Your police force's website gives its non-emergency number."));
        } else {
            dials.push(local(Role::ExploitationTeam, FORCE_FIND));
        }
    }
    step(title, NO_NATION, dials)
}

fn nrm_dials(library: &Library, nation: Option<Nation>, role: Option<Practitioner>) -> Vec<Dial> {
    let mut d: Vec<Dial> =
        helpline(library, nation, MSEH, "the Modern Slavery & Exploitation Helpline").into_iter().collect();
    if role != Some(Practitioner::SocialCare) {
        d.push(local(Role::FrontDoor, FRONT_DOOR_FIND));
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
    let lead = || vec![local(Role::SafeguardingLead, LEAD_FIND)];
    let Some(s) = steps else {
        return vec![
            no_nation(role, true),
            step(
                "Make sure a National Referral Mechanism referral is made",
                "A child does not need to agree to it. Safeguard the child first.",
                nrm_dials(library, nation, role),
            ),
            step("Record what you have noticed", RECORD, lead()),
        ];
    };
    let police = match role {
        Some(Practitioner::Police) => step(
            "Act under your force's procedures",
            "You are the police, so this step is yours: follow your force's procedures for child exploitation and tell your supervisor.",
            vec![local(Role::ExploitationTeam, FORCE_FIND), local(Role::Police, FORCE_FIND)],
        ),
        _ => {
            let mut dials = vec![local(Role::Police, if s.police_number.is_some() { "" } else { s.police_find.as_str() }), emergency()];
            if let Some(n) = &s.police_number {
                dials.push(Dial::National { name: "the police non-emergency number".into(), number: n.clone() });
            }
            step("Tell the police", s.police.clone(), dials)
        }
    };
    let mut guardian = vec![Dial::Find(GUARDIAN_FIND.into())];
    if role != Some(Practitioner::SocialCare) {
        guardian.insert(0, local(Role::FrontDoor, ""));
    }
    let mut out = vec![
        children_services(s, role, true),
        police,
        step(
            "Make sure a National Referral Mechanism referral is made",
            format!("{} {}", s.nrm, s.decisions),
            nrm_dials(library, nation, role),
        ),
        step(format!("Refer the child to a guardian: {}", s.guardian_name), s.guardian.clone(), guardian),
    ];
    if criminal {
        out.push(non_prosecution(s));
    }
    out.push(step("Record what you have noticed", RECORD, lead()));
    out
}

fn non_prosecution(s: &NationSteps) -> Step {
    step(
        format!("If the child is accused of an offence: {}", s.non_prosecution_name),
        format!("See the child before the offence. {}", s.non_prosecution),
        vec![local(Role::SafeguardingLead, LEAD_FIND)],
    )
}

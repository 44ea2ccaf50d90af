//! A number to tap in every next step: a national number where the references confirm one (999,
//! the police non-emergency number where confirmed, a national helpline), and for a local number
//! (children's services, the out-of-hours team, the police contact, the safeguarding lead) the
//! person's own saved contact for that role first, or else where to find the number.

use super::{Level, Step};
use crate::contacts::{self, Contact, Role};
use crate::content::Library;
use crate::msg;
use crate::nation::Nation;

/// A number a step offers.
#[derive(Debug, Clone, PartialEq)]
pub enum Dial {
    /// A national number the references confirm.
    National {
        /// Who answers, as in "Call {name}".
        name: String,
        /// The number as shown.
        number: String,
    },
    /// A local number: the person's saved contact for `role` is offered first; with none saved,
    /// `find` says where to find the number (empty when another offer in the step covers it).
    Local {
        /// The contact role whose saved number answers this.
        role: Role,
        /// Where to find the number when none is saved.
        find: String,
    },
    /// No number can be given: where to find out who to call.
    Find(String),
}

/// What a step or the level box offers, in the order shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Offer {
    /// A number to tap.
    Call {
        /// Who answers.
        label: String,
        /// The number as shown.
        number: String,
        /// The `tel:` address.
        href: String,
        /// Whether it is the person's own saved contact.
        saved: bool,
    },
    /// Where to find a number that cannot be given here.
    Find(String),
}

/// The emergency number.
pub const EMERGENCY: &str = "999";

pub(super) fn emergency() -> Dial {
    Dial::National { name: msg!("dial-emergency"), number: EMERGENCY.into() }
}

/// A national helpline from the content, by name; none when the content no longer lists it.
pub(super) fn helpline(library: &Library, nation: Option<Nation>, name: &str, call: String) -> Option<Dial> {
    library
        .helplines
        .iter()
        .find(|h| h.name == name && nation.is_none_or(|n| h.nations.contains(&n)))
        .map(|h| Dial::National { name: call, number: h.number.clone() })
}

pub(super) fn local(role: Role, find: impl Into<String>) -> Dial {
    Dial::Local { role, find: find.into() }
}

/// The offers for `dials`: saved contacts first (the numbers the person actually rings), then
/// national numbers, then where to find the local numbers not saved, each said once.
pub fn offers(dials: &[Dial], contacts: &[Contact], nation: Option<Nation>) -> Vec<Offer> {
    let mut saved = Vec::new();
    let mut national = Vec::new();
    let mut find: Vec<Offer> = Vec::new();
    let mut add_find = |text: &str| {
        let o = Offer::Find(text.to_string());
        if !text.is_empty() && !find.contains(&o) {
            find.push(o);
        }
    };
    for d in dials {
        match d {
            Dial::National { name, number } => {
                let o = Offer::Call {
                    label: name.clone(),
                    number: number.clone(),
                    href: contacts::dial(number),
                    saved: false,
                };
                if !national.contains(&o) {
                    national.push(o);
                }
            }
            Dial::Local { role, find } => match contacts.iter().find(|c| c.role == *role) {
                Some(c) => {
                    let label = if c.name.is_empty() {
                        c.role.label(nation).to_string()
                    } else {
                        msg!("dial-saved-named", role = c.role.label(nation), name = &c.name)
                    };
                    let o = Offer::Call { label, number: c.number.clone(), href: c.dial(), saved: true };
                    if !saved.contains(&o) {
                        saved.push(o);
                    }
                }
                None => add_find(find),
            },
            Dial::Find(text) => add_find(text),
        }
    }
    saved.into_iter().chain(national).chain(find).collect()
}

/// What the level box offers: the first step's numbers, and 999 at "refer now" and above.
pub fn level_dials(level: Level, steps: &[Step]) -> Vec<Dial> {
    let mut out = steps.first().map(|s| s.dials.clone()).unwrap_or_default();
    let has_999 = out.iter().any(|d| matches!(d, Dial::National { number, .. } if number == EMERGENCY));
    if level >= Level::ReferNow && !has_999 {
        out.push(emergency());
    }
    out
}

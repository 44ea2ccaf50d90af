//! A practitioner's own local contacts, kept on their device: the numbers they actually ring,
//! under fixed roles, shown inside the next steps, the record and the home screen. Nothing is
//! looked up or sent; a number is only checked for shape. A trainer can prepare a contacts file
//! for a whole area ([`export_file`]) and hand it out ([`import_file`]).

use crate::nation::Nation;
use crate::text::without_direction_controls;
use serde::{Deserialize, Serialize};

/// Who a contact is, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Children's services front door or MASH (social work in Scotland, the Gateway team in
    /// Northern Ireland).
    FrontDoor,
    /// The out-of-hours social work or emergency duty team.
    OutOfHours,
    /// The police single point of contact, or the non-emergency line.
    Police,
    /// The person's own safeguarding lead.
    SafeguardingLead,
    /// The local exploitation team.
    ExploitationTeam,
}

impl Role {
    /// Every role, in the order shown.
    pub const ALL: [Role; 5] =
        [Role::FrontDoor, Role::OutOfHours, Role::Police, Role::SafeguardingLead, Role::ExploitationTeam];

    /// Its id, as stored and in form field names.
    pub fn id(self) -> &'static str {
        match self {
            Role::FrontDoor => "front-door",
            Role::OutOfHours => "out-of-hours",
            Role::Police => "police",
            Role::SafeguardingLead => "safeguarding-lead",
            Role::ExploitationTeam => "exploitation-team",
        }
    }

    /// Its name, in the words used in `nation` (the front door differs by nation).
    pub fn label(self, nation: Option<Nation>) -> &'static str {
        match (self, nation) {
            (Role::FrontDoor, Some(Nation::England)) => "Children's services front door or MASH",
            (Role::FrontDoor, Some(Nation::Wales)) => "Children's services front door or MASH",
            (Role::FrontDoor, Some(Nation::Scotland)) => "Social work (children and families)",
            (Role::FrontDoor, Some(Nation::NorthernIreland)) => "Gateway team (Health and Social Care Trust)",
            (Role::FrontDoor, None) => "Children's services front door, MASH, social work or Gateway team",
            (Role::OutOfHours, _) => "Out-of-hours social work team",
            (Role::Police, _) => "Police single point of contact or non-emergency line",
            (Role::SafeguardingLead, _) => "Your safeguarding lead",
            (Role::ExploitationTeam, _) => "Local exploitation team",
        }
    }
}

/// One local contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Who it is.
    pub role: Role,
    /// A name for the team or person, as the practitioner knows it (may be empty).
    pub name: String,
    /// The number, as written (checked by [`check_number`]).
    pub number: String,
}

/// Longest name kept.
pub const MAX_NAME: usize = 80;

impl Contact {
    /// Checks a contact that came from outside (storage, a file): its name and number.
    pub fn check(&self) -> Result<(), String> {
        if self.name.chars().count() > MAX_NAME {
            return Err(format!("a name is longer than {MAX_NAME} characters"));
        }
        check_number(&self.number).map(|_| ())
    }

    /// The address a phone dials: `tel:` and the digits (a leading + kept).
    pub fn dial(&self) -> String {
        dial(&self.number)
    }
}

/// The address a phone dials for `number`: `tel:` and its digits (a leading + kept). For a
/// saved contact and for the national helplines alike.
pub fn dial(number: &str) -> String {
    format!("tel:{}", dial_digits(number))
}

/// The digits dialled (a leading + kept): an international number's "(0)" is not dialled.
fn dial_digits(number: &str) -> String {
    let number = if number.trim_start().starts_with('+') { number.replace("(0)", "") } else { number.to_string() };
    number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

/// Checks the shape of a phone number and returns it tidied (spaces trimmed and single). A UK
/// number starting with 0 has 10 or 11 digits, +44 then 9 or 10; a short number (101, 111,
/// 116 123) has 3 to 6; another country's has 7 to 15 after its +. Spaces, brackets, dots and
/// hyphens are allowed between digits. The error says what to change.
pub fn check_number(text: &str) -> Result<String, String> {
    let tidy = without_direction_controls(text).split_whitespace().collect::<Vec<_>>().join(" ");
    if tidy.is_empty() {
        return Err("Enter a phone number".into());
    }
    let allowed = |(i, c): (usize, char)| c.is_ascii_digit() || " ()-.".contains(c) || (c == '+' && i == 0);
    if !tidy.chars().enumerate().all(allowed) {
        return Err("A phone number can only have digits, spaces, brackets and hyphens, and a + at the start".into());
    }
    let digits = dial_digits(&tidy);
    let n = digits.trim_start_matches('+').len();
    let ok = if tidy.starts_with("+44") {
        (11..=12).contains(&n)
    } else if tidy.starts_with('+') {
        (8..=16).contains(&n)
    } else if digits.starts_with('0') {
        (10..=11).contains(&n)
    } else {
        (3..=6).contains(&n)
    };
    if ok {
        Ok(tidy)
    } else if tidy.starts_with('+') {
        Err("Check the number: after the country code it is too short or too long".into())
    } else if digits.starts_with('0') {
        Err(format!("A UK number starting with 0 has 10 or 11 digits; this has {n}"))
    } else {
        Err("Enter a full number starting with 0 or +, or a short number such as 101".into())
    }
}

/// Checks a name: no longer than [`MAX_NAME`], without direction-control characters.
pub fn check_name(text: &str) -> Result<String, String> {
    let tidy = without_direction_controls(text).split_whitespace().collect::<Vec<_>>().join(" ");
    if tidy.chars().count() > MAX_NAME {
        Err(format!("A name can be {MAX_NAME} characters at most"))
    } else {
        Ok(tidy)
    }
}

/// The contacts in role order, one per role (the last given wins).
pub fn tidy(mut contacts: Vec<Contact>) -> Vec<Contact> {
    contacts.reverse();
    contacts.sort_by_key(|c| c.role);
    contacts.dedup_by_key(|c| c.role);
    contacts
}

/// What a contacts file says it is.
const KIND: &str = "recognise-respond-contacts";
/// The contacts file's format.
const FILE_FORMAT: u64 = 1;
/// Largest contacts file read.
pub const MAX_FILE_BYTES: usize = 64 * 1024;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactsFile {
    app: String,
    format: u64,
    contacts: Vec<Contact>,
}

/// A contacts file holding `contacts`, to hand out to a whole area.
pub fn export_file(contacts: &[Contact]) -> String {
    let file = ContactsFile { app: KIND.into(), format: FILE_FORMAT, contacts: contacts.to_vec() };
    serde_json::to_value(&file).map(|v| format!("{v:#}\n")).unwrap_or_default()
}

/// Reads a contacts file, checking every contact; says in plain words why one is refused.
pub fn import_file(bytes: &[u8]) -> Result<Vec<Contact>, String> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err("This file is too large to be a contacts file.".into());
    }
    let text = std::str::from_utf8(bytes).map_err(|_| "This file is not a contacts file.".to_string())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file: ContactsFile =
        serde_json::from_str(text).map_err(|_| "This file is not a contacts file, or it is damaged.".to_string())?;
    if file.app != KIND {
        return Err("This file is not a contacts file.".into());
    }
    if file.format > FILE_FORMAT {
        return Err("This contacts file comes from a newer version of the app. Update the app, then try again.".into());
    }
    if file.contacts.len() > Role::ALL.len() * 4 {
        return Err("This file holds more contacts than there are roles.".into());
    }
    for c in &file.contacts {
        c.check().map_err(|e| format!("The contact for \u{201c}{}\u{201d} is refused: {e}.", c.role.label(None)))?;
    }
    Ok(tidy(file.contacts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_checked_for_shape_only() {
        for good in [
            "0800 121 700",
            "020 7946 0000",
            "+44 20 7946 0000",
            "101",
            "116 123",
            "(01632) 960-001",
            "+353 1 234 5678",
        ] {
            assert!(check_number(good).is_ok(), "{good}");
        }
        assert_eq!(check_number("  0800   121 700 ").unwrap(), "0800 121 700");
        for bad in ["", "abc", "0800 12", "0800 121 700 12345", "12", "+44 20", "08OO 121 700", "0800+121"] {
            assert!(check_number(bad).is_err(), "{bad}");
        }
        assert_eq!(check_number("0800 12").unwrap_err(), "A UK number starting with 0 has 10 or 11 digits; this has 6");
    }

    #[test]
    fn a_contact_dials_its_digits() {
        let c = Contact { role: Role::Police, name: "SPOC".into(), number: "+44 (0)20 7946-0000".into() };
        assert_eq!(c.dial(), "tel:+442079460000");
        assert!(check_number(&c.number).is_ok());
    }

    #[test]
    fn a_contacts_file_round_trips_and_refuses_what_is_wrong() {
        let contacts = vec![
            Contact { role: Role::Police, name: "Police".into(), number: "101".into() },
            Contact { role: Role::FrontDoor, name: "MASH".into(), number: "01632 960001".into() },
        ];
        let file = export_file(&contacts);
        assert_eq!(import_file(file.as_bytes()).unwrap(), tidy(contacts.clone()));
        assert_eq!(import_file(file.as_bytes()).unwrap()[0].role, Role::FrontDoor, "in role order");
        assert!(import_file(b"{}").is_err());
        assert!(import_file(file.replace("01632 960001", "not a number").as_bytes()).unwrap_err().contains("refused"));
        assert!(import_file(file.replace("\"format\": 1", "\"format\": 9").as_bytes()).unwrap_err().contains("newer"));
        assert!(import_file(file.replace("\"name\"", "\"extra\": 1, \"name\"").as_bytes()).is_err());
    }

    #[test]
    fn one_contact_per_role_the_last_wins() {
        let c = |n: &str| Contact { role: Role::Police, name: n.into(), number: "101".into() };
        assert_eq!(tidy(vec![c("old"), c("new")]), vec![c("new")]);
    }
}

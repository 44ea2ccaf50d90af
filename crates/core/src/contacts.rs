//! A practitioner's own local contacts, kept on their device: the numbers they actually ring,
//! under fixed roles, shown inside the next steps, the record and the home screen. Nothing is
//! looked up or sent; a number is only checked for shape. A trainer can prepare a contacts file
//! for a whole area ([`export_file`]) and hand it out ([`import_file`]).

use crate::nation::Nation;
use crate::text::{clean, Lines};
use crate::{message, msg};
use serde::{Deserialize, Serialize};

/// Who a contact is, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Children's services front door or MASH (social work in Scotland, the Health and Social
    /// Care Trust's children's services in Northern Ireland).
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
    pub fn label(self, nation: Option<Nation>) -> String {
        match (self, nation) {
            (Role::FrontDoor, Some(Nation::England)) => msg!("contacts-front-door-england"),
            (Role::FrontDoor, Some(Nation::Wales)) => msg!("contacts-front-door-wales"),
            (Role::FrontDoor, Some(Nation::Scotland)) => msg!("contacts-front-door-scotland"),
            (Role::FrontDoor, Some(Nation::NorthernIreland)) => msg!("contacts-front-door-northern-ireland"),
            (Role::FrontDoor, None) => msg!("contacts-front-door"),
            (Role::OutOfHours, _) => msg!("contacts-out-of-hours"),
            (Role::Police, _) => msg!("contacts-police"),
            (Role::SafeguardingLead, _) => msg!("contacts-safeguarding-lead"),
            (Role::ExploitationTeam, _) => msg!("contacts-exploitation-team"),
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
    /// The number, as written (checked and tidied by [`check_number`]).
    pub number: String,
}

/// Longest name kept.
pub const MAX_NAME: usize = 80;

impl Contact {
    /// Checks a contact that came from outside (storage, a file) and returns it as the form
    /// would have kept it: its name and number cleaned ([`crate::text::clean`]) and tidied, so
    /// a contact from a file is shown, dialled and copied exactly like one typed here.
    pub fn checked(&self) -> Result<Contact, String> {
        // Said within a sentence ("The contact for … is refused: …"), in the words for there.
        let name = check_name(&self.name).map_err(|_| msg!("contacts-name-too-long-in-sentence", max = MAX_NAME))?;
        let number = check_number(&self.number)?;
        Ok(Contact { role: self.role, name, number })
    }

    /// The address a phone dials: `tel:` and the digits (a leading + kept).
    pub fn dial(&self) -> String {
        dial(&self.number)
    }
}

/// The address a phone dials for `number`: `tel:` and its digits (a leading + kept). For a
/// saved contact and for the national helplines alike. `public/first-paint.js` draws the home
/// screen's contacts before the app starts with its own copy of this rule (`firstPaintDial`);
/// `tests/fixtures/dial.json` holds the numbers both are tested against, so they cannot drift.
pub fn dial(number: &str) -> String {
    format!("tel:{}", dial_digits(number))
}

/// The digits dialled (a leading + kept). Invisible characters (direction marks pasted with a
/// number, for example) are ignored first, so they cannot hide the +; after a country code
/// every "(0)" is left out, since that 0 is dialled only from inside the country.
fn dial_digits(number: &str) -> String {
    let number = clean(number, Lines::One);
    let number = if number.trim_start().starts_with('+') { number.replace("(0)", "") } else { number };
    number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

/// Checks the shape of a phone number and returns it tidied (invisible characters removed,
/// spaces trimmed and single). A UK number starting with 0 has 10 or 11 digits, +44 then 9 or
/// 10 not starting with 0 (a "(0)" is allowed: it is not dialled); a short number (101, 111,
/// 116 123) has 3 to 6; another country's has 7 to 15 after its +. Spaces, brackets, dots and
/// hyphens are allowed between digits; digits are the ordinary 0 to 9 only (full-width digits
/// are refused, here, in a file and on the home screen alike). The error says what to change.
pub fn check_number(text: &str) -> Result<String, String> {
    let tidy = clean(text, Lines::One).split_whitespace().collect::<Vec<_>>().join(" ");
    if tidy.is_empty() {
        return Err(msg!("contacts-number-empty"));
    }
    let allowed = |(i, c): (usize, char)| c.is_ascii_digit() || " ()-.".contains(c) || (c == '+' && i == 0);
    if !tidy.chars().enumerate().all(allowed) {
        return Err(msg!("contacts-number-characters"));
    }
    let digits = dial_digits(&tidy);
    let n = digits.trim_start_matches('+').len();
    if digits.starts_with("+440") {
        return Err(msg!("contacts-number-plus-44-0"));
    }
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
        Err(msg!("contacts-number-international"))
    } else if digits.starts_with('0') {
        Err(msg!("contacts-number-uk-length", n = n))
    } else {
        Err(msg!("contacts-number-short"))
    }
}

/// Checks a name: one line of at most [`MAX_NAME`] characters, cleaned of control,
/// direction-control and invisible characters, spaces single.
pub fn check_name(text: &str) -> Result<String, String> {
    let tidy = clean(text, Lines::One).split_whitespace().collect::<Vec<_>>().join(" ");
    if tidy.chars().count() > MAX_NAME {
        Err(msg!("contacts-name-too-long", max = MAX_NAME))
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

/// A contacts file that was read: the contacts it gives this device, and how many it held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    /// The contacts kept, in role order, one per role, each checked and tidied.
    pub contacts: Vec<Contact>,
    /// How many contacts the file held.
    pub in_file: usize,
}

impl Opened {
    /// What to say once the contacts are kept: how many, and how many were left out and why.
    pub fn message(&self) -> String {
        let kept = self.contacts.len();
        let left_out = self.in_file - kept;
        let now = message!("contacts-opened-now", n = kept);
        if left_out == 0 {
            return msg!("contacts-opened", now = now);
        }
        msg!(
            "contacts-opened-left-out",
            in_file = self.in_file,
            now = now,
            roles = Role::ALL.len(),
            left_out = left_out
        )
    }
}

/// Reads a contacts file, checking every contact; says in plain words why one is refused.
/// Each contact is cleaned and tidied as the form would keep it.
pub fn import_file(bytes: &[u8]) -> Result<Opened, String> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(msg!("contacts-file-too-large"));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| msg!("contacts-file-not-contacts"))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file: ContactsFile = serde_json::from_str(text).map_err(|_| msg!("contacts-file-damaged"))?;
    if file.app != KIND {
        return Err(msg!("contacts-file-not-contacts"));
    }
    if file.format > FILE_FORMAT {
        return Err(msg!("contacts-file-newer"));
    }
    if file.contacts.len() > Role::ALL.len() * 4 {
        return Err(msg!("contacts-file-too-many"));
    }
    let in_file = file.contacts.len();
    let contacts = file
        .contacts
        .iter()
        .map(|c| {
            c.checked().map_err(|e| {
                msg!("contacts-file-refused", role = message!("quoted", text = c.role.label(None)), error = e)
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Opened { contacts: tidy(contacts), in_file })
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

    /// The numbers `public/first-paint.js` is tested against too (`tests/e2e/first-paint-dial.test.mjs`).
    const DIAL_CASES: &str = include_str!("../../../tests/fixtures/dial.json");

    #[test]
    fn every_tricky_number_is_kept_and_dialled_as_the_shared_list_says() {
        // Defects 26 and 27: a direction mark hid the + (the trunk 0 was dialled), and the home
        // screen's copy of the rule left out only the first "(0)".
        let cases: Vec<serde_json::Value> = serde_json::from_str(DIAL_CASES).unwrap();
        assert!(cases.len() >= 15);
        for case in cases {
            let number = case["number"].as_str().unwrap();
            let kept = case["kept"].as_str();
            assert_eq!(check_number(number).ok().as_deref(), kept, "{number:?}: {}", case["why"]);
            assert_eq!(dial(number), case["dial"].as_str().unwrap(), "{number:?}: {}", case["why"]);
            if let Some(kept) = kept {
                assert_eq!(dial(kept), dial(number), "{kept:?} is dialled as typed");
                let c = Contact { role: Role::Police, name: String::new(), number: number.into() };
                assert_eq!(c.checked().unwrap().number, kept);
            }
        }
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
        assert_eq!(import_file(file.as_bytes()).unwrap().contacts, tidy(contacts.clone()));
        assert_eq!(import_file(file.as_bytes()).unwrap().contacts[0].role, Role::FrontDoor, "in role order");
        assert!(import_file(b"{}").is_err());
        assert!(import_file(file.replace("01632 960001", "not a number").as_bytes()).unwrap_err().contains("refused"));
        assert!(import_file(file.replace("\"format\": 1", "\"format\": 9").as_bytes()).unwrap_err().contains("newer"));
        assert!(import_file(file.replace("\"name\"", "\"extra\": 1, \"name\"").as_bytes()).is_err());
    }

    #[test]
    fn a_file_says_how_many_contacts_were_kept_and_how_many_left_out() {
        // Defect 29: a file with 20 contacts kept 5 and said only "5 contact(s) now kept".
        let many: Vec<Contact> = (0..20)
            .map(|i| Contact { role: Role::ALL[i % 5], name: format!("Team {i}"), number: "101".into() })
            .collect();
        let opened = import_file(export_file(&many).as_bytes()).unwrap();
        assert_eq!((opened.contacts.len(), opened.in_file), (5, 20));
        assert_eq!(opened.contacts[0].name, "Team 15", "the last for each role is kept");
        let said = opened.message();
        assert!(said.contains("It held 20 contacts; 5 contacts are now kept"), "{said}");
        assert!(said.contains("one contact for each of its 5 roles, so 15 were left out"), "{said}");
        let one = import_file(export_file(&many[..1]).as_bytes()).unwrap();
        assert_eq!(
            one.message(),
            "The contacts file was opened. 1 contact is now kept on this device, in place of any you had."
        );
        let two = import_file(export_file(&many[..2]).as_bytes()).unwrap();
        assert!(two.message().contains("2 contacts are now kept"));
        let six = import_file(export_file(&many[..6]).as_bytes()).unwrap();
        assert!(six.message().contains("so 1 was left out"), "{}", six.message());
        assert!(!import_file(export_file(&[]).as_bytes()).unwrap().message().contains("(s)"));
        for o in [opened, one, two, six] {
            assert!(!o.message().contains("(s)"));
        }
    }

    #[test]
    fn contacts_from_a_file_are_cleaned_like_typed_ones() {
        // Defects 13 and 30: direction controls and control characters came in from a file.
        let forged = Contact {
            role: Role::Police,
            name: "Police \u{202e}0010 0096 23610\u{202c}\u{0}\u{7}\nline\r\ttab".into(),
            number: "\u{202e}01632 960001".into(),
        };
        let opened = import_file(export_file(&[forged]).as_bytes()).unwrap();
        assert_eq!(opened.contacts[0].name, "Police 0010 0096 23610 line tab");
        assert_eq!(opened.contacts[0].number, "01632 960001");
        assert_eq!(opened.contacts[0].dial(), "tel:01632960001");
        assert_eq!(check_name("A\u{0}B\u{7}C").unwrap(), "ABC", "the form drops NUL and BEL too");
    }

    #[test]
    fn one_contact_per_role_the_last_wins() {
        let c = |n: &str| Contact { role: Role::Police, name: n.into(), number: "101".into() };
        assert_eq!(tidy(vec![c("old"), c("new")]), vec![c("new")]);
    }
}

//! A guard for free text that goes into a copied or printed summary or record (referral notes,
//! the action log, the judgement's reason): does it seem to hold a detail that could identify a
//! child? A guard, not a guarantee. Names cannot be told from other words, so the screens say
//! so beside every box this guard watches, and nothing claims that a text is free of names.
//!
//! The text is looked at as a person would read it: invisible and direction-control characters
//! are ignored, and full-width digits, letters and signs (`０７７００`, `＠`) count as ordinary
//! ones. Each kind of detail is looked for with a rule narrow enough that ordinary notes ("seen
//! 3 times this week", "aged 15", "2 older men", "@ the park") are not flagged.

use crate::messages::{Arg, Join, Message};
use crate::search::welsh;
use crate::text::{clean, Lines};
use crate::{message, msg};

/// A kind of detail that could identify a child, found in free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Identifier {
    /// An email address, also written out ("jane at example dot com").
    Email,
    /// A social media handle ("@jane_smith2011").
    Handle,
    /// A phone number.
    Phone,
    /// An NHS number (ten digits, in any grouping).
    NhsNumber,
    /// A National Insurance number ("QQ 12 34 56 C").
    NationalInsurance,
    /// A Home Office reference (a letter and seven digits, or a GWF number).
    HomeOffice,
    /// Another long number, such as a case or account reference.
    LongNumber,
    /// A UK postcode, or the first half of one where it reads like a place.
    Postcode,
    /// A street address ("12 Acacia Avenue").
    Address,
    /// A vehicle registration ("AB12 CDE").
    Vehicle,
    /// A full date (day, month and year), such as a date of birth.
    Date,
}

impl Identifier {
    /// In words.
    pub fn name(self) -> Message {
        match self {
            Identifier::Email => message!("identifiers-email"),
            Identifier::Handle => message!("identifiers-handle"),
            Identifier::Phone => message!("identifiers-phone"),
            Identifier::NhsNumber => message!("identifiers-nhs-number"),
            Identifier::NationalInsurance => message!("identifiers-national-insurance"),
            Identifier::HomeOffice => message!("identifiers-home-office"),
            Identifier::LongNumber => message!("identifiers-long-number"),
            Identifier::Postcode => message!("identifiers-postcode"),
            Identifier::Address => message!("identifiers-address"),
            Identifier::Vehicle => message!("identifiers-vehicle"),
            Identifier::Date => message!("identifiers-date"),
        }
    }
}

/// The kinds of identifying detail that `text` seems to hold, each once, in a fixed order.
pub fn identifiers(text: &str) -> Vec<Identifier> {
    let text = normalise(text);
    let words: Vec<&str> = text.split_whitespace().collect();
    let bare: Vec<&str> = words.iter().map(|w| bare(w)).collect();
    let mut found = Vec::new();
    let mut add = |kind: Identifier, yes: bool| {
        if yes && !found.contains(&kind) {
            found.push(kind);
        }
    };
    add(Identifier::Email, has_email(&words, &bare));
    add(Identifier::Handle, words.iter().any(|w| is_handle(w)));
    // A date is not part of a number: "06/12/2026 10:00" is not a phone number.
    let without_dates: Vec<&str> =
        words.iter().zip(&bare).map(|(w, b)| if is_numeric_date(b) { "\u{b7}" } else { *w }).collect();
    for kind in number_runs(&without_dates.join(" ")).iter().filter_map(NumberRun::kind) {
        add(kind, true);
    }
    add(Identifier::NationalInsurance, has_national_insurance(&bare));
    add(Identifier::HomeOffice, bare.iter().any(|w| is_home_office(w)));
    add(Identifier::Postcode, has_postcode(&words, &bare));
    add(Identifier::Address, has_address(&words, &bare));
    add(Identifier::Vehicle, has_vehicle(&bare));
    add(Identifier::Date, has_date(&bare));
    found.sort();
    found
}

/// The warning for a piece of free text, if it seems to hold an identifying detail.
pub fn warning(text: &str) -> Option<String> {
    message(&identifiers(text))
}

/// The warning for text that says when something happened (an action's time), where a date is
/// expected: any other identifying detail is warned about.
pub fn time_warning(text: &str) -> Option<String> {
    let found: Vec<Identifier> = identifiers(text).into_iter().filter(|i| *i != Identifier::Date).collect();
    message(&found)
}

/// The warning for an action in the log: what was done, and its time (where a date is expected).
pub fn action_warning(when: &str, what: &str) -> Option<String> {
    let mut found = identifiers(what);
    found.extend(identifiers(when).into_iter().filter(|i| *i != Identifier::Date));
    found.sort();
    found.dedup();
    message(&found)
}

/// The warning for a reflection in the learning record, which is printed and exported as CSV.
pub fn reflection_warning(text: &str) -> Option<String> {
    list(&identifiers(text)).map(|found| msg!("identifiers-reflection-warning", found = found))
}

fn message(found: &[Identifier]) -> Option<String> {
    list(found).map(|found| msg!("identifiers-warning", found = found))
}

/// The kinds found, as a list in words: "a, b and c".
fn list(found: &[Identifier]) -> Option<Arg> {
    (!found.is_empty()).then(|| Arg::List(Join::And, found.iter().map(|i| Arg::from(i.name())).collect()))
}

/// What the screens say beside every box the guard watches: it cannot see names.
pub fn names_hint() -> String {
    msg!("identifiers-names-hint")
}

/// The text as a person reads it: invisible characters gone, full-width forms made ordinary.
fn normalise(text: &str) -> String {
    clean(text, Lines::Many)
        .chars()
        .map(|c| match c {
            // Full-width ASCII (digits, letters, @, +, ., / and the rest) and the ideographic space.
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            c => c,
        })
        .collect()
}

/// A word without the punctuation around it (an email's @ and a date's slashes stay).
fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '/')
}

fn lower(w: &str) -> String {
    w.to_ascii_lowercase()
}

// ---- Email addresses and handles ----

fn has_email(words: &[&str], bare: &[&str]) -> bool {
    let spelled = |w: &str, name: &str| {
        let w = lower(w);
        w == name || [("(", ")"), ("[", "]"), ("{", "}"), ("<", ">")].iter().any(|(a, b)| w == format!("{a}{name}{b}"))
    };
    let is_at = |w: &str| spelled(w, "at") || w == "@";
    let is_dot = |w: &str| spelled(w, "dot") || w == ".";
    let wordish = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || "._-+".contains(c));
    // jane@example.com, and the same with (at), [at], (dot) inside the word.
    let inside = bare.iter().any(|w| {
        let mut t = lower(w);
        for (from, to) in [("(at)", "@"), ("[at]", "@"), ("{at}", "@"), ("(dot)", "."), ("[dot]", "."), ("{dot}", ".")]
        {
            t = t.replace(from, to);
        }
        looks_like_email(&t)
    });
    // jane @ example.com, jane at example dot com, jane (at) example (dot) com.
    let spaced = (1..words.len().saturating_sub(1)).any(|i| {
        let (user, host) = (bare[i - 1], bare[i + 1]);
        if !is_at(words[i]) || !wordish(user) || !wordish(host) {
            return false;
        }
        // The host is "example.com", or "example dot com" over the next words. After a plain
        // "at", a dotted host alone is a website ("bought at amazon.co.uk"), not an address.
        let plain_at = lower(words[i]) == "at";
        let dotted = !plain_at && host.contains('.') && looks_like_email(&format!("{user}@{host}"));
        let spelled_out =
            words.get(i + 2).is_some_and(|w| is_dot(w)) && bare.get(i + 3).is_some_and(|w| is_domain_end(w));
        dotted || spelled_out
    });
    inside || spaced
}

/// The last part of an address written out: "com", "co", "org", "uk", "net" and the like.
fn is_domain_end(w: &str) -> bool {
    let w = lower(w);
    let w = w.split('.').next().unwrap_or("");
    matches!(w, "com" | "co" | "org" | "uk" | "net" | "gov" | "nhs" | "ac" | "sch" | "me" | "io" | "info" | "edu")
}

fn looks_like_email(w: &str) -> bool {
    match w.split_once('@') {
        Some((user, host)) => {
            !user.is_empty()
                && !host.contains('@')
                && host.contains('.')
                && !host.starts_with('.')
                && !host.ends_with('.')
                && host.chars().all(|c| c.is_alphanumeric() || ".-".contains(c))
                && host.rsplit('.').next().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(char::is_alphabetic))
        }
        None => false,
    }
}

/// "@jane_smith2011": an @ straight before a name of letters, digits, dots and underscores.
/// "@ the park" (with a space) and "@home", "@school" (places, not people) are left alone.
fn is_handle(word: &str) -> bool {
    let w = word.trim_end_matches(|c: char| ",;:!?)]}'\"".contains(c));
    let w = w.trim_end_matches('.');
    let w = w.trim_start_matches(['(', '[', '"', '\'']);
    let Some(name) = w.strip_prefix('@') else { return false };
    let places = ["home", "school", "college", "work", "night", "the", "park", "station", "uni"];
    name.len() >= 2
        && name.len() <= 30
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        && name.chars().any(|c| c.is_ascii_alphabetic())
        && !places.contains(&lower(name).as_str())
}

// ---- Numbers: phones, NHS numbers, other long numbers ----

/// A run of digits in groups, joined by at most two of space . / - ( ) between groups.
struct NumberRun {
    plus: bool,
    digits: String,
    groups: Vec<usize>,
}

impl NumberRun {
    /// What the run looks like, if anything: a number starting with + or 0 is a phone number;
    /// ten digits in one group or grouped 3-3-4 an NHS number; other long numbers count only
    /// when written in groups of three or more (a list such as "aged 14 15 16 17 18" does not).
    fn kind(&self) -> Option<Identifier> {
        let d = &self.digits;
        if self.plus || d.starts_with('0') || (d.starts_with("44") && d.len() >= 12) {
            Some(Identifier::Phone)
        } else if d.len() == 10 && matches!(self.groups.as_slice(), [10] | [3, 3, 4]) {
            Some(Identifier::NhsNumber)
        } else if self.groups.iter().all(|g| *g >= 3) {
            Some(Identifier::LongNumber)
        } else {
            None
        }
    }
}

/// Runs of ten or more digits (eight after a +), not glued to letters (a reference such as
/// "S1234567" is looked for on its own).
fn number_runs(text: &str) -> Vec<NumberRun> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let glued = i > 0 && chars[i - 1].is_alphabetic();
        let plus = i > 0 && chars[i - 1] == '+'
            || (i > 1 && chars[i - 2] == '+' && chars[i - 1] == ' ')
            || (i > 1 && chars[i - 2] == '+' && chars[i - 1] == '(');
        let mut digits = String::new();
        let mut groups = Vec::new();
        let mut j = i;
        let end = loop {
            let from = j;
            while j < chars.len() && chars[j].is_ascii_digit() {
                digits.push(chars[j]);
                j += 1;
            }
            groups.push(j - from);
            let mut k = j;
            while k < chars.len() && k - j < 2 && " ./-()".contains(chars[k]) {
                k += 1;
            }
            if k > j && k < chars.len() && chars[k].is_ascii_digit() {
                j = k;
            } else {
                break j;
            }
        };
        let glued_after = end < chars.len() && chars[end].is_alphabetic();
        let long_enough = digits.len() >= 10 || (plus && digits.len() >= 8);
        if long_enough && !glued && !glued_after {
            out.push(NumberRun { plus, digits, groups });
        }
        i = end.max(i + 1);
    }
    out
}

// ---- References ----

/// "QQ 12 34 56 C" or "QQ123456C": two letters, six digits, a letter A to D, spaces anywhere.
fn has_national_insurance(bare: &[&str]) -> bool {
    (0..bare.len()).any(|i| {
        let mut joined = String::new();
        bare[i..].iter().take(5).any(|w| {
            joined.push_str(w);
            is_national_insurance(&joined)
        })
    })
}

fn is_national_insurance(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 9
        && b[..2].iter().all(u8::is_ascii_alphabetic)
        && b[2..8].iter().all(u8::is_ascii_digit)
        && matches!(b[8].to_ascii_uppercase(), b'A'..=b'D')
}

/// A Home Office reference: a letter and seven digits ("S1234567"), or "GWF" and nine digits.
fn is_home_office(w: &str) -> bool {
    let b = w.as_bytes();
    let letter_and_seven = b.len() == 8 && b[0].is_ascii_alphabetic() && b[1..].iter().all(u8::is_ascii_digit);
    // By bytes, not `&w[..3]`: a word of 12 bytes need not have a character's end at byte 3
    // ("Siân-Morgan", "Noël-Thomas"), and cutting it there would panic.
    let gwf = b.len() == 12 && b[..3].eq_ignore_ascii_case(b"gwf") && b[3..].iter().all(u8::is_ascii_digit);
    letter_and_seven || gwf
}

// ---- Places: postcodes, addresses ----

/// The two-letter postcode areas of the UK (single-letter areas are left out of the outward-only
/// check: "A5", "M25" and "B12" are roads and vitamins far more often than places).
const AREAS: &[&str] = &[
    "AB", "AL", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH", "CM", "CO", "CR", "CT",
    "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "EC", "EH", "EN", "EX", "FK", "FY", "GL", "GU",
    "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "LA",
    "LD", "LE", "LL", "LN", "LS", "LU", "ME", "MK", "ML", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE",
    "PH", "PL", "PO", "PR", "RG", "RH", "RM", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST",
    "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV",
    "YO", "ZE",
];

/// Words that say a place comes next: "lives in LS1", "near NW10".
const PLACE_WORDS: [&str; 12] =
    ["in", "at", "near", "from", "around", "postcode", "area", "lives", "living", "address", "to", "of"];

fn has_postcode(words: &[&str], bare: &[&str]) -> bool {
    let full = bare.iter().any(|w| {
        is_full_postcode(w) || w.split_once('-').is_some_and(|(a, b)| is_outward_code(a) && is_inward_code(b))
    });
    let split = bare.windows(2).any(|p| is_outward_code(p[0]) && is_inward_code(p[1]));
    // The first half alone, only where it reads as a place: in capitals, a two-letter area, after
    // a word such as "in" or "near", or written on its own.
    let outward_only = (0..bare.len()).any(|i| {
        let w = bare[i];
        let area: String = w.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        let capitals = w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        let known = AREAS.contains(&area.as_str());
        let not_a_formula = !matches!(w, "CO2" | "NO2" | "SO2" | "HS2" | "CH4" | "CH5");
        let placed = bare.len() == 1 || (i > 0 && PLACE_WORDS.contains(&lower(words[i - 1]).as_str()));
        area.len() == 2 && capitals && known && not_a_formula && placed && is_outward_code(w)
    });
    full || split || outward_only
}

/// A postcode's first half: one or two letters, a digit, then a letter or digit at most.
fn is_outward_code(w: &str) -> bool {
    let b = w.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if !(1..=2).contains(&letters) || b.len() < letters + 1 || b.len() > letters + 2 {
        return false;
    }
    b[letters].is_ascii_digit() && b[letters + 1..].iter().all(|c| c.is_ascii_alphanumeric())
}

/// A postcode's second half: a digit and two letters.
fn is_inward_code(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 3 && b[0].is_ascii_digit() && b[1].is_ascii_alphabetic() && b[2].is_ascii_alphabetic()
}

/// A postcode written without its space, such as "SW1A1AA" or "sw1a1aa".
fn is_full_postcode(w: &str) -> bool {
    w.is_ascii() && w.len() >= 5 && w.len() <= 7 && {
        let (out, inward) = w.split_at(w.len() - 3);
        is_outward_code(out) && is_inward_code(inward)
    }
}

/// Words that end a street's name.
const STREET_WORDS: [&str; 30] = [
    "road",
    "rd",
    "street",
    "st",
    "avenue",
    "ave",
    "lane",
    "ln",
    "close",
    "drive",
    "dr",
    "way",
    "court",
    "ct",
    "crescent",
    "place",
    "pl",
    "gardens",
    "terrace",
    "grove",
    "row",
    "square",
    "sq",
    "mews",
    "walk",
    "rise",
    "parade",
    "hill",
    "vale",
    "boulevard",
];
/// Words before "Court" that make it a court of law, not a street.
const COURTS: [&str; 7] = ["crown", "magistrates", "magistrates'", "youth", "family", "county", "high"];

/// "12 Acacia Avenue", "3a Mill Lane", "Flat 2, 40 Park Road": a house number, one or two
/// words in capitals, then a street word in capitals.
fn has_address(words: &[&str], bare: &[&str]) -> bool {
    let house_number = |w: &str| {
        let digits = w.chars().take_while(char::is_ascii_digit).count();
        (1..=4).contains(&digits) && w.len() - digits <= 1 && w[digits..].chars().all(|c| c.is_ascii_alphabetic())
    };
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    (0..bare.len()).any(|i| {
        if !house_number(bare[i]) || words[i].ends_with([',', '.', ';', ':']) {
            return false;
        }
        (1..=2).any(|n| {
            let Some(street) = bare.get(i + n + 1) else { return false };
            let between = &bare[i + 1..=i + n];
            let street_word = STREET_WORDS.contains(&lower(street).as_str());
            let joined = words[i..=i + n].iter().all(|w| !w.ends_with([',', '.', ';', ':']));
            let court_of_law = lower(street) == "court" && COURTS.contains(&lower(between[n - 1]).as_str());
            street_word
                && joined
                && capital(street)
                && between
                    .iter()
                    .all(|w| capital(w) && w.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '\u{2019}'))
                && !court_of_law
        })
    })
}

// ---- Vehicles ----

/// "AB12 CDE" or "AB12CDE" (the current style), and "A123 BCD" (the older one), in capitals
/// when written as two words.
fn has_vehicle(bare: &[&str]) -> bool {
    let current = |w: &str| {
        let b = w.as_bytes();
        b.len() == 7
            && b[..2].iter().all(u8::is_ascii_alphabetic)
            && b[2..4].iter().all(u8::is_ascii_digit)
            && b[4..].iter().all(u8::is_ascii_alphabetic)
    };
    let older = |w: &str| {
        let b = w.as_bytes();
        (5..=7).contains(&b.len())
            && b[0].is_ascii_uppercase()
            && b[1..b.len() - 3].iter().all(u8::is_ascii_digit)
            && b[b.len() - 3..].iter().all(u8::is_ascii_uppercase)
    };
    let capitals = |w: &str| w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let one = bare.iter().any(|w| current(w) || older(w));
    let two = bare.windows(2).any(|p| {
        let joined = format!("{}{}", p[0], p[1]);
        capitals(p[0]) && capitals(p[1]) && p[1].len() == 3 && (current(&joined) || older(&joined))
    });
    one || two
}

// ---- Dates ----

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The Welsh months, as Welsh terms (lower case, accents folded).
const WELSH_MONTHS: [&str; 12] = [
    "ionawr",
    "chwefror",
    "mawrth",
    "ebrill",
    "mai",
    "mehefin",
    "gorffennaf",
    "awst",
    "medi",
    "hydref",
    "tachwedd",
    "rhagfyr",
];

/// The Welsh months' usual short forms. "Hyd" (Hydref) is left out: it is also a common word
/// ("until", "length"), and "o 3 hyd 2011" is not a date.
const WELSH_SHORT_MONTHS: [&str; 8] = ["ion", "chwef", "maw", "ebr", "meh", "gorff", "tach", "rhag"];

/// A month's name, in English or Welsh, or its short form: "April", "Apr", "Sept", "Ebrill",
/// "Ebr". A Welsh month may be mutated where a date is written ("o Fehefin", "o Orffennaf",
/// "yng Ngorffennaf", "a Thachwedd"): [`welsh::radicals`] undoes it.
fn is_month(w: &str) -> bool {
    let w = lower(w);
    let w = w.trim_end_matches('.');
    let english = w.len() >= 3
        && MONTHS.iter().any(|m| *m == w || (w.len() <= 4 && m.starts_with(w) && (w.len() == 3 || w == "sept")));
    let t = welsh::term(w);
    let welsh = WELSH_MONTHS.contains(&t.as_str())
        || WELSH_SHORT_MONTHS.contains(&t.as_str())
        || welsh::radicals(&t).iter().any(|r| WELSH_MONTHS.contains(&r.as_str()));
    english || welsh
}

/// A day of the month: "3", "03", "3rd", "21st"; in Welsh, "1af", "2il" (or "2ail"), "3ydd",
/// "5ed", "7fed", "11eg", "21ain".
fn is_day(w: &str) -> bool {
    let w = lower(w);
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    let rest = &w[digits.len()..];
    (1..=2).contains(&digits.len())
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
        && matches!(rest, "" | "st" | "nd" | "rd" | "th" | "af" | "il" | "ail" | "ydd" | "ed" | "fed" | "eg" | "ain")
}

/// The words between a day and its month: "of" ("3rd of April"), and in Welsh "o" ("3ydd o
/// Fehefin") and "o fis" ("3ydd o fis Mehefin"). How many words they are, if any.
fn day_to_month(w: &str, next: &str) -> usize {
    match (lower(w).as_str(), lower(next).as_str()) {
        ("o", "fis") => 2,
        ("of" | "o", _) => 1,
        _ => 0,
    }
}

/// A year written in full, 1900 to 2099.
fn is_year(w: &str) -> bool {
    w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y))
}

fn has_date(bare: &[&str]) -> bool {
    let numeric = bare.iter().any(|w| is_numeric_date(w));
    let n = bare.len();
    let at = |i: usize| bare.get(i).copied().unwrap_or("");
    let words = (0..n).any(|i| {
        // 3 April 2011, 3rd April 2011, 3rd of April 2011; 3 Ebrill 2011, 3ydd o Fehefin 2011
        let between = day_to_month(at(i + 1), at(i + 2));
        let day_first = is_day(at(i)) && is_month(at(i + 1 + between)) && is_year(at(i + 2 + between));
        // April 3, 2011 and April 3rd 2011
        let month_first = is_month(at(i)) && is_day(at(i + 1)) && is_year(at(i + 2));
        // 03 04 2011: day, month and year as separate numbers
        let spaced = at(i).len() <= 2
            && at(i + 1).len() <= 2
            && at(i).parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
            && at(i + 1).parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
            && is_year(at(i + 2));
        day_first || month_first || spaced
    });
    numeric || words
}

/// Day, month and year as one word: 03/04/2011, 3.4.11, 3-4-2011; or year first: 2011-04-03.
fn is_numeric_date(w: &str) -> bool {
    let parts: Vec<&str> = w.split(['/', '.', '-']).collect();
    if parts.len() != 3 || !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit())) {
        return false;
    }
    let day_first = parts[0].len() <= 2 && parts[1].len() <= 2 && matches!(parts[2].len(), 2 | 4);
    let year_first = is_year(parts[0]) && parts[1].len() <= 2 && parts[2].len() <= 2;
    day_first || year_first
}

#[cfg(test)]
mod tests {
    use super::Identifier::*;
    use super::*;

    /// Every string of defect 12 in the hostile test (flagged then or not), and more of each
    /// kind, with what must be found.
    const FLAGGED: &[(&str, &[Identifier])] = &[
        // Flagged before, still flagged.
        ("DOB 3/4/11", &[Date]),
        ("03.04.2011", &[Date]),
        ("3-4-2011", &[Date]),
        ("SW1A 1AA", &[Postcode]),
        ("sw1a 1aa", &[Postcode]),
        ("B33 8TH", &[Postcode]),
        ("07700 900123", &[Phone]),
        ("+44 7700 900123", &[Phone]),
        ("jane@example.com", &[Email]),
        // Dates in words.
        ("3 April 2011", &[Date]),
        ("3rd April 2011", &[Date]),
        ("April 3, 2011", &[Date]),
        ("born on the 3rd of April 2011", &[Date]),
        ("DOB 21 Sept 2012", &[Date]),
        ("april 3rd 2011", &[Date]),
        // Dates in Welsh, mutated or not.
        ("ganwyd 3 Ebrill 2011", &[Date]),
        ("dyddiad geni: 21ain Mawrth 2012", &[Date]),
        ("ar y 3ydd o Fehefin 2011", &[Date]),
        ("ar y 1af o fis Mai 2011", &[Date]),
        ("y 4ydd o Orffennaf 2010", &[Date]),
        ("ddydd Mawrth 5 Tachwedd 2013", &[Date]),
        ("2il Chwefror 2012", &[Date]),
        ("ar yr 2ail o Fehefin 2011", &[Date]),
        ("12fed Rhagfyr 2009", &[Date]),
        ("11eg Medi 2014", &[Date]),
        ("o'r 7fed o Fedi 2014", &[Date]),
        ("DOB 9 Ion. 2011", &[Date]),
        ("Mehefin 3, 2011", &[Date]),
        // ISO and spaced dates.
        ("2011-04-03", &[Date]),
        ("2011/04/03", &[Date]),
        ("03 04 2011", &[Date]),
        // NHS numbers in any grouping, named as such.
        ("943 476 5919", &[NhsNumber]),
        ("943.476.5919", &[NhsNumber]),
        ("943/476/5919", &[NhsNumber]),
        ("943-476-5919", &[NhsNumber]),
        ("NHS no 9434765919", &[NhsNumber]),
        // Postcodes without a space, with a hyphen, and the first half where it reads as a place.
        ("sw1a1aa", &[Postcode]),
        ("SW1A1AA", &[Postcode]),
        ("SW1A-1AA", &[Postcode]),
        ("LS1", &[Postcode]),
        ("lives in LS1 with an aunt", &[Postcode]),
        ("moved to NW10 last year", &[Postcode]),
        // Addresses.
        ("12 Acacia Avenue, Leeds", &[Address]),
        ("stays at 3a Mill Lane", &[Address]),
        ("40 Park Road", &[Address]),
        ("flat above 221 Baker Street", &[Address]),
        ("7 St Anne's Close", &[Address]),
        // Phones with dots, slashes, full-width digits, hidden characters.
        ("07700.900.123", &[Phone]),
        ("07700/900123", &[Phone]),
        ("\u{ff10}\u{ff17}\u{ff17}\u{ff10}\u{ff10} \u{ff19}\u{ff10}\u{ff10}\u{ff11}\u{ff12}\u{ff13}", &[Phone]),
        ("0770\u{200b}0900123", &[Phone]),
        ("(0161) 496 0000", &[Phone]),
        ("+44 (0)20 7946 0000", &[Phone]),
        ("447700900123", &[Phone]),
        ("07700 900123 07700 900124", &[Phone]),
        ("case ref 1234 5678 9012", &[LongNumber]),
        // Emails written out.
        ("jane at example dot com", &[Email]),
        ("jane(at)example.com", &[Email]),
        ("jane @ example.com", &[Email]),
        ("jane [at] example [dot] co [dot] uk", &[Email]),
        ("jane\u{ff20}example.com", &[Email]),
        // Handles and references.
        ("@jane_smith2011", &[Handle]),
        ("on Snapchat as @jsmith", &[Handle]),
        ("QQ 12 34 56 C", &[NationalInsurance]),
        ("QQ123456C", &[NationalInsurance]),
        ("S1234567", &[HomeOffice]),
        ("HO ref GWF012345678", &[HomeOffice]),
        // Vehicle registrations.
        ("AB12 CDE", &[Vehicle]),
        ("a silver car, AB12CDE", &[Vehicle]),
        ("A123 BCD", &[Vehicle]),
        // Several at once, as in the report's action log.
        ("told Jane Smith on 07700 900123 at SW1A 1AA", &[Phone, Postcode]),
        ("03/04/2011", &[Date]),
        ("sam.k@example.org or 0161 496 0000", &[Email, Phone]),
    ];

    /// Ordinary notes that must not be flagged.
    const PLAIN: &[&str] = &[
        "seen 3 times this week",
        "aged 15",
        "2 older men",
        "at the station at night",
        "@ the park",
        "met @ school",
        "@home most evenings",
        "Seen at the station three times in May, carrying two phones.",
        "Said she owes money. Year 10. Aged 15 or 16. 24/7 contact.",
        "A5 road, M25 and flat 2B",
        "walked 2 miles down the road",
        "3 times down the lane by the shops",
        "attended 2 Crown Court hearings",
        "2 youth court hearings",
        "in April 2011 she moved schools",
        "seen on 3 April",
        "between 2010 and 2011",
        "14:10 on Monday",
        "KS4 pupil, Year 11",
        "CO2 alarm went off in LS",
        "15 or 16 years old, 2 phones, 3 SIM cards",
        "said he was 13 3 weeks ago",
        "aged 14 15 16 17 18 at each visit",
        "Year Referrals 2020 10,613 (from an answer, 2022) 2023 16,990",
        "Told the DSL at 10am; rang children's services at 10.30.",
        "he said he would be back at 5",
        "looked at the email about the dot",
        "bought trainers at Amazon.co.uk",
        "rang at 10.30 and again at 11.15",
        "an HS2 site",
        "at 2 Park events",
        "the child's account, in their own words",
        // Welsh notes: a month, or a word that is also one, without a full date beside it.
        "Gwelwyd hi yn yr orsaf 3 gwaith ym mis Mai, gyda dau ffôn.",
        "Dywedodd mai 15 oed oedd hi.",
        "Ddydd Mawrth, 3 dyn hŷn yn y car",
        "dydd Mawrth 14 oed",
        "ym mis Mawrth 2011 symudodd ysgol",
        "ar 3 Ebrill",
        "o 3 hyd 2011",
        "rhwng 2010 a 2011",
        "Blwyddyn 10. 15 neu 16 oed. Cyswllt 24/7.",
        "nid ei bai hi oedd e: 3 gwaith yn 2011",
        "ers 12 mis, 2011 i 2012",
        "",
    ];

    #[test]
    fn every_kind_of_identifier_is_found_and_named() {
        let mut missed = Vec::new();
        for (text, kinds) in FLAGGED {
            if identifiers(text) != kinds.to_vec() {
                missed.push(format!("{text:?}: found {:?}, expected {kinds:?}", identifiers(text)));
            }
        }
        assert!(missed.is_empty(), "{} of {}:\n{}", missed.len(), FLAGGED.len(), missed.join("\n"));
    }

    #[test]
    fn ordinary_notes_are_not_flagged() {
        let flagged: Vec<String> = PLAIN
            .iter()
            .filter(|t| !identifiers(t).is_empty())
            .map(|t| format!("{t:?}: {:?}", identifiers(t)))
            .collect();
        assert!(flagged.is_empty(), "{}", flagged.join("\n"));
    }

    #[test]
    fn a_warning_names_everything_it_found() {
        let w = warning("call 0161 496 0000 or b@c.uk, NHS 943 476 5919").unwrap();
        assert!(w.contains("an email address, a phone number and an NHS number"), "{w}");
        assert!(warning("born 3 April 2011").unwrap().contains("a full date"));
        assert_eq!(warning("at school on Monday"), None);
        assert!(reflection_warning("met Jo at 12 Acacia Avenue").unwrap().contains("a street address"));
        assert_eq!(reflection_warning("I would name exploitation sooner."), None);
    }

    #[test]
    fn a_time_may_hold_a_date_but_nothing_else() {
        assert_eq!(time_warning("3 April 2026, 14:10"), None);
        assert_eq!(time_warning("06/12/2026 10:00"), None);
        assert!(time_warning("03/04/2011 at SW1A 1AA").unwrap().contains("a postcode"));
        let both = action_warning("03/04/2011 on 07700 900123", "told Jane Smith at SW1A 1AA").unwrap();
        assert!(both.contains("a phone number and a postcode"), "{both}");
        assert!(!both.contains("date"), "{both}");
        assert_eq!(action_warning("today", "told the safeguarding lead"), None);
    }

    #[test]
    fn every_month_the_app_writes_is_a_date_in_either_language() {
        use crate::messages::{set_lang, Lang};
        for lang in Lang::ALL {
            set_lang(lang);
            for m in 1..=12_u32 {
                let date = crate::text::long_date(&format!("2011-{m:02}-03"));
                assert_eq!(identifiers(&format!("born {date}")), vec![Date], "{date}");
                let month = crate::msg!("text-month", month = m);
                assert_eq!(identifiers(&format!("ym mis {month} 2011")), vec![], "{month}");
            }
        }
        set_lang(Lang::EnGb);
    }

    #[test]
    fn a_twelve_byte_word_with_a_letter_across_its_third_byte_is_no_panic() {
        // The Home Office check looked at the first three bytes of every 12-byte word as text.
        for note in ["Siân-Morgan", "met Noël-Thomas today", "Zoë-Roberts", "GWF012345678"] {
            let _ = identifiers(note);
        }
        assert_eq!(identifiers("ref gwf012345678"), vec![HomeOffice]);
    }

    #[test]
    fn the_names_hint_promises_nothing() {
        assert!(names_hint().contains("cannot"));
    }
}

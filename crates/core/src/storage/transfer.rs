//! Moving what the app keeps to another device: export to a file, and import a file only after
//! checking it completely, so a bad file changes nothing. Plain Rust, tested natively.

use super::format::{decode, encode, Entries, Notice, Saved, FORMAT_VERSION};
use crate::content::Library;
use crate::workshop::sync::MAX_KEPT;
use serde::Deserialize;

/// The largest file accepted. Real exports are a few kilobytes, or up to about a megabyte with
/// the most scenarios written on the device.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;
/// Marks a file as this app's export.
const APP: &str = "recognise-respond";

/// Why an imported file was refused. Nothing on the device changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file is larger than any export could be.
    TooLarge(usize),
    /// The file is empty.
    Empty,
    /// The file ends part-way through (cut off while copying).
    Truncated,
    /// The file is not readable as an export at all.
    Malformed,
    /// The file is from another app, or not an export.
    NotAnExport,
    /// The file was made by a newer version of this app.
    NewerVersion(u64),
    /// Part of the file could not be read.
    BadPart(&'static str),
    /// A name appears twice in one place, so the file has been altered.
    Duplicate(String),
    /// The file's format and the version of its data disagree.
    Inconsistent,
    /// The file names things this app does not have: what they are, and their ids.
    Unknown(&'static str, Vec<String>),
    /// A scenario written on a device cannot be used here: its file name, and why.
    Scenario(String, String),
}

impl ImportError {
    /// The message shown to the person, in plain words.
    pub fn message(&self) -> String {
        let unchanged = "Nothing on this device has been changed.";
        match self {
            ImportError::TooLarge(n) => format!("This file is too large to be an export from this app ({} KB). {unchanged}", n / 1024),
            ImportError::Empty => format!("This file is empty. {unchanged}"),
            ImportError::Truncated => format!("This file has been cut short, perhaps while it was being copied. Export it again and try once more. {unchanged}"),
            ImportError::Malformed => format!("This file could not be read. It may be damaged, or not an export from this app. {unchanged}"),
            ImportError::NotAnExport => format!("This file is not an export from Recognise & Respond. {unchanged}"),
            ImportError::NewerVersion(v) => format!("This file comes from a newer version of this app (format {v}). Update the app on this device first. {unchanged}"),
            ImportError::BadPart(part) => format!("The {part} in this file could not be read. {unchanged}"),
            ImportError::Duplicate(key) => format!("This file has been altered: \u{201c}{key}\u{201d} appears twice in one place. Export it again from the other device. {unchanged}"),
            ImportError::Inconsistent => format!("This file has been altered: its format and the version of its data disagree. {unchanged}"),
            ImportError::Scenario(file, why) => format!("The scenario \u{201c}{file}\u{201d} in this file, written on a device, cannot be used here: {why}. Open the file in the author screen on that device, correct it and export again. {unchanged}"),
            ImportError::Unknown(what, ids) => format!("This file names {what} this version of the app does not have: {}. {unchanged}", ids.join(", ")),
        }
    }
}

/// What an import brings, and anything the person should know about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The data, checked.
    pub saved: Saved,
    /// Things done on the way (for example sessions beyond those kept), in plain words.
    pub notes: Vec<String>,
}

/// The text of an export file holding everything in `saved`. The same data always gives the
/// same bytes, so an export imported and exported again is identical.
pub fn export(saved: &Saved) -> String {
    let saved = Saved { epoch: None, ..saved.clone() };
    format!("{{\n  \"app\": \"{APP}\",\n  \"format\": {FORMAT_VERSION},\n  \"data\": {}\n}}\n", encode(&saved))
}

/// Checks an export file completely against the content in `library`. Returns what it holds
/// (brought up to date if it came from an older version), or why it is refused.
pub fn import(bytes: &[u8], library: &Library) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::Malformed)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let duplicate = serde_json::from_str::<FirstDuplicate>(text).map_err(|e| {
        if e.is_eof() {
            ImportError::Truncated
        } else {
            ImportError::Malformed
        }
    })?;
    if let FirstDuplicate(Some(key)) = duplicate {
        return Err(ImportError::Duplicate(key));
    }
    let envelope = Entries::parse(text).map_err(|_| ImportError::NotAnExport)?;
    if envelope.get("app").and_then(|a| serde_json::from_str::<String>(a).ok()).as_deref() != Some(APP) {
        return Err(ImportError::NotAnExport);
    }
    let data = envelope.get("data").filter(|d| d.trim_start().starts_with('{')).ok_or(ImportError::NotAnExport)?;
    let format = envelope.get("format").map(serde_json::from_str::<u64>);
    let version = Entries::parse(data).ok().and_then(|d| d.get("version").map(serde_json::from_str::<u64>));
    match (format, version) {
        (Some(Ok(f)), _) if f > FORMAT_VERSION => return Err(ImportError::NewerVersion(f)),
        (_, Some(Ok(v))) if v > FORMAT_VERSION => return Err(ImportError::NewerVersion(v)),
        (Some(Ok(f)), Some(Ok(v))) if f == v => {}
        // Exports before format 2 had no version inside their data.
        (Some(Ok(1)), None) => {}
        (Some(_), _) => return Err(ImportError::Inconsistent),
        // No format at all: the data's own version decides.
        (None, _) => {}
    }
    let decoded = decode(Some(data));
    let mut notes = Vec::new();
    for notice in &decoded.notices {
        match notice {
            Notice::Migrated(_) => {}
            Notice::Capped(n) => notes.push(format!("The file held {n} workshop sessions; the newest {MAX_KEPT} were imported, as this app keeps at most {MAX_KEPT}.")),
            Notice::NewerVersion(v) => return Err(ImportError::NewerVersion(*v)),
            Notice::FieldDropped(part) | Notice::SetAside(part) => {
                return Err(bad_scenario(data).unwrap_or(ImportError::BadPart(part)));
            }
            Notice::Unreadable => return Err(ImportError::Malformed),
        }
    }
    let mut saved = decoded.saved;
    check_ids(&saved, library)?;
    for (old, new) in saved.rename_clashing(library) {
        notes.push(format!("The scenario written on a device as {old} has the same name as one of this app's own scenarios, so it was imported as {new}. Its text is unchanged apart from its name."));
    }
    let gone = saved.leave_out_unknown(library);
    if !gone.is_empty() {
        notes.push(format!("The file held progress or workshop records for scenarios that are neither among this app's own nor among the scenarios in the file: {}. They may have been written on a device and deleted since. Those records were left out; everything else was imported.", gone.join(", ")));
    }
    // An import is a new lifetime of the data, drawn when it is kept.
    Ok(Imported { saved: Saved { epoch: None, ..saved }, notes })
}

/// The first scenario written on a device in the export's `data` that cannot be used, and why.
fn bad_scenario(data: &str) -> Option<ImportError> {
    let entries = Entries::parse(data).ok()?;
    let items: Vec<Box<serde_json::value::RawValue>> = serde_json::from_str(entries.get("authored")?).ok()?;
    items.iter().find_map(|item| {
        let Ok(a) = serde_json::from_str::<crate::scenario::local::Authored>(item.get()) else {
            return Some(ImportError::BadPart("scenarios you wrote"));
        };
        a.check().err().map(|why| ImportError::Scenario(a.file.clone(), why))
    })
}

/// Refuses signs this app does not have, naming them. (Scenarios it does not have are left out
/// with a note instead: see [`Saved::leave_out_unknown`].)
fn check_ids(saved: &Saved, library: &Library) -> Result<(), ImportError> {
    let unknown = |ids: &mut Vec<String>| {
        ids.sort();
        ids.dedup();
        ids.truncate(10);
    };
    let mut signs: Vec<String> =
        saved.checklist.iter().flat_map(|a| a.ticked.iter()).filter(|id| library.sign(id).is_none()).cloned().collect();
    if !signs.is_empty() {
        unknown(&mut signs);
        return Err(ImportError::Unknown("checklist signs", signs));
    }
    Ok(())
}

/// The first name that appears twice within one JSON object, anywhere in a document.
struct FirstDuplicate(Option<String>);

impl<'de> Deserialize<'de> for FirstDuplicate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = FirstDuplicate;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<FirstDuplicate, A::Error> {
                let mut seen = std::collections::BTreeSet::new();
                let mut first = None;
                while let Some(key) = map.next_key::<String>()? {
                    let inner: FirstDuplicate = map.next_value()?;
                    if first.is_none() {
                        first = if seen.contains(&key) { Some(key.clone()) } else { inner.0 };
                    }
                    seen.insert(key);
                }
                Ok(FirstDuplicate(first))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<FirstDuplicate, A::Error> {
                let mut first = None;
                while let Some(inner) = seq.next_element::<FirstDuplicate>()? {
                    first = first.or(inner.0);
                }
                Ok(FirstDuplicate(first))
            }
            fn visit_bool<E>(self, _: bool) -> Result<FirstDuplicate, E> {
                Ok(FirstDuplicate(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<FirstDuplicate, E> {
                Ok(FirstDuplicate(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<FirstDuplicate, E> {
                Ok(FirstDuplicate(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<FirstDuplicate, E> {
                Ok(FirstDuplicate(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<FirstDuplicate, E> {
                Ok(FirstDuplicate(None))
            }
            fn visit_unit<E>(self) -> Result<FirstDuplicate, E> {
                Ok(FirstDuplicate(None))
            }
        }
        d.deserialize_any(Visit)
    }
}

/// What is kept, in plain words: one line for each kind of data.
pub fn describe(saved: &Saved) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    out.push(("Your UK nation", saved.nation.map(|n| n.name().to_string()).unwrap_or_else(|| "Not kept".into())));
    out.push(("Your role", saved.role.map(|r| r.name().to_string()).unwrap_or_else(|| "Not kept".into())));
    out.push((
        "Checklist answers",
        match &saved.checklist {
            Some(a) => format!("Kept: {} sign(s) ticked", a.ticked.len()),
            None => "Not kept".into(),
        },
    ));
    let finished: usize = saved.scenarios.values().map(|p| p.endings.len()).sum();
    out.push((
        "Scenario progress",
        if saved.scenarios.is_empty() {
            "None".into()
        } else {
            format!("{} scenario(s) started; {finished} play(s) finished", saved.scenarios.len())
        },
    ));
    out.push((
        "Pages opened",
        match saved.seen.len() {
            0 => "None".into(),
            n => format!("{n} guidance page(s), with the date of the newest change seen (to show what changed since)"),
        },
    ));
    out.push((
        "Local contacts",
        match saved.contacts.len() {
            0 => "None".into(),
            n => format!("{n} contact(s): the names and numbers you saved for your area"),
        },
    ));
    out.push((
        "Workshop sessions",
        match saved.workshops.len() {
            0 => "None".into(),
            n => format!("{n} session(s): the room's path and show of hands only"),
        },
    ));
    out.push((
        "Scenarios you wrote",
        match saved.authored.len() {
            0 => "None".into(),
            n => format!(
                "{n} scenario file(s) written in the author screen: {}",
                saved.authored.iter().map(|a| a.file.as_str()).collect::<Vec<_>>().join(", ")
            ),
        },
    ));
    let seconds: u32 = saved.learner.time.values().map(|t| t.seconds).fold(0, u32::saturating_add);
    out.push((
        "Learning record",
        if saved.learner == crate::learning::Learner::default() {
            "No name and no time counted".into()
        } else {
            format!(
                "{}; about {} minute(s) counted on {} scenario(s) and guidance page(s)",
                if saved.learner.name.is_empty() { "No name" } else { "The name for your certificate" },
                crate::learning::minutes_of(seconds),
                saved.learner.time.len()
            )
        },
    ));
    out.push((
        "Workshop shortcuts",
        if saved.keys_off { "Single-key shortcuts off".into() } else { "As the app starts (on)".into() },
    ));
    out
}

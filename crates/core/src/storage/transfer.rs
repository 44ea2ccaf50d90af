//! Moving what the app keeps to another device: export to a file, and import a file only after
//! checking it completely, so a bad file changes nothing. Plain Rust, tested natively.

use super::format::{decode, encode, part_words, Entries, Notice, Saved, FORMAT_VERSION};
use crate::content::Library;
use crate::messages::{Arg, Join};
use crate::workshop::sync::MAX_KEPT;
use crate::{message, msg};
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
        let unchanged = msg!("storage-unchanged");
        let list = |ids: &[String]| Arg::List(Join::Comma, ids.iter().map(Arg::from).collect());
        match self {
            ImportError::TooLarge(n) => msg!("storage-import-too-large", kb = n / 1024, unchanged = unchanged),
            ImportError::Empty => msg!("storage-import-empty", unchanged = unchanged),
            ImportError::Truncated => msg!("storage-import-truncated", unchanged = unchanged),
            ImportError::Malformed => msg!("storage-import-malformed", unchanged = unchanged),
            ImportError::NotAnExport => msg!("storage-import-not-an-export", unchanged = unchanged),
            ImportError::NewerVersion(v) => {
                msg!("storage-import-newer", version = v.to_string(), unchanged = unchanged)
            }
            ImportError::BadPart(part) => {
                msg!("storage-import-bad-part", part = part_words(part), unchanged = unchanged)
            }
            ImportError::Duplicate(key) => {
                msg!("storage-import-duplicate", key = message!("quoted", text = key), unchanged = unchanged)
            }
            ImportError::Inconsistent => msg!("storage-import-inconsistent", unchanged = unchanged),
            ImportError::Scenario(file, why) => {
                msg!(
                    "storage-import-scenario",
                    file = message!("quoted", text = file),
                    why = why,
                    unchanged = unchanged
                )
            }
            ImportError::Unknown(what, ids) => {
                msg!("storage-import-unknown", what = part_words(what), ids = list(ids), unchanged = unchanged)
            }
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
            Notice::Capped(n) => notes.push(msg!("storage-imported-capped", n = *n, max = MAX_KEPT)),
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
        notes.push(msg!("storage-imported-renamed", old = old, new = new));
    }
    let gone = saved.leave_out_unknown(library);
    if !gone.is_empty() {
        notes.push(msg!(
            "storage-imported-left-out",
            ids = Arg::List(Join::Comma, gone.iter().map(Arg::from).collect())
        ));
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
pub fn describe(saved: &Saved) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let none = || msg!("storage-kept-none");
    let not_kept = || msg!("storage-kept-not-kept");
    out.push((msg!("storage-kept-nation"), saved.nation.map(|n| n.name()).unwrap_or_else(not_kept)));
    out.push((msg!("storage-kept-role"), saved.role.map(|r| r.name()).unwrap_or_else(not_kept)));
    out.push((
        msg!("storage-kept-checklist"),
        match &saved.checklist {
            Some(a) => msg!("storage-kept-checklist-detail", n = a.ticked.len()),
            None => not_kept(),
        },
    ));
    let finished: usize = saved.scenarios.values().map(|p| p.endings.len()).sum();
    out.push((
        msg!("storage-kept-scenarios"),
        if saved.scenarios.is_empty() {
            none()
        } else {
            msg!("storage-kept-scenarios-detail", started = saved.scenarios.len(), finished = finished)
        },
    ));
    out.push((
        msg!("storage-kept-pages"),
        match saved.seen.len() {
            0 => none(),
            n => msg!("storage-kept-pages-detail", n = n),
        },
    ));
    out.push((
        msg!("storage-kept-contacts"),
        match saved.contacts.len() {
            0 => none(),
            n => msg!("storage-kept-contacts-detail", n = n),
        },
    ));
    out.push((
        msg!("storage-kept-workshops"),
        match saved.workshops.len() {
            0 => none(),
            n => msg!("storage-kept-workshops-detail", n = n),
        },
    ));
    out.push((
        msg!("storage-kept-authored"),
        match saved.authored.len() {
            0 => none(),
            n => msg!(
                "storage-kept-authored-detail",
                n = n,
                files = Arg::List(Join::Comma, saved.authored.iter().map(|a| Arg::from(&a.file)).collect())
            ),
        },
    ));
    let seconds: u32 = saved.learner.time.values().map(|t| t.seconds).fold(0, u32::saturating_add);
    out.push((
        msg!("storage-kept-learner"),
        if saved.learner == crate::learning::Learner::default() {
            msg!("storage-kept-learner-empty")
        } else {
            let name = if saved.learner.name.is_empty() {
                message!("storage-kept-learner-no-name")
            } else {
                message!("storage-kept-learner-name")
            };
            msg!(
                "storage-kept-learner-detail",
                name = name,
                minutes = i64::from(crate::learning::minutes_of(seconds)),
                n = saved.learner.time.len()
            )
        },
    ));
    out.push((
        msg!("storage-kept-keys"),
        if saved.keys_off { msg!("storage-kept-keys-off") } else { msg!("storage-kept-keys-on") },
    ));
    out
}

//! The saved-data format, versioned, with migration from older versions.
//!
//! Reading never fails: whatever is stored, the app starts. Anything it cannot read is reported
//! as a [`Notice`], and when reading would lose data (corrupt text, a newer version, a field it
//! does not understand) the caller is told to keep the raw text under [`BACKUP_KEY`] before
//! writing, so nothing the person had is lost.

use crate::contacts::{self, Contact};
use crate::learning::{Finished, Learner, MAX_REFLECTION};
use crate::messages::Lang;
use crate::msg;
use crate::nation::Nation;
use crate::practitioner::Practitioner;
use crate::scenario::local::{Authored, MAX_AUTHORED};
use crate::scenario::Step;
use crate::screening::Answers;
use crate::text::{clean, Lines};
use crate::workshop::Session;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::BTreeMap;

/// The local-storage key holding the saved data.
pub const STORAGE_KEY: &str = "recognise-respond";
/// Where unreadable or newer-format data is copied before the app writes over it.
pub const BACKUP_KEY: &str = "recognise-respond.backup";

/// Session-storage keys: what one tab keeps for the rest of its visit, shared by the app and the
/// page's first script (`crate::prerender::contract`).
pub mod session {
    /// Answers held only in memory, carried across a reload to a new version or build.
    pub const CARRY: &str = "recognise-respond.carry";
    /// Set once this tab has loaded the desk build, so it keeps to it.
    pub const DESK: &str = "recognise-respond.desk";
    /// What [`DESK`] holds once set.
    pub const DESK_ON: &str = "1";
    /// Set just before switching to the desk build after a link was followed.
    pub const FOLLOWED: &str = "recognise-respond.followed";
    /// The referral notes being written, kept for this visit only.
    pub const DRAFT: &str = "recognise-respond.draft";
}

/// Local-storage key of the announcement one tab makes to the others of a whole-data event
/// (`crate::storage::event::DataEvent`).
pub const EVENT_KEY: &str = "recognise-respond.event";
/// The version this build writes.
pub const FORMAT_VERSION: u64 = 9;

/// Everything the app keeps on the device.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// The UK nation the person chose, so next steps name the right bodies.
    pub nation: Option<Nation>,
    /// The kind of work the person said they do, if they said, so next steps are worded for
    /// them. Optional and added within format 8: data kept before it simply has none.
    #[serde(default)]
    pub role: Option<Practitioner>,
    /// Checklist answers, only when the person chose to keep them on this device (format 2),
    /// with the notes gathered for a referral (format 7).
    pub checklist: Option<Answers>,
    /// Progress through each scenario, by scenario id (format 3).
    pub scenarios: BTreeMap<String, Progress>,
    /// Workshop sessions run on this device, oldest first: each room's path and show of hands,
    /// nothing about the people in it (format 4).
    pub workshops: Vec<Session>,
    /// For each page opened on this device, the date of its newest change when it was last
    /// opened, so the page can say what changed since (format 5). Nothing else about reading.
    #[serde(default)]
    pub seen: BTreeMap<String, String>,
    /// The person's own local contacts, in role order, one per role (format 6).
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Scenarios written on this device in the author screen, by file name (format 8).
    #[serde(default)]
    pub authored: Vec<Authored>,
    /// The learning record's name for the certificate and time counted on each activity
    /// (format 9).
    #[serde(default)]
    pub learner: Learner,
    /// The trainer turned workshop mode's single-key shortcuts off on this device (format 9).
    #[serde(default)]
    pub keys_off: bool,
    /// The language the person chose for the app (issue 29); none until they choose. Added
    /// within format 9: data kept before it simply has none.
    #[serde(default)]
    pub lang: Option<Lang>,
    /// Fields this version does not know (from a newer version), kept exactly as stored (their
    /// JSON text) and written back, so an older version never loses a newer one's data.
    #[serde(default)]
    pub unknown: BTreeMap<String, String>,
    /// Which lifetime of the data this is: drawn afresh when data is first kept after nothing
    /// (a first visit, or after an erase) and when an import replaces it. A tab that knew one
    /// epoch and finds another has missed an erase or import, and must not write its copy back.
    /// Never exported: an export imported is a new lifetime.
    #[serde(skip)]
    pub epoch: Option<u64>,
}

/// Where a learner is in one scenario, and how earlier plays ended.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// The decisions of the current play, in order; empty when not started or just finished.
    #[serde(default)]
    pub path: Vec<Step>,
    /// The ending reached by each finished play, oldest first.
    #[serde(default)]
    pub endings: Vec<String>,
    /// When the current play started (milliseconds since 1970), for the time it takes (format 6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<u64>,
    /// Each finished play with when, how long and its path, for the learning record (format 6).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub finished: Vec<Finished>,
    /// The learner's own reflection on this scenario, if they wrote one (format 6).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reflection: String,
}

/// Something about the stored data the person should be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The stored text was not readable at all.
    Unreadable,
    /// The data was written by a newer version of the app.
    NewerVersion(u64),
    /// One saved setting could not be read and was left out.
    FieldDropped(&'static str),
    /// The data was in an older format and has been brought up to date.
    Migrated(u64),
    /// Some saved details were not understood or were out of range, and were set aside in
    /// the copy kept on the device.
    SetAside(&'static str),
    /// More workshop sessions were kept than the app keeps; the oldest were set aside.
    Capped(usize),
}

impl Notice {
    /// The message shown to the person, in plain words.
    pub fn message(&self) -> String {
        match self {
            Notice::Unreadable => msg!("storage-notice-unreadable"),
            Notice::NewerVersion(v) => msg!("storage-notice-newer", version = v.to_string()),
            Notice::FieldDropped(field) => msg!("storage-notice-field-dropped", part = part_words(field)),
            Notice::Migrated(from) => msg!("storage-notice-migrated", version = from.to_string()),
            Notice::Capped(n) => msg!("storage-notice-capped", n = *n, max = crate::workshop::sync::MAX_KEPT),
            Notice::SetAside(what) => msg!("storage-notice-set-aside", part = part_words(what)),
        }
    }

    /// Whether the person needs to see this (a completed migration is silent).
    pub fn is_shown(&self) -> bool {
        !matches!(self, Notice::Migrated(_))
    }

    /// Whether the message says a copy was kept (true only once the copy has been written).
    pub fn says_copy_kept(&self) -> bool {
        matches!(
            self,
            Notice::Unreadable
                | Notice::NewerVersion(_)
                | Notice::FieldDropped(_)
                | Notice::SetAside(_)
                | Notice::Capped(_)
        )
    }
}

/// A saved part in words, from the name a notice holds (the names below are keys, not words).
pub fn part_words(part: &str) -> String {
    match part {
        "nation" => msg!("storage-part-nation"),
        "role" => msg!("storage-part-role"),
        "checklist answers" => msg!("storage-part-checklist-answers"),
        "referral notes" => msg!("storage-part-referral-notes"),
        "scenario progress" => msg!("storage-part-scenario-progress"),
        "reflections" => msg!("storage-part-reflections"),
        "record of pages opened" => msg!("storage-part-pages-opened"),
        "local contacts" => msg!("storage-part-local-contacts"),
        "scenarios you wrote" => msg!("storage-part-scenarios-you-wrote"),
        "learning record" => msg!("storage-part-learning-record"),
        "shortcut setting" => msg!("storage-part-shortcut-setting"),
        "language" => msg!("storage-part-language"),
        "workshop sessions" => msg!("storage-part-workshop-sessions"),
        "checklist signs" => msg!("storage-part-checklist-signs"),
        other => other.to_string(),
    }
}

/// The result of reading stored data.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// What could be read.
    pub saved: Saved,
    /// What the person should be told.
    pub notices: Vec<Notice>,
    /// The raw text must be copied to [`BACKUP_KEY`] before anything is written, or it is lost.
    pub back_up_raw: bool,
}

/// The top-level fields of a JSON object, in the order written, each as its raw text (so a
/// field nested deeper than the parser's limit is still carried, untouched).
pub(crate) struct Entries(pub(crate) Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Entries;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, Box<RawValue>>()? {
                    out.push(entry);
                }
                Ok(Entries(out))
            }
        }
        d.deserialize_map(Visit)
    }
}

impl Entries {
    /// Reads `text` as a JSON object (a leading byte-order mark is allowed).
    pub(crate) fn parse(text: &str) -> Result<Entries, serde_json::Error> {
        serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(text))
    }

    /// The first key that appears twice, if any.
    pub(crate) fn duplicate(&self) -> Option<&str> {
        let mut seen = std::collections::BTreeSet::new();
        self.0.iter().map(|(k, _)| k.as_str()).find(|k| !seen.insert(*k))
    }

    /// The raw text of `key` (the last one, as JSON readers take it).
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.get())
    }
}

/// The fields this version reads; any other is kept as it is.
const KNOWN: [&str; 13] = [
    "version",
    "nation",
    "role",
    "checklist",
    "scenarios",
    "workshops",
    "seen",
    "contacts",
    "authored",
    "learner",
    "keys_off",
    "lang",
    "epoch",
];

/// Reads stored text (or its absence) into [`Saved`]. Never fails.
pub fn decode(raw: Option<&str>) -> Decoded {
    let mut out = Decoded { saved: Saved::default(), notices: Vec::new(), back_up_raw: false };
    let Some(raw) = raw else { return out };
    let unreadable = |mut out: Decoded| {
        out.notices.push(Notice::Unreadable);
        out.back_up_raw = true;
        out
    };
    let Ok(entries) = Entries::parse(raw) else { return unreadable(out) };
    if entries.duplicate().is_some() {
        // Only an edit by hand writes a key twice: read the last, as JSON does, and keep a copy.
        out.back_up_raw = true;
    }
    let version = match entries.get("version") {
        None => 0,
        Some(v) => match serde_json::from_str::<u64>(v) {
            Ok(v) => v,
            Err(_) => return unreadable(out),
        },
    };
    if version > FORMAT_VERSION {
        out.notices.push(Notice::NewerVersion(version));
        out.back_up_raw = true;
    } else if version < FORMAT_VERSION {
        out.notices.push(Notice::Migrated(version));
    }
    for (key, value) in &entries.0 {
        if !KNOWN.contains(&key.as_str()) {
            out.saved.unknown.insert(key.clone(), value.get().to_string());
        }
    }
    read_fields(&entries, version, &mut out);
    // Not the person's data: one that cannot be read is simply drawn again.
    out.saved.epoch = entries.get("epoch").and_then(|e| serde_json::from_str::<u64>(e).ok());
    out
}

/// A known field's value: absent, null, or its JSON (`Err` when it is nested too deeply to read).
fn field(entries: &Entries, key: &str) -> Result<Option<Value>, ()> {
    match entries.get(key) {
        None => Ok(None),
        Some(text) => match serde_json::from_str::<Value>(text) {
            Ok(Value::Null) => Ok(None),
            Ok(v) => Ok(Some(v)),
            Err(_) => Err(()),
        },
    }
}

/// Reads each known field on its own, so one bad field never costs the others.
fn read_fields(entries: &Entries, version: u64, out: &mut Decoded) {
    match field(entries, "nation") {
        Ok(None) => {}
        Ok(Some(Value::String(s))) => match nation_from_stored(&s, version) {
            Some(n) => out.saved.nation = Some(n),
            None => drop_field(out, "nation"),
        },
        _ => drop_field(out, "nation"),
    }
    match field(entries, "role") {
        Ok(None) => {}
        Ok(Some(Value::String(s))) => match Practitioner::from_id(&s) {
            Some(r) => out.saved.role = Some(r),
            None => drop_field(out, "role"),
        },
        _ => drop_field(out, "role"),
    }
    if let Some(mut a) = typed::<Answers>(entries, "checklist", "checklist answers", version, out) {
        // Notes longer than this app writes were not written by it: cut, with the whole kept aside.
        if !a.referral.is_within_limits() {
            a.referral.cut_to_limits();
            set_aside(out, "referral notes");
        }
        // Free text is cleaned as the app writes it (control and direction characters out);
        // what was stored is kept in the copy, without a message: nothing a person wrote is lost.
        if a.clean_text() {
            out.back_up_raw = true;
        }
        out.saved.checklist = Some(a);
    }
    if let Some(mut p) = typed::<BTreeMap<String, Progress>>(entries, "scenarios", "scenario progress", version, out) {
        for progress in p.values_mut() {
            // Cleaned as the app writes it (the stored text kept in the copy, without a message).
            let reflection = clean(&progress.reflection, Lines::Many);
            if reflection != progress.reflection {
                progress.reflection = reflection;
                out.back_up_raw = true;
            }
            // A reflection longer than this app keeps was not written by it: cut, with the whole
            // kept aside (as notes are).
            if progress.reflection.chars().count() > MAX_REFLECTION {
                progress.reflection = progress.reflection.chars().take(MAX_REFLECTION).collect();
                set_aside(out, "reflections");
            }
        }
        out.saved.scenarios = p;
    }
    if let Some(seen) = typed::<BTreeMap<String, String>>(entries, "seen", "record of pages opened", version, out) {
        out.saved.seen = seen;
    }
    // Each contact checked on its own: one with a number of the wrong shape is set aside; the
    // others are cleaned and tidied as the form keeps them (the stored text kept in the copy).
    if let Some(list) = typed::<Vec<Contact>>(entries, "contacts", "local contacts", version, out) {
        let count = list.len();
        let sound: Vec<Contact> = list
            .iter()
            .filter_map(|c| {
                let checked = c.checked().ok()?;
                if &checked != c {
                    out.back_up_raw = true;
                }
                Some(checked)
            })
            .collect();
        if sound.len() < count {
            set_aside(out, "local contacts");
        }
        let tidied = contacts::tidy(sound.clone());
        if tidied != sound {
            set_aside(out, "local contacts");
        }
        out.saved.contacts = tidied;
    }
    // Each scenario written here on its own, checked again: one that cannot be used is set aside.
    match entries.get("authored").map(serde_json::from_str::<Option<Vec<Box<RawValue>>>>) {
        None | Some(Ok(None)) => {}
        Some(Ok(Some(items))) => {
            let count = items.len();
            let mut sound: Vec<Authored> = Vec::new();
            for item in items {
                let Ok(a) = serde_json::from_str::<Authored>(item.get()) else { continue };
                if a.check().is_ok() && !sound.iter().any(|b| b.file == a.file) {
                    sound.push(a);
                }
            }
            sound.truncate(MAX_AUTHORED);
            if sound.len() < count {
                set_aside(out, "scenarios you wrote");
            }
            out.saved.authored = sound;
        }
        Some(Err(_)) => drop_field(out, "scenarios you wrote"),
    }
    if let Some(learner) = typed::<Learner>(entries, "learner", "learning record", version, out) {
        // A name or a time this app would not write was not written by it: set aside whole.
        match learner.check() {
            Ok(()) => out.saved.learner = learner,
            Err(_) => set_aside(out, "learning record"),
        }
    }
    match field(entries, "keys_off") {
        Ok(None) => {}
        Ok(Some(Value::Bool(off))) => out.saved.keys_off = off,
        _ => drop_field(out, "shortcut setting"),
    }
    match field(entries, "lang") {
        Ok(None) => {}
        Ok(Some(Value::String(tag))) if Lang::from_tag(&tag).is_some() => out.saved.lang = Lang::from_tag(&tag),
        _ => drop_field(out, "language"),
    }
    // Each session on its own, so one that cannot be read costs only itself.
    if let Some(items) = typed::<Vec<Value>>(entries, "workshops", "workshop sessions", version, out) {
        let count = items.len();
        let mut sound: Vec<Session> = items
            .into_iter()
            .filter_map(|item| {
                let session = serde_json::from_value::<Session>(item.clone()).ok()?;
                if version == FORMAT_VERSION && !serde_json::to_value(&session).is_ok_and(|v| same_details(&v, &item)) {
                    set_aside(out, "workshop sessions");
                }
                session.check().is_ok().then_some(session)
            })
            .collect();
        if sound.len() < count {
            set_aside(out, "workshop sessions");
        }
        let extra = sound.len().saturating_sub(crate::workshop::sync::MAX_KEPT);
        if extra > 0 {
            sound.sort_by_key(|s| s.id);
            sound.drain(..extra);
            out.notices.push(Notice::Capped(count));
            out.back_up_raw = true;
        }
        out.saved.workshops = sound;
    }
}

/// Reads one field into its type. Fields of the current version must read back exactly: a
/// detail dropped on the way (an unknown inner field) is set aside in the backup, not lost.
fn typed<T: serde::de::DeserializeOwned + Serialize>(
    entries: &Entries,
    key: &str,
    name: &'static str,
    version: u64,
    out: &mut Decoded,
) -> Option<T> {
    let value = match field(entries, key) {
        Ok(None) => return None,
        Ok(Some(v)) => v,
        Err(()) => {
            drop_field(out, name);
            return None;
        }
    };
    match serde_json::from_value::<T>(value.clone()) {
        Ok(t) => {
            if version == FORMAT_VERSION && !serde_json::to_value(&t).is_ok_and(|v| same_details(&v, &value)) {
                set_aside(out, name);
            }
            Some(t)
        }
        Err(_) => {
            drop_field(out, name);
            None
        }
    }
}

/// Whether `written` (what this version writes for a value it read) holds every detail of `read`
/// (what was stored). Lists are compared in order and, when that differs, as sets: a set of ticks
/// is written sorted and once each, so a stored list in another order (or with a tick twice) has
/// lost nothing, while an unknown inner field or a changed value has.
fn same_details(written: &Value, read: &Value) -> bool {
    match (written, read) {
        // A field left out reads as null, as serde reads it.
        (Value::Object(w), Value::Object(r)) => w
            .keys()
            .chain(r.keys())
            .all(|k| same_details(w.get(k).unwrap_or(&Value::Null), r.get(k).unwrap_or(&Value::Null))),
        (Value::Array(w), Value::Array(r)) => {
            (w.len() == r.len() && w.iter().zip(r).all(|(a, b)| same_details(a, b)))
                || (w.iter().all(|a| r.iter().any(|b| same_details(a, b)))
                    && r.iter().all(|b| w.iter().any(|a| same_details(a, b))))
        }
        _ => written == read,
    }
}

fn drop_field(out: &mut Decoded, field: &'static str) {
    out.notices.push(Notice::FieldDropped(field));
    out.back_up_raw = true;
}

fn set_aside(out: &mut Decoded, what: &'static str) {
    if !out.notices.contains(&Notice::SetAside(what)) {
        out.notices.push(Notice::SetAside(what));
    }
    out.back_up_raw = true;
}

/// Version 0 (before the format had a version) stored the nation's English name: its id with
/// spaces for hyphens, matched so whatever language the app now speaks.
fn nation_from_stored(s: &str, version: u64) -> Option<Nation> {
    Nation::from_id(s).or_else(|| {
        (version == 0)
            .then(|| Nation::ALL.into_iter().find(|n| n.id().replace('-', " ").eq_ignore_ascii_case(s)))
            .flatten()
    })
}

/// The text to store for `saved`, in the current format: one JSON object, keys in order, so the
/// same data always gives the same text. Unknown fields are written back as they were read.
pub fn encode(saved: &Saved) -> String {
    // Through `Value`, as the workshop channel does, so the browser build carries one serialiser.
    let json = |v: serde_json::Result<Value>| v.map(|v| v.to_string()).unwrap_or_else(|_| "null".into());
    let mut fields: BTreeMap<&str, String> = saved.unknown.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    fields.insert("version", FORMAT_VERSION.to_string());
    if let Some(epoch) = saved.epoch {
        fields.insert("epoch", epoch.to_string());
    }
    if let Some(n) = saved.nation {
        fields.insert("nation", Value::from(n.id()).to_string());
    }
    if let Some(r) = saved.role {
        fields.insert("role", Value::from(r.id()).to_string());
    }
    if let Some(a) = &saved.checklist {
        fields.insert("checklist", json(serde_json::to_value(a)));
    }
    if !saved.scenarios.is_empty() {
        fields.insert("scenarios", json(serde_json::to_value(&saved.scenarios)));
    }
    if !saved.workshops.is_empty() {
        fields.insert("workshops", json(serde_json::to_value(&saved.workshops)));
    }
    if !saved.seen.is_empty() {
        fields.insert("seen", json(serde_json::to_value(&saved.seen)));
    }
    if !saved.contacts.is_empty() {
        fields.insert("contacts", json(serde_json::to_value(&saved.contacts)));
    }
    if !saved.authored.is_empty() {
        // As text: each scenario is kept as the JSON it was saved as.
        fields.insert("authored", serde_json::to_string(&saved.authored).unwrap_or_else(|_| "null".into()));
    }
    if saved.learner != Learner::default() {
        fields.insert("learner", json(serde_json::to_value(&saved.learner)));
    }
    if saved.keys_off {
        fields.insert("keys_off", "true".into());
    }
    if let Some(lang) = saved.lang {
        fields.insert("lang", Value::from(lang.tag()).to_string());
    }
    let body: Vec<String> = fields.iter().map(|(k, v)| format!("{}:{v}", Value::from(*k))).collect();
    format!("{{{}}}", body.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved(nation: Option<Nation>) -> Saved {
        Saved { nation, ..Saved::default() }
    }

    #[test]
    fn nothing_stored_is_a_clean_start() {
        let d = decode(None);
        assert_eq!(d.saved, Saved::default());
        assert!(d.notices.is_empty());
        assert!(!d.back_up_raw);
    }

    #[test]
    fn round_trips_every_nation() {
        for n in Nation::ALL.into_iter().map(Some).chain([None]) {
            let text = encode(&saved(n));
            let d = decode(Some(&text));
            assert_eq!(d.saved, saved(n));
            assert!(d.notices.is_empty(), "{:?}", d.notices);
            assert!(!d.back_up_raw);
        }
    }

    #[test]
    fn the_role_is_optional_round_trips_and_a_bad_one_is_dropped_alone() {
        // Kept before the role existed: loads as it was, with no role and nothing to say.
        let d = decode(Some(r#"{"version":8,"nation":"wales"}"#));
        assert_eq!(d.saved, saved(Some(Nation::Wales)));
        assert_eq!(d.saved.role, None);
        assert_eq!(d.notices, vec![Notice::Migrated(8)]);
        assert!(!d.back_up_raw);
        for r in Practitioner::ALL {
            let s = Saved { role: Some(r), ..saved(Some(Nation::Scotland)) };
            let text = encode(&s);
            assert!(text.contains(&format!("\"role\":\"{}\"", r.id())), "{text}");
            let d = decode(Some(&text));
            assert_eq!(d.saved, s);
            assert!(d.notices.is_empty() && !d.back_up_raw);
        }
        let d = decode(Some(r#"{"version":9,"nation":"wales","role":"wizard"}"#));
        assert_eq!((d.saved.nation, d.saved.role), (Some(Nation::Wales), None));
        assert_eq!(d.notices, vec![Notice::FieldDropped("role")]);
        assert!(d.back_up_raw);
        // No role is written as no field at all, so older versions read the same text.
        assert!(!encode(&saved(Some(Nation::Wales))).contains("role"));
    }

    #[test]
    fn corrupt_text_starts_fresh_and_keeps_a_copy() {
        for raw in ["{not json", "", "[1,2]", "42", "\"england\"", "{\"version\":\"one\"}"] {
            let d = decode(Some(raw));
            assert_eq!(d.saved, Saved::default(), "{raw}");
            assert_eq!(d.notices, vec![Notice::Unreadable], "{raw}");
            assert!(d.back_up_raw, "{raw}");
        }
    }

    #[test]
    fn a_bad_field_is_dropped_alone() {
        let d = decode(Some(r#"{"version":9,"nation":"atlantis"}"#));
        assert_eq!(d.saved.nation, None);
        assert_eq!(d.notices, vec![Notice::FieldDropped("nation")]);
        assert!(d.back_up_raw);
        let d = decode(Some(r#"{"version":9,"nation":7}"#));
        assert_eq!(d.notices, vec![Notice::FieldDropped("nation")]);
    }

    #[test]
    fn version_zero_is_migrated_from_display_names() {
        let d = decode(Some(r#"{"nation":"Northern Ireland"}"#));
        assert_eq!(d.saved.nation, Some(Nation::NorthernIreland));
        assert_eq!(d.notices, vec![Notice::Migrated(0)]);
        assert!(!d.back_up_raw);
        assert!(d.notices.iter().all(|n| !n.is_shown()));
    }

    #[test]
    fn a_newer_version_keeps_what_it_can_and_backs_up() {
        let d = decode(Some(r#"{"version":10,"nation":"wales","future":{"x":1}}"#));
        assert_eq!(d.saved.nation, Some(Nation::Wales));
        assert_eq!(d.notices, vec![Notice::NewerVersion(10)]);
        assert!(d.back_up_raw);
    }

    #[test]
    fn version_one_is_migrated_keeping_the_nation() {
        let d = decode(Some(r#"{"version":1,"nation":"scotland"}"#));
        assert_eq!(d.saved, saved(Some(Nation::Scotland)));
        assert_eq!(d.notices, vec![Notice::Migrated(1)]);
        assert!(!d.back_up_raw);
    }

    #[test]
    fn ticks_kept_in_another_order_are_used_without_a_notice() {
        // Defect 31 of the hostile test: a list in another order lost nothing.
        let d = decode(Some(
            r#"{"version":9,"checklist":{"immediate_danger":false,"age":"not-known","ticked":["isolated","goes-missing"]}}"#,
        ));
        let ticked = &d.saved.checklist.as_ref().expect("answers read").ticked;
        assert_eq!(ticked.iter().map(String::as_str).collect::<Vec<_>>(), ["goes-missing", "isolated"]);
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        assert!(!d.back_up_raw);
        // An unknown inner field is still set aside.
        let d = decode(Some(
            r#"{"version":9,"checklist":{"immediate_danger":false,"age":"not-known","ticked":["isolated"],"new":1}}"#,
        ));
        assert_eq!(d.notices, vec![Notice::SetAside("checklist answers")]);
    }

    #[test]
    fn kept_answers_round_trip_and_bad_answers_are_dropped_alone() {
        use crate::screening::Age;
        let mut s = saved(Some(Nation::Wales));
        let mut a = Answers { immediate_danger: false, age: Age::Under13, ..Answers::default() };
        a.ticked.insert("goes-missing".into());
        s.checklist = Some(a);
        let d = decode(Some(&encode(&s)));
        assert_eq!(d.saved, s);
        assert!(d.notices.is_empty());

        let d = decode(Some(r#"{"version":9,"nation":"wales","checklist":{"ticked":"oops"}}"#));
        assert_eq!(d.saved, saved(Some(Nation::Wales)));
        assert_eq!(d.notices, vec![Notice::FieldDropped("checklist answers")]);
        assert!(d.back_up_raw);
    }

    #[test]
    fn version_two_is_migrated_keeping_kept_answers() {
        let d = decode(Some(r#"{"version":2,"nation":"england","checklist":{"ticked":["goes-missing"]}}"#));
        assert_eq!(d.saved.nation, Some(Nation::England));
        assert!(d.saved.checklist.is_some());
        assert!(d.saved.scenarios.is_empty());
        assert_eq!(d.notices, vec![Notice::Migrated(2)]);
        assert!(!d.back_up_raw);
    }

    #[test]
    fn scenario_progress_round_trips_and_bad_progress_is_dropped_alone() {
        let mut s = saved(Some(Nation::Scotland));
        s.scenarios.insert(
            "kobe".into(),
            Progress {
                path: vec![Step { scene: "new-worker".into(), choice: "2".into() }],
                endings: vec!["settled".into()],
                ..Progress::default()
            },
        );
        let d = decode(Some(&encode(&s)));
        assert_eq!(d.saved, s);
        assert!(d.notices.is_empty());

        let d = decode(Some(r#"{"version":9,"nation":"scotland","scenarios":{"kobe":{"path":"nope"}}}"#));
        assert_eq!(d.saved, saved(Some(Nation::Scotland)));
        assert_eq!(d.notices, vec![Notice::FieldDropped("scenario progress")]);
        assert!(d.back_up_raw);
    }

    #[test]
    fn version_three_is_migrated_keeping_scenario_progress() {
        let d =
            decode(Some(r#"{"version":3,"nation":"wales","scenarios":{"kobe":{"path":[],"endings":["settled"]}}}"#));
        assert_eq!(d.saved.scenarios["kobe"].endings, vec!["settled".to_string()]);
        assert!(d.saved.workshops.is_empty());
        assert_eq!(d.notices, vec![Notice::Migrated(3)]);
        assert!(!d.back_up_raw);
    }

    #[test]
    fn workshop_sessions_round_trip_and_bad_sessions_are_dropped_alone() {
        let mut s = saved(Some(Nation::England));
        let mut session = Session::new(&["kobe".to_string()], true, 1_700_000_000_000);
        session.hands.insert("2".into(), 7);
        s.workshops.push(session);
        let d = decode(Some(&encode(&s)));
        assert_eq!(d.saved, s);
        assert!(d.notices.is_empty());

        let d = decode(Some(r#"{"version":9,"nation":"england","workshops":[{"id":"x"}]}"#));
        assert_eq!(d.saved, saved(Some(Nation::England)));
        assert_eq!(d.notices, vec![Notice::SetAside("workshop sessions")]);
        assert!(d.back_up_raw);
    }

    #[test]
    fn the_learning_record_and_the_shortcut_switch_round_trip_and_older_formats_still_load() {
        use crate::learning::Spent;
        let mut s = saved(Some(Nation::Wales));
        s.learner.name = "Sam Jones".into();
        s.learner
            .time
            .insert("scenario/kobe".into(), Spent { seconds: 600, first: 1_700_000_000_000, last: 1_700_000_900_000 });
        s.keys_off = true;
        let text = encode(&s);
        let d = decode(Some(&text));
        assert_eq!(d.saved, s);
        assert!(d.notices.is_empty() && !d.back_up_raw, "{:?}", d.notices);
        // Format 8 had neither: it loads, migrated, with the defaults (a blank name, shortcuts on).
        let d =
            decode(Some(r#"{"version":8,"nation":"wales","scenarios":{"kobe":{"path":[],"endings":["settled"]}}}"#));
        assert_eq!(d.notices, vec![Notice::Migrated(8)]);
        assert_eq!((d.saved.learner, d.saved.keys_off), (Learner::default(), false));
        assert_eq!(d.saved.scenarios["kobe"].endings, vec!["settled".to_string()]);
        assert!(!d.back_up_raw);
        // A time beyond the cap, or a name with a line break, was not written by this app: set aside.
        let d = decode(Some(&text.replace("600", "99999999")));
        assert_eq!(d.notices, vec![Notice::SetAside("learning record")]);
        assert_eq!(d.saved.learner, Learner::default());
        assert!(d.back_up_raw);
        let d = decode(Some(&text.replace("\"keys_off\":true", "\"keys_off\":\"yes\"")));
        assert_eq!(d.notices, vec![Notice::FieldDropped("shortcut setting")]);
        assert!(!d.saved.keys_off);
    }

    #[test]
    fn the_language_round_trips_and_a_tag_this_version_does_not_speak_is_dropped_alone() {
        let s = Saved { lang: Some(Lang::Cy), nation: Some(Nation::Wales), ..Saved::default() };
        let text = encode(&s);
        assert!(text.contains(r#""lang":"cy""#), "{text}");
        let d = decode(Some(&text));
        assert_eq!(d.saved, s);
        assert!(d.notices.is_empty() && !d.back_up_raw, "{:?}", d.notices);
        // Written before there was a choice: none, and no notice.
        assert_eq!(decode(Some(r#"{"version":9,"nation":"wales"}"#)).saved.lang, None);
        for bad in [r#""fr""#, "3", r#"["cy"]"#] {
            let d = decode(Some(&text.replace(r#""cy""#, bad)));
            assert_eq!(d.notices, vec![Notice::FieldDropped("language")], "{bad}");
            assert_eq!((d.saved.lang, d.saved.nation), (None, Some(Nation::Wales)), "{bad}: the rest is kept");
        }
    }

    #[test]
    fn encode_writes_the_current_version() {
        let v: Value = serde_json::from_str(&encode(&Saved::default())).unwrap();
        assert_eq!(v["version"], Value::from(FORMAT_VERSION));
    }

    #[test]
    fn every_shown_notice_has_a_message() {
        for n in [Notice::Unreadable, Notice::NewerVersion(3), Notice::FieldDropped("nation")] {
            assert!(n.is_shown());
            assert!(n.message().len() > 20);
        }
    }
}

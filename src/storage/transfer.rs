//! Moving what the app keeps to another device: export to a file, and import a file only after
//! checking it completely, so a bad file changes nothing. Plain Rust, tested natively.

use super::format::{decode, encode, Notice, Saved, FORMAT_VERSION};
use serde_json::{Map, Value};

/// The largest file accepted. Real exports are a few kilobytes.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024;
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
        }
    }
}

/// The text of an export file holding everything in `saved`.
pub fn export(saved: &Saved) -> String {
    let data: Value = serde_json::from_str(&encode(saved)).expect("encode writes JSON");
    let mut map = Map::new();
    map.insert("app".into(), Value::from(APP));
    map.insert("format".into(), Value::from(FORMAT_VERSION));
    map.insert("data".into(), data);
    serde_json::to_string_pretty(&Value::Object(map)).expect("an export serialises")
}

/// Checks an export file completely. Returns what it holds (brought up to date if it came from
/// an older version), or why it is refused.
pub fn import(bytes: &[u8]) -> Result<Saved, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::Malformed)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| if e.is_eof() { ImportError::Truncated } else { ImportError::Malformed })?;
    let Value::Object(map) = value else { return Err(ImportError::NotAnExport) };
    if map.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(ImportError::NotAnExport);
    }
    let data = map.get("data").filter(|d| d.is_object()).ok_or(ImportError::NotAnExport)?;
    let decoded = decode(Some(&data.to_string()));
    for notice in decoded.notices {
        match notice {
            Notice::Migrated(_) => {}
            Notice::NewerVersion(v) => return Err(ImportError::NewerVersion(v)),
            Notice::FieldDropped(part) => return Err(ImportError::BadPart(part)),
            Notice::Unreadable => return Err(ImportError::Malformed),
        }
    }
    Ok(decoded.saved)
}

/// What is kept, in plain words: one line for each kind of data.
pub fn describe(saved: &Saved) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    out.push(("Your UK nation", saved.nation.map(|n| n.name().to_string()).unwrap_or_else(|| "Not kept".into())));
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
        if saved.scenarios.is_empty() { "None".into() } else { format!("{} scenario(s) started; {finished} play(s) finished", saved.scenarios.len()) },
    ));
    out.push((
        "Workshop sessions",
        match saved.workshops.len() {
            0 => "None".into(),
            n => format!("{n} session(s): the room's path and show of hands only"),
        },
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nation::Nation;
    use crate::scenario::Step;
    use crate::storage::Progress;

    fn sample() -> Saved {
        let mut s = Saved { nation: Some(Nation::Wales), ..Saved::default() };
        s.scenarios.insert("kobe".into(), Progress { path: vec![Step { scene: "new-worker".into(), choice: "2".into() }], endings: vec!["settled".into()] });
        let mut session = crate::workshop::Session::new(&["kobe".to_string()], false, 1_700_000_000_000);
        session.hands.insert("2".into(), 11);
        s.workshops.push(session);
        s
    }

    #[test]
    fn an_export_imports_back_unchanged() {
        assert_eq!(import(export(&sample()).as_bytes()), Ok(sample()));
        assert_eq!(import(export(&Saved::default()).as_bytes()), Ok(Saved::default()));
    }

    #[test]
    fn every_kind_of_bad_file_is_refused_with_its_own_reason() {
        let good = export(&sample());
        assert_eq!(import(&vec![b' '; MAX_IMPORT_BYTES + 1]), Err(ImportError::TooLarge(MAX_IMPORT_BYTES + 1)));
        assert_eq!(import(b""), Err(ImportError::Empty));
        assert_eq!(import(&good.as_bytes()[..good.len() / 2]), Err(ImportError::Truncated));
        assert_eq!(import(b"not json at all"), Err(ImportError::Malformed));
        assert_eq!(import(&[0xff, 0xfe, 0x00]), Err(ImportError::Malformed));
        assert_eq!(import(b"[1,2,3]"), Err(ImportError::NotAnExport));
        assert_eq!(import(br#"{"app":"something-else","data":{}}"#), Err(ImportError::NotAnExport));
        assert_eq!(import(br#"{"app":"recognise-respond"}"#), Err(ImportError::NotAnExport));
        assert_eq!(import(br#"{"app":"recognise-respond","data":{"version":99,"nation":"wales"}}"#), Err(ImportError::NewerVersion(99)));
        assert_eq!(import(br#"{"app":"recognise-respond","data":{"version":3,"nation":"atlantis"}}"#), Err(ImportError::BadPart("nation")));
        assert_eq!(import(br#"{"app":"recognise-respond","data":{"version":3,"scenarios":{"kobe":{"path":7}}}}"#), Err(ImportError::BadPart("scenario progress")));
        for e in [ImportError::Empty, ImportError::Truncated, ImportError::NewerVersion(9), ImportError::BadPart("nation")] {
            assert!(e.message().contains("Nothing on this device has been changed"), "{e:?}");
        }
    }

    #[test]
    fn an_older_export_is_brought_up_to_date() {
        let saved = import(br#"{"app":"recognise-respond","format":1,"data":{"version":1,"nation":"scotland"}}"#).unwrap();
        assert_eq!(saved.nation, Some(Nation::Scotland));
    }

    #[test]
    fn describes_each_kind_of_data() {
        let lines = describe(&sample());
        assert_eq!(lines[0], ("Your UK nation", "Wales".to_string()));
        assert_eq!(lines[1].1, "Not kept");
        assert_eq!(lines[2].1, "1 scenario(s) started; 1 play(s) finished");
        assert_eq!(lines[3].1, "1 session(s): the room's path and show of hands only");
        assert_eq!(describe(&Saved::default())[3].1, "None");
    }
}

//! The change log every content file keeps, and the check that holds it to the text: every
//! change to what a reader sees needs a dated entry saying what changed.
//!
//! Where the log lives:
//! - a guidance or site page, or a scenario: `[[changes]]` in its front matter;
//! - a TOML file (the glossary, each indicator group, the nations' next steps, the
//!   bibliography): `[[changes]]` at the top level of the file itself, so a trainer edits one
//!   file (in `sources.toml`, `changes` is therefore not a source key).
//!
//! Each entry records a fingerprint (`hash`) of the text as it was when the entry was written:
//! for a page, its title, summary and body ([`fingerprint`]); for a scenario or a TOML file,
//! every value except the log itself and the `reviewed` date, plus a scenario's body
//! ([`fingerprint_data`]). If the text no longer matches the newest entry's fingerprint, someone
//! changed the file without saying what changed, and the build stops with the file, the line,
//! the column and the fingerprint to put in the new entry.
//!
//! The language rules (`language.toml`) are not logged: a reader never sees them, they only
//! stop the build (and tell a writer what to say instead).

use super::front_matter::{iso_date, parse_toml, place};
use super::{Change, ChangeKind, ContentError};
use serde::Deserialize;

/// One `[[changes]]` entry as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChange {
    date: toml::Spanned<toml::value::Datetime>,
    kind: ChangeKind,
    what: toml::Spanned<String>,
    hash: toml::Spanned<String>,
}

/// The fingerprint of a page's text: its title, summary and body, with line endings and
/// trailing spaces evened out so that an editor's habits do not count as a change.
pub fn fingerprint(title: &str, summary: &str, body: &str) -> String {
    let mut text = format!("{}\n{}\n", title.trim(), summary.trim());
    for line in body.lines() {
        text.push_str(line.trim_end());
        text.push('\n');
    }
    format!("{:016x}", fnv1a(text.trim_end().as_bytes()))
}

/// The fingerprint of a scenario's front matter or a whole TOML file, `table`, and of `body` (a
/// scenario's Markdown; empty for a TOML file). The change log (`changes`) and the `reviewed`
/// date are left out: the log cannot hold its own fingerprint, and re-checking a file against
/// its sources is not a change to it. Comments, the order of keys, quoting, spacing and line
/// endings do not count; every value a reader may see does.
pub fn fingerprint_data(table: &toml::Table, body: &str) -> String {
    let mut text = String::new();
    let kept = table.iter().filter(|(k, _)| !matches!(k.as_str(), "changes" | "reviewed"));
    write_table(&mut text, kept);
    text.push('\n');
    for line in body.lines() {
        text.push_str(line.trim_end());
        text.push('\n');
    }
    format!("{:016x}", fnv1a(text.trim_end().as_bytes()))
}

/// The fingerprint [`check_toml_file`] expects of a whole TOML file, `text`; `None` if TOML cannot
/// read it.
pub fn fingerprint_toml(text: &str) -> Option<String> {
    toml::from_str::<toml::Table>(text).ok().map(|t| fingerprint_data(&t, ""))
}

/// The fingerprint [`check_scenario`] expects of a scenario file, `text`; `None` if its front
/// matter cannot be read.
pub fn fingerprint_scenario(text: &str) -> Option<String> {
    let split = super::front_matter::split("", text).ok()?;
    toml::from_str::<toml::Table>(split.front).ok().map(|t| fingerprint_data(&t, split.body))
}

/// Writes the entries of a table in one fixed form, keys sorted.
fn write_table<'a>(out: &mut String, entries: impl Iterator<Item = (&'a String, &'a toml::Value)>) {
    let mut entries: Vec<_> = entries.collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    out.push('{');
    for (key, value) in entries {
        out.push_str(&format!("{key:?}="));
        write_value(out, value);
        out.push(';');
    }
    out.push('}');
}

fn write_value(out: &mut String, value: &toml::Value) {
    match value {
        toml::Value::String(s) => {
            let lines: Vec<&str> = s.trim().lines().map(str::trim_end).collect();
            out.push_str(&format!("{:?}", lines.join("\n")));
        }
        toml::Value::Integer(n) => out.push_str(&n.to_string()),
        toml::Value::Float(f) => out.push_str(&format!("{f:?}")),
        toml::Value::Boolean(b) => out.push_str(&b.to_string()),
        toml::Value::Datetime(d) => out.push_str(&d.to_string()),
        toml::Value::Array(items) => {
            out.push('[');
            for item in items {
                write_value(out, item);
                out.push(',');
            }
            out.push(']');
        }
        toml::Value::Table(t) => write_table(out, t.iter()),
    }
}

pub use rr_core::text::fnv1a;

/// Checks `raw` against the current fingerprint of a file's text and returns the log, newest
/// first. `text` is the TOML the entries were read from (a front matter, or a whole file),
/// starting on line `first_line` of `file`: every problem is placed at its line and column.
pub(super) fn check(
    file: &str,
    text: &str,
    first_line: usize,
    raw: Vec<RawChange>,
    current: &str,
    errors: &mut Vec<ContentError>,
) -> Vec<Change> {
    let at = |offset: usize, message: String| {
        let (line, column) = place(text, first_line, offset);
        ContentError::at(file, line, column, message)
    };
    let add = format!("add a [[changes]] entry with date, kind (significant, new, minor or link), what (one line) and hash = \"{current}\"");
    if raw.is_empty() {
        errors.push(ContentError::at(file, first_line, 1, format!("the file has no change log: {add}")));
        return Vec::new();
    }
    let mut log = Vec::new();
    let mut newest: Option<(String, usize, String)> = None;
    for entry in raw {
        let Some(date) = iso_date(entry.date.get_ref()) else {
            errors.push(at(
                entry.date.span().start,
                "a change's date must be a date like 2026-11-30, without a time".into(),
            ));
            continue;
        };
        if entry.what.get_ref().trim().is_empty() {
            errors.push(at(entry.what.span().start, "a change must say what changed (what = \"...\")".into()));
        }
        if newest.as_ref().is_none_or(|(d, _, _)| date > *d) {
            newest = Some((date.clone(), entry.hash.span().start, entry.hash.get_ref().clone()));
        }
        log.push(Change { date, kind: entry.kind, what: entry.what.into_inner(), hash: entry.hash.get_ref().clone() });
    }
    if let Some((date, hash_at, hash)) = newest {
        if hash != current {
            errors.push(at(
                hash_at,
                format!("the text has changed since its last change entry ({date}), so the change log needs a new one: {add}"),
            ));
        }
    }
    log.sort_by(|a, b| b.date.cmp(&a.date));
    log
}

/// Only the change log of a file, read apart from the rest of it.
#[derive(Deserialize)]
struct LogOnly {
    #[serde(default)]
    changes: Vec<RawChange>,
}

/// Reads and checks the change log at the top level of a whole TOML file (the glossary, an
/// indicator group, the nations' next steps), `text`. A file TOML cannot read gives no log and
/// no problem here: the file's own reader reports where it breaks.
pub(super) fn check_toml_file(file: &str, text: &str, errors: &mut Vec<ContentError>) -> Vec<Change> {
    let Ok(table) = toml::from_str::<toml::Table>(text) else {
        return Vec::new();
    };
    let log: LogOnly = match parse_toml(file, text, 1, "change log: ") {
        Ok(l) => l,
        Err(e) => {
            errors.push(e);
            return Vec::new();
        }
    };
    check(file, text, 1, log.changes, &fingerprint_data(&table, ""), errors)
}

/// Reads and checks the change log in the front matter `front` (starting on line `front_line`)
/// of a scenario whose body is `body`. As for [`check_toml_file`], front matter TOML cannot read
/// is reported by the scenario's own reader.
pub(super) fn check_scenario(
    file: &str,
    front: &str,
    front_line: usize,
    body: &str,
    errors: &mut Vec<ContentError>,
) -> Vec<Change> {
    let Ok(table) = toml::from_str::<toml::Table>(front) else {
        return Vec::new();
    };
    let log: LogOnly = match parse_toml(file, front, front_line, "front matter: ") {
        Ok(l) => l,
        Err(e) => {
            errors.push(e);
            return Vec::new();
        }
    };
    check(file, front, front_line, log.changes, &fingerprint_data(&table, body), errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_ignores_line_endings_and_trailing_spaces_but_not_words() {
        let a = fingerprint("T", "S", "One line.\nTwo.\n");
        assert_eq!(a, fingerprint(" T", "S ", "One line.  \r\nTwo.\r\n\r\n"));
        assert_ne!(a, fingerprint("T", "S", "One line.\nThree.\n"));
        assert_ne!(a, fingerprint("T2", "S", "One line.\nTwo.\n"));
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn the_data_fingerprint_ignores_the_log_the_review_date_and_layout_but_not_values() {
        let a = fingerprint_toml("title = \"T\"\n[[signs]]\nid = \"a\"\ntext = \"One.\"\n").unwrap();
        let same = "# note\ntitle   = 'T'\r\nreviewed = 2026-12-01\n[[changes]]\ndate = 2026-12-01\nkind = \"new\"\nwhat = \"x\"\nhash = \"y\"\n\n[[signs]]\ntext = \"One.  \"\nid = \"a\"\n";
        assert_eq!(Some(a.clone()), fingerprint_toml(same));
        assert_ne!(Some(a.clone()), fingerprint_toml("title = \"T\"\n[[signs]]\nid = \"a\"\ntext = \"Two.\"\n"));
        assert_ne!(
            Some(a),
            fingerprint_toml("title = \"T\"\n[[signs]]\nid = \"a\"\ntext = \"One.\"\ngeneral = true\n")
        );
        let scenario = "+++\ntitle = \"T\"\nreviewed = 2026-11-01\n+++\n## a: Start\nText.\n";
        let edited = scenario.replace("Text.", "Other text.");
        assert_ne!(fingerprint_scenario(scenario), fingerprint_scenario(&edited));
        assert_eq!(fingerprint_scenario(scenario), fingerprint_scenario(&scenario.replace("2026-11-01", "2026-12-01")));
        assert_eq!(fingerprint_toml("not = [toml"), None);
    }
}

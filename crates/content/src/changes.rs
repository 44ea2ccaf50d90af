//! The change log each page keeps in its front matter, and the check that holds it to the text:
//! every change to a page's words needs a dated entry saying what changed.
//!
//! Each entry records a fingerprint (`hash`) of the page's title, summary and body as they were
//! when the entry was written. If the text no longer matches the newest entry's fingerprint,
//! someone changed the page without saying what changed, and the build stops with the file, the
//! line and the fingerprint to put in the new entry.

use super::front_matter::{iso_date, line_of, Split};
use super::{Change, ChangeKind, ContentError};
use serde::Deserialize;

/// One `[[changes]]` entry as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChange {
    date: toml::Spanned<toml::value::Datetime>,
    kind: ChangeKind,
    what: String,
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

/// FNV-1a, 64 bits: stable across builds and machines.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// Checks `raw` against the page's current text and returns the log, newest first.
pub(super) fn check(
    file: &str,
    split: &Split<'_>,
    raw: Vec<RawChange>,
    current: &str,
    errors: &mut Vec<ContentError>,
) -> Vec<Change> {
    let line = |offset: usize| split.front_line + line_of(split.front, offset) - 1;
    let add = format!("add a [[changes]] entry with date, kind (significant, new, minor or link), what (one line) and hash = \"{current}\"");
    if raw.is_empty() {
        errors.push(ContentError::new(file, split.front_line, format!("the page has no change log: {add}")));
        return Vec::new();
    }
    let mut log = Vec::new();
    let mut newest: Option<(String, usize, String)> = None;
    for entry in raw {
        let date_line = line(entry.date.span().start);
        let Some(date) = iso_date(entry.date.get_ref()) else {
            errors.push(ContentError::new(
                file,
                date_line,
                "a change's date must be a date like 2026-11-30, without a time",
            ));
            continue;
        };
        if entry.what.trim().is_empty() {
            errors.push(ContentError::new(file, date_line, "a change must say what changed (what = \"...\")"));
        }
        if newest.as_ref().is_none_or(|(d, _, _)| date > *d) {
            newest = Some((date.clone(), line(entry.hash.span().start), entry.hash.get_ref().clone()));
        }
        log.push(Change { date, kind: entry.kind, what: entry.what });
    }
    if let Some((date, hash_line, hash)) = newest {
        if hash != current {
            errors.push(ContentError::new(
                file,
                hash_line,
                format!("the page's text has changed since its last change entry ({date}): {add}"),
            ));
        }
    }
    log.sort_by(|a, b| b.date.cmp(&a.date));
    log
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
}

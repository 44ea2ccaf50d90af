//! The facts register, `content/facts.toml`: every figure, date, statute section, legal test and
//! named body the content states, written once, with its source, the date it was checked and its
//! status as the references give it.
//!
//! Content cites a fact with a short reference, `{{fact:msa-s45}}`, which the build replaces by
//! the fact's words and, for a fact the references only partly confirm, "(check: ...)", or for
//! one they do not confirm, "(not confirmed; check ...)". So the same figure reads the same on
//! every page, and its status shows wherever it is used.
//!
//! The build refuses, each at its file, line and column:
//! - a reference to a fact that is not in the register;
//! - a reference on a page whose sources do not include the fact's source, or in an entry of a
//!   TOML file (a glossary entry, a sign, a nation's steps, a helpline) whose own `source` or
//!   `sources` do not: each entry is held to its own citations, not to the whole file's;
//! - a figure written straight into the prose: a number with a unit (`72 hours`, `44%`), a count
//!   (`1,746`, `378`), a month and year (`June 2025`), a quarter (`Q4 2025`, `the fourth quarter
//!   of 2025`), a period of years (`2023–24`, `2023/24`, `2023 to 2024`), a proportion (`one in
//!   three`, `a third of`, `two-thirds`) or a statute section (`section 45`, `s45`), in digits or
//!   in words (`three months`, `forty-five days`), outside the register's short list of numbers
//!   that are not facts (999, ages);
//! - a fact checked longer ago than the register's `max_age_days` with no note saying why it
//!   still stands.

use super::files::Files;
use super::front_matter::{iso_date, parse_toml, place};
use super::{ContentError, Source};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use toml::Spanned;

/// The register file, relative to the content folder.
pub const FACTS_FILE: &str = "facts.toml";
/// Files that hold no prose to cite facts in or scan: the register, the bibliography and the
/// wording rules.
const NOT_PROSE: [&str; 3] = [FACTS_FILE, "sources.toml", "language.toml"];

/// Put before a fact's words in a translation: the words stay English ([`Register::expand_translation`]).
pub(crate) const EN_OPEN: char = '\u{e000}';
/// Put after a fact's words in a translation.
pub(crate) const EN_CLOSE: char = '\u{e001}';

/// How sure the references are of a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Confirmed by the references: stated plainly.
    Confirmed,
    /// Partly confirmed: stated with "(check: ...)".
    Partly,
    /// Not confirmed: never stated as fact, only with "(not confirmed; check ...)".
    NotConfirmed,
}

/// One fact of the register.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// Its id, as cited: `msa-s45`.
    pub id: String,
    /// Its words, as they read in a sentence.
    pub text: String,
    /// The key of its source in `sources.toml`.
    pub source: String,
    /// Other sources that also cover it: a page citing any of them may cite the fact.
    pub also: Vec<String>,
    /// The date it was last checked against the references, `YYYY-MM-DD`.
    pub checked: String,
    /// How sure the references are of it.
    pub status: Status,
    /// What a reader should check, for a fact not fully confirmed (the source's title if unset).
    pub check: String,
    /// Why a fact checked long ago still stands, or anything else worth knowing.
    pub note: Option<String>,
    /// For a legal test: words of it that, found together on one line of content outside a
    /// citation, show the line states the test in its own words (lower case).
    pub restated: Vec<String>,
}

impl Fact {
    /// Whether a page or entry citing the sources `cited` may state this fact: it cites the fact's source
    /// or one of the others that cover it.
    pub fn covered_by(&self, cited: &BTreeSet<String>) -> bool {
        cited.contains(&self.source) || self.also.iter().any(|s| cited.contains(s))
    }

    /// The fact as it reads where it is cited: its words, with its status mark.
    pub fn cited(&self) -> String {
        match self.status {
            Status::Confirmed => self.text.clone(),
            Status::Partly => format!("{} (check: {})", self.text, self.check),
            Status::NotConfirmed => format!("{} (not confirmed; check {})", self.text, self.check),
        }
    }
}

/// The register as read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Register {
    /// The facts, by id.
    pub facts: BTreeMap<String, Fact>,
    /// Numbers that may stand in prose without being facts (999, ages), as written.
    pub allowed: BTreeSet<String>,
    /// How many days a check stays fresh without a note.
    pub max_age_days: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegister {
    register: RawSettings,
    #[serde(default)]
    facts: BTreeMap<Spanned<String>, RawFact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    max_age_days: Spanned<i64>,
    #[serde(default)]
    allowed: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    text: Spanned<String>,
    source: Spanned<String>,
    #[serde(default)]
    also: Vec<Spanned<String>>,
    checked: Spanned<toml::value::Datetime>,
    status: Status,
    #[serde(default)]
    check: Option<Spanned<String>>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    restated: Vec<Spanned<String>>,
}

/// The count of days since 1970-01-01 of a `YYYY-MM-DD` date.
fn days(date: &str) -> Option<i64> {
    let mut parts = date.split('-').map(str::parse::<i64>);
    let (y, m, d) = (parts.next()?.ok()?, parts.next()?.ok()?, parts.next()?.ok()?);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Today, as days since 1970-01-01, where the clock can be read (the build); `None` in the
/// browser, where the content has already passed the build and the age of a check is not asked.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn today() -> Option<i64> {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    i64::try_from(secs / 86_400).ok()
}

/// Today, as days since 1970-01-01, where the clock can be read (the build); `None` in the
/// browser, where the content has already passed the build and the age of a check is not asked.
#[cfg(target_arch = "wasm32")]
pub(super) fn today() -> Option<i64> {
    None
}

impl Register {
    /// Reads and checks `content/facts.toml` against the bibliography. `today` (days since
    /// 1970-01-01) is when checks are aged from; `None` skips the age rule.
    pub(super) fn load(
        root: &Files,
        sources: Option<&BTreeMap<String, Source>>,
        today: Option<i64>,
        errors: &mut Vec<ContentError>,
    ) -> Register {
        let file = &root.display(FACTS_FILE);
        let Some(text) = root.read(FACTS_FILE, errors) else { return Register::default() };
        let raw: RawRegister = match parse_toml(file, text, 1, "") {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                return Register::default();
            }
        };
        let at = |span: std::ops::Range<usize>, message: String| {
            let (line, column) = place(text, 1, span.start);
            ContentError::at(file, line, column, message)
        };
        let max_age_days = *raw.register.max_age_days.get_ref();
        if max_age_days <= 0 {
            errors.push(at(raw.register.max_age_days.span(), "max_age_days must be a number of days above 0".into()));
        }
        let mut facts = BTreeMap::new();
        for (id, f) in raw.facts {
            let key = id.get_ref().clone();
            if !crate::route::is_slug(&key) {
                errors.push(at(id.span(), format!("fact id '{key}' must be lowercase letters, digits and hyphens")));
            }
            let words = f.text.get_ref();
            if words.trim().is_empty() {
                errors.push(at(f.text.span(), format!("fact '{key}' has no text")));
            }
            if words.contains(['"', '\\', '\n', '\r']) || words.contains("{{") {
                errors.push(at(
                    f.text.span(),
                    format!("fact '{key}' has a quotation mark, backslash, line break or '{{{{' in its text: it is put into other files' text as it stands, so use curly quotes and one line"),
                ));
            }
            let source = f.source.get_ref().clone();
            let title = sources.and_then(|s| s.get(&source)).map(|s| s.title.clone());
            if sources.is_some() && title.is_none() {
                errors.push(at(
                    f.source.span(),
                    format!("fact '{key}' cites source '{source}', which is not in content/sources.toml"),
                ));
            }
            for other in &f.also {
                if sources.is_some_and(|s| !s.contains_key(other.get_ref())) {
                    errors.push(at(
                        other.span(),
                        format!(
                            "fact '{key}' lists source '{}' in also, which is not in content/sources.toml",
                            other.get_ref()
                        ),
                    ));
                }
            }
            let checked = iso_date(f.checked.get_ref()).unwrap_or_else(|| {
                errors.push(at(f.checked.span(), "checked must be a date like 2026-11-30, without a time".into()));
                String::new()
            });
            if let (Some(now), Some(then)) = (today, days(&checked)) {
                if now - then > max_age_days && f.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                    errors.push(at(
                        f.checked.span(),
                        format!("fact '{key}' was checked on {checked}, more than {max_age_days} days ago: check it again against its source and change the date, or add a note saying why it still stands"),
                    ));
                }
            }
            let check = match &f.check {
                Some(c) if c.get_ref().trim().is_empty() => {
                    errors.push(at(
                        c.span(),
                        format!("fact '{key}' has an empty check: say where a reader should check it"),
                    ));
                    String::new()
                }
                Some(c) => c.get_ref().clone(),
                None => title.unwrap_or_default(),
            };
            for phrase in &f.restated {
                let p = phrase.get_ref().trim().to_ascii_lowercase();
                if p.is_empty() || !words.to_ascii_lowercase().contains(&p) {
                    errors.push(at(
                        phrase.span(),
                        format!("fact '{key}' lists '{}' in restated, which is not in its own text: list words of the test itself, so a line that has them all states it", phrase.get_ref()),
                    ));
                }
            }
            if f.status == Status::Confirmed && f.check.is_some() {
                errors.push(at(
                    f.check.as_ref().map_or(f.text.span(), Spanned::span),
                    format!("fact '{key}' is confirmed, so it is never shown with a check: remove check"),
                ));
            }
            facts.insert(
                key.clone(),
                Fact {
                    id: key,
                    text: f.text.into_inner(),
                    source,
                    also: f.also.into_iter().map(Spanned::into_inner).collect(),
                    checked,
                    status: f.status,
                    check,
                    note: f.note.filter(|n| !n.trim().is_empty()),
                    restated: f.restated.into_iter().map(|p| p.into_inner().trim().to_ascii_lowercase()).collect(),
                },
            );
        }
        Register { facts, allowed: raw.register.allowed.into_iter().collect(), max_age_days }
    }

    /// Reads the register of the content files `root`, checked against their bibliography, with
    /// every problem found in it.
    pub fn read(root: &Files) -> (Register, Vec<ContentError>) {
        let mut errors = Vec::new();
        let sources = super::load::load_sources(root, &mut errors);
        let register = Register::load(root, sources.as_ref(), today(), &mut errors);
        (register, errors)
    }

    /// Every figure in `text` (of a file called `file`) that does not come from the register,
    /// at its line and column: the check the build makes of content, for other texts such as
    /// the core's own.
    pub fn unregistered(&self, file: &str, text: &str) -> Vec<ContentError> {
        let mut errors = Vec::new();
        self.scan(file, text, &mut errors);
        errors
    }

    /// How many facts are only partly confirmed, and how many not confirmed.
    pub fn counts(&self) -> (usize, usize) {
        let of = |s: Status| self.facts.values().filter(|f| f.status == s).count();
        (of(Status::Partly), of(Status::NotConfirmed))
    }

    /// The oldest and newest dates facts were checked on.
    pub fn checked_between(&self) -> Option<(&str, &str)> {
        let dates = self.facts.values().map(|f| f.checked.as_str()).filter(|d| !d.is_empty());
        Some((dates.clone().min()?, dates.max()?))
    }

    /// The register's own figures for the About page: `{{register:facts}}` (how many facts),
    /// `{{register:partly}}`, `{{register:not-confirmed}}`, `{{register:oldest}}` and
    /// `{{register:newest}}` (check dates), replaced in `body`. Returns problems by body line.
    pub(super) fn fill_summary(&self, body: &str) -> (String, Vec<(usize, String)>) {
        let (partly, not) = self.counts();
        let (oldest, newest) = self.checked_between().unwrap_or(("", ""));
        let mut problems = Vec::new();
        let mut out = String::with_capacity(body.len());
        for (n, line) in body.split_inclusive('\n').enumerate() {
            let mut rest = line;
            while let Some(start) = rest.find("{{register:") {
                out.push_str(&rest[..start]);
                let after = &rest[start + "{{register:".len()..];
                let Some(end) = after.find("}}") else {
                    problems.push((n + 1, "this {{register: is never closed with }}".to_string()));
                    out.push_str(&rest[start..]);
                    rest = "";
                    break;
                };
                let value = match &after[..end] {
                    "facts" => self.facts.len().to_string(),
                    "partly" => partly.to_string(),
                    "not-confirmed" => not.to_string(),
                    "oldest" => rr_core::text::long_date(oldest),
                    "newest" => rr_core::text::long_date(newest),
                    other => {
                        problems.push((
                            n + 1,
                            format!(
                                "unknown register figure '{other}': use facts, partly, not-confirmed, oldest or newest"
                            ),
                        ));
                        String::new()
                    }
                };
                out.push_str(&value);
                rest = &after[end + 2..];
            }
            out.push_str(rest);
        }
        (out, problems)
    }
}

/// The `{{fact:id}}` references in a line of raw text: each one's byte range and id. A
/// reference written `{{Fact:id}}` starts a sentence: the fact's first letter becomes a capital.
fn references(line: &str) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = line[from..].find("{{fact:").into_iter().chain(line[from..].find("{{Fact:")).min() {
        let start = from + i;
        let after = start + "{{fact:".len();
        match line[after..].find("}}") {
            Some(j) => {
                out.push((start, after + j + 2, &line[after..after + j]));
                from = after + j + 2;
            }
            None => {
                out.push((start, line.len(), ""));
                break;
            }
        }
    }
    out
}

/// The sources that may cover a fact cited in a file.
enum Cited {
    /// A page or a scenario: its front matter's `sources`, for every citation in it.
    File(BTreeSet<String>),
    /// A TOML file: each string value's byte range, with the sources of the entry it is in (the
    /// innermost table holding it that has a `source` or `sources`; `None` if no table does).
    Entries(Places),
}

impl Cited {
    /// The sources covering a citation at byte `at` of the file: `Some(None)` when it stands in
    /// an entry that cites no source, `None` when it stands in no string (a comment) and is not
    /// checked.
    fn at(&self, at: usize) -> Option<Option<&BTreeSet<String>>> {
        match self {
            Cited::File(sources) => Some(Some(sources)),
            Cited::Entries(values) => values
                .iter()
                .filter(|(span, _)| span.contains(&at))
                .min_by_key(|(span, _)| span.len())
                .map(|(_, sources)| sources.as_ref()),
        }
    }
}

/// The `source` and `sources` an entry gives itself, if it gives any.
fn own_sources<'a>(pairs: impl Iterator<Item = (&'a str, Option<&'a toml_edit::Value>)>) -> Option<BTreeSet<String>> {
    let mut own: Option<BTreeSet<String>> = None;
    for (key, value) in pairs {
        match (key, value) {
            ("source", Some(toml_edit::Value::String(s))) => {
                own.get_or_insert_with(BTreeSet::new).insert(s.value().clone());
            }
            ("sources", Some(toml_edit::Value::Array(items))) => {
                let keys = items.iter().filter_map(|i| i.as_str().map(str::to_string));
                own.get_or_insert_with(BTreeSet::new).extend(keys);
            }
            _ => {}
        }
    }
    own
}

type Places = Vec<(std::ops::Range<usize>, Option<BTreeSet<String>>)>;

/// Every string value in `table` with the sources of the entry it is in: the table's own
/// `source` or `sources` if it has them, else those of the table around it (`around`).
fn table_sources(table: &toml_edit::Table, around: Option<&BTreeSet<String>>, out: &mut Places) {
    let own = own_sources(table.iter().map(|(k, i)| (k, i.as_value())));
    let sources = own.as_ref().or(around);
    for (_, item) in table.iter().filter(|(k, _)| *k != "source" && *k != "sources") {
        match item {
            toml_edit::Item::Value(v) => value_sources(v, sources, out),
            toml_edit::Item::Table(t) => table_sources(t, sources, out),
            toml_edit::Item::ArrayOfTables(a) => a.iter().for_each(|t| table_sources(t, sources, out)),
            toml_edit::Item::None => {}
        }
    }
}

/// Every string in `value`, with the sources of the entry it is in (`sources`, or an inline
/// table's own).
fn value_sources(value: &toml_edit::Value, sources: Option<&BTreeSet<String>>, out: &mut Places) {
    match value {
        toml_edit::Value::String(_) => out.extend(value.span().map(|span| (span, sources.cloned()))),
        toml_edit::Value::Array(items) => items.iter().for_each(|v| value_sources(v, sources, out)),
        toml_edit::Value::InlineTable(table) => {
            let own = own_sources(table.iter().map(|(k, v)| (k, Some(v))));
            let sources = own.as_ref().or(sources);
            for (key, v) in table.iter() {
                if key != "source" && key != "sources" {
                    value_sources(v, sources, out);
                }
            }
        }
        _ => {}
    }
}

/// The sources a file cites: a Markdown file's front-matter `sources`, or, in a TOML file, each
/// entry's own `source` or `sources`. `None` when the file cannot be read as such (its loader
/// reports why), so no reference in it is blamed.
fn cited_sources(rel: &str, text: &str) -> Option<Cited> {
    if rel.ends_with(".md") {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let rest = text.strip_prefix("+++\n").or_else(|| text.strip_prefix("+++\r\n"))?;
        let end = rest.find("\n+++")?;
        let value: toml::Table = toml::from_str(&rest[..end]).ok()?;
        let sources = value.get("sources").and_then(toml::Value::as_array).into_iter().flatten();
        return Some(Cited::File(sources.filter_map(|s| s.as_str().map(str::to_string)).collect()));
    }
    let document = toml_edit::ImDocument::parse(text).ok()?;
    let mut out = Vec::new();
    table_sources(document.as_table(), None, &mut out);
    Some(Cited::Entries(out))
}

impl Register {
    /// `text` with every `{{fact:id}}` replaced by the fact as cited. Problems (an unknown id,
    /// a fact whose source the file does not cite) go to `errors` at their line and column.
    /// Line breaks are kept, so every later problem keeps its line.
    pub(super) fn expand(&self, file: &str, rel: &str, text: &str, errors: &mut Vec<ContentError>) -> String {
        self.expand_as(file, text, cited_sources(rel, text), false, errors)
    }

    /// As [`Register::expand`], for a translation (`cy/<dir>/<slug>.md`): the facts it may cite
    /// are its English page's (`english`, the English file's path and text, if there is one),
    /// and each fact's words, which stay English, are put between [`EN_OPEN`] and [`EN_CLOSE`],
    /// which the renderer turns into `<span lang="en-GB">` and `</span>`.
    pub(super) fn expand_translation(
        &self,
        file: &str,
        text: &str,
        english: Option<(&str, &str)>,
        errors: &mut Vec<ContentError>,
    ) -> String {
        let cited = english.and_then(|(rel, en)| cited_sources(rel, en));
        self.expand_as(file, text, cited, true, errors)
    }

    fn expand_as(
        &self,
        file: &str,
        text: &str,
        cited: Option<Cited>,
        mark: bool,
        errors: &mut Vec<ContentError>,
    ) -> String {
        if !text.contains("{{fact:") && !text.contains("{{Fact:") {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut offset = 0;
        for (n, line) in text.split_inclusive('\n').enumerate() {
            let mut last = 0;
            for (start, end, id) in references(line) {
                out.push_str(&line[last..start]);
                last = end;
                let column = line[..start].chars().count() + 1;
                let Some(fact) = self.facts.get(id) else {
                    let message = if id.is_empty() {
                        "this {{fact: is never closed with }}".to_string()
                    } else {
                        format!("fact '{id}' is not in content/facts.toml: add it there, with its source, or cite a fact that is")
                    };
                    errors.push(ContentError::at(file, n + 1, column, message));
                    out.push_str(&line[start..end]);
                    continue;
                };
                match cited.as_ref().and_then(|c| c.at(offset + start)) {
                    Some(Some(sources)) if !fact.covered_by(sources) => {
                        let message = if file.ends_with(".md") {
                            format!("fact '{id}' comes from source '{}', which this page does not cite: add it to the sources, or cite a fact its sources cover", fact.source)
                        } else {
                            format!("fact '{id}' comes from source '{}', which this entry does not cite (it cites {}): add it to the entry's sources, or cite a fact they cover", fact.source, sources.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", "))
                        };
                        errors.push(ContentError::at(file, n + 1, column, message));
                    }
                    Some(None) => errors.push(ContentError::at(
                        file,
                        n + 1,
                        column,
                        format!("fact '{id}' is cited in an entry that names no source: give the entry a source (a key from content/sources.toml) that covers '{}'", fact.source),
                    )),
                    _ => {}
                }
                let words = fact.cited();
                if mark {
                    out.push(EN_OPEN);
                }
                if line[start..].starts_with("{{Fact:") {
                    let mut chars = words.chars();
                    out.extend(chars.next().map(|c| c.to_uppercase().collect::<String>()));
                    out.push_str(chars.as_str());
                } else {
                    out.push_str(&words);
                }
                if mark {
                    out.push(EN_CLOSE);
                }
            }
            out.push_str(&line[last..]);
            offset += line.len();
        }
        out
    }

    /// The content files with every fact reference replaced ([`Register::expand`]).
    pub(super) fn expand_all(&self, root: &Files, errors: &mut Vec<ContentError>) -> Files {
        root.map(|rel, text| {
            if NOT_PROSE.contains(&rel) {
                text.to_string()
            } else if let Some(en) = super::files::english_of(rel) {
                let english = root.text(&en).map(|t| (en.as_str(), t));
                self.expand_translation(&root.display(rel), text, english, errors)
            } else if welsh_toml(rel) {
                // The facts' words, which stay English, marked as in a translated page: the
                // loader takes the marks out of the words and keeps the words to mark on screen.
                self.expand_as(&root.display(rel), text, cited_sources(rel, text), true, errors)
            } else {
                self.expand(&root.display(rel), rel, text, errors)
            }
        })
    }

    /// Every figure in the prose of every content file that does not come from the register.
    pub(super) fn scan_all(&self, root: &Files, errors: &mut Vec<ContentError>) {
        for (rel, text) in root.all() {
            if let (false, Ok(text)) = (NOT_PROSE.contains(&rel), text) {
                self.scan(&root.display(rel), text, errors);
            }
        }
    }

    /// Every figure in `text` written outside a `{{fact:...}}` reference, as problems at their
    /// line and column. Change-log entries and front-matter fields that are not prose (dates,
    /// hashes, keys) are not read.
    pub(super) fn scan(&self, file: &str, text: &str, errors: &mut Vec<ContentError>) {
        for (n, line) in text.lines().enumerate() {
            let key = line.split('=').next().unwrap_or("").trim();
            if line.contains('=')
                && matches!(
                    key,
                    "what"
                        | "hash"
                        | "date"
                        | "reviewed"
                        | "checked"
                        | "sources"
                        | "source"
                        | "nations"
                        | "order"
                        | "minutes"
                        | "id"
                        | "start"
                        | "url"
                )
            {
                continue;
            }
            let mut prose = line.to_string();
            for (start, end, _) in references(line) {
                prose.replace_range(start..end, &" ".repeat(end - start));
            }
            for (at, end, why) in figures(&prose, &self.allowed) {
                let found = &prose[at..end];
                let column = prose[..at].chars().count() + 1;
                let same = self.facts.values().find(|f| f.text.contains(found));
                let message = match same {
                    Some(f) if f.status == Status::NotConfirmed => format!("'{found}' states the not-confirmed fact '{}' without its \"not confirmed; check\": write {{{{fact:{}}}}} instead", f.id, f.id),
                    Some(f) => format!("'{found}' is {why} written here, not drawn from the facts register: write {{{{fact:{}}}}} instead", f.id),
                    None => format!("'{found}' is {why} that is not in the facts register: add it to content/facts.toml with its source, and write {{{{fact:id}}}} here"),
                };
                errors.push(ContentError::at(file, n + 1, column, message));
            }
            // A legal test in the line's own words: every word the register lists for it.
            let lower = prose.to_ascii_lowercase();
            for fact in self.facts.values().filter(|f| !f.restated.is_empty()) {
                let places: Option<Vec<usize>> = fact.restated.iter().map(|p| lower.find(p.as_str())).collect();
                if let Some(first) = places.and_then(|p| p.into_iter().min()) {
                    let column = lower[..first].chars().count() + 1;
                    let words = fact.restated.iter().map(|p| format!("'{p}'")).collect::<Vec<_>>().join(" and ");
                    errors.push(ContentError::at(
                        file,
                        n + 1,
                        column,
                        format!("this line states the legal test '{}' in its own words (it has {words}): write {{{{fact:{}}}}} instead, so the test reads the same wherever it is stated", fact.id, fact.id),
                    ));
                }
            }
        }
    }
}

const MONTHS: [&str; 13] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "sept",
    "october",
    "november",
    "december",
];
const SHORT_MONTHS: [&str; 11] = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const UNITS: [&str; 19] = [
    "working days",
    "%",
    "per cent",
    "percent",
    "days",
    "day",
    "weeks",
    "week",
    "months",
    "month",
    "years",
    "year",
    "hours",
    "hour",
    "times",
    "pounds",
    "thousand",
    "million",
    "billion",
];
/// Numbers written as words. A word is taken only whole, so "seven" is never found in
/// "seventeen".
const NUMBER_WORDS: [&str; 31] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
];
/// Words that make a number written in words a count: "two thousand".
const SCALES: [&str; 4] = ["hundred", "thousand", "million", "billion"];
/// Parts of a whole, in the plural ("two-thirds") and, when followed by "of", alone ("a third
/// of", "one quarter of").
const PARTS: [&str; 5] = ["third", "quarter", "fifth", "tenth", "half"];
/// What may join a count of a proportion to the whole: "one in three", "1 out of every 5".
const IN_EVERY: [&str; 4] = [" in every ", " out of every ", " in ", " out of "];
/// Ordinals that name a quarter of a year: "the fourth quarter of 2025".
const QUARTERS: [&str; 6] = ["first", "second", "third", "fourth", "last", "final"];
/// What may stand between the two years of a period: "2023–24", "2023/24", "2023 to 2024".
const BETWEEN_YEARS: [&str; 10] = [" to ", " – ", " — ", " - ", " and ", "–", "—", "−", "-", "/"];

/// Whether `rel` is a Welsh TOML file (`cy/glossary.toml`, `cy/nations.toml`,
/// `cy/indicators/*.toml`), whose facts keep their English words.
fn welsh_toml(rel: &str) -> bool {
    rel.strip_prefix(super::files::WELSH_DIR).is_some_and(|r| r.starts_with('/')) && rel.ends_with(".toml")
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// The whole word of `words` that starts at byte `at` of `lower`, if one does (no letter or
/// digit just before or after it).
fn whole_word(lower: &str, at: usize, words: &[&'static str]) -> Option<&'static str> {
    if at > lower.len()
        || !lower.is_char_boundary(at)
        || lower[..at].chars().next_back().is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    words.iter().copied().find(|w| {
        lower[at..].starts_with(w) && !lower[at + w.len()..].chars().next().is_some_and(char::is_alphanumeric)
    })
}

/// A number written in words that starts at byte `at` of `lower` ("three", "forty-five", "two
/// hundred and fifty"): where it ends, and whether it holds a scale word (a count).
fn number_in_words(lower: &str, at: usize) -> Option<(usize, bool)> {
    let first = whole_word(lower, at, &NUMBER_WORDS)?;
    let mut end = at + first.len();
    let mut scale = SCALES.contains(&first);
    loop {
        let rest = &lower[end..];
        let next = ["-", " ", " and "].into_iter().filter(|j| *j != " and " || scale).find_map(|j| {
            let word = rest.starts_with(j).then(|| whole_word(lower, end + j.len(), &NUMBER_WORDS)).flatten()?;
            Some((j.len(), word))
        });
        let Some((gap, word)) = next else { break };
        end += gap + word.len();
        scale |= SCALES.contains(&word);
    }
    Some((end, scale))
}

/// A number in digits or words at byte `at` of `lower` that is not a year: where it ends.
fn number_at(lower: &str, at: usize) -> Option<usize> {
    let digits = lower[at..].bytes().take_while(u8::is_ascii_digit).count();
    let year = digits == 4 && (lower[at..].starts_with("19") || lower[at..].starts_with("20"));
    if digits > 0 {
        let whole = !lower[..at].chars().next_back().is_some_and(char::is_alphanumeric)
            && !lower[at + digits..].chars().next().is_some_and(char::is_alphanumeric);
        return (whole && !year).then_some(at + digits);
    }
    number_in_words(lower, at).map(|(end, _)| end)
}

/// Whether the words just before byte `at` of `lower` make the number there an age ("aged
/// seventeen", "at the age of 16").
fn after_age(lower: &str, at: usize) -> bool {
    let head = lower[..at].trim_end();
    let head = head.strip_suffix(" of").unwrap_or(head);
    let last = head.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    last == "aged" || last == "age"
}

/// Whether the words after a number and its unit (`rest`, from the unit on) make it an age:
/// "years old", "year-old", "years of age".
fn unit_is_age(rest: &str) -> bool {
    ["years old", "year old", "year-old", "years-old", "years of age", "or over", "and over"]
        .iter()
        .any(|a| rest.starts_with(a))
}

/// The unit that `rest` starts with, if any, as a whole word (or `%`, which needs no gap).
fn unit_in(rest: &str, spaced: Option<&str>) -> Option<&'static str> {
    UNITS.iter().copied().find(|u| {
        let r = if *u == "%" { rest } else { spaced.unwrap_or("") };
        r.starts_with(u) && !r[u.len()..].chars().next().is_some_and(char::is_alphabetic)
    })
}

/// The gap between a number and its unit at the start of `rest`: a space, a hyphen or a
/// no-break space; its length in bytes.
fn gap_in(rest: &str) -> usize {
    [" ", "-", "\u{a0}"].into_iter().find(|g| rest.starts_with(g)).map_or(0, str::len)
}

/// Where a proportion's whole ends, when `rest` (just after a count) goes on "in three", "out of
/// every 5": the byte offset of its end within `rest`.
fn proportion_in(lower: &str, from: usize) -> Option<usize> {
    let rest = &lower[from..];
    let join = IN_EVERY.iter().find(|j| rest.starts_with(**j))?;
    number_at(lower, from + join.len())
}

/// The figures in one line of prose: (start, end, what kind) in bytes.
fn figures(line: &str, allowed: &BTreeSet<String>) -> Vec<(usize, usize, &'static str)> {
    let lower = line.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut out: Vec<(usize, usize, &'static str)> = Vec::new();
    let before = |i: usize| lower[..i].chars().next_back();
    let after = |i: usize| lower[i..].chars().next();
    let digits_at = |i: usize| bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    let free = |out: &[(usize, usize, &str)], from: usize, to: usize| !out.iter().any(|(s, e, _)| from < *e && to > *s);
    // A year of four digits at byte `i`, standing alone: 1900 to 2099.
    let year_at = |i: usize| {
        i <= lower.len()
            && digits_at(i) == 4
            && (lower[i..].starts_with("19") || lower[i..].starts_with("20"))
            && !before(i).is_some_and(char::is_alphanumeric)
            && !after(i + 4).is_some_and(char::is_alphanumeric)
    };

    // Statute sections: "section 45", "sections 45", "s45", "s.45", "article 3".
    for word in ["sections ", "section ", "s.", "s", "articles ", "article ", "art "] {
        for (i, _) in lower.match_indices(word) {
            let end = i + word.len();
            let n = if end < bytes.len() { digits_at(end) } else { 0 };
            if n == 0 || before(i).is_some_and(word_char) {
                continue;
            }
            let tail = end + n + lower[end + n..].chars().take_while(|c| c.is_ascii_alphabetic()).count().min(1);
            if word == "s" && after(tail).is_some_and(word_char) {
                continue;
            }
            if free(&out, i, tail) {
                out.push((i, tail, "a statute section"));
            }
        }
    }
    // Months with a year: "June 2025", "Sept 2025".
    for month in MONTHS.iter().chain(&SHORT_MONTHS) {
        for (i, _) in lower.match_indices(month) {
            let end = i + month.len();
            if before(i).is_some_and(char::is_alphanumeric) {
                continue;
            }
            let rest = &lower[end..];
            let space = rest.len() - rest.trim_start_matches([' ', '.']).len();
            if space == 0 && !rest.starts_with(' ') {
                continue;
            }
            let y = end + space;
            if digits_at(y) == 4 && !after(y + 4).is_some_and(char::is_alphanumeric) {
                // With its day, if it has one: "29 April 2026".
                let head = lower[..i].trim_end_matches(' ');
                let day = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
                let from = if (1..=2).contains(&day)
                    && head.len() < i
                    && !lower[..head.len() - day].chars().next_back().is_some_and(char::is_alphanumeric)
                {
                    head.len() - day
                } else {
                    i
                };
                if free(&out, from, y + 4) {
                    out.push((from, y + 4, "a date"));
                }
            }
        }
    }
    // Quarters of a year: "Q4 2025", "Q4 of 2025", "2025 Q4", "the fourth quarter of 2025".
    for (i, _) in lower.match_indices('q') {
        let quarter = bytes.get(i + 1).is_some_and(|b| (b'1'..=b'4').contains(b));
        if !quarter || before(i).is_some_and(word_char) || after(i + 2).is_some_and(char::is_alphanumeric) {
            continue;
        }
        let rest = &lower[i + 2..];
        let gap = [" of ", " ", "\u{a0}"].into_iter().find(|g| rest.starts_with(g)).map_or(0, str::len);
        let y = i + 2 + gap;
        if gap > 0 && year_at(y) && free(&out, i, y + 4) {
            out.push((i, y + 4, "a date"));
        } else if let Some(head) = lower[..i].strip_suffix(' ') {
            let y = head.len().saturating_sub(4);
            if head.len() >= 4 && year_at(y) && free(&out, y, i + 2) {
                out.push((y, i + 2, "a date"));
            }
        }
    }
    for ordinal in QUARTERS {
        for (i, _) in lower.match_indices(ordinal) {
            let Some(rest) = lower[i + ordinal.len()..].strip_prefix(" quarter") else { continue };
            let gap = [" of ", " "].into_iter().find(|g| rest.starts_with(g)).map_or(0, str::len);
            let y = lower.len() - rest.len() + gap;
            if gap > 0 && !before(i).is_some_and(char::is_alphanumeric) && year_at(y) && free(&out, i, y + 4) {
                out.push((i, y + 4, "a date"));
            }
        }
    }
    // Periods of years and financial years: "2023–24", "2023-24", "2023/24", "2023 to 2024",
    // "between 2023 and 2025". A date such as 2026-11-30 is not one: its month is no later year.
    for i in 0..bytes.len() {
        if !year_at(i) {
            continue;
        }
        let first: u32 = lower[i..i + 4].parse().unwrap_or(0);
        for join in BETWEEN_YEARS {
            if !lower[i + 4..].starts_with(join) || (join == " and " && !lower[..i].ends_with("between ")) {
                continue;
            }
            let j = i + 4 + join.len();
            let n = digits_at(j);
            let second: u32 = lower[j..j + n].parse().unwrap_or(0);
            let tail = &lower[j + n..];
            let goes_on = tail.starts_with(|c: char| c.is_alphanumeric())
                || ["-", "/", ".", ","]
                    .iter()
                    .any(|p| tail.strip_prefix(p).is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit())));
            let later = match n {
                4 => year_at(j) && second > first && second - first <= 100,
                2 => second > first % 100,
                _ => false,
            };
            if later && !goes_on && free(&out, i, j + n) {
                out.push((i, j + n, "a period"));
            }
            break;
        }
    }
    // Numbers with a unit, counts and proportions in digits.
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || before(i).is_some_and(|c| c.is_alphabetic() || c.is_ascii_digit() || c == '_')
        {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < bytes.len()
            && (bytes[end].is_ascii_digit()
                || ((bytes[end] == b',' || bytes[end] == b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)))
        {
            end += 1;
        }
        let number = &line[i..end];
        let start = i;
        i = end;
        if !free(&out, start, end) || after(end).is_some_and(char::is_alphabetic) {
            continue;
        }
        let rest = &lower[end..];
        let gap = gap_in(rest);
        let spaced = (gap > 0).then(|| &rest[gap..]);
        let unit = unit_in(rest, spaced);
        let age = spaced.is_some_and(unit_is_age) || after_age(&lower, start);
        let year = number.len() == 4 && (number.starts_with("19") || number.starts_with("20"));
        let money = lower[..start].ends_with('£');
        let value: u64 = number.replace(',', "").split('.').next().and_then(|n| n.parse().ok()).unwrap_or(0);
        let end_of = |u: &str| if u == "%" { end + 1 } else { end + gap + u.len() };
        if let Some(whole) = proportion_in(&lower, end).filter(|_| !year) {
            out.push((start, whole, "a proportion"));
            i = whole;
            continue;
        }
        // A telephone number (0800 ..., 116 123) or a number listed as not a fact, with no unit.
        let phone_run = line[start..].chars().take_while(|c| c.is_ascii_digit() || *c == ' ').collect::<String>();
        if !money
            && unit.is_none()
            && (number.starts_with('0')
                || lower[..start].ends_with('+')
                || allowed.contains(phone_run.trim())
                || allowed.contains(number))
        {
            i = start + phone_run.trim_end().len().max(end - start);
            continue;
        }
        if money {
            out.push((start - '£'.len_utf8(), end, "a sum of money"));
        } else if let Some(u) = unit.filter(|_| !age && !year) {
            out.push((start, end_of(u), "a figure"));
        } else if !age && !year && (number.contains(',') || value >= 100) {
            out.push((start, end, "a count"));
        }
    }
    // Numbers in words: with a unit ("three months", "forty-five days", "twelve hours"), parts
    // of a whole ("two-thirds", "a third of", "half of all"), proportions ("one in three") and
    // counts ("two thousand"). Ordinals ("first", "a second scenario"), numbers of things ("two
    // signs", "one of them") and ages ("aged fifteen", "under eighteen") are not figures.
    let starts: Vec<usize> = lower
        .char_indices()
        .filter(|(i, c)| c.is_ascii_alphabetic() && !before(*i).is_some_and(char::is_alphanumeric))
        .map(|(i, _)| i)
        .collect();
    for i in starts {
        if !free(&out, i, i + 1) {
            continue;
        }
        // "a third of", "a quarter of", "half of", and "a hundred", "a thousand".
        let a = lower[i..].starts_with("a ").then_some(i + 2);
        if let Some(part) = a.and_then(|j| whole_word(&lower, j, &PARTS)).or_else(|| whole_word(&lower, i, &["half"])) {
            let at = if lower[i..].starts_with("a ") { i + 2 } else { i };
            let end = at + part.len();
            if lower[end..].starts_with(" of ") && free(&out, i, end + 3) {
                out.push((i, end + 3, "a proportion"));
            }
            continue;
        }
        if let Some((end, true)) = a.and_then(|j| number_in_words(&lower, j)) {
            if free(&out, i, end) {
                out.push((i, end, "a count"));
            }
            continue;
        }
        let Some((mut end, scale)) = number_in_words(&lower, i) else { continue };
        let words = &lower[i..end];
        if lower[end..].starts_with(" and a half") {
            end += " and a half".len();
        }
        let rest = &lower[end..];
        let gap = gap_in(rest);
        let spaced = (gap > 0).then(|| &rest[gap..]);
        // A part of a whole: "two-thirds", "three quarters", "one third of".
        let plural = spaced.and_then(|r| {
            ["thirds", "quarters", "fifths", "tenths", "halves"]
                .into_iter()
                .find(|p| r.starts_with(p) && !r[p.len()..].chars().next().is_some_and(char::is_alphanumeric))
        });
        let single =
            spaced.and_then(|r| PARTS.into_iter().find(|p| r.starts_with(p) && r[p.len()..].starts_with(" of ")));
        if let Some(p) = plural {
            out.push((i, end + gap + p.len(), "a proportion"));
            continue;
        }
        if let Some(p) = single {
            out.push((i, end + gap + p.len() + " of".len(), "a proportion"));
            continue;
        }
        if let Some(whole) = proportion_in(&lower, end) {
            out.push((i, whole, "a proportion"));
            continue;
        }
        let unit = unit_in(rest, spaced).filter(|u| *u != "%");
        // "One day" begins a story as often as it states a length of time.
        let idiom = words == "one" && unit == Some("day");
        if let Some(u) = unit.filter(|_| !idiom && !after_age(&lower, i) && !spaced.is_some_and(unit_is_age)) {
            out.push((i, end + gap + u.len(), "a figure"));
        } else if scale && unit.is_none() {
            out.push((i, end, "a count"));
        }
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(line: &str) -> Vec<&str> {
        let allowed = ["999", "101", "116 123"].iter().map(|s| s.to_string()).collect();
        figures(line, &allowed).into_iter().map(|(s, e, _)| &line[s..e]).collect()
    }

    #[test]
    fn finds_sections_dates_units_and_counts() {
        assert_eq!(
            found("Under section 45 and s47, in June 2025, 44% waited 72 hours."),
            vec!["section 45", "s47", "June 2025", "44%", "72 hours"]
        );
        assert_eq!(found("There were 1,746 referrals, and 378 went missing."), vec!["1,746", "378"]);
        assert_eq!(found("a 24-hour wait, £500, 101 days"), vec!["24-hour", "£500", "101 days"]);
        assert_eq!(found("on 29 April 2026 and 1 Sept 2025"), vec!["29 April 2026", "1 Sept 2025"]);
        assert_eq!(found("within 72\u{a0}hours"), vec!["72\u{a0}hours"]);
    }

    #[test]
    fn leaves_ages_years_small_numbers_phones_and_keys_alone() {
        assert!(found("Kobe is 12. A 16-year-old, aged 17, 15 years old, under 18.").is_empty());
        assert!(found(
            "The Modern Slavery Act 2015, in 2023, call 999 or 101 or 0800 0121 700 or 116 123 or +44 20 7946 0000."
        )
        .is_empty());
        assert!(found("source = \"cop-s45\", id s45-defence, hash f23be47a, 2026-11-30").is_empty());
        assert!(found("He has had seven placements; 3 of them far away.").is_empty());
    }

    #[test]
    fn finds_quarters_periods_and_numbers_in_words() {
        // Each line, and the figures that must be found in it.
        let table: [(&str, &[&str]); 23] = [
            ("In Q4 2025, and in q1 of 2023, and 2024 Q2.", &["Q4 2025", "q1 of 2023", "2024 Q2"]),
            (
                "in the fourth quarter of 2025 or the first quarter 2024",
                &["fourth quarter of 2025", "first quarter 2024"],
            ),
            ("in 2023–24, 2023-24, 2023/24 and 2020/2021", &["2023–24", "2023-24", "2023/24", "2020/2021"]),
            ("from 2023 to 2024, and between 2019 and 2021", &["2023 to 2024", "2019 and 2021"]),
            ("in 2023 – 24 (England)", &["2023 – 24"]),
            ("Support lasts three months.", &["three months"]),
            ("It was forty-five days, now thirty days.", &["forty-five days", "thirty days"]),
            (
                "for two years, or twelve hours, or twenty-four-hour care",
                &["two years", "twelve hours", "twenty-four-hour"],
            ),
            ("within two working days", &["two working days"]),
            ("Missing on average eight times each.", &["eight times"]),
            ("on average 8 times each, at the age of 16", &["8 times"]),
            ("Fifty per cent of them, and one year later.", &["Fifty per cent", "one year"]),
            ("One in three went missing; 1 in 4 returned.", &["One in three", "1 in 4"]),
            ("one in every five, one out of ten", &["one in every five", "one out of ten"]),
            ("about a third of children", &["a third of"]),
            ("about a quarter of referrals", &["a quarter of"]),
            ("half of all referrals", &["half of"]),
            ("about two-thirds of local authorities", &["two-thirds"]),
            ("three quarters said so, one fifth of them", &["three quarters", "one fifth of"]),
            ("two thousand children and a hundred more", &["two thousand", "a hundred"]),
            ("two hundred and fifty referrals", &["two hundred and fifty"]),
            ("1.5 million people", &["1.5 million"]),
            ("for eighteen months and two and a half years", &["eighteen months", "two and a half years"]),
        ];
        for (line, expected) in table {
            assert_eq!(found(line), expected.to_vec(), "{line}");
        }
    }

    #[test]
    fn leaves_ordinary_words_for_numbers_alone() {
        // Numbers of things, ordinals, ages, idioms and dates that are not periods.
        for line in [
            "Tick two signs; one of them is enough to act on.",
            "The first step, a second scenario, the third time, a third party.",
            "A child aged fifteen, under eighteen, turning eighteen; a fifteen-year-old, sixteen years old.",
            "Eighteen years of age, and at sixteen and a half.",
            "One day she came back. Two of the boys were older.",
            "It is one in a series; on behalf of the council; half-term.",
            "Changed on 2026-11-30 and 2026-12-06; see 2010-11-05.",
            "In 2023 and 2024, and in 2025.",
            "A quarter past nine; the Q&A; quarterly reviews.",
            "Both of them, all three children, four siblings.",
            "Kobe is 12 in this scenario, aged 12 in 2023.",
        ] {
            assert!(found(line).is_empty(), "{line}: {:?}", found(line));
        }
    }

    #[test]
    fn dates_count_days_since_1970() {
        assert_eq!(days("1970-01-01"), Some(0));
        assert_eq!(days("2000-03-01"), Some(11_017));
        assert_eq!(days("2026-12-06").zip(days("2025-12-06")).map(|(a, b)| a - b), Some(365));
    }

    #[test]
    fn a_cited_fact_shows_its_status() {
        let fact = |status| Fact {
            id: "x".into(),
            text: "19,125 referrals in 2024".into(),
            source: "s".into(),
            also: Vec::new(),
            checked: "2026-11-30".into(),
            status,
            check: "the Home Office statistics".into(),
            note: None,
            restated: Vec::new(),
        };
        assert_eq!(fact(Status::Confirmed).cited(), "19,125 referrals in 2024");
        assert_eq!(fact(Status::Partly).cited(), "19,125 referrals in 2024 (check: the Home Office statistics)");
        assert_eq!(
            fact(Status::NotConfirmed).cited(),
            "19,125 referrals in 2024 (not confirmed; check the Home Office statistics)"
        );
    }

    #[test]
    fn about_figures_are_filled_from_the_register() {
        let mut register = Register { max_age_days: 365, ..Register::default() };
        for (id, status, checked) in [("a", Status::Confirmed, "2026-05-31"), ("b", Status::Partly, "2026-11-30")] {
            register.facts.insert(
                id.into(),
                Fact {
                    id: id.into(),
                    text: "t".into(),
                    source: "s".into(),
                    also: Vec::new(),
                    checked: checked.into(),
                    status,
                    check: String::new(),
                    note: None,
                    restated: Vec::new(),
                },
            );
        }
        let (text, problems) = register.fill_summary("{{register:facts}} facts, {{register:partly}} partly, {{register:not-confirmed}} not, checked {{register:oldest}} to {{register:newest}}.\n{{register:nope}}\n");
        assert_eq!(text, "2 facts, 1 partly, 0 not, checked 31 May 2026 to 30 November 2026.\n\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].0, 2);
    }
}

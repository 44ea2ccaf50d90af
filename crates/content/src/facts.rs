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
//! - a reference on a page (or in a file) whose sources do not include the fact's source;
//! - a figure written straight into the prose: a number with a unit (`72 hours`, `44%`), a count
//!   (`1,746`, `378`), a month and year (`June 2025`) or a statute section (`section 45`, `s45`),
//!   outside the register's short list of numbers that are not facts (999, ages);
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
}

impl Fact {
    /// Whether a file citing the sources `cited` may state this fact: it cites the fact's source
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

/// The source keys a file cites: a Markdown file's front-matter `sources`, or every `source` and
/// `sources` value in a TOML file. `None` when the file cannot be read as such (its loader
/// reports why), so no reference in it is blamed.
fn cited_sources(rel: &str, text: &str) -> Option<BTreeSet<String>> {
    fn walk(value: &toml::Value, out: &mut BTreeSet<String>) {
        match value {
            toml::Value::Table(t) => {
                for (k, v) in t {
                    match (k.as_str(), v) {
                        ("source", toml::Value::String(s)) => {
                            out.insert(s.clone());
                        }
                        ("sources", toml::Value::Array(a)) => {
                            out.extend(a.iter().filter_map(|s| s.as_str().map(str::to_string)));
                        }
                        _ => walk(v, out),
                    }
                }
            }
            toml::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let toml_text = if rel.ends_with(".md") {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let rest = text.strip_prefix("+++\n").or_else(|| text.strip_prefix("+++\r\n"))?;
        let end = rest.find("\n+++")?;
        &rest[..end]
    } else {
        text
    };
    let value: toml::Value = toml::from_str(toml_text).ok()?;
    let mut out = BTreeSet::new();
    walk(&value, &mut out);
    Some(out)
}

impl Register {
    /// `text` with every `{{fact:id}}` replaced by the fact as cited. Problems (an unknown id,
    /// a fact whose source the file does not cite) go to `errors` at their line and column.
    /// Line breaks are kept, so every later problem keeps its line.
    pub(super) fn expand(&self, file: &str, rel: &str, text: &str, errors: &mut Vec<ContentError>) -> String {
        if !text.contains("{{fact:") && !text.contains("{{Fact:") {
            return text.to_string();
        }
        let cited = cited_sources(rel, text);
        let mut out = String::with_capacity(text.len());
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
                if cited.as_ref().is_some_and(|c| !fact.covered_by(c)) {
                    errors.push(ContentError::at(
                        file,
                        n + 1,
                        column,
                        format!(
                            "fact '{id}' comes from source '{}', which this {} does not cite: add it to the sources, or cite a fact its sources cover",
                            fact.source,
                            if rel.ends_with(".md") { "page" } else { "file" }
                        ),
                    ));
                }
                let words = fact.cited();
                if line[start..].starts_with("{{Fact:") {
                    let mut chars = words.chars();
                    out.extend(chars.next().map(|c| c.to_uppercase().collect::<String>()));
                    out.push_str(chars.as_str());
                } else {
                    out.push_str(&words);
                }
            }
            out.push_str(&line[last..]);
        }
        out
    }

    /// The content files with every fact reference replaced ([`Register::expand`]).
    pub(super) fn expand_all(&self, root: &Files, errors: &mut Vec<ContentError>) -> Files {
        root.map(|rel, text| {
            if NOT_PROSE.contains(&rel) {
                text.to_string()
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
const UNITS: [&str; 16] = [
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
];

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// The figures in one line of prose: (start, end, what kind) in bytes.
fn figures(line: &str, allowed: &BTreeSet<String>) -> Vec<(usize, usize, &'static str)> {
    let lower = line.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut out: Vec<(usize, usize, &'static str)> = Vec::new();
    let before = |i: usize| lower[..i].chars().next_back();
    let after = |i: usize| lower[i..].chars().next();
    let digits_at = |i: usize| bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();

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
            if !out.iter().any(|(s, e, _)| i < *e && tail > *s) {
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
                if !out.iter().any(|(s, e, _)| from < *e && y + 4 > *s) {
                    out.push((from, y + 4, "a date"));
                }
            }
        }
    }
    // Numbers with a unit, and counts.
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
        if out.iter().any(|(s, e, _)| start < *e && end > *s) || after(end).is_some_and(char::is_alphabetic) {
            continue;
        }
        let rest = &lower[end..];
        // The gap between a number and its unit: a space, a hyphen or a no-break space.
        let gap = [" ", "-", "\u{a0}"].into_iter().find(|g| rest.starts_with(g)).map_or(0, str::len);
        let spaced = (gap > 0).then(|| &rest[gap..]);
        let unit = UNITS.iter().find(|u| {
            let r = if **u == "%" { rest } else { spaced.unwrap_or("") };
            r.starts_with(**u) && !r[u.len()..].chars().next().is_some_and(char::is_alphabetic)
        });
        let age = spaced.is_some_and(|r| {
            r.starts_with("years old")
                || r.starts_with("year old")
                || r.starts_with("year-old")
                || r.starts_with("years-old")
                || r.starts_with("or over")
                || r.starts_with("and over")
        }) || lower[..start].trim_end().ends_with("aged")
            || lower[..start].trim_end().ends_with("age");
        let year = number.len() == 4 && (number.starts_with("19") || number.starts_with("20"));
        let money = lower[..start].ends_with('£');
        let value: u64 = number.replace(',', "").split('.').next().and_then(|n| n.parse().ok()).unwrap_or(0);
        let end_of = |u: &str| if u == "%" { end + 1 } else { end + gap + u.len() };
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
                },
            );
        }
        let (text, problems) = register.fill_summary("{{register:facts}} facts, {{register:partly}} partly, {{register:not-confirmed}} not, checked {{register:oldest}} to {{register:newest}}.\n{{register:nope}}\n");
        assert_eq!(text, "2 facts, 1 partly, 0 not, checked 31 May 2026 to 30 November 2026.\n\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].0, 2);
    }
}

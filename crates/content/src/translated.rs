//! The Welsh of everything that is not a page: the checklist (`content/cy/indicators/*.toml`),
//! the glossary (`content/cy/glossary.toml`), the next steps and helplines
//! (`content/cy/nations.toml`) and the scenarios (`content/cy/scenarios/*.md`), each beside the
//! English file of the same name.
//!
//! A Welsh TOML file is its English file with the words translated: it starts with
//! `translation = "drafted"` (or `"reviewed"`, with `reviewed_by` and `reviewed_on`) and
//! `from = "<fingerprint>"`, [`toml_fingerprint`] of the English file it was made from, then has
//! the English's keys, tables and entries, in its order, nothing more and nothing less; only
//! the words (a sign's text, hint, kind_reason and basis, a group's title and intro, a glossary
//! entry's term and meaning, a nation's steps, a helpline's name, purpose and hours) are
//! translated; the ids (a sign's id, an entry's abbreviation, a helpline's number) are the
//! English's, entry for entry; anything else (kinds, forms, sources) may be copied or left out,
//! and only the English's is used, so correcting a sign's forms asks nothing of the Welsh. A Welsh scenario's
//! front matter has `translation`, `from` ([`scenario_fingerprint`]), `title`, `summary` and
//! `content_warnings`; its body has the English's scenes, choices, targets and `rating:`,
//! `guidance:`, `set:`, `if:`, `id:`, `outcome:` and `[if ...]` lines, and its `{{fact:..}}`
//! references and links, in the same order. It is read with the English scenarios' own reader.
//! A `from` that is a fingerprint but not the English's now is not a problem: the file is out
//! of step, and says so. The term list's avoid forms are refused as in the pages.

use super::changes::{fingerprint_scenario, fingerprint_toml};
use super::facts::{EN_CLOSE, EN_OPEN};
use super::files::{stem, Files, WELSH_DIR};
use super::front_matter::{self, place};
use super::glossary::Abbreviations;
use super::translations::{self, avoided_errors, Term};
use super::{ContentError, Helpline, NationSteps, Source};
use crate::nation::Nation;
use rr_core::content::{GlossaryText, SignGroupText, SignText, Translations, WelshFile};
use rr_core::scenario::Scenario;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// The fingerprint a Welsh checklist group, glossary or nations file must name in `from`: of
/// the English file's data (not its comments or change log); `None` if it cannot be read.
pub fn toml_fingerprint(english: &str) -> Option<String> {
    fingerprint_toml(english)
}

/// The fingerprint a Welsh scenario must name in `from`: of the English scenario's front matter
/// (not its change log) and body; `None` if it cannot be read.
pub fn scenario_fingerprint(english: &str) -> Option<String> {
    fingerprint_scenario(english)
}

/// The words a Welsh TOML file may change, by key; every other value is the English's.
const WORDS: [&str; 15] = [
    "title",
    "intro",
    "text",
    "hint",
    "kind_reason",
    "basis",
    "term",
    "meaning",
    "children_services",
    "out_of_hours",
    "police",
    "police_find",
    "nrm",
    "guardian_name",
    "guardian",
];
const MORE_WORDS: [&str; 6] = ["non_prosecution_name", "non_prosecution", "decisions", "name", "purpose", "hours"];

fn is_words(key: &str) -> bool {
    WORDS.contains(&key) || MORE_WORDS.contains(&key)
}

/// The keys that say which entry is which (a sign's id, a glossary entry's abbreviation, a
/// helpline's number): the English's, entry for entry. Other values that are not words (kinds,
/// forms, sources) may be copied from the English or left out: only the English's are used.
const IDS: [&str; 3] = ["id", "abbr", "number"];

/// The keys a translation adds at its top.
const STATUS_KEYS: [&str; 4] = ["translation", "from", "reviewed_by", "reviewed_on"];

#[derive(Deserialize)]
struct RawStatus {
    translation: Spanned<String>,
    from: Spanned<String>,
    #[serde(default)]
    reviewed_by: Option<Spanned<String>>,
    #[serde(default)]
    reviewed_on: Option<Spanned<toml::value::Datetime>>,
}

/// Reads and checks every Welsh file that is not a page; what loads goes into `out`.
#[allow(clippy::too_many_arguments)]
pub(super) fn load(
    raw: &Files,
    expanded: &Files,
    sources: Option<&BTreeMap<String, Source>>,
    abbrs: &Abbreviations,
    links: &mut Vec<(String, usize, String)>,
    errors: &mut Vec<ContentError>,
    warnings: &mut Vec<ContentError>,
    out: &mut Translations,
) {
    let mut ignored = Vec::new();
    let terms = translations::load_terms(raw, &mut ignored);
    let indicators = format!("{WELSH_DIR}/indicators");
    if raw.all().any(|(p, _)| p.starts_with(&format!("{indicators}/"))) {
        for rel in raw.list(&indicators, "toml", errors) {
            let en_rel = rel[WELSH_DIR.len() + 1..].to_string();
            if let Some(status) = check_toml(raw, expanded, rel, &en_rel, &terms, errors) {
                let before = errors.len();
                if let Some(group) = group_text(expanded, rel, errors) {
                    if errors.len() == before {
                        out.sign_groups.push(group);
                        out.files.push(status);
                    }
                }
            }
        }
    }
    let glossary = format!("{WELSH_DIR}/glossary.toml");
    if raw.text(&glossary).is_some() {
        if let Some(status) = check_toml(raw, expanded, &glossary, "glossary.toml", &terms, errors) {
            if let Some(entries) = glossary_text(raw, expanded, &glossary, errors) {
                out.glossary = entries;
                out.files.push(status);
            }
        }
    }
    let nations = format!("{WELSH_DIR}/nations.toml");
    if raw.text(&nations).is_some() {
        if let Some(status) = check_toml(raw, expanded, &nations, "nations.toml", &terms, errors) {
            if let Some((steps, helplines)) = nations_text(expanded, &nations, errors) {
                (out.nations, out.helplines) = (steps, helplines);
                out.files.push(status);
            }
        }
    }
    // The facts' words in what loaded, which the screens mark as English.
    let loaded: Vec<String> = out.files.iter().map(|f| f.path.clone()).collect();
    let mut english = std::collections::BTreeSet::new();
    for rel in &loaded {
        if let Some(table) = expanded.text(rel).and_then(|t| toml::from_str::<toml::Table>(t).ok()) {
            table.values().for_each(|v| english_in(v, &mut english));
        }
    }
    out.english = english.into_iter().collect();
    let scenarios = format!("{WELSH_DIR}/scenarios");
    if raw.all().any(|(p, _)| p.starts_with(&format!("{scenarios}/"))) {
        let abbrs = translations::welsh_abbreviations(abbrs, &terms);
        for rel in raw.list(&scenarios, "md", errors) {
            if let Some((scenario, status)) =
                load_scenario(raw, expanded, rel, sources, &abbrs, &terms, links, errors, warnings)
            {
                out.scenarios.push(scenario);
                out.files.push(status);
            }
        }
    }
}

/// How far a Welsh file can be trusted: its status, whether it is out of step, its `from`.
type Status = WelshFile;

/// Checks a Welsh TOML file against its English (`en_rel`): its status and `from`, the same
/// keys, tables and entries, the same values but for the words, and the term list.
fn check_toml(
    raw: &Files,
    expanded: &Files,
    rel: &str,
    en_rel: &str,
    terms: &[Term],
    errors: &mut Vec<ContentError>,
) -> Option<Status> {
    let file = raw.display(rel);
    let text = raw.text(rel)?;
    let en_file = raw.display(en_rel);
    let Some(english) = raw.text(en_rel) else {
        errors.push(ContentError::at(
            &file,
            1,
            1,
            format!("there is no English file {en_file} for this translation: a translation needs the file it translates (name the file as the English file is named)"),
        ));
        return None;
    };
    let before = errors.len();
    let head: RawStatus = match front_matter::parse_toml(&file, text, 1, "") {
        Ok(h) => h,
        Err(e) => {
            errors.push(e);
            return None;
        }
    };
    let at = |span: std::ops::Range<usize>, message: String| {
        let (line, column) = place(text, 1, span.start);
        ContentError::at(&file, line, column, message)
    };
    let status =
        translations::status(&head.translation, head.reviewed_by.as_ref(), head.reviewed_on.as_ref(), &at, errors);
    let out_of_step = translations::check_from(&head.from, toml_fingerprint(english).as_deref(), &en_file, &at, errors);
    let (Ok(cy), Ok(en)) = (toml_edit::ImDocument::parse(text), toml_edit::ImDocument::parse(english)) else {
        // A file that is not TOML was reported above, or is the English's own problem.
        return None;
    };
    let mut compare = Compare { file: &file, text, en_file: &en_file, english, errors };
    compare.table(cy.as_table(), en.as_table(), true, None);
    errors.extend(avoided_errors(&file, text, terms, raw));
    let logged_now = expanded.text(en_rel).and_then(toml_fingerprint);
    let from = translations::logged_from(head.from.into_inner(), out_of_step, logged_now);
    (errors.len() == before).then_some(WelshFile { path: rel.to_string(), status: status?, out_of_step, from })
}

/// Compares a Welsh TOML file with its English, placing every difference in the Welsh.
struct Compare<'a> {
    file: &'a str,
    text: &'a str,
    en_file: &'a str,
    english: &'a str,
    errors: &'a mut Vec<ContentError>,
}

impl Compare<'_> {
    fn push(&mut self, span: Option<std::ops::Range<usize>>, message: String) {
        let (line, column) = span.map_or((1, 1), |s| place(self.text, 1, s.start));
        self.errors.push(ContentError::at(self.file, line, column, message));
    }

    fn en_line(&self, span: Option<std::ops::Range<usize>>) -> usize {
        span.map_or(1, |s| place(self.english, 1, s.start).0)
    }

    fn table(&mut self, cy: &toml_edit::Table, en: &toml_edit::Table, top: bool, span: Option<std::ops::Range<usize>>) {
        for (key, item) in cy.iter() {
            if top && STATUS_KEYS.contains(&key) {
                continue;
            }
            let key_span = cy.key(key).and_then(toml_edit::Key::span);
            match en.get(key).filter(|_| key != "changes") {
                None => self.push(
                    key_span,
                    format!(
                        "'{key}' is not in the English ({}): a translation has the English file's keys, and no others",
                        self.en_file
                    ),
                ),
                Some(en_item) => self.item(key, item, en_item, key_span),
            }
        }
        for (key, item) in en.iter() {
            // Only the words and what holds them are asked for: the rest is the English's.
            let needed = is_words(key) || item.is_table() || item.is_array_of_tables() || IDS.contains(&key);
            if key != "changes" && needed && !cy.contains_key(key) {
                let en_span = en.key(key).and_then(toml_edit::Key::span);
                let line = self.en_line(en_span);
                self.push(
                    span.clone(),
                    format!(
                        "the English has '{key}' here ({}:{line}), which this translation lacks: put it in",
                        self.en_file
                    ),
                );
            }
        }
    }

    fn item(&mut self, key: &str, cy: &toml_edit::Item, en: &toml_edit::Item, span: Option<std::ops::Range<usize>>) {
        use toml_edit::Item;
        match (cy, en) {
            (Item::Table(a), Item::Table(b)) => self.table(a, b, false, a.span().or(span)),
            (Item::ArrayOfTables(a), Item::ArrayOfTables(b)) => {
                for (i, t) in a.iter().enumerate() {
                    match b.get(i) {
                        Some(e) => self.table(t, e, false, t.span().or(span.clone())),
                        None => self.push(
                            t.span().or(span.clone()),
                            format!("this [[{key}]] is one more than the English has ({}, {}): a translation has the English file's entries, and no others", self.en_file, b.len()),
                        ),
                    }
                }
                for e in b.iter().skip(a.len()) {
                    let line = self.en_line(e.span());
                    let last = a.iter().last().and_then(toml_edit::Table::span).or(span.clone());
                    self.push(
                        last,
                        format!("the English has a [[{key}]] at {}:{line} which this translation lacks: put it in, in the same place", self.en_file),
                    );
                }
            }
            (Item::Value(a), Item::Value(b)) => {
                if is_words(key) && b.is_str() {
                    if a.as_str().is_none_or(|s| s.trim().is_empty()) {
                        self.push(a.span(), format!("'{key}' must be words, translated, as in the English"));
                    }
                } else if IDS.contains(&key) && normal(a) != normal(b) {
                    let line = self.en_line(b.span());
                    self.push(
                        a.span(),
                        format!(
                            "'{key}' must be the English's ({}:{line}), {}: a translation keeps the English's entries, in its order, and translates their words",
                            self.en_file,
                            b.to_string().trim()
                        ),
                    );
                }
            }
            _ => self.push(span, format!("'{key}' is not the same kind of value as in the English ({})", self.en_file)),
        }
    }
}

/// A value as data, without its spacing or comments.
fn normal(value: &toml_edit::Value) -> Option<toml::Value> {
    let table: toml::Table = toml::from_str(&format!("v = {}\n", value.to_string().trim())).ok()?;
    table.get("v").cloned()
}

/// Each fact's words (between [`EN_OPEN`] and [`EN_CLOSE`]) in every string in `value`, to
/// `out`. Words with no letter in them (a year, a number) are left out: they read the same in
/// either language.
fn english_in(value: &toml::Value, out: &mut std::collections::BTreeSet<String>) {
    match value {
        toml::Value::String(s) => {
            for part in s.split(EN_OPEN).skip(1) {
                if let Some((words, _)) = part.split_once(EN_CLOSE) {
                    if words.chars().any(char::is_alphabetic) {
                        out.insert(words.to_string());
                    }
                }
            }
        }
        toml::Value::Array(items) => items.iter().for_each(|v| english_in(v, out)),
        toml::Value::Table(table) => table.values().for_each(|v| english_in(v, out)),
        _ => {}
    }
}

/// The words shown: any fact's marks (facts keep their English words) taken out.
fn plain(text: &str) -> String {
    text.chars().filter(|c| *c != EN_OPEN && *c != EN_CLOSE).collect()
}

fn parse<T: serde::de::DeserializeOwned>(expanded: &Files, rel: &str, errors: &mut Vec<ContentError>) -> Option<T> {
    let text = expanded.text(rel)?;
    match front_matter::parse_toml(&expanded.display(rel), text, 1, "") {
        Ok(t) => Some(t),
        Err(e) => {
            errors.push(e);
            None
        }
    }
}

fn group_text(expanded: &Files, rel: &str, errors: &mut Vec<ContentError>) -> Option<SignGroupText> {
    #[derive(Deserialize)]
    struct Group {
        title: String,
        intro: String,
        signs: Vec<Sign>,
    }
    #[derive(Deserialize)]
    struct Sign {
        id: String,
        text: String,
        hint: Option<String>,
        basis: String,
    }
    let group: Group = parse(expanded, rel, errors)?;
    Some(SignGroupText {
        slug: super::indicators::group_slug(rel),
        title: plain(&group.title),
        intro: plain(&group.intro),
        signs: group
            .signs
            .into_iter()
            .map(|s| SignText {
                id: s.id,
                text: plain(&s.text),
                hint: s.hint.as_deref().map(plain),
                basis: plain(&s.basis),
            })
            .collect(),
    })
}

#[derive(Deserialize)]
struct Glossary {
    entry: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    abbr: Option<String>,
    term: String,
    meaning: String,
}

fn glossary_text(
    raw: &Files,
    expanded: &Files,
    rel: &str,
    errors: &mut Vec<ContentError>,
) -> Option<Vec<GlossaryText>> {
    let welsh: Glossary = parse(expanded, rel, errors)?;
    let english: Glossary = parse(raw, "glossary.toml", &mut Vec::new())?;
    // The checker has held the entries to the English's, one for one.
    Some(
        welsh
            .entry
            .into_iter()
            .zip(english.entry)
            .map(|(w, e)| GlossaryText {
                key: e.abbr.unwrap_or(e.term),
                term: plain(&w.term),
                meaning: plain(&w.meaning),
            })
            .collect(),
    )
}

fn nations_text(
    expanded: &Files,
    rel: &str,
    errors: &mut Vec<ContentError>,
) -> Option<(Vec<NationSteps>, Vec<Helpline>)> {
    #[derive(Deserialize)]
    struct Nations {
        england: Steps,
        wales: Steps,
        scotland: Steps,
        #[serde(rename = "northern-ireland")]
        northern_ireland: Steps,
        helplines: Vec<Line>,
    }
    #[derive(Deserialize)]
    struct Steps {
        children_services: String,
        out_of_hours: String,
        police: String,
        police_number: Option<String>,
        police_find: String,
        nrm: String,
        guardian_name: String,
        guardian: String,
        non_prosecution_name: String,
        non_prosecution: String,
        decisions: String,
        sources: Vec<String>,
    }
    #[derive(Deserialize)]
    struct Line {
        name: String,
        number: String,
        purpose: String,
        hours: String,
        nations: Vec<Nation>,
    }
    let raw: Nations = parse(expanded, rel, errors)?;
    let steps = |nation: Nation, s: Steps| NationSteps {
        nation,
        children_services: plain(&s.children_services),
        out_of_hours: plain(&s.out_of_hours),
        police: plain(&s.police),
        police_number: s.police_number,
        police_find: plain(&s.police_find),
        nrm: plain(&s.nrm),
        guardian_name: plain(&s.guardian_name),
        guardian: plain(&s.guardian),
        non_prosecution_name: plain(&s.non_prosecution_name),
        non_prosecution: plain(&s.non_prosecution),
        decisions: plain(&s.decisions),
        sources: s.sources,
        welsh: true,
    };
    let nations = vec![
        steps(Nation::England, raw.england),
        steps(Nation::Wales, raw.wales),
        steps(Nation::Scotland, raw.scotland),
        steps(Nation::NorthernIreland, raw.northern_ireland),
    ];
    let helplines = raw
        .helplines
        .into_iter()
        .map(|h| Helpline {
            name: plain(&h.name),
            number: h.number,
            purpose: plain(&h.purpose),
            hours: plain(&h.hours),
            nations: h.nations,
            welsh: true,
        })
        .collect();
    Some((nations, helplines))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenarioFront {
    translation: Spanned<String>,
    from: Spanned<String>,
    title: Spanned<String>,
    summary: Spanned<String>,
    content_warnings: Spanned<Vec<String>>,
    #[serde(default)]
    reviewed_by: Option<Spanned<String>>,
    #[serde(default)]
    reviewed_on: Option<Spanned<toml::value::Datetime>>,
}

/// The lines of a scenario's body that make its structure, each as a mark to compare: scene
/// ids, choice targets, the `key: value` lines that are not words, `outcome:` and `[if ..]`,
/// and `{{fact:..}}` references and links: (line, column, mark), the line in `body`.
pub fn scenario_marks(body: &str) -> Vec<(usize, usize, String)> {
    const KEYS: [&str; 5] = ["rating:", "guidance:", "set:", "if:", "id:"];
    let mut out = Vec::new();
    for (n, line) in body.lines().enumerate() {
        let trimmed = line.trim();
        let indent = line.chars().count() - line.trim_start().chars().count() + 1;
        if let Some(rest) = line.strip_prefix("## ") {
            out.push((n + 1, 1, format!("## {}", rest.split(':').next().unwrap_or_default().trim())));
        } else if let Some((_, target)) = line.strip_prefix("* ").and_then(|r| r.rsplit_once("->")) {
            let column = line[..line.rfind("->").unwrap_or(0)].chars().count() + 1;
            out.push((n + 1, column, format!("-> {}", target.trim())));
        } else if ((line.starts_with(' ') || line.starts_with('\t')) && KEYS.iter().any(|k| trimmed.starts_with(k)))
            || trimmed.starts_with("outcome:")
        {
            out.push((n + 1, indent, trimmed.split_whitespace().collect::<Vec<_>>().join(" ")));
        } else if let Some(rest) = trimmed.strip_prefix("[if ") {
            out.push((n + 1, indent, format!("[if {}]", rest.split(']').next().unwrap_or_default().trim())));
        }
        let mut refs: Vec<(usize, String)> =
            translations::placeholders(line).into_iter().map(|(_, c, p)| (c, p)).collect();
        refs.extend(translations::link_targets(line).into_iter().map(|(_, c, t)| (c, format!("link {t}"))));
        refs.sort();
        out.extend(refs.into_iter().map(|(c, p)| (n + 1, c, p)));
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn load_scenario(
    raw: &Files,
    expanded: &Files,
    rel: &str,
    sources: Option<&BTreeMap<String, Source>>,
    abbrs: &Abbreviations,
    terms: &[Term],
    links: &mut Vec<(String, usize, String)>,
    errors: &mut Vec<ContentError>,
    warnings: &mut Vec<ContentError>,
) -> Option<(Scenario, Status)> {
    let file = raw.display(rel);
    let text = raw.text(rel)?;
    let id = stem(rel);
    let en_rel = format!("scenarios/{id}.md");
    let en_file = raw.display(&en_rel);
    let Some(english) = raw.text(&en_rel) else {
        errors.push(ContentError::at(
            &file,
            1,
            1,
            format!("there is no English scenario {en_file} for this translation: a translation needs the scenario it translates (name the file as the English is named)"),
        ));
        return None;
    };
    let before = errors.len();
    let split = front_matter::split(&file, text).map_err(|e| errors.push(e)).ok()?;
    let front: RawScenarioFront = front_matter::parse(&file, &split).map_err(|e| errors.push(e)).ok()?;
    let at = |span: std::ops::Range<usize>, message: String| {
        let (line, column) = place(split.front, split.front_line, span.start);
        ContentError::at(&file, line, column, message)
    };
    let status =
        translations::status(&front.translation, front.reviewed_by.as_ref(), front.reviewed_on.as_ref(), &at, errors);
    let out_of_step =
        translations::check_from(&front.from, scenario_fingerprint(english).as_deref(), &en_file, &at, errors);
    for (value, what) in [(&front.title, "title"), (&front.summary, "summary")] {
        if value.get_ref().trim().is_empty() {
            errors.push(at(value.span(), format!("the {what} is empty")));
        }
    }
    if front.content_warnings.get_ref().iter().any(|w| w.trim().is_empty()) {
        errors.push(at(front.content_warnings.span(), "a content warning is empty".into()));
    }
    let en_split = front_matter::split(&en_file, english).ok()?;

    // The same structure, mark for mark, in the English's order.
    let (ours, theirs) = (scenario_marks(split.body), scenario_marks(en_split.body));
    let here = |l: usize| l + split.body_line - 1;
    let there = |l: usize| l + en_split.body_line - 1;
    for i in 0..ours.len().max(theirs.len()) {
        match (ours.get(i), theirs.get(i)) {
            (Some(a), Some(b)) if a.2 == b.2 => continue,
            (Some((l, c, a)), Some((el, _, b))) => errors.push(ContentError::at(
                &file,
                here(*l),
                *c,
                format!("this is '{a}' where the English has '{b}' ({en_file}:{}): keep the English scenario's scenes, targets, ratings, guidance, set and if lines, facts and links, in its order", there(*el)),
            )),
            (Some((l, c, a)), None) => errors.push(ContentError::at(
                &file,
                here(*l),
                *c,
                format!("'{a}' is not in the English scenario ({en_file}): keep its scenes, choices and lines, no more"),
            )),
            (None, Some((el, _, b))) => errors.push(ContentError::at(
                &file,
                here(text.lines().count().max(1) + 1 - split.body_line),
                1,
                format!("the English scenario has '{b}' at {en_file}:{}, which this translation lacks", there(*el)),
            )),
            (None, None) => {}
        }
        break;
    }
    errors.extend(avoided_errors(&file, text, terms, raw));
    if errors.len() > before {
        return None;
    }

    // Read with the English scenarios' own reader: the English front matter (start, vars,
    // sources...) with the Welsh title, summary and warnings, over the Welsh body as shown.
    let shown = front_matter::split(&file, expanded.text(rel).unwrap_or(text)).ok()?;
    let shown_front: toml::Table = toml::from_str(shown.front).ok()?;
    let mut merged: toml::Table = toml::from_str(en_split.front).ok()?;
    merged.remove("changes");
    for key in ["title", "summary", "content_warnings"] {
        if let Some(v) = shown_front.get(key) {
            merged.insert(key.to_string(), v.clone());
        }
    }
    let front_text = toml::to_string(&merged).ok()?;
    let made = format!("+++\n{front_text}+++\n{}", shown.body);
    let made_body_line = front_text.lines().count() + 3;
    let moved = |line: usize| if line >= made_body_line { line + shown.body_line - made_body_line } else { 1 };
    let (mut own_errors, mut own_warnings, mut own_links) = (Vec::new(), Vec::new(), Vec::new());
    let found = super::scenarios::check_one(
        &file,
        id,
        &made,
        sources,
        abbrs,
        &mut own_links,
        &mut own_errors,
        &mut own_warnings,
    );
    for e in own_errors.iter_mut().chain(own_warnings.iter_mut()) {
        e.line = moved(e.line);
    }
    errors.extend(own_errors);
    warnings.extend(own_warnings);
    links.extend(own_links.into_iter().map(|(f, l, u)| (f, moved(l), u)));
    let (_, mut scenario) = found?;
    (errors.len() == before).then_some(())?;
    unmark(&mut scenario);
    let logged_now = expanded.text(&en_rel).and_then(scenario_fingerprint);
    let from = translations::logged_from(front.from.into_inner(), out_of_step, logged_now);
    Some((scenario, WelshFile { path: rel.to_string(), status: status?, out_of_step, from }))
}

/// A scenario's words with the facts' marks taken out, and its HTML with them made
/// `<span lang="en-GB">`: a fact keeps the register's English words.
fn unmark(scenario: &mut Scenario) {
    let span = |html: &mut String| {
        *html = html.replace(EN_OPEN, "<span lang=\"en-GB\">").replace(EN_CLOSE, "</span>");
    };
    let strip = |text: &mut String| *text = plain(text);
    strip(&mut scenario.title);
    strip(&mut scenario.summary);
    scenario.content_warnings.iter_mut().for_each(strip);
    for scene in &mut scenario.scenes {
        strip(&mut scene.heading);
        scene.blocks.iter_mut().for_each(|b| span(&mut b.html));
        scene.notes.iter_mut().chain(scene.pauses.iter_mut()).for_each(strip);
        for choice in &mut scene.choices {
            strip(&mut choice.text);
            strip(&mut choice.feedback);
        }
        if let Some(ending) = &mut scene.ending {
            ending.debrief.iter_mut().for_each(strip);
        }
    }
}

//! Reading and checking the indicator checklist (`content/indicators/*.toml`) and the next
//! steps for each nation (`content/nations.toml`).

use super::files::Files;
use super::front_matter::{iso_date, parse_toml, place};
use super::glossary::{self, Abbreviations};
use super::{ContentError, Form, Helpline, NationSteps, Sign, SignGroup, SignKind, Source};
use crate::nation::Nation;
use crate::route::is_slug;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use toml::Spanned;

/// The folder of indicator groups.
pub(super) const INDICATORS_DIR: &str = "indicators";
/// The file of next steps and helplines.
pub(super) const NATIONS_FILE: &str = "nations.toml";

type Sources = Option<BTreeMap<String, Source>>;

/// The slug of the group in the file `rel`: its name without the order prefix or `.toml`.
pub(super) fn group_slug(rel: &str) -> String {
    super::files::stem(rel).trim_start_matches(|c: char| c.is_ascii_digit() || c == '-').to_string()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    title: Spanned<String>,
    intro: Spanned<String>,
    #[serde(default)]
    guidance: Vec<Spanned<String>>,
    signs: Vec<RawSign>,
    /// The change log, read and checked by [`super::changes::check_toml_file`].
    #[serde(default, rename = "changes")]
    _changes: Option<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSign {
    id: Spanned<String>,
    text: Spanned<String>,
    hint: Option<Spanned<String>>,
    kind: SignKind,
    /// Why the sign is of its kind: a written judgement, one line.
    kind_reason: Spanned<String>,
    forms: Spanned<Vec<Form>>,
    source: Spanned<String>,
    basis: Spanned<String>,
    /// Signs describing one fact name the same group here, and count once.
    same_fact: Option<Spanned<String>>,
    /// A warning sign that does not point to one form of exploitation in particular.
    #[serde(default)]
    general: Option<Spanned<bool>>,
}

/// Reads every group, in file-name order. Ids must be unique across all groups.
/// Links to guidance pages are added to `links` as (file, line, address) for checking once every
/// page is known.
pub(super) fn load_groups(
    root: &Files,
    sources: &Sources,
    abbrs: &Abbreviations,
    links: &mut Vec<(String, usize, String)>,
    errors: &mut Vec<ContentError>,
) -> Vec<SignGroup> {
    let files = root.list(INDICATORS_DIR, "toml", errors);
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut groups = Vec::new();
    // Each same-fact group: where it is first named, and the kinds of the signs that name it.
    let mut same_facts: BTreeMap<String, Vec<(String, usize, usize, SignKind)>> = BTreeMap::new();
    for rel in files {
        let file = root.display(rel);
        let Some(text) = root.read(rel, errors) else {
            continue;
        };
        let raw: RawGroup = match parse_toml(&file, text, 1, "") {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let slug = group_slug(rel);
        // Every problem is placed where the parser found the value: its line and column.
        let at = |span: std::ops::Range<usize>, message: String| {
            let (line, column) = place(text, 1, span.start);
            ContentError::at(&file, line, column, message)
        };
        if raw.title.get_ref().trim().is_empty() {
            errors.push(at(raw.title.span(), "the group has an empty title".into()));
        }
        if raw.signs.is_empty() {
            errors.push(ContentError::new(&file, 1, "the group has no signs: add [[signs]] entries"));
        }
        let mut signs = Vec::new();
        for s in raw.signs {
            let id = s.id.get_ref().clone();
            if !is_slug(&id) {
                errors.push(at(s.id.span(), format!("sign id '{id}' must be lowercase letters, digits and hyphens")));
            }
            if let Some(first) = seen.insert(id.clone(), file.clone()) {
                errors.push(at(
                    s.id.span(),
                    format!("sign id '{id}' is already used in {first}: every sign needs its own id"),
                ));
            }
            if s.text.get_ref().trim().is_empty() {
                errors.push(at(s.text.span(), format!("sign '{id}' has no text")));
            }
            if s.kind_reason.get_ref().trim().is_empty() {
                errors.push(at(
                    s.kind_reason.span(),
                    format!("sign '{id}' does not say why it is a {} (kind_reason)", s.kind.id()),
                ));
            }
            if s.forms.get_ref().is_empty() && s.kind != SignKind::Strength {
                errors.push(at(s.forms.span(), format!("sign '{id}' names no forms of exploitation")));
            }
            if s.basis.get_ref().trim().is_empty() {
                errors.push(at(
                    s.basis.span(),
                    format!("sign '{id}' does not say where in its source it comes from (basis)"),
                ));
            }
            if let Some(known) = sources {
                if !known.contains_key(s.source.get_ref()) {
                    errors.push(at(
                        s.source.span(),
                        format!(
                            "sign '{id}' cites source '{}', which is not in content/sources.toml",
                            s.source.get_ref()
                        ),
                    ));
                }
            }
            if let Some(group) = &s.same_fact {
                let (line, column) = place(text, 1, group.span().start);
                if !is_slug(group.get_ref()) {
                    errors.push(at(
                        group.span(),
                        format!(
                            "sign '{id}': same_fact '{}' must be lowercase letters, digits and hyphens",
                            group.get_ref()
                        ),
                    ));
                }
                same_facts.entry(group.get_ref().clone()).or_default().push((file.clone(), line, column, s.kind));
            }
            let general = s.general.as_ref().is_some_and(|g| *g.get_ref());
            if let Some(g) = &s.general {
                if *g.get_ref() && s.kind != SignKind::Warning {
                    errors.push(at(
                        g.span(),
                        format!("sign '{id}' is a {}: only a warning sign can be general", s.kind.id()),
                    ));
                }
            }
            for field in std::iter::once(&s.text).chain(s.hint.iter()) {
                let (line, _) = place(text, 1, field.span().start);
                undefined_abbreviations(field.get_ref(), abbrs, &file, line, errors);
            }
            signs.push(Sign {
                id,
                text: s.text.into_inner(),
                hint: s.hint.map(Spanned::into_inner),
                kind: s.kind,
                forms: s.forms.into_inner(),
                source: s.source.into_inner(),
                basis: s.basis.into_inner(),
                same_fact: s.same_fact.map(Spanned::into_inner),
                general,
                welsh: false,
            });
        }
        for slug in &raw.guidance {
            let (line, _) = place(text, 1, slug.span().start);
            links.push((file.clone(), line, format!("#/guidance/{}", slug.get_ref())));
        }
        let (intro_line, _) = place(text, 1, raw.intro.span().start);
        undefined_abbreviations(raw.intro.get_ref(), abbrs, &file, intro_line, errors);
        let guidance = raw.guidance.into_iter().map(Spanned::into_inner).collect();
        groups.push(SignGroup {
            slug,
            title: raw.title.into_inner(),
            intro: raw.intro.into_inner(),
            guidance,
            signs,
            welsh: false,
        });
    }
    check_same_facts(&same_facts, &seen, errors);
    groups
}

/// Signs that describe one fact count once, so a same-fact group must join at least two signs,
/// all warning signs (one harm sign is enough on its own, and other kinds are never counted),
/// and must not be named like a sign, whose own id stands for its fact.
fn check_same_facts(
    same_facts: &BTreeMap<String, Vec<(String, usize, usize, SignKind)>>,
    sign_ids: &HashMap<String, String>,
    errors: &mut Vec<ContentError>,
) {
    for (group, uses) in same_facts {
        let (file, line, column, _) = &uses[0];
        if uses.len() < 2 {
            errors.push(ContentError::at(
                file,
                *line,
                *column,
                format!("same_fact '{group}' joins only one sign: name it on every sign that describes the same fact"),
            ));
        }
        if sign_ids.contains_key(group) {
            errors.push(ContentError::at(
                file,
                *line,
                *column,
                format!("same_fact '{group}' is also a sign id: give the group its own name"),
            ));
        }
        for (file, line, column, kind) in uses {
            if *kind != SignKind::Warning {
                errors.push(ContentError::at(
                    file,
                    *line,
                    *column,
                    format!("same_fact '{group}' is on a {} sign: only warning signs are counted together", kind.id()),
                ));
            }
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNations {
    reviewed: Spanned<toml::value::Datetime>,
    england: RawSteps,
    wales: RawSteps,
    scotland: RawSteps,
    #[serde(rename = "northern-ireland")]
    northern_ireland: RawSteps,
    helplines: Vec<RawHelpline>,
    /// The change log, read and checked by [`super::changes::check_toml_file`].
    #[serde(default, rename = "changes")]
    _changes: Option<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHelpline {
    name: Spanned<String>,
    number: Spanned<String>,
    purpose: Spanned<String>,
    hours: Spanned<String>,
    nations: Spanned<Vec<Nation>>,
    /// Where its number and hours come from, a key from `sources.toml`: the facts its hours
    /// cite are held to it.
    source: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSteps {
    children_services: Spanned<String>,
    out_of_hours: Spanned<String>,
    police: Spanned<String>,
    #[serde(default)]
    police_number: Option<Spanned<String>>,
    police_find: Spanned<String>,
    nrm: Spanned<String>,
    guardian_name: Spanned<String>,
    guardian: Spanned<String>,
    non_prosecution_name: Spanned<String>,
    non_prosecution: Spanned<String>,
    decisions: Spanned<String>,
    sources: Spanned<Vec<Spanned<String>>>,
}

/// What `nations.toml` holds once checked.
pub(super) struct Steps {
    pub(super) nations: Vec<NationSteps>,
    pub(super) helplines: Vec<Helpline>,
    pub(super) reviewed: String,
}

/// Reads the next steps for every nation and the helplines.
pub(super) fn load_nations(
    root: &Files,
    sources: &Sources,
    abbrs: &Abbreviations,
    errors: &mut Vec<ContentError>,
) -> Steps {
    let file = root.display(NATIONS_FILE);
    let empty = Steps { nations: Vec::new(), helplines: Vec::new(), reviewed: String::new() };
    let Some(text) = root.read(NATIONS_FILE, errors) else {
        return empty;
    };
    let raw: RawNations = match parse_toml(&file, text, 1, "") {
        Ok(r) => r,
        Err(e) => {
            errors.push(e);
            return empty;
        }
    };
    let error = |span: std::ops::Range<usize>, message: String| {
        let (line, column) = place(text, 1, span.start);
        ContentError::at(&file, line, column, message)
    };
    let mut nations = Vec::new();
    for (nation, s) in [
        (Nation::England, raw.england),
        (Nation::Wales, raw.wales),
        (Nation::Scotland, raw.scotland),
        (Nation::NorthernIreland, raw.northern_ireland),
    ] {
        for (field, value) in [
            ("children_services", &s.children_services),
            ("out_of_hours", &s.out_of_hours),
            ("police", &s.police),
            ("police_find", &s.police_find),
            ("nrm", &s.nrm),
            ("guardian_name", &s.guardian_name),
            ("guardian", &s.guardian),
            ("non_prosecution_name", &s.non_prosecution_name),
            ("non_prosecution", &s.non_prosecution),
            ("decisions", &s.decisions),
        ] {
            if value.get_ref().trim().is_empty() {
                errors.push(error(value.span(), format!("{} has an empty {field}", nation.name())));
            }
            let (line, _) = place(text, 1, value.span().start);
            undefined_abbreviations(value.get_ref(), abbrs, &file, line, errors);
        }
        if let Some(number) = &s.police_number {
            if number.get_ref().trim().is_empty() || !number.get_ref().chars().all(|c| c.is_ascii_digit() || c == ' ') {
                errors.push(error(number.span(), format!("{}'s police_number must be digits only", nation.name())));
            }
        }
        if s.sources.get_ref().is_empty() {
            errors.push(error(s.sources.span(), format!("{} cites no sources", nation.name())));
        }
        for key in s.sources.get_ref() {
            if sources.as_ref().is_some_and(|k| !k.contains_key(key.get_ref())) {
                errors.push(error(
                    key.span(),
                    format!("{} cites source '{}', which is not in content/sources.toml", nation.name(), key.get_ref()),
                ));
            }
        }
        nations.push(NationSteps {
            nation,
            children_services: s.children_services.into_inner(),
            out_of_hours: s.out_of_hours.into_inner(),
            police: s.police.into_inner(),
            police_number: s.police_number.map(Spanned::into_inner),
            police_find: s.police_find.into_inner(),
            nrm: s.nrm.into_inner(),
            guardian_name: s.guardian_name.into_inner(),
            guardian: s.guardian.into_inner(),
            non_prosecution_name: s.non_prosecution_name.into_inner(),
            non_prosecution: s.non_prosecution.into_inner(),
            decisions: s.decisions.into_inner(),
            sources: s.sources.into_inner().into_iter().map(Spanned::into_inner).collect(),
            welsh: false,
        });
    }
    let mut helplines = Vec::new();
    for h in raw.helplines {
        for value in [&h.name, &h.purpose, &h.hours] {
            let (line, _) = place(text, 1, value.span().start);
            undefined_abbreviations(value.get_ref(), abbrs, &file, line, errors);
        }
        for (field, value) in [("name", &h.name), ("number", &h.number)] {
            if value.get_ref().trim().is_empty() {
                errors.push(error(value.span(), format!("a helpline needs a {field}")));
            }
        }
        if h.nations.get_ref().is_empty() {
            errors.push(error(h.nations.span(), "a helpline needs the nations it serves".into()));
        }
        if sources.as_ref().is_some_and(|k| !k.contains_key(h.source.get_ref())) {
            errors.push(error(
                h.source.span(),
                format!(
                    "helpline '{}' cites source '{}', which is not in content/sources.toml",
                    h.name.get_ref(),
                    h.source.get_ref()
                ),
            ));
        }
        helplines.push(Helpline {
            name: h.name.into_inner(),
            number: h.number.into_inner(),
            purpose: h.purpose.into_inner(),
            hours: h.hours.into_inner(),
            nations: h.nations.into_inner(),
            welsh: false,
        });
    }
    let reviewed = iso_date(raw.reviewed.get_ref()).unwrap_or_else(|| {
        errors.push(error(raw.reviewed.span(), "reviewed must be a date like 2026-11-23".into()));
        String::new()
    });
    Steps { nations, helplines, reviewed }
}

/// Reports each abbreviation in `text` that the glossary does not define.
fn undefined_abbreviations(text: &str, abbrs: &Abbreviations, file: &str, line: usize, errors: &mut Vec<ContentError>) {
    for found in glossary::find(text, abbrs).into_iter().filter(|f| !f.known) {
        errors.push(ContentError::new(file, line, glossary::unknown_message(found.abbr)));
    }
}

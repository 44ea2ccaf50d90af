//! Pages translated into Welsh: `content/cy/guidance/<slug>.md` and `content/cy/pages/<slug>.md`,
//! each beside the English page with the same slug, and the Welsh term list,
//! `content/cy/terms.toml`.
//!
//! A translation's front matter says how far it can be trusted and what it was made from:
//!
//! ```toml
//! translation = "drafted"            # or "reviewed", with reviewed_by (a role) and reviewed_on
//! from = "0123456789abcdef"          # the fingerprint of the English page it was made from
//! title = "..."
//! summary = "..."
//! ```
//!
//! `from` is [`crate::changes::fingerprint`] of the English page's title, summary and body as
//! written (its `{{fact:..}}` references, not their words: correcting a fact in the register does
//! not ask for a new translation, since a fact is shown in the register's English words). A
//! `from` that is not the English page's fingerprint now is not a problem: the translation is
//! *out of step*, and the app says so. The build refuses, at the file, line and column: a
//! translation without an English page, a status it does not know, a `from` that is not a
//! fingerprint (naming the one to write), other `{{fact:..}}` references, `:::` nation passages
//! or `#/` link targets than the English page's, a different number of headings (a Welsh heading
//! takes the English heading's id, so links to a section work in both), and a phrase the term
//! list says to avoid, with any initial mutation. The wording rules (`language.toml`) and the
//! facts' checks run on these files as on every other.

use super::changes::fingerprint;
use super::facts::{Register, EN_CLOSE, EN_OPEN};
use super::files::{stem, Files};
use super::files::{GUIDANCE_DIR, SITE_DIR};
use super::front_matter::{self, iso_date, place};
use super::glossary::Abbreviations;
use super::markdown;
use super::{ContentError, Page, PageTranslation, TranslationStatus};
use rr_core::search::welsh;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// The folder of Welsh content, relative to the content folder.
pub const WELSH_DIR: &str = super::files::WELSH_DIR;
/// The Welsh term list.
pub const TERMS_FILE: &str = "cy/terms.toml";

pub use super::files::english_of;

/// The section ids of each English page, by slug.
pub(super) type Anchors = std::collections::HashMap<String, Vec<String>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    translation: Spanned<String>,
    from: Spanned<String>,
    title: Spanned<String>,
    summary: Spanned<String>,
    #[serde(default)]
    reviewed_by: Option<Spanned<String>>,
    #[serde(default)]
    reviewed_on: Option<Spanned<toml::value::Datetime>>,
}

/// One entry of the term list.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The English term.
    pub en: String,
    /// The Welsh term to use.
    pub cy: String,
    /// Welsh renderings to refuse, in any initial mutation.
    #[serde(default)]
    pub avoid: Vec<String>,
    /// Why, or what to watch.
    #[serde(default)]
    pub note: Option<String>,
    /// The Welsh abbreviation of the term, if it has one ("DU"): Welsh pages may use it as the
    /// English pages use the glossary's, and it is written out as `cy` on first use.
    #[serde(default)]
    pub abbr: Option<String>,
    /// Whether to write the abbreviation out on first use (false for one everybody knows, as
    /// the glossary's UK).
    #[serde(default)]
    pub expand: Option<bool>,
}

/// The abbreviations a Welsh page may use: the glossary's, and the term list's own.
pub(super) fn welsh_abbreviations(abbrs: &Abbreviations, terms: &[Term]) -> Abbreviations {
    let mut out = abbrs.clone();
    for term in terms {
        if let Some(abbr) = &term.abbr {
            out.insert(abbr, &term.cy, term.expand.unwrap_or(true));
        }
    }
    out
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermsFile {
    #[serde(default)]
    term: Vec<Term>,
}

/// The Welsh term list, `content/cy/terms.toml`; empty (after reporting why) if it cannot be
/// read, and empty with no problem if there is no Welsh folder.
pub fn load_terms(root: &Files, errors: &mut Vec<ContentError>) -> Vec<Term> {
    let Some(text) = root.text(TERMS_FILE) else { return Vec::new() };
    match front_matter::parse_toml::<TermsFile>(&root.display(TERMS_FILE), text, 1, "") {
        Ok(t) => t.term,
        Err(e) => {
            errors.push(e);
            Vec::new()
        }
    }
}

/// The forms `phrase` may take in running Welsh text: as written, and with its first letter's
/// soft, nasal or aspirate mutation (or an h before a vowel), lower case. A form is kept only
/// when the search's own rules ([`welsh::radicals`]) read it back as the phrase's first word.
pub fn mutated_forms(phrase: &str) -> Vec<String> {
    let phrase = phrase.trim().to_lowercase();
    let mut out = vec![phrase.clone()];
    let first = phrase.split_whitespace().next().unwrap_or_default();
    const RULES: [(&str, &[&str]); 9] = [
        ("ll", &["l"]),
        ("rh", &["r"]),
        ("p", &["b", "mh", "ph"]),
        ("t", &["d", "nh", "th"]),
        ("c", &["g", "ngh", "ch"]),
        ("b", &["f", "m"]),
        ("d", &["dd", "n"]),
        ("g", &["", "ng"]),
        ("m", &["f"]),
    ];
    let digraph = ["ch", "dd", "ff", "ng", "ph", "th"].iter().any(|d| first.starts_with(d));
    let mut candidates = Vec::new();
    if let Some((radical, into)) = RULES.iter().find(|(r, _)| first.starts_with(r)).filter(|_| !digraph) {
        candidates.extend(into.iter().map(|m| format!("{m}{}", &phrase[radical.len()..])));
    } else if first.starts_with(['a', 'e', 'i', 'o', 'u', 'w', 'y']) {
        candidates.push(format!("h{phrase}"));
    }
    let radical = welsh::term(first);
    for form in candidates {
        let word = form.split_whitespace().next().unwrap_or_default();
        if welsh::radicals(&welsh::term(word)).contains(&radical) {
            out.push(form);
        }
    }
    out
}

/// Each rendering in `text` (of the Welsh file `file`) that the term list says to avoid, as an
/// error at its place naming the term to write.
pub fn avoided_errors(file: &str, text: &str, terms: &[Term], raw: &Files) -> Vec<ContentError> {
    avoided(text, terms)
        .into_iter()
        .map(|(line, column, found, term, avoid)| {
            let note = term.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
            ContentError::at(
                file,
                line,
                column,
                format!(
                    "'{found}' is '{avoid}', which {} says to avoid for '{}': write '{}'{note}",
                    raw.display(TERMS_FILE),
                    term.en,
                    term.cy
                ),
            )
        })
        .collect()
}

/// Every place in `text` where a term the list says to avoid appears, in any of its
/// [`mutated_forms`], as whole words and in any case: (line, column, what was found, the term).
pub fn avoided<'a>(text: &str, terms: &'a [Term]) -> Vec<(usize, usize, String, &'a Term, String)> {
    let mut out = Vec::new();
    let word = |c: char| c.is_alphanumeric() || c == '-';
    for (n, line) in text.lines().enumerate() {
        let lower = line.to_lowercase();
        for term in terms {
            for avoid in &term.avoid {
                for form in mutated_forms(avoid) {
                    if form.is_empty() {
                        continue;
                    }
                    for (at, found) in lower.match_indices(form.as_str()) {
                        let end = at + found.len();
                        let bounded = !lower[..at].chars().next_back().is_some_and(word)
                            && !lower[end..].chars().next().is_some_and(word);
                        if bounded {
                            out.push((n + 1, lower[..at].chars().count() + 1, found.to_string(), term, avoid.clone()));
                        }
                    }
                }
            }
        }
    }
    out.sort_by_key(|a| (a.0, a.1));
    out.dedup_by_key(|a| (a.0, a.1));
    out
}

/// The `{{fact:..}}` and `{{Fact:..}}` references in `text`: (line, column, reference).
pub fn placeholders(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut from = 0;
        while let Some(i) = line[from..].find("{{").map(|i| i + from) {
            let rest = &line[i..];
            if !(rest.starts_with("{{fact:") || rest.starts_with("{{Fact:")) {
                from = i + 2;
                continue;
            }
            let end = rest.find("}}").map_or(line.len(), |e| i + e + 2);
            out.push((n + 1, line[..i].chars().count() + 1, line[i..end].to_string()));
            from = end;
        }
    }
    out
}

/// The `:::` lines of `text`, opening and closing nation passages, as written (spacing evened
/// out): (line, the fence).
pub fn fences(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with(":::"))
        .map(|(n, l)| (n + 1, l.split_whitespace().collect::<Vec<_>>().join(" ")))
        .collect()
}

/// The targets of the links inside the app in `text` (`](#/...)`): (line, column, target).
pub fn link_targets(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for (i, _) in line.match_indices("](#/") {
            let start = i + 2;
            let end = line[start..].find([')', ' ']).map_or(line.len(), |e| start + e);
            out.push((n + 1, line[..start].chars().count() + 1, line[start..end].to_string()));
        }
    }
    out
}

/// Whether a translation whose `from` is `from` is out of step with its English page, `english`
/// (the whole file); `None` if the English page's front matter cannot be read.
pub fn out_of_step(from: &str, english: &str) -> Option<bool> {
    english_fingerprint(english).map(|fp| fp != from)
}

/// The `from` a translation keeps for "What changed", in the English change log's terms. The
/// log's hashes are fingerprints of the English with its `{{fact:..}}` references filled in
/// (as shown); a translation's `from` is of the English as written. In step, the Welsh was made
/// from the English as it is now, whose newest log entry's hash is `logged_now`; out of step,
/// `from` as written, which is a log entry's hash only if that English had no facts to fill in
/// (otherwise it matches none, and nothing is claimed to be in the Welsh).
pub fn logged_from(from: String, out_of_step: bool, logged_now: Option<String>) -> String {
    match logged_now {
        Some(now) if !out_of_step => now,
        _ => from,
    }
}

/// The fingerprint a translation of the English page `english` (the whole file) must name in
/// `from`: [`fingerprint`] of its title, summary and body as written.
pub fn english_fingerprint(english: &str) -> Option<String> {
    let split = front_matter::split("", english).ok()?;
    let front: toml::Table = toml::from_str(split.front).ok()?;
    let get = |k: &str| front.get(k).and_then(toml::Value::as_str).unwrap_or_default().to_string();
    Some(fingerprint(&get("title"), &get("summary"), split.body))
}

/// What comparing a translation with its English page found wrong: (line, column, message),
/// placed in the translation. `body_line` is the translation's first body line.
fn compare(welsh: &str, body_line: usize, english: &str, english_file: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let shift = |line: usize| line + body_line - 1;
    let english_split = front_matter::split("", english).ok();
    let (en_body, en_body_line) = english_split.map_or((english, 1), |s| (s.body, s.body_line));
    let en_shift = |line: usize| line + en_body_line - 1;

    // The same references, each as often (the order may change with the sentence).
    let multiset = |items: &[(usize, usize, String)]| {
        let mut m: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
        for (l, c, s) in items {
            m.entry(s.clone()).or_default().push((*l, *c));
        }
        m
    };
    for (what, all, ours, theirs) in [
        ("reference", "fact references", placeholders(welsh), placeholders(en_body)),
        ("link to", "links", link_targets(welsh), link_targets(en_body)),
    ] {
        let (ours, theirs) = (multiset(&ours), multiset(&theirs));
        for (item, places) in &ours {
            let expected = theirs.get(item).map_or(0, Vec::len);
            for (l, c) in places.iter().skip(expected) {
                out.push((
                    shift(*l),
                    *c,
                    format!("this {what} '{item}' is not in the English page ({english_file}) as often: keep the English page's {all}, no more and no fewer"),
                ));
            }
        }
        for (item, places) in &theirs {
            let have = ours.get(item).map_or(0, Vec::len);
            for (l, c) in places.iter().skip(have) {
                out.push((
                    body_line,
                    1,
                    format!("the English page has the {what} '{item}' at {english_file}:{}:{c}, which this translation lacks: put it in", en_shift(*l)),
                ));
            }
        }
    }

    // The same nation passages, in the same order.
    let (ours, theirs) = (fences(welsh), fences(en_body));
    let last = welsh.lines().count().max(1);
    for i in 0..ours.len().max(theirs.len()) {
        match (ours.get(i), theirs.get(i)) {
            (Some((_, a)), Some((_, b))) if a == b => continue,
            (Some((l, a)), Some((el, b))) => out.push((
                shift(*l),
                1,
                format!("this nation passage line is '{a}' where the English has '{b}' ({english_file}:{}): keep the English page's passages, in its order", en_shift(*el)),
            )),
            (Some((l, a)), None) => out.push((
                shift(*l),
                1,
                format!("this nation passage line '{a}' is not in the English page ({english_file}): keep the English page's passages"),
            )),
            (None, Some((el, b))) => out.push((
                shift(last),
                1,
                format!("the English page has the nation passage line '{b}' at {english_file}:{}, which this translation lacks", en_shift(*el)),
            )),
            (None, None) => {}
        }
        break;
    }
    out
}

/// Reads and checks every translated page in `raw` (the files as written) and `expanded` (with
/// the facts' words put in), and gives each English page in `guidance` and `site` its Welsh.
/// Links in the translations go to `links`, to be checked with the others.
#[allow(clippy::too_many_arguments)]
pub(super) fn load(
    raw: &Files,
    expanded: &Files,
    abbrs: &Abbreviations,
    register: &Register,
    anchors: &Anchors,
    guidance: &mut [Page],
    site: &mut [Page],
    links: &mut Vec<(String, usize, String)>,
    errors: &mut Vec<ContentError>,
) {
    let terms = load_terms(raw, errors);
    let abbrs = &welsh_abbreviations(abbrs, &terms);
    for dir in [GUIDANCE_DIR, SITE_DIR] {
        let welsh_dir = format!("{WELSH_DIR}/{dir}");
        for rel in raw.list(&welsh_dir, "md", &mut Vec::new()) {
            let pages: &mut [Page] = if dir == GUIDANCE_DIR { guidance } else { site };
            let slug = stem(rel);
            let translation = load_one(raw, expanded, rel, abbrs, register, anchors, &terms, links, errors);
            if let (Some(t), Some(page)) = (translation, pages.iter_mut().find(|p| p.slug == slug)) {
                page.welsh = Some(Box::new(t));
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn load_one(
    raw: &Files,
    expanded: &Files,
    rel: &str,
    abbrs: &Abbreviations,
    register: &Register,
    anchors: &Anchors,
    terms: &[Term],
    links: &mut Vec<(String, usize, String)>,
    errors: &mut Vec<ContentError>,
) -> Option<PageTranslation> {
    let file = raw.display(rel);
    let text = raw.text(rel)?;
    let before = errors.len();
    let en_rel = english_of(rel)?;
    let en_file = raw.display(&en_rel);
    let Some(english) = raw.text(&en_rel) else {
        errors.push(ContentError::at(
            &file,
            1,
            1,
            format!("there is no English page {en_file} for this translation: a translation needs the page it translates (name the file as the English page is named)"),
        ));
        return None;
    };
    let split = match front_matter::split(&file, text) {
        Ok(s) => s,
        Err(e) => {
            errors.push(e);
            return None;
        }
    };
    let front: RawTranslation = match front_matter::parse(&file, &split) {
        Ok(f) => f,
        Err(e) => {
            errors.push(e);
            return None;
        }
    };
    let at = |span: std::ops::Range<usize>, message: String| {
        let (line, column) = place(split.front, split.front_line, span.start);
        ContentError::at(&file, line, column, message)
    };

    for (value, what) in [(&front.title, "title"), (&front.summary, "summary")] {
        if value.get_ref().trim().is_empty() {
            errors.push(at(value.span(), format!("the {what} is empty")));
        }
    }
    let status = status(&front.translation, front.reviewed_by.as_ref(), front.reviewed_on.as_ref(), &at, errors);
    let current = english_fingerprint(english);
    let out_of_step = check_from(&front.from, current.as_deref(), &en_file, &at, errors);

    for (line, column, message) in compare(split.body, split.body_line, english, &en_file) {
        errors.push(ContentError::at(&file, line, column, message));
    }
    errors.extend(avoided_errors(&file, text, terms, raw));

    // The words shown: the facts' words put in (marked as English), rendered as the English is.
    let expanded_text = expanded.text(rel).unwrap_or(text);
    let shown = front_matter::split(&file, expanded_text).ok()?;
    let shown_front: toml::Table = toml::from_str(shown.front).ok()?;
    let plain = |k: &str| -> String {
        let v = shown_front.get(k).and_then(toml::Value::as_str).unwrap_or_default();
        v.chars().filter(|c| *c != EN_OPEN && *c != EN_CLOSE).collect()
    };
    let (body, mut problems) = register.fill_summary(shown.body);
    let rendered = markdown::render(&body, abbrs);
    problems.extend(rendered.problems);
    for (line, message) in problems {
        errors.push(ContentError::new(&file, line + shown.body_line - 1, message));
    }
    links.extend(rendered.internal_links.into_iter().map(|(l, u)| (file.clone(), l + shown.body_line - 1, u)));
    let mut html = rendered.html;
    // The English page's heading ids, if it loaded (if not, its own problems are reported).
    let english_ids = anchors.get(stem(rel)).cloned();
    let english_ids = english_ids.unwrap_or_else(|| rendered.anchors.clone());
    if english_ids.len() == rendered.anchors.len() {
        html = same_ids(&html, &rendered.anchors, &english_ids);
    } else if errors.len() == before {
        errors.push(ContentError::at(
            &file,
            shown.body_line,
            1,
            format!(
                "the translation has {} headings where the English page has {} ({}): keep one heading for each of the English page's, so links to its sections work",
                rendered.anchors.len(),
                english_ids.len(),
                english_ids.join(", ")
            ),
        ));
    }
    // The nation passages' labels ("In England and Wales") are written in English by the
    // renderer, so they are marked as English too.
    let html = html
        .replace(EN_OPEN, "<span lang=\"en-GB\">")
        .replace(EN_CLOSE, "</span>")
        .replace("<p class=\"nation-label\">", "<p class=\"nation-label\" lang=\"en-GB\">");

    if errors.len() > before {
        return None;
    }
    let logged_now = expanded.text(&en_rel).and_then(english_fingerprint);
    let from = logged_from(front.from.into_inner(), out_of_step, logged_now);
    Some(PageTranslation { title: plain("title"), summary: plain("summary"), html, status: status?, out_of_step, from })
}

/// How far a translation can be trusted, from its `translation`, `reviewed_by` and
/// `reviewed_on` keys; problems go to `errors`, placed by `at` (from a span in the file).
pub(super) fn status(
    translation: &Spanned<String>,
    reviewed_by: Option<&Spanned<String>>,
    reviewed_on: Option<&Spanned<toml::value::Datetime>>,
    at: &dyn Fn(std::ops::Range<usize>, String) -> ContentError,
    errors: &mut Vec<ContentError>,
) -> Option<TranslationStatus> {
    match translation.get_ref().as_str() {
        "drafted" => {
            if let Some(by) = reviewed_by {
                errors.push(at(
                    by.span(),
                    "a drafted translation has no reviewer: set translation = \"reviewed\", or take reviewed_by out"
                        .into(),
                ));
            }
            Some(TranslationStatus::Drafted)
        }
        "reviewed" => {
            let role = reviewed_by.map(|r| r.get_ref().trim().to_string()).filter(|r| !r.is_empty());
            let on = reviewed_on.and_then(|d| iso_date(d.get_ref()));
            if role.is_none() {
                errors.push(at(
                    translation.span(),
                    "a reviewed translation needs reviewed_by = \"...\": the reviewer's role (not their name)".into(),
                ));
            }
            match reviewed_on {
                None => errors.push(at(
                    translation.span(),
                    "a reviewed translation needs reviewed_on = a date like 2026-12-06".into(),
                )),
                Some(d) if on.is_none() => {
                    errors.push(at(d.span(), "reviewed_on must be a date like 2026-12-06, without a time".into()))
                }
                _ => {}
            }
            role.zip(on).map(|(role, on)| TranslationStatus::Reviewed { role, on })
        }
        other => {
            errors.push(at(
                translation.span(),
                format!("translation must be \"drafted\" (not yet checked by a Welsh translator) or \"reviewed\", not '{other}'"),
            ));
            None
        }
    }
}

/// Checks a translation's `from` (`from_`) against `current`, the fingerprint of its English
/// now: a `from` that is not a fingerprint is a problem naming the one to write; one that is,
/// but not `current`, leaves the translation out of step (the answer).
pub(super) fn check_from(
    from_: &Spanned<String>,
    current: Option<&str>,
    en_file: &str,
    at: &dyn Fn(std::ops::Range<usize>, String) -> ContentError,
    errors: &mut Vec<ContentError>,
) -> bool {
    let from = from_.get_ref();
    let is_fingerprint = from.len() == 16 && from.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
    if !is_fingerprint {
        let write = current.map_or(String::new(), |fp| format!(": write from = \"{fp}\""));
        errors.push(at(
            from_.span(),
            format!("from must be the fingerprint (16 hex digits) of the English page this was translated from, {en_file}{write}"),
        ));
    }
    current.is_none_or(|fp| fp != from)
}

/// `html` with each heading id in `ours` replaced by the one at the same place in `theirs`.
fn same_ids(html: &str, ours: &[String], theirs: &[String]) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    for (a, b) in ours.iter().zip(theirs) {
        let needle = format!(" id=\"{a}\"");
        let Some(i) = rest.find(&needle) else { continue };
        out.push_str(&rest[..i]);
        out.push_str(&format!(" id=\"{b}\""));
        rest = &rest[i + needle.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translated_page_names_its_english_page() {
        assert_eq!(english_of("cy/guidance/age.md").as_deref(), Some("guidance/age.md"));
        assert_eq!(english_of("cy/pages/about.md").as_deref(), Some("pages/about.md"));
        assert_eq!(english_of("cy/terms.toml"), None);
        assert_eq!(english_of("guidance/age.md"), None);
    }

    #[test]
    fn an_avoided_term_is_found_mutated_as_whole_words_in_any_case() {
        let terms = vec![Term {
            en: "trafficking".into(),
            cy: "masnachu pobl".into(),
            avoid: vec!["smyglo pobl".into(), "plant ar werth".into()],
            note: None,
            abbr: None,
            expand: None,
        }];
        assert!(mutated_forms("plant ar werth").contains(&"blant ar werth".to_string()));
        assert!(mutated_forms("plant ar werth").contains(&"mhlant ar werth".to_string()));
        assert!(mutated_forms("plant ar werth").contains(&"phlant ar werth".to_string()));
        let found = avoided("Dyma Smyglo Pobl.\nEi blant ar werth\nsmyglo poblogaidd\n", &terms);
        let places: Vec<(usize, usize)> = found.iter().map(|f| (f.0, f.1)).collect();
        assert_eq!(places, vec![(1, 6), (2, 4)]);
    }
}

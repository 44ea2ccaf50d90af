//! The glossary (`content/glossary.toml`) and the abbreviations it defines.
//!
//! Every abbreviation used anywhere in the content must have an entry, so a reader can always
//! find out what it stands for. The Markdown renderer uses [`Abbreviations`] to write each one
//! out in full on its first use on a page, and to make later uses expand when tapped.

use super::front_matter::{parse_toml, place};
use super::{ContentError, GlossaryEntry, Source};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use toml::Spanned;

/// The glossary file, relative to the content folder.
pub(super) const GLOSSARY_FILE: &str = "glossary.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGlossary {
    entry: Vec<RawEntry>,
    /// The change log, read and checked by [`super::changes::check_toml_file`].
    #[serde(default, rename = "changes")]
    _changes: Option<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    abbr: Option<Spanned<String>>,
    term: Spanned<String>,
    meaning: Spanned<String>,
    source: Spanned<String>,
    see: Option<Spanned<String>>,
    #[serde(default = "yes")]
    expand: bool,
}

fn yes() -> bool {
    true
}

/// What the renderer needs to know about each abbreviation.
#[derive(Debug, Default, Clone)]
pub(super) struct Abbreviations {
    by_abbr: HashMap<String, Abbr>,
}

/// One abbreviation.
#[derive(Debug, Clone)]
pub(super) struct Abbr {
    /// The words it stands for.
    pub(super) term: String,
    /// Whether to write it out on first use (not for ones everybody knows, such as UK).
    pub(super) expand: bool,
}

impl Abbreviations {
    /// Defines `abbr`; false if it was already defined.
    pub(super) fn insert(&mut self, abbr: &str, term: &str, expand: bool) -> bool {
        self.by_abbr.insert(abbr.to_string(), Abbr { term: term.to_string(), expand }).is_none()
    }

    pub(super) fn get(&self, abbr: &str) -> Option<&Abbr> {
        self.by_abbr.get(abbr)
    }
}

/// A word in running text that looks like an abbreviation.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Found<'a> {
    /// Byte range of the whole word in the text.
    pub(super) start: usize,
    pub(super) end: usize,
    /// The abbreviation itself, without a plural `s`.
    pub(super) abbr: &'a str,
    /// Whether it was written as a plural (`ICTGs`).
    pub(super) plural: bool,
    /// Whether the glossary defines it.
    pub(super) known: bool,
}

/// The abbreviations in `text`: words the glossary defines (with or without a plural `s`), and
/// any other word of two or more capital letters, which must then be added to the glossary.
pub(super) fn find<'a>(text: &'a str, abbrs: &Abbreviations) -> Vec<Found<'a>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        // A word is a run of letters and digits; a dot or hyphen between capitals joins
        // (GOV.UK, TF-CBT).
        let start = i;
        while i < bytes.len() {
            let c = bytes[i];
            let joins = (c == b'.' || c == b'-')
                && i > start
                && bytes[i - 1].is_ascii_uppercase()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase);
            if c.is_ascii_alphanumeric() || joins {
                i += 1;
            } else {
                break;
            }
        }
        // Words running into non-ASCII letters are not abbreviations.
        if text[i..].chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        let word = &text[start..i];
        let singular = word.strip_suffix('s').filter(|w| w.len() >= 2 && abbrs.get(w).is_some());
        let (abbr, plural) = match singular {
            Some(w) if abbrs.get(word).is_none() => (w, true),
            _ => (word, false),
        };
        let known = abbrs.get(abbr).is_some();
        let capitals = abbr.bytes().filter(u8::is_ascii_uppercase).count();
        let shouty = capitals >= 2 && !abbr.bytes().any(|b| b.is_ascii_lowercase());
        if known || shouty {
            out.push(Found { start, end: i, abbr, plural, known });
        }
    }
    out
}

/// Reads the glossary. Returns the entries (sorted) and the abbreviations they define.
/// Links to guidance pages are added to `links` as (file, line, address), to check later.
pub(super) fn load(
    root: &super::files::Files,
    sources: Option<&BTreeMap<String, Source>>,
    links: &mut Vec<(String, usize, String)>,
    errors: &mut Vec<ContentError>,
) -> (Vec<GlossaryEntry>, Abbreviations) {
    let file = root.display(GLOSSARY_FILE);
    let Some(text) = root.read(GLOSSARY_FILE, errors) else {
        return (Vec::new(), Abbreviations::default());
    };
    let raw: RawGlossary = match parse_toml(&file, text, 1, "") {
        Ok(r) => r,
        Err(e) => {
            errors.push(e);
            return (Vec::new(), Abbreviations::default());
        }
    };
    let mut abbrs = Abbreviations::default();
    let mut entries = Vec::new();
    let mut terms: HashMap<String, usize> = HashMap::new();
    // Every problem is placed where the parser found the value: its line and column.
    let at = |span: std::ops::Range<usize>| place(text, 1, span.start);
    let error = |span: std::ops::Range<usize>, message: String| {
        let (line, column) = at(span);
        ContentError::at(&file, line, column, message)
    };
    for e in raw.entry {
        let term = e.term.get_ref().clone();
        let (term_line, _) = at(e.term.span());
        if let Some(a) = &e.abbr {
            let name = a.get_ref();
            let well_formed = name.len() >= 2
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
                && name.bytes().filter(u8::is_ascii_uppercase).count() >= 2;
            if !well_formed {
                errors.push(error(
                    a.span(),
                    format!("abbreviation '{name}' must be letters and digits with at least two capitals"),
                ));
            }
            if !abbrs.insert(name, &term, e.expand) {
                errors.push(error(a.span(), format!("abbreviation '{name}' is defined twice")));
            }
        }
        if let Some(first) = terms.insert(term.to_lowercase(), term_line) {
            errors.push(error(e.term.span(), format!("the term '{term}' is already defined on line {first}")));
        }
        if term.trim().is_empty() {
            errors.push(error(e.term.span(), "an entry has an empty term".into()));
        }
        if e.meaning.get_ref().trim().is_empty() {
            errors.push(error(e.meaning.span(), format!("the entry for '{term}' has an empty meaning")));
        }
        if sources.is_some_and(|s| !s.contains_key(e.source.get_ref())) {
            errors.push(error(
                e.source.span(),
                format!("source '{}' is not in content/sources.toml", e.source.get_ref()),
            ));
        }
        if let Some(slug) = &e.see {
            links.push((file.clone(), at(slug.span()).0, format!("#/guidance/{}", slug.get_ref())));
        }
        let (meaning_line, _) = at(e.meaning.span());
        entries.push((
            meaning_line,
            GlossaryEntry {
                abbr: e.abbr.map(Spanned::into_inner),
                term,
                meaning: e.meaning.into_inner(),
                source: e.source.into_inner(),
                see: e.see.map(Spanned::into_inner),
                english_term: None,
                welsh: false,
            },
        ));
    }
    // Meanings may use abbreviations too; each must be defined.
    for (line, e) in &entries {
        for f in find(&e.meaning, &abbrs).into_iter().filter(|f| !f.known) {
            errors.push(ContentError::new(&file, *line, unknown_message(f.abbr)));
        }
    }
    let mut entries: Vec<GlossaryEntry> = entries.into_iter().map(|(_, e)| e).collect();
    entries.sort_by_key(|e| e.abbr.clone().unwrap_or_else(|| e.term.clone()).to_lowercase());
    (entries, abbrs)
}

/// The message for an abbreviation the glossary does not define.
pub(super) fn unknown_message(abbr: &str) -> String {
    format!("'{abbr}' looks like an abbreviation that is not in content/glossary.toml: add an entry for it, or write the words out")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn abbrs() -> Abbreviations {
        let mut a = Abbreviations::default();
        for (k, t) in [
            ("NRM", "National Referral Mechanism"),
            ("ICTG", "Independent Child Trafficking Guardian"),
            ("DtN", "Duty to Notify"),
            ("GOV.UK", "the government's website"),
        ] {
            a.insert(k, t, true);
        }
        a
    }

    #[test]
    fn finds_known_plural_and_unknown_abbreviations() {
        let found = find("The NRM and two ICTGs filed a DtN; the XYZ did not (see GOV.UK). UK-wide.", &abbrs());
        let names: Vec<_> = found.iter().map(|f| (f.abbr, f.plural, f.known)).collect();
        assert_eq!(
            names,
            vec![
                ("NRM", false, true),
                ("ICTG", true, true),
                ("DtN", false, true),
                ("XYZ", false, false),
                ("GOV.UK", false, true),
                ("UK", false, false)
            ]
        );
    }

    #[test]
    fn ordinary_words_and_single_capitals_are_not_abbreviations() {
        assert!(find("In Q4 2025 a Child was Referred. I agree.", &abbrs()).is_empty());
    }
}

//! Search across the guidance, the glossary, the checklist signs and the scenarios, in the
//! browser, offline. Tolerant of typing mistakes and of British and American spellings.
//!
//! [`Index::new`] builds the index from the [`Library`]; [`Index::search`] answers a query with
//! the best matches first. Plain Rust, tested natively; the UI only calls it.
//!
//! An item may have text in more than one [`Language`]: [`Index::add_text`] adds, say, the
//! Welsh title and text of an item already indexed in English, and the item is then found
//! whichever language the query is in. English text is stemmed and its spellings folded
//! ([`term`]); Welsh text is not, and Welsh words match through their initial mutations
//! ([`welsh`]).

mod distance;
pub mod welsh;
mod words;

use crate::contacts::Contact;
use crate::content::Library;
use crate::msg;
use crate::nation::Nation;
use crate::route::Route;
use crate::scenario::Scenario;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A quick hasher for the index's own words (no untrusted keys, so no need for SipHash's
/// protection, which is slow in WebAssembly).
#[derive(Default)]
struct QuickHasher(u64);

impl Hasher for QuickHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

type Map<K, V> = HashMap<K, V, BuildHasherDefault<QuickHasher>>;

pub use words::{term, terms};

/// The language a text is written in. A query is read as each language in turn, and an item
/// ranks by the reading that finds it best.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// English: terms stemmed, British and American spellings folded ([`term`]).
    English,
    /// Welsh: terms only lower-cased and accent-folded, matched through initial mutations
    /// ([`welsh`]).
    Welsh,
}

/// What kind of thing a result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A whole guidance page.
    Page,
    /// One section of a guidance page.
    Section,
    /// A glossary entry.
    Term,
    /// A sign on the indicator checklist.
    Sign,
    /// A case scenario.
    Scenario,
    /// A national helpline.
    Helpline,
    /// One of the person's own local contacts.
    Contact,
}

impl Kind {
    /// The label shown beside a result.
    pub fn label(self) -> String {
        match self {
            Kind::Page => msg!("index-kind-page"),
            Kind::Section => msg!("index-kind-section"),
            Kind::Term => msg!("index-kind-term"),
            Kind::Sign => msg!("index-kind-sign"),
            Kind::Scenario => msg!("index-kind-scenario"),
            Kind::Helpline => msg!("index-kind-helpline"),
            Kind::Contact => msg!("index-kind-contact"),
        }
    }
}

/// One thing that can be found.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    /// Its kind.
    pub kind: Kind,
    /// The title shown in results.
    pub title: String,
    /// Where it leads (a `#/` address).
    pub href: String,
    /// A line of text shown under the title.
    pub snippet: String,
}

/// A match, best first.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit<'a> {
    /// What was found.
    pub doc: &'a Doc,
    /// How many of the query's words it matched.
    pub matched: usize,
    /// How well it matched.
    pub score: f32,
}

/// Weights of where a word appears.
const TITLE: f32 = 4.0;
const BODY: f32 = 1.0;
/// Most a repeated word adds from one document's body.
const BODY_CAP: f32 = 3.0;

/// How much a match through a Welsh mutation is worth beside the same match of the word as
/// written ("blentyn" for "plentyn" scores 0.9 of an exact match).
const MUTATED: f32 = 0.9;

/// Most words of a query that are read: a pasted page must not stall the search.
const MAX_QUERY_WORDS: usize = 32;

/// The search index.
#[derive(Debug, Default)]
pub struct Index {
    docs: Vec<Doc>,
    /// The English text of the documents.
    english: Terms,
    /// The Welsh text of the documents (none yet, unless [`Index::add_text`] added some).
    welsh: Terms,
}

/// The terms of the documents' text in one language.
#[derive(Debug, Default)]
struct Terms {
    /// Each distinct term, sorted.
    entries: Vec<Entry>,
    /// Each document's title, as terms joined by spaces, for phrase matches (a document with
    /// more than one title in the language has them joined by " | ", which no phrase crosses).
    /// As long as the documents, or shorter when the last have no title in the language.
    titles: Vec<String>,
}

/// One distinct term.
#[derive(Debug)]
struct Entry {
    term: String,
    /// The Welsh radical forms the term may be a mutation of ([`welsh::radicals`]); empty for
    /// English.
    radicals: Vec<String>,
    /// The documents it is in, with its weight there.
    postings: Vec<(u32, f32)>,
}

impl Index {
    /// Indexes everything searchable in `library`.
    pub fn new(library: &Library) -> Index {
        let mut builder = Builder::default();
        let abbreviations = abbreviations(library);
        let with_abbreviations = |title: &str| expand_abbreviations(title, &abbreviations);

        // A page's Welsh (when it has one) is indexed beside its English, so a query in either
        // language finds it; a reader of the Welsh is shown its Welsh title and text.
        let welsh_reader = crate::messages::lang() == crate::messages::Lang::Cy;
        // A reader of the Welsh has the whole library in Welsh where it is translated: all its
        // text is read as Welsh too (mutations and all).
        builder.all_welsh = welsh_reader;
        for page in &library.guidance {
            // The page itself is found by its title, summary and headings; its text is
            // indexed once, section by section, so a match can lead straight to the section.
            let welsh = page.welsh.as_deref();
            let welsh_sections = welsh.map(|w| sections(&w.html)).unwrap_or_default();
            let sections = sections(&page.html);
            let shown = welsh.filter(|_| welsh_reader);
            let page_title = shown.map_or(&page.title, |w| &w.title);
            let headings: Vec<&str> = sections.iter().map(|s| s.heading.as_str()).collect();
            if let Some(w) = welsh {
                let headings: Vec<&str> = welsh_sections.iter().map(|s| s.heading.as_str()).collect();
                builder.welsh.push((builder.docs.len(), format!("{} {}", w.title, w.summary), headings.join(" ")));
            }
            builder.add(
                Doc {
                    kind: Kind::Page,
                    title: page_title.clone(),
                    href: Route::Guidance(page.slug.clone(), None).href(),
                    snippet: shown.map_or(&page.summary, |w| &w.summary).clone(),
                },
                &with_abbreviations(&format!("{} {}", page.title, page.summary)),
                &headings.join(" "),
            );
            for s in sections {
                // Its Welsh: the section with the same id (a Welsh heading takes the English id).
                let cy = welsh_sections.iter().find(|w| w.id == s.id);
                let shown_section = cy.filter(|_| welsh_reader).unwrap_or(&s);
                let (title, href) = if s.id.is_empty() {
                    (page_title.clone(), Route::Guidance(page.slug.clone(), None).href())
                } else {
                    (
                        format!("{} – {}", shown_section.heading, page_title),
                        Route::Guidance(page.slug.clone(), Some(s.id.clone())).href(),
                    )
                };
                if let Some(cy) = cy {
                    builder.welsh.push((builder.docs.len(), cy.heading.clone(), cy.text.clone()));
                }
                builder.add(
                    Doc { kind: Kind::Section, title, href, snippet: snippet(&shown_section.text) },
                    &with_abbreviations(&s.heading),
                    &s.text,
                );
            }
        }
        for g in &library.glossary {
            let title = match &g.abbr {
                Some(a) => format!("{a}: {}", g.term),
                None => g.term.clone(),
            };
            builder.add(
                Doc {
                    kind: Kind::Term,
                    title: title.clone(),
                    href: Route::Glossary.href(),
                    snippet: g.meaning.clone(),
                },
                &title,
                &g.meaning,
            );
        }
        for group in &library.sign_groups {
            for sign in &group.signs {
                let body = format!("{} {}", sign.hint.as_deref().unwrap_or(""), group.title);
                builder.add(
                    Doc {
                        kind: Kind::Sign,
                        title: sign.text.clone(),
                        href: Route::Check.href(),
                        snippet: group.title.clone(),
                    },
                    &sign.text,
                    &body,
                );
            }
        }
        // The app's own scenarios: those written on the device change, so they have their own
        // index ([`Index::of_scenarios`]).
        for s in library.scenarios.iter().filter(|s| !s.local) {
            builder.add_scenario(s, &with_abbreviations);
        }
        for h in &library.helplines {
            builder.add(
                Doc {
                    kind: Kind::Helpline,
                    title: format!("{}: {}", h.name, h.number),
                    href: Route::Contacts.href(),
                    snippet: format!("{} {}", h.purpose, h.hours),
                },
                &msg!("index-helpline-title", name = &h.name),
                &format!("{} {} {}", h.purpose, h.number, msg!("index-phone-words")),
            );
        }
        builder.finish()
    }

    /// Indexes the scenarios written on this device (they change, so they have their own index;
    /// [`Index::new`] leaves them out). `library` gives the abbreviations, as for the rest.
    pub fn of_scenarios<'a>(library: &Library, scenarios: impl IntoIterator<Item = &'a Scenario>) -> Index {
        let mut builder = Builder::default();
        let abbreviations = abbreviations(library);
        let with_abbreviations = |title: &str| expand_abbreviations(title, &abbreviations);
        for s in scenarios {
            builder.add_scenario(s, &with_abbreviations);
        }
        builder.finish()
    }

    /// Indexes the person's own local contacts (they change, so they have their own index).
    pub fn of_contacts(contacts: &[Contact], nation: Option<Nation>) -> Index {
        let mut builder = Builder::default();
        for c in contacts {
            let role = c.role.label(nation);
            let title =
                if c.name.is_empty() { format!("{role}: {}", c.number) } else { format!("{}: {}", c.name, c.number) };
            builder.add(
                Doc { kind: Kind::Contact, title, href: Route::Contacts.href(), snippet: role.to_string() },
                &format!("{role} {}", c.name),
                &format!("{} {}", c.number, msg!("index-local-phone-words")),
            );
        }
        builder.finish()
    }

    /// How many things are indexed.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// What is indexed, in order: a document's place here is its number for
    /// [`Index::add_text`].
    pub fn docs(&self) -> &[Doc] {
        &self.docs
    }

    /// Adds more text to the document numbered `doc` (its place in [`Index::docs`]), in
    /// `language`: words in `title` weigh as the title's, words in `body` as its text. Use it to
    /// give an item its Welsh title and text beside the English, so that a Welsh query finds it
    /// (the item's [`Doc`], shown in results, stays as it is). Text may be added more than once
    /// and in either language. Returns false, adding nothing, if there is no such document.
    pub fn add_text(&mut self, doc: usize, language: Language, title: &str, body: &str) -> bool {
        let Ok(id) = u32::try_from(doc) else { return false };
        if doc >= self.docs.len() {
            return false;
        }
        let (title_terms, body_terms): (Vec<String>, Vec<String>) = match language {
            Language::English => (terms(title).collect(), terms(body).collect()),
            Language::Welsh => (welsh::terms(title).collect(), welsh::terms(body).collect()),
        };
        let into = match language {
            Language::English => &mut self.english,
            Language::Welsh => &mut self.welsh,
        };
        for (t, w) in weigh(&title_terms, body_terms) {
            match into.entries.binary_search_by(|e| e.term.as_str().cmp(&t)) {
                Ok(i) => {
                    let postings = &mut into.entries[i].postings;
                    match postings.iter_mut().find(|(d, _)| *d == id) {
                        Some((_, old)) => *old = old.max(w),
                        None => postings.push((id, w)),
                    }
                }
                Err(i) => {
                    let radicals = if language == Language::Welsh { welsh::radicals(&t) } else { Vec::new() };
                    into.entries.insert(i, Entry { term: t, radicals, postings: vec![(id, w)] });
                }
            }
        }
        if !title_terms.is_empty() {
            if into.titles.len() <= doc {
                into.titles.resize(doc + 1, String::new());
            }
            let title = &mut into.titles[doc];
            if !title.is_empty() {
                title.push_str(" | ");
            }
            title.push_str(&title_terms.join(" "));
        }
        true
    }

    /// The best `limit` matches for `query`. A document matching more of the query's words
    /// always ranks above one matching fewer. The last word may be unfinished (results as you
    /// type), and longer words may have a typing mistake or two.
    ///
    /// The query is read as English and as Welsh; each item ranks by the reading that finds it
    /// best, so an item with text only in English ranks exactly as it would with English
    /// alone. In Welsh, a word also matches its initial mutations, scoring a little less.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit<'_>> {
        let english: Vec<String> = terms(query).take(MAX_QUERY_WORDS).collect();
        let (mut matched, mut score) = self.english.rank(&english, self.docs.len(), Language::English);
        if !self.welsh.entries.is_empty() {
            let words: Vec<String> = welsh::terms(query).take(MAX_QUERY_WORDS).collect();
            let (m, s) = self.welsh.rank(&words, self.docs.len(), Language::Welsh);
            for i in 0..self.docs.len() {
                if (m[i], s[i]) > (matched[i], score[i]) {
                    (matched[i], score[i]) = (m[i], s[i]);
                }
            }
        }
        let mut hits: Vec<Hit<'_>> = (0..self.docs.len())
            .filter(|i| matched[*i] > 0)
            .map(|i| Hit { doc: &self.docs[i], matched: matched[i], score: score[i] })
            .collect();
        hits.sort_by(|a, b| b.matched.cmp(&a.matched).then(b.score.total_cmp(&a.score)));
        hits.truncate(limit);
        hits
    }
}

impl Terms {
    /// How many of `words` (the query's terms in `language`) each of `docs` documents
    /// matches, and how well.
    fn rank(&self, words: &[String], docs: usize, language: Language) -> (Vec<usize>, Vec<f32>) {
        let mut matched = vec![0usize; docs];
        let mut score = vec![0f32; docs];
        if words.is_empty() {
            return (matched, score);
        }
        let mut best = vec![0f32; docs];
        for (n, word) in words.iter().enumerate() {
            let last = n + 1 == words.len();
            let typos = match word.len() {
                0..=3 => 0,
                4..=7 => 1,
                _ => 2,
            };
            let radicals = if language == Language::Welsh { welsh::radicals(word) } else { Vec::new() };
            best.iter_mut().for_each(|b| *b = 0.0);
            for Entry { term, radicals: term_radicals, postings } in &self.entries {
                let closeness = if term == word {
                    1.0
                } else if language == Language::Welsh && welsh::same_word(word, &radicals, term, term_radicals) {
                    MUTATED
                } else if last && word.len() >= 2 && term.starts_with(word.as_str()) {
                    0.8
                } else if language == Language::Welsh
                    && last
                    && word.len() >= 3
                    && welsh::starts_same(word, &radicals, term, term_radicals)
                {
                    0.8 * MUTATED
                } else if typos > 0 {
                    match distance::within(word, term, typos) {
                        Some(d) => 0.7 - 0.15 * d as f32,
                        None => continue,
                    }
                } else {
                    continue;
                };
                for (doc, weight) in postings {
                    if let Some(b) = best.get_mut(*doc as usize) {
                        *b = b.max(closeness * weight);
                    }
                }
            }
            for (i, b) in best.iter().enumerate().filter(|(_, b)| **b > 0.0) {
                matched[i] += 1;
                score[i] += b;
            }
        }
        // A title that contains the whole query, in order, is the best match of all.
        let phrase = words.join(" ");
        for (i, title) in self.titles.iter().enumerate().take(docs) {
            if words.len() > 1 && title.contains(&phrase) {
                score[i] += TITLE * words.len() as f32;
            }
        }
        (matched, score)
    }
}

#[derive(Default)]
struct Builder {
    /// Welsh text for documents (their number, title, body), read as Welsh when finished.
    welsh: Vec<(usize, String, String)>,
    /// Whether every document's own text is Welsh too (the reader chose Welsh).
    all_welsh: bool,
    docs: Vec<Doc>,
    postings: Map<String, Vec<(u32, f32)>>,
    titles: Vec<String>,
    /// Each word as written, with its term: the same words recur, and making a term is the
    /// slow part of building.
    known: Map<String, Option<String>>,
}

/// Each glossary abbreviation with its term in lower case.
fn abbreviations(library: &Library) -> Vec<(String, String)> {
    library.glossary.iter().filter_map(|g| g.abbr.as_ref().map(|a| (a.clone(), g.term.to_lowercase()))).collect()
}

/// `title` with the abbreviation of each glossary term it holds, so "NRM" finds a title that
/// spells it out.
fn expand_abbreviations(title: &str, abbreviations: &[(String, String)]) -> String {
    let lower = title.to_lowercase();
    let extra: Vec<&str> =
        abbreviations.iter().filter(|(_, t)| lower.contains(t.as_str())).map(|(a, _)| a.as_str()).collect();
    format!("{title} {}", extra.join(" "))
}

impl Builder {
    /// Adds one scenario, found by its title (and the abbreviations in it), summary and text.
    fn add_scenario(&mut self, s: &Scenario, with_abbreviations: &dyn Fn(&str) -> String) {
        self.add(
            Doc {
                kind: Kind::Scenario,
                title: s.title.clone(),
                href: Route::Scenario(s.id.clone()).href(),
                snippet: s.summary.clone(),
            },
            &with_abbreviations(&s.title),
            &format!("{} {}", s.summary, s.search_text()),
        );
    }

    /// The terms of `text`, remembering each word's term.
    fn terms(&mut self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for w in words::words(text) {
            if let Some(t) = self.known.get(w) {
                out.extend(t.iter().cloned());
            } else {
                let t = words::keep(term(w));
                out.extend(t.iter().cloned());
                self.known.insert(w.to_string(), t);
            }
        }
        out
    }

    /// Adds one document with its English title and text.
    fn add(&mut self, doc: Doc, title: &str, body: &str) {
        if self.all_welsh {
            self.welsh.push((self.docs.len(), title.to_string(), body.to_string()));
        }
        let id = self.docs.len() as u32;
        let title_terms: Vec<String> = self.terms(title);
        let body_terms = self.terms(body);
        for (t, w) in weigh(&title_terms, body_terms) {
            self.postings.entry(t).or_default().push((id, w));
        }
        self.titles.push(title_terms.join(" "));
        self.docs.push(doc);
    }

    fn finish(self) -> Index {
        let mut entries: Vec<Entry> =
            self.postings.into_iter().map(|(term, postings)| Entry { term, radicals: Vec::new(), postings }).collect();
        entries.sort_by(|a, b| a.term.cmp(&b.term));
        Index { docs: self.docs, english: Terms { entries, titles: self.titles }, welsh: welsh_terms(self.welsh) }
    }
}

/// The Welsh terms of `texts` (document number, title, body), built at once: adding them one
/// document at a time ([`Index::add_text`]) would move the sorted list for every new term.
fn welsh_terms(texts: Vec<(usize, String, String)>) -> Terms {
    let mut postings: Map<String, Vec<(u32, f32)>> = Map::default();
    let mut titles: Vec<String> = Vec::new();
    for (doc, title, body) in texts {
        let Ok(id) = u32::try_from(doc) else { continue };
        let title_terms: Vec<String> = welsh::terms(&title).collect();
        for (t, w) in weigh(&title_terms, welsh::terms(&body)) {
            let list = postings.entry(t).or_default();
            match list.iter_mut().find(|(d, _)| *d == id) {
                Some((_, old)) => *old = old.max(w),
                None => list.push((id, w)),
            }
        }
        if !title_terms.is_empty() {
            if titles.len() <= doc {
                titles.resize(doc + 1, String::new());
            }
            let shown = &mut titles[doc];
            if !shown.is_empty() {
                shown.push_str(" | ");
            }
            shown.push_str(&title_terms.join(" "));
        }
    }
    let mut entries: Vec<Entry> = postings
        .into_iter()
        .map(|(term, postings)| Entry { radicals: welsh::radicals(&term), term, postings })
        .collect();
    entries.sort_by(|a, b| a.term.cmp(&b.term));
    Terms { entries, titles }
}

/// Each distinct term of one document's title and body with its weight there: a title word
/// weighs [`TITLE`], a body word [`BODY`] for each time it appears up to [`BODY_CAP`], and a
/// word in both the more.
fn weigh(title_terms: &[String], body_terms: impl IntoIterator<Item = String>) -> Map<String, f32> {
    let mut weights: Map<String, f32> = Map::default();
    for t in title_terms {
        let w = weights.entry(t.clone()).or_default();
        *w = w.max(TITLE);
    }
    let mut body_weights: Map<String, f32> = Map::default();
    for t in body_terms {
        let w = body_weights.entry(t).or_default();
        *w = (*w + BODY).min(BODY_CAP);
    }
    for (t, w) in body_weights {
        let e = weights.entry(t).or_default();
        *e = e.max(w);
    }
    weights
}

/// One h2 section of a rendered page: its id, heading and text.
struct Section {
    id: String,
    heading: String,
    text: String,
}

/// Cuts rendered HTML at its h2 headings. Text before the first heading is a section with no id.
fn sections(html: &str) -> Vec<Section> {
    let mut out = Vec::new();
    let mut rest = html;
    let mut current = Section { id: String::new(), heading: String::new(), text: String::new() };
    while let Some(start) = rest.find("<h2 id=\"") {
        current.text.push_str(&crate::text::html_to_text(&rest[..start]));
        out.push(current);
        let after = &rest[start + 8..];
        let id_end = after.find('"').unwrap_or(0);
        let id = after[..id_end].to_string();
        let heading_start = after.find('>').map(|i| i + 1).unwrap_or(0);
        let heading_end = after.find("</h2>").unwrap_or(after.len());
        let heading = crate::text::html_to_text(&after[heading_start..heading_end.max(heading_start)]);
        current = Section { id, heading: heading.trim().to_string(), text: String::new() };
        rest = &after[(heading_end + 5).min(after.len())..];
    }
    current.text.push_str(&crate::text::html_to_text(rest));
    out.push(current);
    out
}

/// The start of `text`, cut at a word, for showing under a result.
fn snippet(text: &str) -> String {
    const MAX: usize = 160;
    if text.len() <= MAX {
        return text.to_string();
    }
    let mut end = MAX;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind(' ').unwrap_or(end);
    format!("{}…", &text[..cut])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{GlossaryEntry, Page};

    /// A small library: two guidance pages and a glossary entry, in English.
    fn library() -> Library {
        let page = |slug: &str, title: &str, summary: &str, html: &str| Page {
            slug: slug.into(),
            title: title.into(),
            summary: summary.into(),
            nations: Vec::new(),
            sources: Vec::new(),
            reviewed: "2026-01-01".into(),
            html: html.into(),
            changes: Vec::new(),
            welsh: None,
        };
        Library {
            guidance: vec![
                page(
                    "rights",
                    "A child's rights",
                    "What every child may expect.",
                    "<p>Every child has the right to be safe from violence.</p>",
                ),
                page("garden", "The garden project", "Somewhere calm to grow things.", "<p>Work in the garden.</p>"),
            ]
            .into(),
            glossary: vec![GlossaryEntry {
                abbr: Some("NRM".into()),
                term: "National Referral Mechanism".into(),
                meaning: "The framework for identifying victims of modern slavery.".into(),
                source: "home-office".into(),
                see: None,
                english_term: None,
                welsh: false,
            }]
            .into(),
            ..Library::default()
        }
    }

    /// The number of the document titled `title`.
    fn doc(index: &Index, title: &str) -> usize {
        index.docs().iter().position(|d| d.title == title).unwrap_or_else(|| panic!("no {title}"))
    }

    /// `library()`'s index with Welsh text for the pages.
    fn bilingual() -> Index {
        let mut index = Index::new(&library());
        let rights = doc(&index, "A child's rights");
        assert!(index.add_text(
            rights,
            Language::Welsh,
            "Hawliau plentyn",
            "Mae gan bob plentyn hawl i fod yn ddiogel rhag trais. Ei henw a'i hiaith.",
        ));
        let garden = doc(&index, "The garden project");
        assert!(index.add_text(garden, Language::Welsh, "Prosiect yr ardd", "Gweithio yn yr ardd gyda llaw a rhaw."));
        index
    }

    /// The titles `query` finds.
    fn found(index: &Index, query: &str) -> Vec<String> {
        index.search(query, 10).into_iter().map(|h| h.doc.title.clone()).collect()
    }

    /// Everything about each hit for `query`, to compare two indexes.
    fn everything(index: &Index, query: &str) -> Vec<(Doc, usize, u32)> {
        index.search(query, 50).into_iter().map(|h| (h.doc.clone(), h.matched, h.score.to_bits())).collect()
    }

    #[test]
    fn an_item_with_welsh_text_is_found_in_either_language() {
        let index = bilingual();
        for query in ["child rights", "violence", "hawliau", "plentyn", "hawliau plentyn", "NRM"] {
            assert!(!found(&index, query).is_empty(), "{query}");
        }
        assert_eq!(found(&index, "hawliau plentyn"), vec!["A child's rights"], "shown as the English item");
        assert_eq!(found(&index, "garden")[0], found(&index, "gardd")[0], "the same item in both languages");
    }

    #[test]
    fn a_welsh_word_is_found_in_each_of_its_mutations_and_from_each() {
        let index = bilingual();
        for query in ["plentyn", "blentyn", "mhlentyn", "phlentyn", "trais", "drais", "nhrais", "thrais"] {
            assert_eq!(found(&index, query), vec!["A child's rights"], "{query}");
        }
        for query in ["gardd", "ardd", "ngardd", "llaw", "law", "rhaw", "raw", "enw", "henw", "iaith", "hiaith"] {
            assert!(!found(&index, query).is_empty(), "{query}");
        }
        // Text written in a mutated form is found from the radical and from other mutations.
        let mut index = Index::new(&library());
        let rights = doc(&index, "A child's rights");
        index.add_text(
            rights,
            Language::Welsh,
            "",
            "ei blentyn; ei nhrais; dy gymorth; ei fachgen; ei ddafad; ein rieni",
        );
        for query in [
            "plentyn",
            "mhlentyn",
            "phlentyn",
            "trais",
            "drais",
            "thrais",
            "cymorth",
            "nghymorth",
            "chymorth",
            "bachgen",
            "machgen",
            "dafad",
            "nafad",
            "rhieni",
        ] {
            assert_eq!(found(&index, query), vec!["A child's rights"], "{query}");
        }
    }

    #[test]
    fn an_unfinished_welsh_word_is_found_through_its_mutations() {
        let index = bilingual();
        for query in ["plent", "blent", "mhlent", "hawl"] {
            assert_eq!(found(&index, query), vec!["A child's rights"], "{query}");
        }
    }

    #[test]
    fn a_match_through_a_mutation_scores_below_the_word_as_written() {
        let mut index = Index::new(&library());
        let (rights, garden) = (doc(&index, "A child's rights"), doc(&index, "The garden project"));
        index.add_text(rights, Language::Welsh, "", "plentyn");
        index.add_text(garden, Language::Welsh, "", "blentyn");
        let hits = index.search("plentyn", 10);
        assert_eq!(
            hits.iter().map(|h| h.doc.title.as_str()).collect::<Vec<_>>(),
            ["A child's rights", "The garden project"]
        );
        assert!(hits[1].score < hits[0].score && hits[1].score >= 0.8 * hits[0].score, "{hits:?}");
        let hits = index.search("blentyn", 10);
        assert_eq!(hits.first().map(|h| h.doc.title.as_str()), Some("The garden project"));
    }

    #[test]
    fn welsh_words_that_are_not_the_same_word_do_not_match() {
        let mut index = Index::new(&library());
        let rights = doc(&index, "A child's rights");
        index.add_text(rights, Language::Welsh, "", "haf gun glaw hardd ffrind");
        // "haf" is too short to be "af" with an h, and "gun" to be "un" with a lost g; "dy" is
        // "ty" (dŷ, tŷ) soft, not "gy".
        for query in ["af", "un", "ty", "gy"] {
            assert!(found(&index, query).is_empty(), "{query}");
        }
        // Longer words may still be a typing mistake apart ("llaw" and "glaw"), but they score
        // as that, not as the same word.
        for query in ["llaw", "gardd", "dlaw", "phrind", "thlaw"] {
            for hit in index.search(query, 10) {
                assert!(hit.score <= 0.55 * BODY, "{query}: {hit:?}");
            }
        }
        assert!(index.search("ardd", 10).iter().all(|h| h.score >= MUTATED * BODY), "h is put before a vowel");
        // The common Welsh words alone find nothing.
        assert!(found(&bilingual(), "yn y mae'r").is_empty());
    }

    #[test]
    fn english_results_stay_the_same_when_welsh_text_is_added() {
        let english = Index::new(&library());
        let both = bilingual();
        for query in [
            "child",
            "children's rights",
            "garden",
            "gardn",
            "violence",
            "safe",
            "NRM",
            "national referral",
            "natonal",
            "the of and",
            "gar",
            "rig",
        ] {
            assert_eq!(everything(&english, query), everything(&both, query), "{query}");
        }
    }

    #[test]
    fn english_text_can_be_added_too_and_a_missing_item_is_refused() {
        let mut index = Index::new(&library());
        let garden = doc(&index, "The garden project");
        assert!(found(&index, "allotment").is_empty());
        assert!(index.add_text(garden, Language::English, "Allotments", "Vegetables"));
        assert_eq!(found(&index, "allotment"), vec!["The garden project"]);
        assert_eq!(found(&index, "vegetable"), vec!["The garden project"]);
        assert!(!index.add_text(index.len(), Language::Welsh, "plentyn", ""));
        assert!(!index.add_text(usize::MAX, Language::English, "child", ""));
        assert!(found(&index, "plentyn").is_empty());
    }

    #[test]
    fn a_huge_query_of_odd_characters_is_answered_quickly() {
        let index = bilingual();
        let pieces = [
            "ŵ", "a", "'", "’", " ", "ŷ", "ngh", "\u{302}", "𝔭", "\u{0}", "ß", "İ", "-", "7", "h", "ll", "\u{202e}",
            "mh",
        ];
        let mut query = String::new();
        let mut n = 0usize;
        while query.chars().count() < 10_000 {
            query.push_str(pieces[n % pieces.len()]);
            n = n.wrapping_mul(31).wrapping_add(7) % 1_000_003;
        }
        let long_word = "plentyn".repeat(1500);
        let start = std::time::Instant::now();
        for q in [query.as_str(), long_word.as_str(), &"a ".repeat(5000), &"ngh ".repeat(3000), &"'".repeat(10_000)] {
            let _ = index.search(q, 10);
            let half: String = q.chars().take(q.chars().count() / 2).collect();
            let _ = index.search(&half, 10);
        }
        assert!(start.elapsed().as_secs() < 5, "took {:?}", start.elapsed());
    }

    #[test]
    fn cuts_html_into_sections_with_plain_text() {
        let s = sections("<p>Intro &amp; more.</p><h2 id=\"a\">First</h2><p>One <strong>two</strong>.</p><h2 id=\"b\">Second</h2><p>Three.</p>");
        let got: Vec<(&str, &str, &str)> =
            s.iter().map(|s| (s.id.as_str(), s.heading.as_str(), s.text.as_str())).collect();
        assert_eq!(got, vec![("", "", "Intro & more."), ("a", "First", "One two ."), ("b", "Second", "Three.")]);
    }

    #[test]
    fn snippets_stop_at_a_word() {
        let long = "word ".repeat(60);
        let s = snippet(&long);
        assert!(s.ends_with("word…"), "{s}");
        assert!(s.len() <= 165);
    }
}

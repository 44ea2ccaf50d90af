//! Search across the guidance, the glossary, the checklist signs and the scenarios, in the
//! browser, offline. Tolerant of typing mistakes and of British and American spellings.
//!
//! [`Index::new`] builds the index from the [`Library`]; [`Index::search`] answers a query with
//! the best matches first. Plain Rust, tested natively; the UI only calls it.

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

/// The search index.
#[derive(Debug, Default)]
pub struct Index {
    docs: Vec<Doc>,
    /// Each distinct term, with the documents it is in and its weight there.
    terms: Vec<(String, Vec<(u32, f32)>)>,
    /// Each document's title, as terms joined by spaces, for phrase matches.
    titles: Vec<String>,
}

impl Index {
    /// Indexes everything searchable in `library`.
    pub fn new(library: &Library) -> Index {
        let mut builder = Builder::default();
        let abbreviations = abbreviations(library);
        let with_abbreviations = |title: &str| expand_abbreviations(title, &abbreviations);

        for page in &library.guidance {
            // The page itself is found by its title, summary and headings; its text is
            // indexed once, section by section, so a match can lead straight to the section.
            let sections = sections(&page.html);
            let headings: Vec<&str> = sections.iter().map(|s| s.heading.as_str()).collect();
            builder.add(
                Doc {
                    kind: Kind::Page,
                    title: page.title.clone(),
                    href: Route::Guidance(page.slug.clone(), None).href(),
                    snippet: page.summary.clone(),
                },
                &with_abbreviations(&format!("{} {}", page.title, page.summary)),
                &headings.join(" "),
            );
            for s in sections {
                let (title, href) = if s.id.is_empty() {
                    (page.title.clone(), Route::Guidance(page.slug.clone(), None).href())
                } else {
                    (
                        format!("{} – {}", s.heading, page.title),
                        Route::Guidance(page.slug.clone(), Some(s.id.clone())).href(),
                    )
                };
                builder.add(
                    Doc { kind: Kind::Section, title, href, snippet: snippet(&s.text) },
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

    /// The best `limit` matches for `query`. A document matching more of the query's words
    /// always ranks above one matching fewer. The last word may be unfinished (results as you
    /// type), and longer words may have a typing mistake or two.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit<'_>> {
        let words: Vec<String> = terms(query).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut matched = vec![0usize; self.docs.len()];
        let mut score = vec![0f32; self.docs.len()];
        let mut best = vec![0f32; self.docs.len()];
        for (n, word) in words.iter().enumerate() {
            let last = n + 1 == words.len();
            let typos = match word.len() {
                0..=3 => 0,
                4..=7 => 1,
                _ => 2,
            };
            best.iter_mut().for_each(|b| *b = 0.0);
            for (term, postings) in &self.terms {
                let closeness = if term == word {
                    1.0
                } else if last && word.len() >= 2 && term.starts_with(word.as_str()) {
                    0.8
                } else if typos > 0 {
                    match distance::within(word, term, typos) {
                        Some(d) => 0.7 - 0.15 * d as f32,
                        None => continue,
                    }
                } else {
                    continue;
                };
                for (doc, weight) in postings {
                    let b = &mut best[*doc as usize];
                    *b = b.max(closeness * weight);
                }
            }
            for (i, b) in best.iter().enumerate().filter(|(_, b)| **b > 0.0) {
                matched[i] += 1;
                score[i] += b;
            }
        }
        // A title that contains the whole query, in order, is the best match of all.
        let phrase = words.join(" ");
        for (i, title) in self.titles.iter().enumerate() {
            if words.len() > 1 && title.contains(&phrase) {
                score[i] += TITLE * words.len() as f32;
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

#[derive(Default)]
struct Builder {
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

    fn add(&mut self, doc: Doc, title: &str, body: &str) {
        let id = self.docs.len() as u32;
        let mut weights: Map<String, f32> = Map::default();
        let title_terms: Vec<String> = self.terms(title);
        for t in &title_terms {
            let w = weights.entry(t.clone()).or_default();
            *w = w.max(TITLE);
        }
        let mut body_weights: Map<String, f32> = Map::default();
        for t in self.terms(body) {
            let w = body_weights.entry(t).or_default();
            *w = (*w + BODY).min(BODY_CAP);
        }
        for (t, w) in body_weights {
            let e = weights.entry(t).or_default();
            *e = e.max(w);
        }
        for (t, w) in weights {
            self.postings.entry(t).or_default().push((id, w));
        }
        self.titles.push(title_terms.join(" "));
        self.docs.push(doc);
    }

    fn finish(self) -> Index {
        let mut terms: Vec<(String, Vec<(u32, f32)>)> = self.postings.into_iter().collect();
        terms.sort_by(|a, b| a.0.cmp(&b.0));
        Index { docs: self.docs, terms, titles: self.titles }
    }
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

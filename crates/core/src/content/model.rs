//! The checked content model: what the app receives, already validated.

use crate::messages::Message;
use crate::nation::Nation;
use crate::route::Route;
use crate::scenario::Scenario;
use crate::search::welsh;
use crate::{message, msg};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::shared::{Scenarios, Shared};

/// Everything the app shows that comes from `content/`. Its parts are shared ([`Shared`],
/// [`Scenarios`]), so a copy with the scenarios written on a device joined to it costs a few
/// pointers, not the content again.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Library {
    /// The bibliography, by key.
    pub sources: Shared<BTreeMap<String, Source>>,
    /// Guidance pages, in reading order.
    pub guidance: Shared<Vec<Page>>,
    /// Pages about the app itself (about, privacy).
    pub site: Shared<Vec<Page>>,
    /// Terms and abbreviations, sorted by what is looked up (the abbreviation, else the term);
    /// in the Welsh alphabet once the Welsh is joined ([`welsh::collate_key`]).
    pub glossary: Shared<Vec<GlossaryEntry>>,
    /// The indicator checklist, in groups.
    pub sign_groups: Shared<Vec<SignGroup>>,
    /// The case scenarios, in reading order.
    pub scenarios: Scenarios,
    /// Next steps for each nation.
    pub nations: Shared<Vec<NationSteps>>,
    /// Helplines.
    pub helplines: Shared<Vec<Helpline>>,
    /// When the next steps and helplines were last reviewed (YYYY-MM-DD).
    pub steps_reviewed: String,
    /// The change logs of every content file other than a page (scenarios, the glossary, the
    /// checklist's groups, the nations' next steps), fetched with the rest of the content.
    #[serde(default)]
    pub logs: Shared<Vec<Log>>,
    /// The version of the content: the date of its newest change and a fingerprint of every
    /// content file, e.g. `2026-11-30 (3f2a9c01)`. Printed pages and records carry it.
    #[serde(default)]
    pub version: String,
    /// The Welsh of everything but the pages (checklist, glossary, next steps, scenarios), as
    /// loaded: [`Library::split_translations`] takes it away, [`Library::join_translations`]
    /// lays it over the English in place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translated: Option<Box<Translations>>,
    /// The words kept in English inside the Welsh laid over the checklist, glossary, next
    /// steps and helplines (the facts' words: [`Translations::english`]), set by
    /// [`Library::join_translations`]; none for an English reader. A screen showing those
    /// words marks each of these `lang="en-GB"` ([`crate::text::english_runs`]).
    #[serde(skip)]
    pub english_words: Shared<Vec<String>>,
    /// How far the Welsh of each file can be trusted (the pages, the checklist's groups, the
    /// glossary, the next steps, the scenarios): made by [`Library::split_translations`], fetched
    /// with the rest of the content ([`Extra`]) and with the Welsh, so "What changed" can say
    /// what is not yet in the Welsh in either language and each Welsh screen how far to trust it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub welsh_files: Vec<WelshFile>,
}

/// Guidance pages whose text the app needs before the rest of the content has loaded (the
/// checklist shows this one beside the signs).
pub const CORE_PAGES: [&str; 1] = ["why-children-may-not-tell"];

/// The heavy part of the content, fetched after start so that the checklist opens fast: the
/// text of most guidance pages and of the pages about the app, the glossary, the sources' web
/// addresses, and the scenarios.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extra {
    /// The HTML of each guidance page not in [`CORE_PAGES`], by slug.
    pub pages: Vec<(String, String)>,
    /// The HTML of each page about the app, by slug.
    pub site_pages: Vec<(String, String)>,
    /// The glossary.
    pub glossary: Vec<GlossaryEntry>,
    /// Each source's web address, by key.
    pub source_urls: Vec<(String, String)>,
    /// Every scenario.
    pub scenarios: Vec<Scenario>,
    /// Each page's change log, by slug (guidance and pages about the app).
    #[serde(default)]
    pub changes: Vec<(String, Vec<Change>)>,
    /// The change logs of every other content file.
    #[serde(default)]
    pub logs: Vec<Log>,
    /// How far the Welsh of each file can be trusted, without its words: "What changed" says
    /// to every reader, English too, which changes are not yet in the Welsh.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub welsh_files: Vec<WelshFile>,
}

/// The Welsh pages, split off into a file of their own (`content-cy-<hash>.json`), fetched only
/// by a reader who has chosen Welsh: an English reader never downloads them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Translations {
    /// The Welsh of each translated guidance page, by slug.
    pub guidance: Vec<(String, PageTranslation)>,
    /// The Welsh of each translated page about the app, by slug.
    pub site: Vec<(String, PageTranslation)>,
    /// The Welsh of the checklist's groups and signs (`content/cy/indicators/`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sign_groups: Vec<SignGroupText>,
    /// The Welsh of glossary entries (`content/cy/glossary.toml`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<GlossaryText>,
    /// The next steps for each nation, in Welsh (`content/cy/nations.toml`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nations: Vec<NationSteps>,
    /// The helplines in Welsh, in the English file's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub helplines: Vec<Helpline>,
    /// The scenarios in Welsh (`content/cy/scenarios/`): same ids, scenes and choices as the
    /// English, their words in Welsh.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<Scenario>,
    /// How far each of these Welsh files can be trusted, by path under `content/`
    /// (`cy/glossary.toml`), and whether its English has changed since.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<WelshFile>,
    /// The words kept in English inside the Welsh of the checklist, glossary, next steps and
    /// helplines: each fact's words from the register, as they stand in the Welsh text (a
    /// screen marks them `lang="en-GB"`: [`crate::text::english_runs`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub english: Vec<String>,
    /// The Welsh message files (path, text), which the browser's builds do not embed: they are
    /// loaded (`crate::messages::load`) before the app starts in Welsh.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<(String, String)>,
}

/// How far the Welsh of one content file other than a page can be trusted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WelshFile {
    /// Its path under `content/`, such as `cy/glossary.toml` or `cy/scenarios/kobe.md`.
    pub path: String,
    /// Drafted, or reviewed by whom and when.
    pub status: TranslationStatus,
    /// The English has changed since this Welsh was made from it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub out_of_step: bool,
    /// The fingerprint of the English it was made from, in the English change log's terms:
    /// in step, the hash of the English's newest change entry; out of step, the file's `from`
    /// as written, which is an entry's hash only if that English cited no facts (the log's
    /// hashes are of the English with its facts filled in). See [`in_welsh`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub from: String,
}

impl WelshFile {
    /// The content file other than a page this translates, named as its English change log
    /// is; `None` for a page (`cy/guidance/<slug>.md`, `cy/pages/<slug>.md`).
    pub fn subject(&self) -> Option<Logged> {
        let path = self.path.strip_prefix("cy/")?;
        match path {
            "glossary.toml" => Some(Logged::Glossary),
            "nations.toml" => Some(Logged::Nations),
            _ => {
                if let Some(group) = path.strip_prefix("indicators/").and_then(|p| p.strip_suffix(".toml")) {
                    let slug = group.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-');
                    Some(Logged::Signs(slug.to_string()))
                } else {
                    let id = path.strip_prefix("scenarios/").and_then(|p| p.strip_suffix(".md"))?;
                    Some(Logged::Scenario(id.to_string()))
                }
            }
        }
    }
}

/// How far the Welsh of one screen's content can be trusted: the weakest status of the files
/// it shows, and which of them are out of step with their English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WelshState {
    /// The weakest status: drafted if any file is, else the oldest review.
    pub status: TranslationStatus,
    /// The names of the files whose English has changed since (a group's title, "Glossary"...).
    pub out_of_step: Vec<String>,
}

impl WelshState {
    /// What the top of the screen says of its Welsh: its status, and, if any of it is out of
    /// step, that the English has changed (naming the parts, when `name_parts`, as the checklist
    /// does its groups).
    pub fn notice(&self, name_parts: bool) -> Vec<String> {
        let mut lines = vec![crate::prerender::welsh_status(&self.status)];
        if !self.out_of_step.is_empty() {
            lines.push(if name_parts {
                let parts = self.out_of_step.iter().map(|p| crate::messages::Arg::from(p.as_str())).collect();
                msg!(
                    "content-welsh-out-of-step-parts",
                    parts = crate::messages::Arg::List(crate::messages::Join::Comma, parts)
                )
            } else {
                msg!("content-welsh-out-of-step")
            });
        }
        lines
    }

    /// The line a record carries of the Welsh it was made with (the checklist and the next
    /// steps together): out of step, else the oldest review, else a draft.
    pub fn record_line(&self) -> String {
        match &self.status {
            _ if !self.out_of_step.is_empty() => msg!("record-welsh-content-out-of-step"),
            TranslationStatus::Reviewed { role, on } => {
                msg!("record-welsh-content-reviewed", role = role, date = crate::text::long_date(on))
            }
            TranslationStatus::Drafted => msg!("record-welsh-content-drafted"),
        }
    }
}

impl InWelsh {
    /// What "What changed" says of it, in one short line.
    pub fn label(self) -> String {
        match self {
            InWelsh::Yes => msg!("content-welsh-has-change"),
            InWelsh::NotYet => msg!("content-welsh-lacks-change"),
            InWelsh::Unknown => msg!("content-welsh-may-lack-change"),
        }
    }
}

/// Whether a change to an English file is in its Welsh yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InWelsh {
    /// The Welsh was made from this change's text or a later one.
    Yes,
    /// The Welsh was made from an older text: this change is not in it yet.
    NotYet,
    /// The Welsh was made from a text the log no longer records, so whether this change is in
    /// it cannot be shown.
    Unknown,
}

/// The Welsh words of one checklist group: its title and introduction, and its signs' words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignGroupText {
    /// The group's slug, as the English.
    pub slug: String,
    /// The heading.
    pub title: String,
    /// The introduction.
    pub intro: String,
    /// The signs' words, by id.
    pub signs: Vec<SignText>,
}

/// The Welsh words of one sign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignText {
    /// The sign's id, as the English.
    pub id: String,
    /// What the practitioner may have noticed.
    pub text: String,
    /// More detail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// Where in the source it comes from.
    pub basis: String,
}

/// The Welsh words of one glossary entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GlossaryText {
    /// The English entry it translates: its abbreviation, else its English term.
    pub key: String,
    /// The term written out.
    pub term: String,
    /// What it means.
    pub meaning: String,
}

impl Library {
    /// Splits off the heavy part: the core keeps every page's title, summary and sources (so
    /// lists and links work), every source's title, and the text of [`CORE_PAGES`].
    pub fn split(mut self) -> (Library, Extra) {
        let mut extra = Extra {
            glossary: std::mem::take(self.glossary.make_mut()),
            scenarios: std::mem::take(&mut self.scenarios).into_owned(),
            logs: std::mem::take(self.logs.make_mut()),
            welsh_files: std::mem::take(&mut self.welsh_files),
            ..Extra::default()
        };
        for page in self.guidance.make_mut().iter_mut().filter(|p| !CORE_PAGES.contains(&p.slug.as_str())) {
            extra.pages.push((page.slug.clone(), std::mem::take(&mut page.html)));
        }
        for page in self.site.make_mut().iter_mut() {
            extra.site_pages.push((page.slug.clone(), std::mem::take(&mut page.html)));
        }
        for page in self.guidance.make_mut().iter_mut().chain(self.site.make_mut().iter_mut()) {
            extra.changes.push((page.slug.clone(), std::mem::take(&mut page.changes)));
        }
        for source in self.sources.make_mut().values_mut() {
            if let Some(url) = source.url.take() {
                extra.source_urls.push((source.key.clone(), url));
            }
        }
        (self, extra)
    }

    /// Takes the Welsh away (pages, checklist, glossary, next steps, scenarios), to be written
    /// to a file of their own. Call it before [`Library::split`], so neither the core nor the
    /// rest carries them.
    pub fn split_translations(&mut self) -> Translations {
        let mut out = self.translated.take().map(|t| *t).unwrap_or_default();
        for page in self.guidance.make_mut().iter_mut() {
            out.guidance.extend(page.welsh.take().map(|w| (page.slug.clone(), *w)));
        }
        for page in self.site.make_mut().iter_mut() {
            out.site.extend(page.welsh.take().map(|w| (page.slug.clone(), *w)));
        }
        // The statuses alone stay, for every reader: the pages', then the other files'.
        let pages = [("guidance", &out.guidance), ("pages", &out.site)].into_iter().flat_map(|(dir, pages)| {
            pages.iter().map(move |(slug, w)| WelshFile {
                path: format!("cy/{dir}/{slug}.md"),
                status: w.status.clone(),
                out_of_step: w.out_of_step,
                from: w.from.clone(),
            })
        });
        let files: Vec<WelshFile> = pages.chain(out.files.iter().cloned()).collect();
        self.keep_welsh_files(files);
        out
    }

    /// Keeps these Welsh files' statuses, in place of any kept for the same files.
    fn keep_welsh_files(&mut self, files: Vec<WelshFile>) {
        for file in files {
            match self.welsh_files.iter_mut().find(|f| f.path == file.path) {
                Some(kept) => *kept = file,
                None => self.welsh_files.push(file),
            }
        }
    }

    /// The Welsh of the guidance page `slug`, from `translations`.
    pub fn welsh_of<'a>(translations: &'a Translations, slug: &str) -> Option<&'a PageTranslation> {
        translations.guidance.iter().find(|(s, _)| s == slug).map(|(_, t)| t)
    }

    /// Puts the Welsh pages back.
    pub fn join_translations(mut self, translations: Translations) -> Library {
        let put = |pages: &mut Vec<Page>, translations: Vec<(String, PageTranslation)>| {
            for (slug, welsh) in translations {
                if let Some(page) = pages.iter_mut().find(|p| p.slug == slug) {
                    page.welsh = Some(Box::new(welsh));
                }
            }
        };
        put(self.guidance.make_mut(), translations.guidance);
        put(self.site.make_mut(), translations.site);
        self.keep_welsh_files(translations.files);
        self.overlay(&translations.sign_groups, &translations.glossary, &translations.nations, &translations.helplines);
        self.english_words = Shared::new(translations.english);
        if !translations.scenarios.is_empty() {
            let mut scenarios = std::mem::take(&mut self.scenarios).into_owned();
            for welsh in translations.scenarios {
                if let Some(s) = scenarios.iter_mut().find(|s| s.id == welsh.id && !s.local) {
                    *s = Scenario { welsh: true, ..welsh };
                }
            }
            self.scenarios = Scenarios::from(scenarios);
        }
        self
    }

    /// Lays the Welsh words over the English in place, keeping every id and everything that
    /// is not words; each item given Welsh is marked so. An item the Welsh does not name, or
    /// names by an id the English no longer has, stays English.
    fn overlay(
        &mut self,
        groups: &[SignGroupText],
        glossary: &[GlossaryText],
        nations: &[NationSteps],
        helplines: &[Helpline],
    ) {
        if !groups.is_empty() {
            for group in self.sign_groups.make_mut() {
                let Some(welsh) = groups.iter().find(|g| g.slug == group.slug) else { continue };
                (group.title, group.intro, group.welsh) = (welsh.title.clone(), welsh.intro.clone(), true);
                for sign in &mut group.signs {
                    if let Some(w) = welsh.signs.iter().find(|s| s.id == sign.id) {
                        (sign.text, sign.hint, sign.basis) = (w.text.clone(), w.hint.clone(), w.basis.clone());
                        sign.welsh = true;
                    }
                }
            }
        }
        if !glossary.is_empty() {
            for entry in self.glossary.make_mut() {
                let key = entry.abbr.clone().unwrap_or_else(|| entry.term.clone());
                if let Some(w) = glossary.iter().find(|g| g.key == key) {
                    if entry.abbr.is_none() {
                        entry.english_term = Some(key);
                    }
                    (entry.term, entry.meaning, entry.welsh) = (w.term.clone(), w.meaning.clone(), true);
                }
            }
            // In the Welsh alphabet, by what is looked up: "ch" after "cy", "ll" after "ly"; an
            // abbreviation letter by letter ("NGO" among the n's).
            self.glossary.make_mut().sort_by_cached_key(|e| match &e.abbr {
                Some(abbr) => welsh::collate_key_spelled(abbr),
                None => welsh::collate_key(&e.term),
            });
        }
        if !nations.is_empty() {
            for steps in self.nations.make_mut() {
                // The words only: numbers, sources and the rest stay the English file's, which
                // the checks hold (a Welsh file is not compared on them).
                if let Some(w) = nations.iter().find(|n| n.nation == steps.nation) {
                    *steps = NationSteps {
                        children_services: w.children_services.clone(),
                        out_of_hours: w.out_of_hours.clone(),
                        police: w.police.clone(),
                        police_find: w.police_find.clone(),
                        nrm: w.nrm.clone(),
                        guardian_name: w.guardian_name.clone(),
                        guardian: w.guardian.clone(),
                        non_prosecution_name: w.non_prosecution_name.clone(),
                        non_prosecution: w.non_prosecution.clone(),
                        decisions: w.decisions.clone(),
                        welsh: true,
                        ..steps.clone()
                    };
                }
            }
        }
        if helplines.len() == self.helplines.len() {
            for (line, w) in self.helplines.make_mut().iter_mut().zip(helplines) {
                if line.number == w.number {
                    // The words only: the number and the nations stay the English file's.
                    (line.name, line.purpose, line.hours, line.welsh) =
                        (w.name.clone(), w.purpose.clone(), w.hours.clone(), true);
                }
            }
        }
    }

    /// Puts the heavy part back.
    pub fn join(mut self, extra: Extra) -> Library {
        let put = |pages: &mut Vec<Page>, html: Vec<(String, String)>| {
            for (slug, html) in html {
                if let Some(page) = pages.iter_mut().find(|p| p.slug == slug) {
                    page.html = html;
                }
            }
        };
        let (guidance, site) = (self.guidance.make_mut(), self.site.make_mut());
        put(guidance, extra.pages);
        put(site, extra.site_pages);
        for (slug, changes) in extra.changes {
            if let Some(page) = guidance.iter_mut().chain(site.iter_mut()).find(|p| p.slug == slug) {
                page.changes = changes;
            }
        }
        for (key, url) in extra.source_urls {
            if let Some(source) = self.sources.make_mut().get_mut(&key) {
                source.url = Some(url);
            }
        }
        self.glossary = Shared::new(extra.glossary);
        self.scenarios = Scenarios::from(extra.scenarios);
        self.logs = Shared::new(extra.logs);
        self.keep_welsh_files(extra.welsh_files);
        self
    }

    /// Every change to every content file, newest first; within a day, guidance pages in
    /// reading order, then the pages about the app, then the other files as [`Library::logs`]
    /// lists them (scenarios, glossary, checklist, nations). Each names what changed, with the
    /// address of the screen that shows it.
    pub fn change_log(&self) -> Vec<LogEntry<'_>> {
        let pages = self.guidance.iter().chain(&self.site).flat_map(|p| {
            let href = self.page_href(p);
            let from = self.page_welsh(p).map(|w| (w.from.as_str(), w.out_of_step));
            p.changes.iter().enumerate().map(move |(i, c)| LogEntry {
                title: p.title_shown().to_string(),
                href: Some(href.clone()),
                change: c,
                welsh: from.map(|(from, stale)| in_welsh(&p.changes, i, from, stale)),
            })
        });
        let others = self.logs.iter().flat_map(|log| {
            let (title, href) = self.logged(&log.subject);
            let from = self.welsh_file(&log.subject).map(|f| (f.from.as_str(), f.out_of_step));
            log.changes.iter().enumerate().map(move |(i, c)| LogEntry {
                title: title.clone(),
                href: href.clone(),
                change: c,
                welsh: from.map(|(from, stale)| in_welsh(&log.changes, i, from, stale)),
            })
        });
        let mut log: Vec<LogEntry<'_>> = pages.chain(others).collect();
        log.sort_by(|a, b| b.change.date.cmp(&a.change.date));
        log
    }

    /// "What changed", day by day, newest first: every change to every content file (as
    /// [`Library::change_log`] gives them, each saying whether its Welsh has it yet) and, on its
    /// date, each review of a Welsh translation.
    pub fn what_changed(&self) -> Vec<(&str, Vec<LogLine<'_>>)> {
        let changes = self.change_log().into_iter().map(LogLine::Change);
        let mut lines: Vec<LogLine<'_>> =
            changes.chain(self.welsh_reviews().into_iter().map(LogLine::Reviewed)).collect();
        // Stable: within a day, the changes in the change log's order, then the reviews.
        lines.sort_by(|a, b| b.date().cmp(a.date()));
        let mut days: Vec<(&str, Vec<LogLine<'_>>)> = Vec::new();
        for line in lines {
            match days.last_mut() {
                Some((day, items)) if *day == line.date() => items.push(line),
                _ => days.push((line.date(), vec![line])),
            }
        }
        days
    }

    /// Every Welsh translation a translator has reviewed: the pages, then the other files.
    pub fn welsh_reviews(&self) -> Vec<WelshReview<'_>> {
        let pages = self.guidance.iter().chain(&self.site).filter_map(|p| {
            let (role, on) = reviewed(&self.page_welsh(p)?.status)?;
            Some(WelshReview { title: p.title_shown().to_string(), href: Some(self.page_href(p)), role, on })
        });
        let files = self.welsh_files.iter().filter_map(|f| {
            let (role, on) = reviewed(&f.status)?;
            let (title, href) = self.logged(&f.subject()?);
            Some(WelshReview { title, href, role, on })
        });
        pages.chain(files).collect()
    }

    /// The address (`#/...`) of the screen that shows the guidance or site page `page`.
    fn page_href(&self, page: &Page) -> String {
        match self.guidance_page(&page.slug) {
            Some(_) => Route::Guidance(page.slug.clone(), None).href(),
            None => format!("#/{}", page.slug),
        }
    }

    /// How far the Welsh of the guidance or site page `page` can be trusted, if it has Welsh.
    pub fn page_welsh(&self, page: &Page) -> Option<&WelshFile> {
        let dir = if self.guidance_page(&page.slug).is_some() { "guidance" } else { "pages" };
        let path = format!("cy/{dir}/{}.md", page.slug);
        self.welsh_files.iter().find(|f| f.path == path)
    }

    /// How far the Welsh of the file logged as `subject` can be trusted, if it has Welsh.
    pub fn welsh_file(&self, subject: &Logged) -> Option<&WelshFile> {
        self.welsh_files.iter().find(|f| f.subject().as_ref() == Some(subject))
    }

    /// How far the Welsh of the files `wanted` picks can be trusted, together: the weakest
    /// status wins, and every one out of step is named. `None` if none of them has Welsh.
    fn welsh_state(&self, wanted: impl Fn(&Logged) -> bool) -> Option<WelshState> {
        let mut state: Option<WelshState> = None;
        for (file, subject) in self.welsh_files.iter().filter_map(|f| Some((f, f.subject()?))) {
            if !wanted(&subject) {
                continue;
            }
            let state =
                state.get_or_insert_with(|| WelshState { status: file.status.clone(), out_of_step: Vec::new() });
            state.status = state.status.clone().weakest(file.status.clone());
            if file.out_of_step {
                state.out_of_step.push(match &subject {
                    Logged::Signs(slug) => match self.sign_groups.iter().find(|g| &g.slug == slug) {
                        Some(g) => g.title.clone(),
                        None => slug.clone(),
                    },
                    other => self.logged(other).0,
                });
            }
        }
        state
    }

    /// How far the Welsh of the scenario `id` can be trusted, if it has Welsh.
    pub fn welsh_of_scenario(&self, id: &str) -> Option<WelshState> {
        self.welsh_state(|s| matches!(s, Logged::Scenario(i) if i == id))
    }

    /// How far the Welsh of the glossary can be trusted, if it has Welsh.
    pub fn welsh_of_glossary(&self) -> Option<WelshState> {
        self.welsh_state(|s| *s == Logged::Glossary)
    }

    /// How far the Welsh of the checklist (its groups together) can be trusted, if any group
    /// has Welsh: the weakest group's status, and the title of every group out of step.
    pub fn welsh_of_checklist(&self) -> Option<WelshState> {
        self.welsh_state(|s| matches!(s, Logged::Signs(_)))
    }

    /// How far the Welsh of the next steps and helplines (`nations.toml`) can be trusted.
    pub fn welsh_of_next_steps(&self) -> Option<WelshState> {
        self.welsh_state(|s| *s == Logged::Nations)
    }

    /// How far the Welsh a record is made with can be trusted: the checklist's groups and the
    /// next steps together.
    pub fn welsh_of_record(&self) -> Option<WelshState> {
        self.welsh_state(|s| matches!(s, Logged::Signs(_) | Logged::Nations))
    }

    /// The name a logged file is shown under, and the address of the screen that shows it, if
    /// the thing still exists.
    pub fn logged(&self, subject: &Logged) -> (String, Option<String>) {
        match subject {
            Logged::Scenario(id) => match self.scenario(id) {
                Some(s) => {
                    (msg!("content-logged-scenario", title = &s.title), Some(Route::Scenario(id.clone()).href()))
                }
                None => (msg!("content-logged-scenario-gone", id = id), None),
            },
            Logged::Glossary => (msg!("content-logged-glossary"), Some(Route::Glossary.href())),
            Logged::Signs(slug) => match self.sign_groups.iter().find(|g| &g.slug == slug) {
                Some(g) => (msg!("content-logged-signs", title = &g.title), Some(Route::Check.href())),
                None => (msg!("content-logged-signs", title = slug), Some(Route::Check.href())),
            },
            Logged::Nations => (msg!("content-logged-nations"), Some(Route::Check.href())),
            Logged::Sources => (msg!("content-logged-sources"), None),
        }
    }

    /// The date of the newest change to any content file, if any file has a log.
    pub fn newest_change(&self) -> Option<&str> {
        let pages = self.guidance.iter().chain(&self.site).flat_map(|p| p.changes.iter());
        pages.chain(self.logs.iter().flat_map(|l| l.changes.iter())).map(|c| c.date.as_str()).max()
    }

    /// The guidance page with this slug.
    pub fn guidance_page(&self, slug: &str) -> Option<&Page> {
        self.guidance.iter().find(|p| p.slug == slug)
    }

    /// The site page with this slug.
    pub fn site_page(&self, slug: &str) -> Option<&Page> {
        self.site.iter().find(|p| p.slug == slug)
    }

    /// The sources a page cites, in the order it cites them.
    pub fn sources_of<'a>(&'a self, page: &'a Page) -> impl Iterator<Item = &'a Source> + 'a {
        page.sources.iter().filter_map(move |k| self.sources.get(k))
    }

    /// Every sign on the checklist, in order.
    pub fn signs(&self) -> impl Iterator<Item = &Sign> {
        self.sign_groups.iter().flat_map(|g| g.signs.iter())
    }

    /// The sign with this id.
    pub fn sign(&self, id: &str) -> Option<&Sign> {
        self.signs().find(|s| s.id == id)
    }

    /// The glossary entry for an abbreviation such as `NRM`.
    pub fn abbreviation(&self, abbr: &str) -> Option<&GlossaryEntry> {
        self.glossary.iter().find(|g| g.abbr.as_deref() == Some(abbr))
    }

    /// The scenario with this id.
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    /// The scenarios whose choices rest on the guidance page `slug`.
    pub fn scenarios_using<'a>(&'a self, slug: &'a str) -> impl Iterator<Item = &'a Scenario> + 'a {
        self.scenarios.iter().filter(move |s| s.guidance_pages().contains(&slug))
    }

    /// The next steps for a nation.
    pub fn steps_for(&self, nation: Nation) -> Option<&NationSteps> {
        self.nations.iter().find(|n| n.nation == nation)
    }

    /// The most recent reviewed date of any page (ISO dates sort as text).
    pub fn last_reviewed(&self) -> Option<&str> {
        self.guidance.iter().chain(self.site.iter()).map(|p| p.reviewed.as_str()).max()
    }
}

/// One entry of the glossary: a term, its abbreviation if it has one, and what it means.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GlossaryEntry {
    /// The abbreviation, such as `NRM`, if the term has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abbr: Option<String>,
    /// The term written out, such as `National Referral Mechanism`.
    pub term: String,
    /// What it means, in one or two plain sentences.
    pub meaning: String,
    /// Where the meaning comes from, a key into the bibliography.
    pub source: String,
    /// A guidance page (slug) that says more, if there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub see: Option<String>,
    /// The English term, kept when the Welsh is laid over an entry with no abbreviation, so
    /// its anchor (and every link to it) stays the same in both languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub english_term: Option<String>,
    /// Whether this shows Welsh: set by [`Library::join_translations`] when the Welsh file
    /// has it; false (English, to be marked `lang="en-GB"` in a Welsh page) otherwise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub welsh: bool,
}

impl GlossaryEntry {
    /// The id used as the entry's anchor on the glossary screen.
    pub fn anchor(&self) -> String {
        let key = self.abbr.as_deref().or(self.english_term.as_deref()).unwrap_or(&self.term);
        let mut id = String::from("term-");
        for c in key.chars() {
            if c.is_ascii_alphanumeric() {
                id.push(c.to_ascii_lowercase());
            } else if !id.ends_with('-') {
                id.push('-');
            }
        }
        id.trim_end_matches('-').to_string()
    }
}

/// One entry of the bibliography.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The key pages use to cite it.
    pub key: String,
    /// Its title.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// When it was published or last updated, as the publisher gives it.
    pub date: String,
    /// Where to find it, if it is online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A page of guidance or about the app, rendered to HTML at build time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// The file name without `.md`; used in links.
    pub slug: String,
    /// The page title.
    pub title: String,
    /// One line saying what the page is for.
    pub summary: String,
    /// The nations the page applies to.
    pub nations: Vec<Nation>,
    /// Keys into the bibliography.
    pub sources: Vec<String>,
    /// When a person last checked the page against its sources (YYYY-MM-DD).
    pub reviewed: String,
    /// The body, as HTML made from the Markdown.
    pub html: String,
    /// What changed and when, newest first (fetched with the rest of the content).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    /// The page in Welsh, if it has been translated (fetched with the rest of the content).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub welsh: Option<Box<PageTranslation>>,
}

/// A page translated from the English (`content/cy/guidance/<slug>.md`), with how far it can be
/// trusted. Facts cited in it keep the register's English words, marked `lang="en-GB"`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageTranslation {
    /// The title, translated.
    pub title: String,
    /// The one-line summary, translated.
    pub summary: String,
    /// The body, as HTML, rendered as the English is (facts, abbreviations, nation passages).
    pub html: String,
    /// Whether a Welsh translator has checked it.
    pub status: TranslationStatus,
    /// The English page has changed since this translation was made from it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub out_of_step: bool,
    /// The fingerprint of the English page it was made from, in its change log's terms, as
    /// [`WelshFile::from`] is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub from: String,
}

/// How far a translation can be trusted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationStatus {
    /// Drafted, not yet checked by a translator.
    Drafted,
    /// Checked by a translator: their role, and the date (YYYY-MM-DD).
    Reviewed {
        /// The reviewer's role (never a name).
        role: String,
        /// When they reviewed it.
        on: String,
    },
}

impl TranslationStatus {
    /// The weaker of two statuses: a draft, else the older review.
    pub fn weakest(self, other: TranslationStatus) -> TranslationStatus {
        match (&self, &other) {
            (TranslationStatus::Drafted, _) => self,
            (_, TranslationStatus::Drafted) => other,
            (TranslationStatus::Reviewed { on: a, .. }, TranslationStatus::Reviewed { on: b, .. }) => {
                if b < a {
                    other
                } else {
                    self
                }
            }
        }
    }
}

impl Page {
    /// The title a reader sees: in Welsh, the page's Welsh title if it has one.
    pub fn title_shown(&self) -> &str {
        self.shown().map_or(&self.title, |w| &w.title)
    }

    /// The summary a reader sees: in Welsh, the page's Welsh summary if it has one.
    pub fn summary_shown(&self) -> &str {
        self.shown().map_or(&self.summary, |w| &w.summary)
    }

    /// The language to mark the title and summary with, where they are not the reader's: in
    /// Welsh, `en-GB` for a page with no Welsh; otherwise none.
    pub fn lang_shown(&self) -> Option<&'static str> {
        (crate::messages::lang() != crate::messages::Lang::EnGb && self.shown().is_none()).then_some("en-GB")
    }

    /// The page's translation into the language chosen now, if it has one.
    fn shown(&self) -> Option<&PageTranslation> {
        (crate::messages::lang() == crate::messages::Lang::Cy).then_some(self.welsh.as_deref()).flatten()
    }

    /// The date of the newest change, if the page has a log.
    pub fn latest_change(&self) -> Option<&str> {
        self.changes.first().map(|c| c.date.as_str())
    }

    /// The changes made since this device last opened the page, whose newest change then was
    /// `seen`; none when the page was never opened here (everything is new to the reader then).
    pub fn changes_since(&self, seen: Option<&str>) -> Vec<&Change> {
        match seen {
            Some(seen) => self.changes.iter().filter(|c| c.date.as_str() > seen).collect(),
            None => Vec::new(),
        }
    }
}

/// One line of "What changed": what changed, under the name of the thing changed, with the
/// address of the screen that shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct LogEntry<'a> {
    /// The name of the thing changed (a page's title, "Glossary", a scenario's title...).
    pub title: String,
    /// The address (`#/...`) of the screen that shows it, if it still exists.
    pub href: Option<String>,
    /// The change.
    pub change: &'a Change,
    /// Whether the Welsh has this change yet; `None` if the thing changed has no Welsh.
    pub welsh: Option<InWelsh>,
}

/// One line of "What changed": a change, or a review of a Welsh translation.
#[derive(Debug, Clone, PartialEq)]
pub enum LogLine<'a> {
    /// A change to an English content file.
    Change(LogEntry<'a>),
    /// A Welsh translator reviewed a translation.
    Reviewed(WelshReview<'a>),
}

impl<'a> LogLine<'a> {
    /// The line's date (YYYY-MM-DD).
    pub fn date(&self) -> &'a str {
        match self {
            LogLine::Change(e) => e.change.date.as_str(),
            LogLine::Reviewed(r) => r.on,
        }
    }
}

/// A review of a Welsh translation, under the name of the thing translated.
#[derive(Debug, Clone, PartialEq)]
pub struct WelshReview<'a> {
    /// The name of the thing translated, as "What changed" names it.
    pub title: String,
    /// The address (`#/...`) of the screen that shows it.
    pub href: Option<String>,
    /// The reviewer's role.
    pub role: &'a str,
    /// When (YYYY-MM-DD).
    pub on: &'a str,
}

/// The role and date of a review, if `status` is one.
fn reviewed(status: &TranslationStatus) -> Option<(&str, &str)> {
    match status {
        TranslationStatus::Reviewed { role, on } => Some((role, on)),
        TranslationStatus::Drafted => None,
    }
}

/// Whether the change `i` of `changes` (newest first) is in a Welsh made from the text whose
/// fingerprint is `from`: the entry with that hash and every older one are; newer ones are not
/// yet. If no entry has it, nothing can be shown to be in the Welsh: only that the newest change
/// is not, if the Welsh is `out_of_step` (the English now is not what it was made from).
pub fn in_welsh(changes: &[Change], i: usize, from: &str, out_of_step: bool) -> InWelsh {
    match changes.iter().position(|c| !from.is_empty() && c.hash == from) {
        Some(made) if i >= made => InWelsh::Yes,
        Some(_) => InWelsh::NotYet,
        None if i == 0 && out_of_step => InWelsh::NotYet,
        None => InWelsh::Unknown,
    }
}

/// What a change log other than a page's belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Logged {
    /// A case scenario, by id (`content/scenarios/<id>.md`).
    Scenario(String),
    /// The glossary (`content/glossary.toml`).
    Glossary,
    /// A group of the checklist, by slug (`content/indicators/<n>-<slug>.toml`).
    Signs(String),
    /// The next steps for each nation and the helplines (`content/nations.toml`).
    Nations,
    /// The bibliography (`content/sources.toml`): shown beside the pages that cite it.
    Sources,
}

/// The change log of one content file other than a page, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Log {
    /// What it belongs to.
    pub subject: Logged,
    /// Its changes, newest first.
    pub changes: Vec<Change>,
}

/// One dated change to a page, as its front matter records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// When (YYYY-MM-DD).
    pub date: String,
    /// What kind of change.
    pub kind: ChangeKind,
    /// What changed, in one line.
    pub what: String,
    /// The fingerprint of the text as it was when the entry was written: a translation made
    /// from that text names it in its `from`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hash: String,
}

/// The kinds of change a page's log records, as Scotland's guidance and the London
/// procedures keep them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// Changes what a practitioner should do or know.
    Significant,
    /// New text: a section or page added.
    New,
    /// Wording, order or clarity; no change to what to do.
    Minor,
    /// A link or source address updated.
    Link,
}

impl ChangeKind {
    /// The label shown beside the change.
    pub fn label(self) -> String {
        match self {
            ChangeKind::Significant => msg!("content-change-significant"),
            ChangeKind::New => msg!("content-change-new"),
            ChangeKind::Minor => msg!("content-change-minor"),
            ChangeKind::Link => msg!("content-change-link"),
        }
    }
}

/// What kind of sign an item on the checklist is. The kinds are kept apart and named for what
/// they are: a circumstance that makes a child easier to target is never read as a sign that
/// harm is happening, and a warning sign on its own is never read as proof of exploitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignKind {
    /// A circumstance that makes a child easier to target (never the cause of abuse).
    Circumstance,
    /// A warning sign: it may have another explanation on its own.
    Warning,
    /// A sign that harm is happening now.
    Harm,
    /// A strength or protective factor: recorded, and never lowers the level.
    Strength,
}

impl SignKind {
    /// Every kind, in the order the checklist explains them.
    pub const ALL: [SignKind; 4] = [SignKind::Harm, SignKind::Warning, SignKind::Circumstance, SignKind::Strength];

    /// The label shown beside a sign.
    pub fn label(self) -> String {
        match self {
            SignKind::Circumstance => msg!("content-kind-circumstance"),
            SignKind::Warning => msg!("content-kind-warning"),
            SignKind::Harm => msg!("content-kind-harm"),
            SignKind::Strength => msg!("content-kind-strength"),
        }
    }

    /// A stable id, used in content files and styles.
    pub fn id(self) -> &'static str {
        match self {
            SignKind::Circumstance => "circumstance",
            SignKind::Warning => "warning",
            SignKind::Harm => "harm",
            SignKind::Strength => "strength",
        }
    }

    /// Whether a sign of this kind points to exploitation (a warning sign or a sign of harm).
    pub fn is_sign_of_exploitation(self) -> bool {
        matches!(self, SignKind::Warning | SignKind::Harm)
    }
}

/// A form of exploitation. Children rarely face only one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Form {
    /// Criminal exploitation, including county lines.
    Criminal,
    /// Sexual exploitation.
    Sexual,
    /// Forced labour.
    Labour,
    /// Domestic servitude.
    DomesticServitude,
    /// Trafficking: moving a child, across or within borders, to exploit them.
    Trafficking,
    /// Removal of organs.
    OrganRemoval,
    /// Exploitation online.
    Online,
}

impl Form {
    /// Every form, in the order the app lists them.
    pub const ALL: [Form; 7] = [
        Form::Criminal,
        Form::Sexual,
        Form::Labour,
        Form::DomesticServitude,
        Form::Trafficking,
        Form::OrganRemoval,
        Form::Online,
    ];

    /// The name shown to people.
    pub fn name(self) -> String {
        match self {
            Form::Criminal => msg!("content-form-criminal"),
            Form::Sexual => msg!("content-form-sexual"),
            Form::Labour => msg!("content-form-labour"),
            Form::DomesticServitude => msg!("content-form-domestic-servitude"),
            Form::Trafficking => msg!("content-form-trafficking"),
            Form::OrganRemoval => msg!("content-form-organ-removal"),
            Form::Online => msg!("content-form-online"),
        }
    }

    /// The name inside a sentence ("criminal exploitation"), as a message put into words when
    /// shown: the screening rules hold it so, and never need the words themselves.
    pub fn in_sentence(self) -> Message {
        match self {
            Form::Criminal => message!("content-form-criminal-in-sentence"),
            Form::Sexual => message!("content-form-sexual-in-sentence"),
            Form::Labour => message!("content-form-labour-in-sentence"),
            Form::DomesticServitude => message!("content-form-domestic-servitude-in-sentence"),
            Form::Trafficking => message!("content-form-trafficking-in-sentence"),
            Form::OrganRemoval => message!("content-form-organ-removal-in-sentence"),
            Form::Online => message!("content-form-online-in-sentence"),
        }
    }
}

/// One item of the indicator checklist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sign {
    /// A stable id: saved answers and links refer to it.
    pub id: String,
    /// What the practitioner may have noticed, in plain words.
    pub text: String,
    /// More detail, shown under the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// Its kind.
    pub kind: SignKind,
    /// The forms of exploitation it points to.
    pub forms: Vec<Form>,
    /// Its source, a key into the bibliography.
    pub source: String,
    /// Where in the source it comes from.
    pub basis: String,
    /// Signs that describe one fact share this group id, so that together they count as one
    /// thing noticed, never as a combination (for example a sexual-health need and frequent
    /// visits to a sexual-health clinic).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_fact: Option<String>,
    /// A warning sign seen in many situations and many forms of exploitation, which does not
    /// point to one form in particular: such signs raise concern together, but never make a
    /// pattern that points to one form on their own.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub general: bool,
    /// Whether this shows Welsh: set by [`Library::join_translations`] when the Welsh file
    /// has it; false (English, to be marked `lang="en-GB"` in a Welsh page) otherwise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub welsh: bool,
}

impl Sign {
    /// The fact this sign describes: its `same_fact` group, else its own id.
    pub fn fact(&self) -> &str {
        self.same_fact.as_deref().unwrap_or(&self.id)
    }
}

/// A group of signs shown together on the checklist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignGroup {
    /// The file name without its order prefix or `.toml`.
    pub slug: String,
    /// The group heading.
    pub title: String,
    /// A short introduction shown above the signs.
    pub intro: String,
    /// Guidance pages (slugs) that explain these signs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guidance: Vec<String>,
    /// The signs, in order.
    pub signs: Vec<Sign>,
    /// Whether this shows Welsh: set by [`Library::join_translations`] when the Welsh file
    /// has it; false (English, to be marked `lang="en-GB"` in a Welsh page) otherwise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub welsh: bool,
}

/// What to do next, and who to tell, in one nation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NationSteps {
    /// The nation.
    pub nation: Nation,
    /// Who to tell for child protection, and how.
    pub children_services: String,
    /// Out of office hours: who answers for children's services, and how to find their number
    /// (it is local, so none is stated).
    pub out_of_hours: String,
    /// Telling the police.
    pub police: String,
    /// The police non-emergency number, only where the references confirm it for this nation.
    #[serde(default)]
    pub police_number: Option<String>,
    /// Where to find the police non-emergency number (said whether or not one is given).
    pub police_find: String,
    /// The National Referral Mechanism in this nation.
    pub nrm: String,
    /// The name of the guardian service.
    pub guardian_name: String,
    /// What the guardian service is and who it is for.
    pub guardian: String,
    /// The name of the protection against prosecution.
    pub non_prosecution_name: String,
    /// What it protects.
    pub non_prosecution: String,
    /// Who makes NRM decisions for children here.
    pub decisions: String,
    /// Sources, keys into the bibliography.
    pub sources: Vec<String>,
    /// Whether this shows Welsh: set by [`Library::join_translations`] when the Welsh file
    /// has it; false (English, to be marked `lang="en-GB"` in a Welsh page) otherwise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub welsh: bool,
}

/// A helpline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Helpline {
    /// Its name.
    pub name: String,
    /// The number to call.
    pub number: String,
    /// Who it is for.
    pub purpose: String,
    /// When it is open, or where to check.
    pub hours: String,
    /// The nations it serves.
    pub nations: Vec<Nation>,
    /// Whether this shows Welsh: set by [`Library::join_translations`] when the Welsh file
    /// has it; false (English, to be marked `lang="en-GB"` in a Welsh page) otherwise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub welsh: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(hash: &str) -> Change {
        Change { date: "2026-12-01".into(), kind: ChangeKind::Minor, what: "x".into(), hash: hash.into() }
    }

    #[test]
    fn a_change_is_in_the_welsh_only_if_the_welsh_was_made_from_it_or_a_later_text() {
        let log = [change("c"), change("b"), change("a")];
        let states = |from: &str, stale: bool| (0..3).map(|i| in_welsh(&log, i, from, stale)).collect::<Vec<_>>();
        assert_eq!(states("c", false), [InWelsh::Yes; 3]);
        assert_eq!(states("b", true), [InWelsh::NotYet, InWelsh::Yes, InWelsh::Yes]);
        assert_eq!(states("a", true), [InWelsh::NotYet, InWelsh::NotYet, InWelsh::Yes]);
        // Made from a text no entry records: out of step, only the newest is known to be missing.
        assert_eq!(states("z", true), [InWelsh::NotYet, InWelsh::Unknown, InWelsh::Unknown]);
        assert_eq!(states("z", false), [InWelsh::Unknown; 3]);
        // Older data with no hashes, or no `from`, claims nothing.
        assert_eq!(in_welsh(&[change("")], 0, "", false), InWelsh::Unknown);
    }

    #[test]
    fn the_weakest_status_is_a_draft_else_the_oldest_review() {
        let reviewed = |on: &str| TranslationStatus::Reviewed { role: "r".into(), on: on.into() };
        assert_eq!(reviewed("2026-12-01").weakest(TranslationStatus::Drafted), TranslationStatus::Drafted);
        assert_eq!(TranslationStatus::Drafted.weakest(reviewed("2026-12-01")), TranslationStatus::Drafted);
        assert_eq!(reviewed("2026-12-03").weakest(reviewed("2026-12-01")), reviewed("2026-12-01"));
        assert_eq!(reviewed("2026-12-01").weakest(reviewed("2026-12-03")), reviewed("2026-12-01"));
    }

    #[test]
    fn a_welsh_file_names_the_english_file_it_translates_as_its_log_does() {
        let file = |path: &str| WelshFile {
            path: path.into(),
            status: TranslationStatus::Drafted,
            out_of_step: false,
            from: String::new(),
        };
        assert_eq!(file("cy/glossary.toml").subject(), Some(Logged::Glossary));
        assert_eq!(file("cy/nations.toml").subject(), Some(Logged::Nations));
        assert_eq!(
            file("cy/indicators/12-labour-servitude.toml").subject(),
            Some(Logged::Signs("labour-servitude".into()))
        );
        assert_eq!(file("cy/scenarios/kobe.md").subject(), Some(Logged::Scenario("kobe".into())));
        assert_eq!(file("cy/terms.toml").subject(), None);
        assert_eq!(file("glossary.toml").subject(), None);
    }

    #[test]
    fn older_saved_content_without_hashes_or_welsh_status_still_loads() {
        let old = r#"{"date":"2026-11-30","kind":"minor","what":"x"}"#;
        assert_eq!(serde_json::from_str::<Change>(old).unwrap().hash, "");
        let new = serde_json::to_string(&change("")).unwrap();
        assert!(!new.contains("hash"), "an empty hash is not written: {new}");
        let library: Library = serde_json::from_str(&serde_json::to_string(&Library::default()).unwrap()).unwrap();
        assert!(library.welsh_files.is_empty());
    }
}

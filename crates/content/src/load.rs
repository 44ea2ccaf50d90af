//! Reading `content/` from disk, checking every file, and building the [`Library`].
//!
//! Every problem is collected (not only the first), each with its file and line, so a trainer
//! can fix a whole batch at once. The build script calls [`load`] and fails the build on any
//! problem: a broken content file never reaches a phone.

use super::facts::{self, Register};
use super::files::{stem, Files};
use super::front_matter;
use super::glossary::{self, Abbreviations};
use super::indicators;
use super::language::Rules;
use super::markdown;
use super::scenarios;
use super::{ContentError, Library, Log, Logged, Page, Source};
use crate::nation::Nation;
use crate::route::{is_slug, Route};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use toml::Spanned;

/// The bibliography file, relative to the content folder.
pub const SOURCES_FILE: &str = "sources.toml";
/// The folder of guidance pages.
pub const GUIDANCE_DIR: &str = super::files::GUIDANCE_DIR;
/// The folder of pages about the app.
pub const SITE_DIR: &str = super::files::SITE_DIR;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    title: Spanned<String>,
    publisher: Spanned<String>,
    date: Spanned<String>,
    url: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFront {
    title: Spanned<String>,
    summary: Spanned<String>,
    nations: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    sources: Option<Spanned<Vec<Spanned<String>>>>,
    reviewed: Spanned<toml::value::Datetime>,
    #[serde(default)]
    order: Option<u32>,
    #[serde(default)]
    changes: Vec<super::changes::RawChange>,
}

/// Reads and checks the content folder at `root`. Returns the library, or every problem found.
pub fn load(root: &Path) -> Result<Library, Vec<ContentError>> {
    check(root).0
}

/// Reads the content folder at `root` into memory and checks it ([`check_files`]).
pub fn check(root: &Path) -> (Result<Library, Vec<ContentError>>, Vec<ContentError>) {
    check_files(&Files::read_dir(root))
}

/// Checks a set of content files (read from a folder or made in memory) and builds the library,
/// or returns every problem; also returns warnings: things worth a second look that do not stop
/// the build (long choices, wording that may blame a child, text that looks like real details).
pub fn check_files(root: &Files) -> (Result<Library, Vec<ContentError>>, Vec<ContentError>) {
    let checked = check_all(root);
    let mut errors = checked.errors;
    if errors.is_empty() {
        (Ok(checked.library), checked.warnings)
    } else {
        errors.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        (Err(errors), checked.warnings)
    }
}

/// Everything checking the content found, with what checking one more file needs to know.
pub(super) struct Checked {
    pub(super) library: Library,
    pub(super) anchors: Anchors,
    pub(super) abbrs: Abbreviations,
    pub(super) rules: Rules,
    pub(super) register: Register,
    pub(super) errors: Vec<ContentError>,
    pub(super) warnings: Vec<ContentError>,
}

/// Checks every file and builds the library, keeping every problem and the page anchors,
/// abbreviations and wording rules (which [`crate::ScenarioChecker`] reuses for a trainer's own
/// file).
pub(super) fn check_all(raw: &Files) -> Checked {
    let mut errors = Vec::new();

    // When the bibliography itself cannot be read, pages are not blamed for citing it.
    let sources = load_sources(raw, &mut errors);
    let known = sources.as_ref();
    // Every fact reference is replaced by the fact as cited before any file is read, so every
    // loader sees the words a reader will see; figures written outside the register are refused.
    let register = Register::load(raw, known, facts::today(), &mut errors);
    let expanded = register.expand_all(raw, &mut errors);
    register.scan_all(raw, &mut errors);
    let root = &expanded;
    let mut links = Vec::new();
    let (glossary, abbrs) = glossary::load(root, known, &mut links, &mut errors);
    let mut guidance = load_pages(root, GUIDANCE_DIR, true, known, &abbrs, &register, &mut errors);
    let site = load_pages(root, SITE_DIR, false, known, &abbrs, &register, &mut errors);
    let sign_groups = indicators::load_groups(root, &sources, &abbrs, &mut links, &mut errors);
    let steps = indicators::load_nations(root, &sources, &abbrs, &mut errors);
    let scenarios = scenarios::load(root, known, &abbrs, &mut links, &mut errors);
    let logs = file_logs(root, scenarios.logs, &sign_groups, &mut errors);
    let mut welsh = super::Translations::default();
    let mut warnings = scenarios.warnings;
    super::translated::load(raw, root, known, &abbrs, &mut links, &mut errors, &mut warnings, &mut welsh);
    let sources = sources.unwrap_or_default();
    guidance.sort_by(|a, b| (a.order, &a.page.title).cmp(&(b.order, &b.page.title)));

    let mut anchors = Anchors::new();
    let mut split_off = |loaded: Vec<Loaded>| -> Vec<Page> {
        loaded
            .into_iter()
            .map(|l| {
                links.extend(l.links.into_iter().map(|(line, url)| (l.file.clone(), line, url)));
                anchors.insert(l.page.slug.clone(), l.anchors);
                l.page
            })
            .collect()
    };
    let mut guidance = split_off(guidance);
    let mut site = split_off(site);
    super::translations::load(
        raw,
        root,
        &abbrs,
        &register,
        &anchors,
        &mut guidance,
        &mut site,
        &mut links,
        &mut errors,
    );
    let library = Library {
        sources: sources.into(),
        guidance: guidance.into(),
        site: site.into(),
        glossary: glossary.into(),
        sign_groups: sign_groups.into(),
        scenarios: scenarios.scenarios.into(),
        nations: steps.nations.into(),
        helplines: steps.helplines.into(),
        steps_reviewed: steps.reviewed,
        logs: logs.into(),
        version: String::new(),
        translated: Some(Box::new(welsh)),
        english_words: Default::default(),
        welsh_files: Vec::new(),
    };
    for (file, line, url) in links {
        if let Some(message) = link_problem(&library, &anchors, &url) {
            errors.push(ContentError::new(file, line, message));
        }
    }

    let rules = super::language::check_all(raw, &mut errors);
    let mut library = library;
    library.version = version(raw, &library);
    Checked { library, anchors, abbrs, rules, register, errors, warnings }
}

/// The change logs of the files that are not pages, each checked against its text: the
/// scenarios' (`scenarios`, already checked, in reading order), then the glossary's, each
/// indicator group's (in checklist order), the nations' and the bibliography's.
fn file_logs(
    root: &Files,
    scenarios: Vec<Log>,
    groups: &[super::SignGroup],
    errors: &mut Vec<ContentError>,
) -> Vec<Log> {
    use super::changes::check_toml_file;
    let mut logs = scenarios;
    if let Some(text) = root.text(glossary::GLOSSARY_FILE) {
        let changes = check_toml_file(&root.display(glossary::GLOSSARY_FILE), text, errors);
        logs.push(Log { subject: Logged::Glossary, changes });
    }
    // A missing folder is reported where the groups are read.
    for rel in root.list(indicators::INDICATORS_DIR, "toml", &mut Vec::new()) {
        let Some(text) = root.text(rel) else { continue };
        let changes = check_toml_file(&root.display(rel), text, errors);
        let slug = indicators::group_slug(rel);
        if groups.iter().any(|g| g.slug == slug) {
            logs.push(Log { subject: Logged::Signs(slug), changes });
        }
    }
    if let Some(text) = root.text(indicators::NATIONS_FILE) {
        let changes = check_toml_file(&root.display(indicators::NATIONS_FILE), text, errors);
        logs.push(Log { subject: Logged::Nations, changes });
    }
    if let Some(text) = root.text(SOURCES_FILE) {
        let changes = check_toml_file(&root.display(SOURCES_FILE), text, errors);
        logs.push(Log { subject: Logged::Sources, changes });
    }
    logs
}

/// The content's version: the date of the newest change to any content file and a fingerprint
/// of every content file, so a printed page or a copied record says which content it came from.
fn version(root: &Files, library: &Library) -> String {
    let newest = library.newest_change().unwrap_or("");
    let mut all = Vec::new();
    for (rel, text) in root.all() {
        all.extend(rel.bytes());
        all.extend(text.unwrap_or_default().bytes());
    }
    format!("{newest} ({:08x})", super::changes::fnv1a(&all) as u32)
}

pub(super) fn load_sources(root: &Files, errors: &mut Vec<ContentError>) -> Option<BTreeMap<String, Source>> {
    let file = &root.display(SOURCES_FILE);
    let text = root.read(SOURCES_FILE, errors)?;
    let raw: BTreeMap<Spanned<String>, RawSource> = match front_matter::parse_toml::<SourcesFile>(file, text, 1, "") {
        Ok(r) => r.0,
        Err(e) => {
            errors.push(e);
            return None;
        }
    };
    let error = |span: std::ops::Range<usize>, message: String| {
        let (line, column) = front_matter::place(text, 1, span.start);
        ContentError::at(file, line, column, message)
    };
    let mut out = BTreeMap::new();
    for (key, s) in raw {
        let k = key.get_ref();
        if !is_slug(k) {
            errors.push(error(key.span(), format!("source key '{k}' must be lowercase letters, digits and hyphens")));
        }
        for (field, value) in [("title", &s.title), ("publisher", &s.publisher), ("date", &s.date)] {
            if value.get_ref().trim().is_empty() {
                errors.push(error(value.span(), format!("source '{k}' has an empty {field}")));
            }
        }
        if let Some(url) = &s.url {
            let u = url.get_ref();
            if !u.starts_with("https://") && !u.starts_with("http://") {
                errors.push(error(url.span(), format!("source '{k}' has an address that is not a web address: '{u}'")));
            }
        }
        let key = key.into_inner();
        out.insert(
            key.clone(),
            Source {
                key,
                title: s.title.into_inner(),
                publisher: s.publisher.into_inner(),
                date: s.date.into_inner(),
                url: s.url.map(Spanned::into_inner),
            },
        );
    }
    Some(out)
}

/// The bibliography as written: a table for each source, by key, and the file's change log
/// (`[[changes]]`, read and checked by [`super::changes::check_toml_file`]), which is skipped
/// here. Read entry by entry so each value keeps its place in the file.
struct SourcesFile(BTreeMap<Spanned<String>, RawSource>);

impl<'de> Deserialize<'de> for SourcesFile {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = SourcesFile;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a table for each source")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<SourcesFile, A::Error> {
                let mut out = BTreeMap::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    if key.get_ref() == "changes" {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    } else {
                        let value = map.next_value::<RawSource>()?;
                        out.insert(key, value);
                    }
                }
                Ok(SourcesFile(out))
            }
        }
        d.deserialize_map(Entries)
    }
}

/// A page as read, with what the later checks need.
struct Loaded {
    order: u32,
    page: Page,
    file: String,
    links: Vec<(usize, String)>,
    anchors: Vec<String>,
}

/// The section ids of each page, by slug.
pub type Anchors = HashMap<String, Vec<String>>;

fn load_pages(
    root: &Files,
    dir: &str,
    needs_sources: bool,
    sources: Option<&BTreeMap<String, Source>>,
    abbrs: &Abbreviations,
    register: &Register,
    errors: &mut Vec<ContentError>,
) -> Vec<Loaded> {
    let mut pages = Vec::new();
    for rel in root.list(dir, "md", errors) {
        let file = root.display(rel);
        let Some(text) = root.read(rel, errors) else { continue };
        if let Some(page) = load_page(&file, stem(rel), text, needs_sources, sources, abbrs, register, errors) {
            pages.push(page);
        }
    }
    pages
}

#[allow(clippy::too_many_arguments)]
fn load_page(
    file: &str,
    slug: &str,
    text: &str,
    needs_sources: bool,
    sources: Option<&BTreeMap<String, Source>>,
    abbrs: &Abbreviations,
    register: &Register,
    errors: &mut Vec<ContentError>,
) -> Option<Loaded> {
    let before = errors.len();
    let slug = slug.to_string();
    if !is_slug(&slug) {
        errors.push(ContentError::new(
            file,
            1,
            "the file name must be lowercase letters, digits and hyphens, ending in .md",
        ));
    }
    let split = match front_matter::split(file, text) {
        Ok(s) => s,
        Err(e) => {
            errors.push(e);
            return None;
        }
    };
    let front: RawFront = match front_matter::parse(file, &split) {
        Ok(f) => f,
        Err(e) => {
            errors.push(e);
            return None;
        }
    };
    // Every problem is placed where the parser found the value: its line and column.
    let at = |span: std::ops::Range<usize>, message: String| {
        let (line, column) = front_matter::place(split.front, split.front_line, span.start);
        ContentError::at(file, line, column, message)
    };

    if front.title.get_ref().trim().is_empty() {
        errors.push(at(front.title.span(), "the title is empty".into()));
    }
    if front.summary.get_ref().trim().is_empty() {
        errors.push(at(front.summary.span(), "the summary is empty: say in one line what the page is for".into()));
    }
    let mut nations = Vec::new();
    if front.nations.get_ref().is_empty() {
        errors.push(at(
            front.nations.span(),
            "list the nations the page applies to, for example nations = [\"england\", \"wales\"]".into(),
        ));
    }
    for id in front.nations.get_ref() {
        match Nation::from_id(id.get_ref()) {
            Some(n) if !nations.contains(&n) => nations.push(n),
            Some(_) => errors.push(at(id.span(), format!("nation '{}' is listed twice", id.get_ref()))),
            None => errors.push(at(
                id.span(),
                format!("unknown nation '{}': use england, wales, scotland or northern-ireland", id.get_ref()),
            )),
        }
    }
    let cited: Vec<Spanned<String>> = front.sources.map(|s| s.into_inner()).unwrap_or_default();
    if needs_sources && cited.is_empty() {
        errors.push(ContentError::new(
            file,
            split.front_line,
            "a guidance page must cite its sources: add sources = [\"key\"] with keys from content/sources.toml",
        ));
    }
    for key in cited.iter().filter(|_| sources.is_some()) {
        if !sources.is_some_and(|s| s.contains_key(key.get_ref())) {
            errors.push(at(key.span(), format!("source '{}' is not in content/sources.toml", key.get_ref())));
        }
    }
    let reviewed = front_matter::iso_date(front.reviewed.get_ref()).unwrap_or_else(|| {
        errors.push(at(front.reviewed.span(), "reviewed must be a date like 2026-11-23, without a time".into()));
        String::new()
    });
    let (title, summary) = (front.title.into_inner(), front.summary.into_inner());

    let current = super::changes::fingerprint(&title, &summary, split.body);
    let changes = super::changes::check(file, split.front, split.front_line, front.changes, &current, errors);
    // The register's own figures (for the About page) are filled in after the fingerprint, so
    // a new fact in the register does not count as a change to the page's words.
    let (body, mut problems) = register.fill_summary(split.body);
    let rendered = markdown::render(&body, abbrs);
    problems.extend(rendered.problems);
    for (line, message) in problems {
        errors.push(ContentError::new(file, line + split.body_line - 1, message));
    }
    if split.body.trim().is_empty() {
        errors.push(ContentError::new(file, split.body_line, "the page has no text after its front matter"));
    }
    let links = rendered.internal_links.into_iter().map(|(l, u)| (l + split.body_line - 1, u)).collect();

    if errors.len() > before {
        return None;
    }
    let page = Page {
        slug,
        title,
        summary,
        nations,
        sources: cited.into_iter().map(Spanned::into_inner).collect(),
        reviewed,
        html: rendered.html,
        changes,
        welsh: None,
    };
    Some(Loaded {
        order: front.order.unwrap_or(u32::MAX),
        page,
        file: file.to_string(),
        links,
        anchors: rendered.anchors,
    })
}

/// Why an internal link leads nowhere, if it does: every `#/...` link must reach a screen, and a
/// link to a section must reach a heading of that page.
pub fn link_problem(library: &Library, anchors: &Anchors, url: &str) -> Option<String> {
    match Route::parse(url) {
        Route::NotFound(_) => Some(format!("link '{url}' leads to no screen of the app")),
        Route::Guidance(slug, _) if library.guidance_page(&slug).is_none() => {
            Some(format!("link '{url}' leads to a guidance page that does not exist"))
        }
        Route::Guidance(slug, Some(section)) if !anchors.get(&slug).is_some_and(|a| a.contains(&section)) => {
            let known = anchors.get(&slug).map(|a| a.join(", ")).unwrap_or_default();
            Some(format!(
                "link '{url}' points to a section '{section}' that the page does not have (its sections: {known})"
            ))
        }
        _ => None,
    }
}

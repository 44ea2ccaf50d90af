//! The checked content model: what the app receives, already validated.

use crate::nation::Nation;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Everything the app shows that comes from `content/`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Library {
    /// The bibliography, by key.
    pub sources: BTreeMap<String, Source>,
    /// Guidance pages, in reading order.
    pub guidance: Vec<Page>,
    /// Pages about the app itself (about, privacy).
    pub site: Vec<Page>,
}

impl Library {
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

    /// The most recent reviewed date of any page (ISO dates sort as text).
    pub fn last_reviewed(&self) -> Option<&str> {
        self.guidance
            .iter()
            .chain(self.site.iter())
            .map(|p| p.reviewed.as_str())
            .max()
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
}

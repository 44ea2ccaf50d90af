//! The content files as one set in memory: read from a folder once ([`Files::read_dir`]) or
//! made in memory ([`Files::from_texts`], for tests and for checking a trainer's file in the
//! browser). Every loader reads through it, so no check touches the disk, and none calls back
//! into the loader.

use super::ContentError;
use std::collections::BTreeMap;
use std::path::Path;

/// The content files, by path relative to the content folder (with `/`), each with its text or
/// why it could not be read.
#[derive(Debug, Clone, Default)]
pub struct Files {
    /// The folder's name, shown before each path in messages (`content`).
    name: String,
    files: BTreeMap<String, Result<String, String>>,
    /// Folders that could not be read, with why.
    unreadable: BTreeMap<String, String>,
}

impl Files {
    /// Every `.md` and `.toml` file under `root`, at any depth.
    pub fn read_dir(root: &Path) -> Files {
        let name = root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut out = Files { name, ..Files::default() };
        out.collect(root, "");
        out
    }

    /// A set made in memory from (relative path, text) pairs; `name` is shown in messages.
    pub fn from_texts<'a>(name: &str, texts: impl IntoIterator<Item = (&'a str, &'a str)>) -> Files {
        let files = texts.into_iter().map(|(p, t)| (p.to_string(), Ok(t.to_string()))).collect();
        Files { name: name.to_string(), files, unreadable: BTreeMap::new() }
    }

    /// Puts `text` at `rel` (adding or replacing the file).
    pub fn set(&mut self, rel: &str, text: &str) {
        self.files.insert(rel.to_string(), Ok(text.to_string()));
    }

    /// Takes the file at `rel` away.
    pub fn remove(&mut self, rel: &str) {
        self.files.remove(rel);
    }

    /// The text at `rel`, if there is a readable file there.
    pub fn text(&self, rel: &str) -> Option<&str> {
        self.files.get(rel).and_then(|r| r.as_deref().ok())
    }

    fn collect(&mut self, dir: &Path, prefix: &str) {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                self.unreadable.insert(prefix.trim_end_matches('/').to_string(), e.to_string());
                return;
            }
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let rel = format!("{prefix}{}", entry.file_name().to_string_lossy());
            if path.is_dir() {
                self.collect(&path, &format!("{rel}/"));
            } else if path.extension().is_some_and(|x| x == "md" || x == "toml") {
                self.files.insert(rel, std::fs::read_to_string(&path).map_err(|e| e.to_string()));
            }
        }
    }

    /// The path shown in messages: `content/<rel>`.
    pub(super) fn display(&self, rel: &str) -> String {
        if self.name.is_empty() {
            rel.to_string()
        } else {
            format!("{}/{rel}", self.name)
        }
    }

    /// The text of a content file, or `None` after reporting why it cannot be read.
    pub(super) fn read(&self, rel: &str, errors: &mut Vec<ContentError>) -> Option<&str> {
        match self.files.get(rel) {
            Some(Ok(text)) => Some(text),
            Some(Err(e)) => {
                errors.push(ContentError::new(self.display(rel), 1, format!("cannot read the file: {e}")));
                None
            }
            None => {
                errors.push(ContentError::new(self.display(rel), 1, "cannot read the file: it is missing"));
                None
            }
        }
    }

    /// The files ending in `.ext` directly in the folder `dir`, sorted by name. A folder that
    /// is missing or cannot be read is a problem.
    pub(super) fn list(&self, dir: &str, ext: &str, errors: &mut Vec<ContentError>) -> Vec<&str> {
        if let Some(e) = self.unreadable.get(dir) {
            errors.push(ContentError::new(self.display(dir), 1, format!("cannot read the folder: {e}")));
            return Vec::new();
        }
        let prefix = format!("{dir}/");
        let in_dir: Vec<&str> = self
            .files
            .keys()
            .map(String::as_str)
            .filter(|p| p.strip_prefix(&prefix).is_some_and(|rest| !rest.contains('/')))
            .collect();
        if in_dir.is_empty() && !self.files.keys().any(|p| p.starts_with(&prefix)) {
            errors.push(ContentError::new(self.display(dir), 1, "cannot read the folder: it is missing or empty"));
        }
        in_dir.into_iter().filter(|p| p.ends_with(&format!(".{ext}"))).collect()
    }

    /// The same set, each readable file's text replaced by `f(rel, text)`.
    pub(super) fn map(&self, mut f: impl FnMut(&str, &str) -> String) -> Files {
        let files =
            self.files.iter().map(|(p, t)| (p.clone(), t.as_ref().map(|t| f(p, t)).map_err(Clone::clone))).collect();
        Files { name: self.name.clone(), files, unreadable: self.unreadable.clone() }
    }

    /// Every file with its relative path, sorted by path.
    pub(super) fn all(&self) -> impl Iterator<Item = (&str, Result<&str, &str>)> {
        self.files.iter().map(|(p, t)| (p.as_str(), t.as_deref().map_err(String::as_str)))
    }
}

/// The folder of guidance pages (re-exported as `load::GUIDANCE_DIR`).
pub(crate) const GUIDANCE_DIR: &str = "guidance";
/// The folder of pages about the app (re-exported as `load::SITE_DIR`).
pub(crate) const SITE_DIR: &str = "pages";
/// The folder of Welsh content.
pub(crate) const WELSH_DIR: &str = "cy";

/// The English page or scenario a translated one translates: `cy/guidance/age.md` →
/// `guidance/age.md`, `cy/scenarios/kobe.md` → `scenarios/kobe.md`; `None` for any other file.
pub fn english_of(rel: &str) -> Option<String> {
    let rest = rel.strip_prefix(WELSH_DIR)?.strip_prefix('/')?;
    let (dir, name) = rest.split_once('/')?;
    ((dir == GUIDANCE_DIR || dir == SITE_DIR || dir == "scenarios") && !name.contains('/') && name.ends_with(".md"))
        .then(|| rest.to_string())
}

/// The file name of `rel` without its extension: `scenarios/kobe.md` → `kobe`.
pub(super) fn stem(rel: &str) -> &str {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    name.rsplit_once('.').map_or(name, |(s, _)| s)
}

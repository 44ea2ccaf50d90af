//! Checking one scenario file on its own, as a trainer writes it in the browser: the same checks
//! the build makes of `content/scenarios/` ([`crate::load`]), against the rest of the content
//! (its sources, glossary, guidance pages and their sections, and the wording to avoid).

use super::files::Files;
use super::glossary::Abbreviations;
use super::language::Rules;
use super::load::{check_all, link_problem, Anchors, Checked};
use super::scenarios::check_one;
use super::{ContentError, Library};
use crate::scenario::Scenario;

/// What one file's check found: the scenario when it has no problem, and every problem and
/// warning with its line and (where known) column.
#[derive(Debug, Clone, PartialEq)]
pub struct FileCheck {
    /// The scenario, only when there is no problem.
    pub scenario: Option<Scenario>,
    /// Problems that would stop the build, in the order of the file.
    pub errors: Vec<ContentError>,
    /// Things worth a second look that would not stop it.
    pub warnings: Vec<ContentError>,
}

/// The rest of the content, read and checked once, ready to check scenario files against.
#[derive(Debug)]
pub struct ScenarioChecker {
    library: Library,
    anchors: Anchors,
    abbrs: Abbreviations,
    rules: Rules,
}

impl ScenarioChecker {
    /// Reads and checks the content files `root`; fails with their problems if they have any
    /// (a trainer's file cannot be checked against content that does not build).
    pub fn new(root: &Files) -> Result<ScenarioChecker, Vec<ContentError>> {
        let checked = check_all(root);
        if !checked.errors.is_empty() {
            return Err(checked.errors);
        }
        let Checked { library, anchors, abbrs, rules, .. } = checked;
        Ok(ScenarioChecker { library, anchors, abbrs, rules })
    }

    /// Checks the scenario file called `file_name` (such as `my-case.md`: its id is the name
    /// without `.md`) holding `text`, as the build would check it in `content/scenarios/`.
    /// One more rule applies to a file of one's own: its id must not be one the app's own
    /// scenarios use, or saved progress would mix the two.
    pub fn check(&self, file_name: &str, text: &str) -> FileCheck {
        let (mut errors, mut warnings, mut links) = (Vec::new(), Vec::new(), Vec::new());
        let stem = match file_name.strip_suffix(".md") {
            Some(stem) => stem,
            None => {
                errors.push(ContentError::new(file_name, 1, "the file name must end in .md"));
                file_name
            }
        };
        if self.library.scenario(stem).is_some() {
            errors.push(ContentError::new(
                file_name,
                1,
                format!("the app already has a scenario called '{stem}': give yours another file name, such as '{stem}-local.md'"),
            ));
        }
        let sources = Some(&self.library.sources);
        let found = check_one(file_name, stem, text, sources, &self.abbrs, &mut links, &mut errors, &mut warnings);
        for (file, line, url) in links {
            if let Some(message) = link_problem(&self.library, &self.anchors, &url) {
                errors.push(ContentError::new(file, line, message));
            }
        }
        self.rules.check(file_name, text, true, &mut errors);
        errors.sort_by_key(|e| (e.line, e.column));
        warnings.sort_by_key(|e| (e.line, e.column));
        let scenario = found.filter(|_| errors.is_empty()).map(|(_, s)| s);
        FileCheck { scenario, errors, warnings }
    }
}

//! Checking one scenario file on its own, as a trainer writes it in the browser: the same checks
//! the build makes of `content/scenarios/` ([`crate::load`]), against the rest of the content
//! (its sources, glossary, guidance pages and their sections, and the wording to avoid).

use super::facts::Register;
use super::files::Files;
use super::glossary::Abbreviations;
use super::language::Rules;
use super::load::{check_all, link_problem, Anchors, Checked};
use super::scenarios::check_one;
use super::{ContentError, Library};
use crate::scenario::local::{self, Authored};
use crate::scenario::Scenario;
use std::collections::HashSet;

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
    /// The facts register, so a file can cite facts as the app's own scenarios do.
    register: Register,
    /// The lines of the template a trainer starts from that are its example text.
    template: HashSet<String>,
}

/// The file a trainer starts from.
const TEMPLATE: &str = "templates/scenario.md";

/// A line of example text: long enough (five words or more) that keeping it unchanged is not by
/// chance.
fn example_line(line: &str) -> Option<String> {
    let line = line.trim();
    let words = line.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    (words >= 5).then(|| line.to_string())
}

impl ScenarioChecker {
    /// Reads and checks the content files `root`; fails with their problems if they have any
    /// (a trainer's file cannot be checked against content that does not build).
    pub fn new(root: &Files) -> Result<ScenarioChecker, Vec<ContentError>> {
        let checked = check_all(root);
        if !checked.errors.is_empty() {
            return Err(checked.errors);
        }
        let Checked { library, anchors, abbrs, rules, register, .. } = checked;
        let template = root.text(TEMPLATE).map(|t| t.lines().filter_map(example_line).collect()).unwrap_or_default();
        Ok(ScenarioChecker { library, anchors, abbrs, rules, register, template })
    }

    /// Checks the scenario file called `file_name` (such as `my-case.md`: its id is the name
    /// without `.md`) holding `text`, as the build would check it in `content/scenarios/`.
    /// One more rule applies to a file of one's own: its id must not be one the app's own
    /// scenarios use, or saved progress would mix the two.
    ///
    /// Before anything is read, a file beyond the limits of a scenario written here
    /// ([`local::too_big`]) is refused with the one limit it passes, so a pathological file is
    /// answered in milliseconds. A file with no problem is one [`Authored::new`] accepts ([`Authored::refusal`]), so
    /// whatever the author screen's Keep would refuse is listed here first; and lines still
    /// holding the template's example text are a warning.
    pub fn check(&self, file_name: &str, text: &str) -> FileCheck {
        let (mut errors, mut warnings, mut links) = (Vec::new(), Vec::new(), Vec::new());
        if let Some((line, message)) = local::too_big(text) {
            errors.push(ContentError::new(file_name, line, message));
            return FileCheck { scenario: None, errors, warnings };
        }
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
        let sources = Some(&*self.library.sources);
        // Facts are cited as in the app's own scenarios: `{{fact:id}}` becomes the fact's words
        // and status mark in the scenario kept, while the file keeps the reference.
        let expanded = self.register.expand(file_name, "scenarios/own.md", text, &mut errors);
        let found = check_one(file_name, stem, &expanded, sources, &self.abbrs, &mut links, &mut errors, &mut warnings);
        for (file, line, url) in links {
            if let Some(message) = link_problem(&self.library, &self.anchors, &url) {
                errors.push(ContentError::new(file, line, message));
            }
        }
        self.rules.check(file_name, text, true, &mut errors);
        if let Some((_, scenario)) = found.as_ref().filter(|_| errors.is_empty()) {
            let scene_line =
                |id: &str| text.lines().position(|l| l.starts_with(&format!("## {id}:"))).map_or(1, |i| i + 1);
            for scene in scenario.scenes.iter().filter(|s| s.choices.len() > local::MAX_CHOICES) {
                errors.push(ContentError::new(
                    file_name,
                    scene_line(&scene.id),
                    format!(
                        "scene '{}' has {} choices; a scene can have at most {} here",
                        scene.id,
                        scene.choices.len(),
                        local::MAX_CHOICES
                    ),
                ));
            }
            if errors.is_empty() {
                if let Some(why) = Authored::refusal(file_name, text, scenario) {
                    errors.push(ContentError::new(file_name, 1, format!("it could not be kept on a device: {why}")));
                }
            }
        }
        let untouched: Vec<usize> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| example_line(l).is_some_and(|l| self.template.contains(&l)))
            .map(|(i, _)| i + 1)
            .collect();
        if let Some(first) = untouched.first() {
            warnings.push(ContentError::new(
                file_name,
                *first,
                match untouched.len() {
                    1 => "this line is still the template's example text: write your own".to_string(),
                    n => format!("{n} lines are still the template's example text, the first here: write your own"),
                },
            ));
        }
        errors.sort_by_key(|e| (e.line, e.column));
        warnings.sort_by_key(|e| (e.line, e.column));
        let scenario = found.filter(|_| errors.is_empty()).map(|(_, s)| s);
        FileCheck { scenario, errors, warnings }
    }
}

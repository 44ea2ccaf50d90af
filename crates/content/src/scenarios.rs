//! Reading and checking case scenarios (`content/scenarios/*.md`).
//!
//! The format is Markdown with TOML front matter, written by trainers:
//!
//! ```text
//! ## custody: Jay in custody          (a scene: id, then the heading shown)
//! Scene text in Markdown.
//! [if trust >= 1] Text shown only when the condition holds.
//! note: For the presenter only.
//! pause: A question for the room.
//!
//! * Get his hand treated and call an appropriate adult -> welfare
//!   rating: good
//!   feedback: Why, in a sentence or two.
//!   guidance: non-prosecution
//!   set: trust + 1
//!   if: not arrested
//!
//! ## end referral: Jay is safe for now  (an ending)
//! outcome: good
//! debrief: A question to reflect on.
//! ```
//!
//! Every rule of `docs/scenarios.md` is checked here with the file and the line; the
//! paths are explored in [`crate::scenario::explore`].

use super::changes::check_scenario;
use super::files::{stem, Files};
use super::front_matter::{self, iso_date, place};
use super::glossary::{self, Abbreviations};
use super::markdown;
use super::{ContentError, Log, Logged, Source};
use crate::nation::Nation;
use crate::route::is_slug;
use crate::scenario::expr::{Change, Cond, Set, Value};
use crate::scenario::{explore, Block, Choice, Ending, Outcome, Rating, Scenario, Scene};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use toml::Spanned;

/// The folder of scenarios.
pub(super) const SCENARIOS_DIR: &str = "scenarios";

/// Longest choice text before a warning.
const LONG_CHOICE: usize = 140;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFront {
    id: Option<Spanned<String>>,
    title: Spanned<String>,
    summary: Spanned<String>,
    start: Spanned<String>,
    minutes: Spanned<u32>,
    content_warnings: Spanned<Vec<String>>,
    nations: Spanned<Vec<Spanned<String>>>,
    sources: Spanned<Vec<Spanned<String>>>,
    reviewed: Spanned<toml::value::Datetime>,
    #[serde(default = "yes")]
    back: bool,
    #[serde(default)]
    vars: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    #[serde(default)]
    order: Option<u32>,
    /// The change log: read and checked by [`super::changes::check_scenario`] for the files of
    /// `content/scenarios/`; a scenario written on a device needs none, and its log is not read.
    #[serde(default, rename = "changes")]
    _changes: Option<serde::de::IgnoredAny>,
}

fn yes() -> bool {
    true
}

/// What reading the scenarios gives: the scenarios, their change logs (in the same order), and
/// warnings that do not stop the build.
pub(super) struct Loaded {
    pub(super) scenarios: Vec<Scenario>,
    pub(super) logs: Vec<Log>,
    pub(super) warnings: Vec<ContentError>,
}

/// Reads every scenario. Guidance links are added to `links` to check once pages are known.
pub(super) fn load(
    root: &Files,
    sources: Option<&BTreeMap<String, Source>>,
    abbrs: &Abbreviations,
    links: &mut Vec<(String, usize, String)>,
    errors: &mut Vec<ContentError>,
) -> Loaded {
    let mut out = Loaded { scenarios: Vec::new(), logs: Vec::new(), warnings: Vec::new() };
    let mut ordered = Vec::new();
    for rel in root.list(SCENARIOS_DIR, "md", errors) {
        let file = root.display(rel);
        let Some(text) = root.read(rel, errors) else {
            continue;
        };
        let found = check_one(&file, stem(rel), text, sources, abbrs, links, errors, &mut out.warnings);
        // A file that cannot be split was reported by check_one.
        let changes = match front_matter::split(&file, text) {
            Ok(split) => check_scenario(&file, split.front, split.front_line, split.body, errors),
            Err(_) => Vec::new(),
        };
        ordered.extend(found.map(|(order, s)| (order, s, changes)));
    }
    ordered.sort_by(|a, b| (a.0, &a.1.title).cmp(&(b.0, &b.1.title)));
    for (_, scenario, changes) in ordered {
        out.logs.push(Log { subject: Logged::Scenario(scenario.id.clone()), changes });
        out.scenarios.push(scenario);
    }
    out
}

/// Checks one scenario file, `file` (shown in messages) whose id is `stem`: the scenario with
/// its place in the list, if the file has no problem. Problems and warnings are added to
/// `errors` and `warnings`; guidance links to `links`, to check once pages are known. The
/// build runs this for each file of `content/scenarios/`, the author screen for a trainer's.
#[allow(clippy::too_many_arguments)]
pub(super) fn check_one(
    file: &str,
    stem: &str,
    text: &str,
    sources: Option<&BTreeMap<String, Source>>,
    abbrs: &Abbreviations,
    links: &mut Vec<(String, usize, String)>,
    errors: &mut Vec<ContentError>,
    warnings: &mut Vec<ContentError>,
) -> Option<(u32, Scenario)> {
    let before = errors.len();
    let mut reader = Reader { file, text, abbrs, errors, warnings, links };
    let found = reader.scenario(stem, sources)?;
    (errors.len() == before).then_some(found)
}

struct Reader<'a> {
    file: &'a str,
    text: &'a str,
    abbrs: &'a Abbreviations,
    errors: &'a mut Vec<ContentError>,
    warnings: &'a mut Vec<ContentError>,
    links: &'a mut Vec<(String, usize, String)>,
}

/// A scene while it is being read, with the lines things were found on.
struct RawScene {
    line: usize,
    id: String,
    heading: String,
    is_end: bool,
    /// Markdown of unconditional text so far, with the file line it starts on.
    text: String,
    text_line: usize,
    blocks: Vec<(usize, Option<Cond>, String)>,
    notes: Vec<String>,
    pauses: Vec<String>,
    choices: Vec<RawChoice>,
    outcome: Option<Outcome>,
    debrief: Vec<String>,
}

struct RawChoice {
    line: usize,
    id: Option<String>,
    text: String,
    target: String,
    rating: Option<Rating>,
    feedback: Option<String>,
    guidance: Vec<String>,
    set: Vec<(usize, Set)>,
    when: Option<(usize, Cond)>,
}

impl Reader<'_> {
    fn error(&mut self, line: usize, message: impl Into<String>) {
        self.errors.push(ContentError::new(self.file, line, message));
    }

    fn error_at(&mut self, (line, column): (usize, usize), message: impl Into<String>) {
        self.errors.push(ContentError::at(self.file, line, column, message));
    }

    fn warn(&mut self, line: usize, message: impl Into<String>) {
        self.warnings.push(ContentError::new(self.file, line, message));
    }

    fn scenario(&mut self, stem: &str, sources: Option<&BTreeMap<String, Source>>) -> Option<(u32, Scenario)> {
        let before = self.errors.len();
        let split = match front_matter::split(self.file, self.text) {
            Ok(s) => s,
            Err(e) => {
                self.errors.push(e);
                return None;
            }
        };
        let front: RawFront = match front_matter::parse(self.file, &split) {
            Ok(f) => f,
            Err(e) => {
                self.errors.push(e);
                return None;
            }
        };
        // Where a value starts in the file, from the parser's span of it.
        let at = |span: std::ops::Range<usize>| place(split.front, split.front_line, span.start);
        if !is_slug(stem) {
            self.error(
                1,
                "the file name is the scenario's id: use lowercase letters, digits and hyphens, ending in .md",
            );
        }
        if let Some(id) = &front.id {
            if id.get_ref() != stem {
                self.error_at(
                    at(id.span()),
                    format!(
                        "id '{}' must match the file name '{stem}' (the id is what saved progress refers to)",
                        id.get_ref()
                    ),
                );
            }
        }
        for (field, value) in [("title", &front.title), ("summary", &front.summary), ("start", &front.start)] {
            if value.get_ref().trim().is_empty() {
                self.error_at(at(value.span()), format!("{field} is empty"));
            }
        }
        if *front.minutes.get_ref() == 0 {
            self.error_at(at(front.minutes.span()), "minutes must say about how long the scenario takes");
        }
        if front.content_warnings.get_ref().is_empty() {
            self.error_at(at(front.content_warnings.span()), "list what the case deals with, for example content_warnings = [\"sexual abuse\"], so learners can prepare");
        }
        let mut nations = Vec::new();
        for id in front.nations.get_ref() {
            match Nation::from_id(id.get_ref()) {
                Some(n) => nations.push(n),
                None => self.error_at(
                    at(id.span()),
                    format!("unknown nation '{}': use england, wales, scotland or northern-ireland", id.get_ref()),
                ),
            }
        }
        if front.nations.get_ref().is_empty() {
            self.error_at(at(front.nations.span()), "list the nations the scenario is written for");
        }
        if front.sources.get_ref().is_empty() {
            self.error_at(
                at(front.sources.span()),
                "a scenario must cite its sources: add keys from content/sources.toml",
            );
        }
        for key in front.sources.get_ref() {
            if sources.is_some_and(|s| !s.contains_key(key.get_ref())) {
                self.error_at(at(key.span()), format!("source '{}' is not in content/sources.toml", key.get_ref()));
            }
        }
        let reviewed = iso_date(front.reviewed.get_ref()).unwrap_or_else(|| {
            self.error_at(at(front.reviewed.span()), "reviewed must be a date like 2026-11-23");
            String::new()
        });
        let mut vars = BTreeMap::new();
        let mut var_at = BTreeMap::new();
        for (name, value) in &front.vars {
            var_at.insert(name.get_ref().clone(), at(name.span()));
            let v = match value.get_ref() {
                toml::Value::Integer(n) => Value::Int(*n),
                toml::Value::Boolean(b) => Value::Bool(*b),
                _ => {
                    self.error_at(
                        at(value.span()),
                        format!("variable '{}' must start as a whole number or true/false", name.get_ref()),
                    );
                    continue;
                }
            };
            if Cond::parse(name.get_ref()).is_err() {
                self.error_at(
                    at(name.span()),
                    format!("'{}' is not a variable name: use lowercase letters, digits and _", name.get_ref()),
                );
            }
            vars.insert(name.get_ref().clone(), v);
        }

        let raw = self.scenes(split.body, split.body_line);
        let scenes = self.finish(raw, &vars);
        let tested: HashSet<&str> = scenes
            .iter()
            .flat_map(|s| {
                s.blocks.iter().filter_map(|b| b.when.as_ref()).chain(s.choices.iter().filter_map(|c| c.when.as_ref()))
            })
            .flat_map(|c| c.0.iter().map(|t| t.var.as_str()))
            .collect();
        for name in vars.keys().filter(|v| !tested.contains(v.as_str())) {
            let (line, column) = var_at.get(name).copied().unwrap_or((split.front_line, 0));
            self.warnings.push(ContentError::at(
                self.file,
                line,
                column,
                format!("variable '{name}' is never tested by an 'if': remove it, or use it"),
            ));
        }
        let start_at = at(front.start.span());
        let scenario = Scenario {
            id: stem.to_string(),
            title: front.title.into_inner(),
            summary: front.summary.into_inner(),
            minutes: front.minutes.into_inner(),
            content_warnings: front.content_warnings.into_inner(),
            nations,
            sources: front.sources.into_inner().into_iter().map(Spanned::into_inner).collect(),
            reviewed,
            back: front.back,
            vars,
            start: front.start.into_inner(),
            scenes,
            local: false,
            welsh: false,
        };
        if scenario.scene(&scenario.start).is_none() {
            self.error_at(start_at, format!("start scene '{}' does not exist", scenario.start));
            return None;
        }
        if !scenario.scenes.iter().any(|s| s.ending.as_ref().is_some_and(|e| e.outcome == Outcome::Good)) {
            self.error(1, "the scenario has no good ending: add an ending scene with 'outcome: good'");
        }
        // Paths are explored only once every scene and choice is sound.
        if self.errors.len() == before {
            let scene_line = |id: &str| {
                self.text
                    .lines()
                    .position(|l| l.starts_with(&format!("## {id}:")) || l.starts_with(&format!("## end {id}:")))
                    .map(|i| i + 1)
                    .unwrap_or(1)
            };
            for problem in explore::problems(&scenario) {
                let line = scene_line(&problem.scene);
                self.errors.push(ContentError::new(self.file, line, problem.message));
            }
        }
        Some((front.order.unwrap_or(u32::MAX), scenario))
    }

    /// Splits the body into scenes, reading every line.
    fn scenes(&mut self, body: &str, body_line: usize) -> Vec<RawScene> {
        let mut scenes: Vec<RawScene> = Vec::new();
        let mut in_choice = false;
        for (i, raw_line) in body.lines().enumerate() {
            let line = body_line + i;
            let trimmed = raw_line.trim();
            if let Some(rest) = raw_line.strip_prefix("## ") {
                in_choice = false;
                let (is_end, rest) = match rest.strip_prefix("end ") {
                    Some(r) => (true, r),
                    None => (false, rest),
                };
                let Some((id, heading)) = rest.split_once(':') else {
                    self.error(line, "a scene heading needs an id and a heading: '## custody: Jay in custody' (or '## end safe: Jay is safe' for an ending)");
                    continue;
                };
                let (id, heading) = (id.trim().to_string(), heading.trim().to_string());
                if !is_slug(&id) {
                    self.error(line, format!("scene id '{id}' must be lowercase letters, digits and hyphens"));
                }
                if heading.is_empty() {
                    self.error(line, "the scene needs a heading after the colon");
                }
                if scenes.iter().any(|s| s.id == id) {
                    self.error(line, format!("scene id '{id}' is used twice"));
                }
                scenes.push(RawScene {
                    line,
                    id,
                    heading,
                    is_end,
                    text: String::new(),
                    text_line: line + 1,
                    blocks: Vec::new(),
                    notes: Vec::new(),
                    pauses: Vec::new(),
                    choices: Vec::new(),
                    outcome: None,
                    debrief: Vec::new(),
                });
                continue;
            }
            let Some(scene) = scenes.last_mut() else {
                if !trimmed.is_empty() {
                    self.error(
                        line,
                        "text before the first scene: start each scene with a line like '## custody: Jay in custody'",
                    );
                }
                continue;
            };
            if let Some(rest) = raw_line.strip_prefix("* ") {
                in_choice = true;
                let Some((text, target)) = rest.rsplit_once("->") else {
                    self.error(
                        line,
                        "a choice needs '-> scene-id' at the end of its line, naming the scene it leads to",
                    );
                    continue;
                };
                scene.choices.push(RawChoice {
                    line,
                    id: None,
                    text: text.trim().to_string(),
                    target: target.trim().to_string(),
                    rating: None,
                    feedback: None,
                    guidance: Vec::new(),
                    set: Vec::new(),
                    when: None,
                });
                continue;
            }
            let indented = raw_line.starts_with(' ') || raw_line.starts_with('\t');
            if in_choice && indented && !trimmed.is_empty() {
                let Some((key, value)) = trimmed.split_once(':') else {
                    self.error(
                        line,
                        "under a choice, write 'key: value' lines: rating, feedback, guidance, set, if or id",
                    );
                    continue;
                };
                let value = value.trim();
                let choice = scene.choices.last_mut().expect("in_choice means a choice exists");
                match key.trim() {
                    "rating" => match Rating::from_word(value) {
                        Some(r) => choice.rating = Some(r),
                        None => self.error(line, format!("rating '{value}' is not one of good, ok, poor, harmful")),
                    },
                    "feedback" => choice.feedback = Some(value.to_string()),
                    "guidance" => choice.guidance.extend(value.split(',').map(|g| g.trim().to_string()).filter(|g| !g.is_empty())),
                    "set" => match Set::parse_list(value) {
                        Ok(sets) => choice.set.extend(sets.into_iter().map(|s| (line, s))),
                        Err(e) => self.error(line, e),
                    },
                    "if" => match Cond::parse(value) {
                        Ok(c) => choice.when = Some((line, c)),
                        Err(e) => self.error(line, e),
                    },
                    "id" => choice.id = Some(value.to_string()),
                    other => self.error(line, format!("'{other}' is not something a choice can have: use rating, feedback, guidance, set, if or id")),
                }
                continue;
            }
            if !trimmed.is_empty() {
                in_choice = false;
            }
            if !scene.choices.is_empty() && !trimmed.is_empty() {
                self.error(line, "scene text after the choices: put the text before the first '* ' choice, or indent it under a choice as 'key: value'");
                continue;
            }
            let directive = |name: &str| trimmed.strip_prefix(name).map(str::trim);
            if let Some(v) = directive("note:") {
                scene.notes.push(v.to_string());
            } else if let Some(v) = directive("pause:") {
                scene.pauses.push(v.to_string());
            } else if let Some(v) = directive("outcome:") {
                match Outcome::from_word(v) {
                    Some(o) => scene.outcome = Some(o),
                    None => self.error(line, format!("outcome '{v}' is not one of good, mixed, poor")),
                }
            } else if let Some(v) = directive("debrief:") {
                scene.debrief.push(v.to_string());
            } else if let Some(rest) = trimmed.strip_prefix("[if ") {
                let Some((cond, text)) = rest.split_once(']') else {
                    self.error(line, "a conditional line looks like '[if trust >= 1] Text to show'");
                    continue;
                };
                match Cond::parse(cond) {
                    Ok(c) => {
                        let pending = std::mem::take(&mut scene.text);
                        if !pending.trim().is_empty() {
                            scene.blocks.push((scene.text_line, None, pending));
                        }
                        scene.blocks.push((line, Some(c), text.trim().to_string()));
                        scene.text_line = line + 1;
                    }
                    Err(e) => self.error(line, e),
                }
            } else {
                if scene.text.is_empty() {
                    scene.text_line = line;
                }
                scene.text.push_str(raw_line);
                scene.text.push('\n');
            }
        }
        for scene in &mut scenes {
            let pending = std::mem::take(&mut scene.text);
            if !pending.trim().is_empty() {
                scene.blocks.push((scene.text_line, None, pending));
            }
        }
        scenes
    }

    /// Checks each scene and choice, and turns them into the model.
    fn finish(&mut self, raw: Vec<RawScene>, vars: &BTreeMap<String, Value>) -> Vec<Scene> {
        let ids: HashSet<String> = raw.iter().map(|s| s.id.clone()).collect();
        let mut scenes = Vec::new();
        for s in raw {
            let mut blocks = Vec::new();
            for (line, when, text) in &s.blocks {
                if let Some(c) = when {
                    self.check_cond(*line, c, vars);
                }
                for (n, l) in text.lines().enumerate() {
                    self.wording(line + n, l);
                }
                let rendered = markdown::render_scene(text, self.abbrs);
                if rendered.problems.is_empty() && !crate::scenario::local::html_is_plain(&rendered.html) {
                    self.error(*line, "this text holds something a scenario cannot show: write plain text, lists, emphasis, tables and links to the app's own screens");
                }
                for (l, message) in rendered.problems {
                    self.error(line + l - 1, message);
                }
                for (l, url) in rendered.internal_links {
                    self.links.push((self.file.to_string(), line + l - 1, url));
                }
                blocks.push(Block { when: when.clone(), html: rendered.html });
            }
            if blocks.is_empty() {
                self.error(s.line, format!("scene '{}' has no text", s.id));
            }
            for text in s.notes.iter().chain(&s.pauses).chain(&s.debrief).chain(std::iter::once(&s.heading)) {
                self.plain(s.line, text);
            }
            let ending = if s.is_end {
                if !s.choices.is_empty() {
                    self.error(s.choices[0].line, format!("ending '{}' has choices: an ending closes the case", s.id));
                }
                if s.debrief.is_empty() {
                    self.error(
                        s.line,
                        format!("ending '{}' has no debrief: add 'debrief:' lines with questions to reflect on", s.id),
                    );
                }
                match s.outcome {
                    Some(outcome) => Some(Ending { outcome, debrief: s.debrief.clone() }),
                    None => {
                        self.error(
                            s.line,
                            format!("ending '{}' needs 'outcome: good', 'outcome: mixed' or 'outcome: poor'", s.id),
                        );
                        None
                    }
                }
            } else {
                if s.choices.is_empty() {
                    self.error(s.line, format!("scene '{}' has no choices and is not an ending: add '* ' choices, or write '## end {}: ...'", s.id, s.id));
                }
                if s.outcome.is_some() || !s.debrief.is_empty() {
                    self.error(
                        s.line,
                        format!(
                            "scene '{}' has an outcome or debrief but is not an ending: write '## end {}: ...'",
                            s.id, s.id
                        ),
                    );
                }
                None
            };
            if s.choices.len() > 4 {
                self.warn(
                    s.choices[4].line,
                    format!(
                        "scene '{}' has {} choices: more than four is hard to weigh up, especially in a group",
                        s.id,
                        s.choices.len()
                    ),
                );
            }
            let mut choices = Vec::new();
            let mut choice_ids = HashSet::new();
            for (n, c) in s.choices.into_iter().enumerate() {
                let id = c.id.clone().unwrap_or_else(|| (n + 1).to_string());
                if !choice_ids.insert(id.clone()) {
                    self.error(c.line, format!("choice id '{id}' is used twice in scene '{}'", s.id));
                }
                if !ids.contains(&c.target) {
                    self.error(c.line, format!("the choice leads to scene '{}', which does not exist", c.target));
                }
                if c.text.is_empty() {
                    self.error(c.line, "the choice has no text before '->'");
                }
                if c.text.chars().count() > LONG_CHOICE {
                    self.warn(
                        c.line,
                        format!(
                            "a long choice ({} characters): keep choices short enough to read at a glance",
                            c.text.chars().count()
                        ),
                    );
                }
                self.plain(c.line, &c.text);
                let Some(rating) = c.rating else {
                    self.error(c.line, "the choice has no 'rating:' (good, ok, poor or harmful)");
                    continue;
                };
                let Some(feedback) = c.feedback.filter(|f| !f.is_empty()) else {
                    self.error(c.line, "the choice has no 'feedback:' saying why it is rated as it is");
                    continue;
                };
                self.plain(c.line, &feedback);
                if matches!(rating, Rating::Poor | Rating::Harmful) && c.guidance.is_empty() {
                    self.error(c.line, "a poor or harmful choice must point to the guidance it goes against: add 'guidance: page-slug'");
                }
                for g in &c.guidance {
                    self.links.push((self.file.to_string(), c.line, format!("#/guidance/{g}")));
                }
                for (line, set) in &c.set {
                    self.check_set(*line, set, vars);
                }
                if let Some((line, cond)) = &c.when {
                    self.check_cond(*line, cond, vars);
                }
                choices.push(Choice {
                    id,
                    text: c.text,
                    target: c.target,
                    rating,
                    feedback,
                    guidance: c.guidance,
                    set: c.set.into_iter().map(|(_, s)| s).collect(),
                    when: c.when.map(|(_, c)| c),
                });
            }
            scenes.push(Scene {
                id: s.id,
                heading: s.heading,
                blocks,
                notes: s.notes,
                pauses: s.pauses,
                choices,
                ending,
            });
        }
        scenes
    }

    /// Checks plain text shown to learners: abbreviations, then wording.
    fn plain(&mut self, line: usize, text: &str) {
        for f in glossary::find(text, self.abbrs).into_iter().filter(|f| !f.known) {
            self.error(line, glossary::unknown_message(f.abbr));
        }
        self.wording(line, text);
    }

    /// Warns about real-looking personal details. (Wording that blames a child is refused for
    /// every content file by the language rule, `content/language.toml`.)
    fn wording(&mut self, line: usize, text: &str) {
        if let Some(what) = personal_detail(text) {
            self.warn(line, format!("this looks like a real {what}: use made-up details that cannot belong to anyone"));
        }
    }

    fn check_cond(&mut self, line: usize, cond: &Cond, vars: &BTreeMap<String, Value>) {
        for t in &cond.0 {
            match vars.get(&t.var) {
                None => self.error(
                    line,
                    format!("variable '{}' is not declared: add it under [vars] in the front matter", t.var),
                ),
                Some(v) if std::mem::discriminant(v) != std::mem::discriminant(&t.value) => self
                    .error(line, format!("variable '{}' is {}, but it is compared with {}", t.var, v.kind(), t.value)),
                Some(Value::Bool(_))
                    if !matches!(t.op, crate::scenario::expr::Op::Eq | crate::scenario::expr::Op::Ne) =>
                {
                    self.error(
                        line,
                        format!("variable '{}' is true or false: it can only be tested with == or !=", t.var),
                    )
                }
                _ => {}
            }
        }
    }

    fn check_set(&mut self, line: usize, set: &Set, vars: &BTreeMap<String, Value>) {
        match (vars.get(&set.var), &set.change) {
            (None, _) => self.error(
                line,
                format!("variable '{}' is not declared: add it under [vars] in the front matter", set.var),
            ),
            (Some(Value::Bool(_)), Change::Add(_)) => {
                self.error(line, format!("variable '{}' is true or false: it cannot go up or down", set.var))
            }
            (Some(v), Change::Assign(new)) if std::mem::discriminant(v) != std::mem::discriminant(new) => {
                self.error(line, format!("variable '{}' is {}, but it is given {}", set.var, v.kind(), new))
            }
            _ => {}
        }
    }
}

/// What kind of real-looking personal detail `text` has, if any: a UK phone number, a
/// postcode or a date of birth.
fn personal_detail(text: &str) -> Option<&'static str> {
    let digits_run = |s: &str| {
        let mut best = 0;
        let mut run = 0;
        for c in s.chars() {
            if c.is_ascii_digit() {
                run += 1;
                best = best.max(run);
            } else if c != ' ' {
                run = 0;
            }
        }
        best
    };
    for word_start in text.match_indices(['0', '+']).map(|(i, _)| i) {
        let rest = &text[word_start..];
        let candidate: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == ' ' || *c == '+').collect();
        if (candidate.starts_with("07")
            || candidate.starts_with("01")
            || candidate.starts_with("02")
            || candidate.starts_with("+44"))
            && digits_run(&candidate) >= 10
        {
            return Some("phone number");
        }
    }
    let words: Vec<&str> = text.split(|c: char| !c.is_ascii_alphanumeric() && c != '/').collect();
    for pair in words.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let outward = a.len() >= 2
            && a.len() <= 4
            && a.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && a.chars().any(|c| c.is_ascii_digit())
            && a.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        let inward = b.len() == 3
            && b.chars().next().is_some_and(|c| c.is_ascii_digit())
            && b.chars().skip(1).all(|c| c.is_ascii_uppercase());
        if outward && inward {
            return Some("postcode");
        }
    }
    for w in words {
        let parts: Vec<&str> = w.split('/').collect();
        if parts.len() == 3
            && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
        {
            return Some("date of birth");
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spots_real_looking_details() {
        assert_eq!(personal_detail("Call 07700 900123 now"), Some("phone number"));
        assert_eq!(personal_detail("She lives at LS1 4AP"), Some("postcode"));
        assert_eq!(personal_detail("Born 03/04/2010."), Some("date of birth"));
        assert_eq!(personal_detail("Call 999 or 101. She is 14 and it is 2026."), None);
    }
}

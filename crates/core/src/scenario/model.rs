//! The checked form of a case scenario, as the app receives it.

use super::expr::{Cond, Set, Value};
use crate::msg;
use crate::nation::Nation;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A branching case: scenes joined by choices, with feedback and a debrief.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// A stable id: the file name without `.md`. Saved progress refers to it.
    pub id: String,
    /// The title.
    pub title: String,
    /// One or two lines saying what the case is about.
    pub summary: String,
    /// About how long it takes, in minutes.
    pub minutes: u32,
    /// What it deals with that some people may find distressing.
    pub content_warnings: Vec<String>,
    /// The nations it is written for.
    pub nations: Vec<Nation>,
    /// Keys into the bibliography.
    pub sources: Vec<String>,
    /// When a person last checked it (YYYY-MM-DD).
    pub reviewed: String,
    /// Whether a learner may go back and choose again.
    pub back: bool,
    /// The variables and their starting values.
    pub vars: BTreeMap<String, Value>,
    /// The id of the first scene.
    pub start: String,
    /// The scenes, in the order written.
    pub scenes: Vec<Scene>,
    /// Written on this device in the author screen, not reviewed (never set for the app's own).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub local: bool,
    /// Whether it shows Welsh (set by `Library::join_translations`); false for English.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub welsh: bool,
}

/// One scene: what happens, and what the learner can do next (or how the case ends).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scene {
    /// A stable id, unique in the scenario.
    pub id: String,
    /// The heading shown (and focused) when the scene opens.
    pub heading: String,
    /// The text, in blocks; some show only when their condition holds.
    pub blocks: Vec<Block>,
    /// Notes for a trainer presenting the case; never shown to learners alone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Questions for a group to discuss before deciding.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pauses: Vec<String>,
    /// The choices (none for an ending).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
    /// Set when the scene ends the case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ending: Option<Ending>,
}

/// Some scene text, as HTML, shown only when its condition (if any) holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// When to show it; always when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Cond>,
    /// The text as HTML, rendered at build time.
    pub html: String,
}

/// One thing the learner can decide to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// A stable id, unique in the scene (its position, unless the writer gives one).
    pub id: String,
    /// What the learner decides to do.
    pub text: String,
    /// The scene it leads to.
    pub target: String,
    /// How defensible it is.
    pub rating: Rating,
    /// Why, in a few sentences.
    pub feedback: String,
    /// Guidance it rests on: `slug` or `slug/section`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guidance: Vec<String>,
    /// Changes to variables when it is chosen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub set: Vec<Set>,
    /// When it is offered; always when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Cond>,
}

/// How defensible a choice is. Not right and wrong: practice is judged on what was known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    /// What good practice looks like.
    Good,
    /// Defensible, but something is missing.
    Ok,
    /// Leaves the child at more risk.
    Poor,
    /// Likely to cause harm.
    Harmful,
}

impl Rating {
    /// The word shown to learners.
    pub fn label(self) -> String {
        match self {
            Rating::Good => msg!("scenarios-rating-good"),
            Rating::Ok => msg!("scenarios-rating-ok"),
            Rating::Poor => msg!("scenarios-rating-poor"),
            Rating::Harmful => msg!("scenarios-rating-harmful"),
        }
    }

    /// The word a writer uses (also the class that colours it on screen).
    pub fn word(self) -> &'static str {
        match self {
            Rating::Good => "good",
            Rating::Ok => "ok",
            Rating::Poor => "poor",
            Rating::Harmful => "harmful",
        }
    }

    /// From the word a writer uses.
    pub fn from_word(word: &str) -> Option<Rating> {
        match word {
            "good" => Some(Rating::Good),
            "ok" => Some(Rating::Ok),
            "poor" => Some(Rating::Poor),
            "harmful" => Some(Rating::Harmful),
            _ => None,
        }
    }
}

/// How a case ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ending {
    /// How well it went for the child.
    pub outcome: Outcome,
    /// Questions to reflect on.
    pub debrief: Vec<String>,
}

/// How well an ending went for the child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// The child is safer and supported.
    Good,
    /// Some things went well, some did not.
    Mixed,
    /// The child was left at risk or harmed.
    Poor,
}

impl Outcome {
    /// The words shown to learners.
    pub fn label(self) -> String {
        match self {
            Outcome::Good => msg!("scenarios-outcome-good"),
            Outcome::Mixed => msg!("scenarios-outcome-mixed"),
            Outcome::Poor => msg!("scenarios-outcome-poor"),
        }
    }

    /// The words within a sentence (after "ending:" or a title), as the language writes them
    /// there: not the label with its first letter made small in code.
    pub fn in_sentence(self) -> String {
        match self {
            Outcome::Good => msg!("scenarios-outcome-good-in-sentence"),
            Outcome::Mixed => msg!("scenarios-outcome-mixed-in-sentence"),
            Outcome::Poor => msg!("scenarios-outcome-poor-in-sentence"),
        }
    }

    /// The word a writer uses (also the class that colours it on screen).
    pub fn word(self) -> &'static str {
        match self {
            Outcome::Good => "good",
            Outcome::Mixed => "mixed",
            Outcome::Poor => "poor",
        }
    }

    /// From the word a writer uses.
    pub fn from_word(word: &str) -> Option<Outcome> {
        match word {
            "good" => Some(Outcome::Good),
            "mixed" => Some(Outcome::Mixed),
            "poor" => Some(Outcome::Poor),
            _ => None,
        }
    }
}

impl Scenario {
    /// The scene with this id.
    pub fn scene(&self, id: &str) -> Option<&Scene> {
        self.scenes.iter().find(|s| s.id == id)
    }

    /// Plain words of the whole case, for search.
    pub fn search_text(&self) -> String {
        let mut out = self.content_warnings.join(" ");
        for s in &self.scenes {
            out.push(' ');
            out.push_str(&s.heading);
            for c in &s.choices {
                out.push(' ');
                out.push_str(&c.text);
            }
        }
        out
    }

    /// The guidance pages (slugs) its choices rest on, each once, in order of first use.
    pub fn guidance_pages(&self) -> Vec<&str> {
        let mut pages: Vec<&str> = Vec::new();
        for c in self.scenes.iter().flat_map(|s| s.choices.iter()) {
            for g in &c.guidance {
                let slug = g.split('/').next().unwrap_or(g);
                if !pages.contains(&slug) {
                    pages.push(slug);
                }
            }
        }
        pages
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rating_words_round_trip() {
        for r in [Rating::Good, Rating::Ok, Rating::Poor, Rating::Harmful] {
            assert_eq!(Rating::from_word(r.word()), Some(r));
        }
        for o in [Outcome::Good, Outcome::Mixed, Outcome::Poor] {
            assert_eq!(Outcome::from_word(o.word()), Some(o));
        }
    }
}

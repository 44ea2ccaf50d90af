//! Playing a scenario: where the learner is, what they may choose, going back, and the debrief
//! of the path they took. Deterministic: the same choices always give the same play, so a play
//! is saved as its path alone and rebuilt by replaying it.

use super::expr::Vars;
use super::model::{Block, Choice, Ending, Rating, Scenario, Scene};
use crate::msg;
use serde::{Deserialize, Serialize};

/// One decision taken: in which scene, which choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// The scene's id.
    pub scene: String,
    /// The choice's id.
    pub choice: String,
}

/// A play in progress (or finished).
#[derive(Debug, Clone, PartialEq)]
pub struct Play<'a> {
    scenario: &'a Scenario,
    path: Vec<Step>,
    scene: &'a Scene,
    vars: Vars,
    /// Where the play was, and its variables, before each step of `path` (as long as `path`), so
    /// going back returns to exactly that state, whatever the play started from.
    before: Vec<(&'a Scene, Vars)>,
}

/// Why a saved path could not be replayed (the scenario changed since it was saved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale;

/// One line of the debrief: a decision and what it meant.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision<'a> {
    /// Where it was taken.
    pub scene: &'a Scene,
    /// What was chosen.
    pub choice: &'a Choice,
}

impl<'a> Play<'a> {
    /// A new play at the start. The content check guarantees the start scene exists.
    pub fn new(scenario: &'a Scenario) -> Play<'a> {
        let scene = scenario.scene(&scenario.start).unwrap_or(&scenario.scenes[0]);
        Play { scenario, path: Vec::new(), scene, vars: scenario.vars.clone(), before: Vec::new() }
    }

    /// A play from the scene `scene` with the variables `vars` instead of the start (for a trainer
    /// trying a scene as they write it): each variable the scenario declares takes the value
    /// given if it is of the same kind, and keeps its starting value otherwise. `None` if there
    /// is no such scene.
    pub fn at(scenario: &'a Scenario, scene: &str, vars: &Vars) -> Option<Play<'a>> {
        let scene = scenario.scene(scene)?;
        let mut start = scenario.vars.clone();
        for (name, value) in start.iter_mut() {
            if let Some(given) = vars.get(name).filter(|g| std::mem::discriminant(*g) == std::mem::discriminant(value))
            {
                *value = *given;
            }
        }
        Some(Play { scenario, path: Vec::new(), scene, vars: start, before: Vec::new() })
    }

    /// Rebuilds a play from a saved path. Fails if any step no longer exists or is no longer
    /// offered (the scenario was edited since).
    pub fn replay(scenario: &'a Scenario, path: &[Step]) -> Result<Play<'a>, Stale> {
        let mut play = Play::new(scenario);
        for step in path {
            if step.scene != play.scene.id {
                return Err(Stale);
            }
            play.choose(&step.choice).map_err(|_| Stale)?;
        }
        Ok(play)
    }

    /// The scenario.
    pub fn scenario(&self) -> &'a Scenario {
        self.scenario
    }

    /// The current scene.
    pub fn scene(&self) -> &'a Scene {
        self.scene
    }

    /// The variables now.
    pub fn vars(&self) -> &Vars {
        &self.vars
    }

    /// The path so far.
    pub fn path(&self) -> &[Step] {
        &self.path
    }

    /// The blocks of the current scene to show now.
    pub fn blocks(&self) -> impl Iterator<Item = &'a Block> + '_ {
        self.scene.blocks.iter().filter(|b| b.when.as_ref().is_none_or(|c| c.holds(&self.vars)))
    }

    /// The choices offered now.
    pub fn choices(&self) -> impl Iterator<Item = &'a Choice> + '_ {
        self.scene.choices.iter().filter(|c| c.when.as_ref().is_none_or(|w| w.holds(&self.vars)))
    }

    /// How the play ended, once it has.
    pub fn ending(&self) -> Option<&'a Ending> {
        self.scene.ending.as_ref()
    }

    /// Takes the choice with this id, if it is offered now; returns it.
    pub fn choose(&mut self, id: &str) -> Result<&'a Choice, String> {
        let choice = self
            .choices()
            .find(|c| c.id == id)
            .ok_or_else(|| msg!("scenarios-not-offered", choice = id, scene = &self.scene.id))?;
        let next = self
            .scenario
            .scene(&choice.target)
            .ok_or_else(|| msg!("scenarios-no-such-scene", scene = &choice.target))?;
        self.before.push((self.scene, self.vars.clone()));
        for s in &choice.set {
            s.apply(&mut self.vars);
        }
        self.path.push(Step { scene: self.scene.id.clone(), choice: choice.id.clone() });
        self.scene = next;
        Ok(choice)
    }

    /// Whether going back is allowed now.
    pub fn can_go_back(&self) -> bool {
        self.scenario.back && !self.path.is_empty()
    }

    /// Undoes the last decision, if the scenario allows it, back to the scene and variables
    /// before it (a play made by [`Play::at`] goes back no further than where it started).
    /// Returns whether it did.
    pub fn back(&mut self) -> bool {
        if !self.can_go_back() {
            return false;
        }
        let Some((scene, vars)) = self.before.pop() else { return false };
        self.path.pop();
        self.scene = scene;
        self.vars = vars;
        true
    }

    /// The decisions taken, in order, for the debrief.
    pub fn decisions(&self) -> Vec<Decision<'a>> {
        self.path
            .iter()
            .filter_map(|step| {
                let scene = self.scenario.scene(&step.scene)?;
                let choice = scene.choices.iter().find(|c| c.id == step.choice)?;
                Some(Decision { scene, choice })
            })
            .collect()
    }

    /// The last decision, for showing its feedback.
    pub fn last(&self) -> Option<Decision<'a>> {
        self.decisions().pop()
    }

    /// How many decisions had each rating: good, ok, poor, harmful.
    pub fn tally(&self) -> [usize; 4] {
        let mut t = [0; 4];
        for d in self.decisions() {
            t[match d.choice.rating {
                Rating::Good => 0,
                Rating::Ok => 1,
                Rating::Poor => 2,
                Rating::Harmful => 3,
            }] += 1;
        }
        t
    }
}

//! A workshop session: the scenarios a trainer picked, the path the room took through each, the
//! show of hands at each decision, and what the room sees now.
//!
//! Every change is an action on [`Session`] (`next`, `back`, `reveal`, `set_hands`, `follow`…);
//! each one bumps [`Session::rev`], so a window that receives a copy can tell whether it is
//! newer than its own. Nothing about the people in the room is asked for or kept: only counts.

use super::timer::Stopwatch;
use super::votes::{self, MAX_HANDS};
use crate::content::Library;
use crate::msg;
use crate::scenario::{Choice, Play, Scenario, Scene, Step};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The highest revision a session can reach: far more changes than any workshop makes, and far
/// from overflowing, so a session can always take one more change.
pub const MAX_REV: u64 = 1 << 40;
/// The most scenarios in one session, and the most decisions in one run.
pub const MAX_RUNS: usize = 100;
/// The most decisions the room can take in one run.
pub const MAX_STEPS: usize = 1_000;
/// The latest time a session can carry (milliseconds since 1970; the year 2286).
pub const MAX_TIME: u64 = 10_000_000_000_000;
/// The longest id of a scene, choice or scenario.
const MAX_ID_LEN: usize = 200;

/// One workshop session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// When it started (milliseconds since the epoch); also its id.
    pub id: u64,
    /// Bumped by every change.
    pub rev: u64,
    /// Run from one window: the presenter's notes stay hidden until asked for.
    pub one_window: bool,
    /// One run per scenario picked, in the order they are played.
    pub runs: Vec<Run>,
    /// Which run is on screen.
    pub at: usize,
    /// What the room sees now.
    pub stage: Stage,
    /// The show of hands for the decision on screen, by choice id.
    #[serde(default)]
    pub hands: BTreeMap<String, u32>,
    /// Time on the current scene.
    pub scene_timer: Stopwatch,
    /// Time since the session started.
    pub session_timer: Stopwatch,
    /// Text size on the audience view, in percent of its usual size.
    pub scale: u32,
    /// Which part of the debrief is on the projector (one decision a part, then the questions
    /// to reflect on), so a long debrief is paged by Next rather than running off the screen
    /// (format 9; 0 everywhere else, and then not written).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub page: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The room's way through one scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Run {
    /// The scenario's id.
    pub scenario: String,
    /// Each decision the room took, in order.
    #[serde(default)]
    pub steps: Vec<RoomStep>,
}

/// One decision of the room: the scene, the path the trainer followed, and how hands split.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomStep {
    /// The scene's id.
    pub scene: String,
    /// The choice followed.
    pub choice: String,
    /// Hands raised for each choice, by id (empty when no hands were counted).
    #[serde(default)]
    pub hands: BTreeMap<String, u32>,
}

/// What the room sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// The scenario's title, summary and content warning.
    Intro,
    /// The scene's text and its choices.
    Scene,
    /// The scene's discussion questions, large.
    Discuss,
    /// The choices, large, with the show of hands.
    Decide,
    /// The path the room took and the split; feedback hidden until revealed.
    Chosen,
    /// The same, with the feedback.
    Revealed,
    /// How the case ended.
    Ending,
    /// The room's path through the case, with questions to reflect on.
    Debrief,
    /// Every scenario of the session is done.
    Finished,
}

impl Stage {
    /// What the stage is, in a few words (for the presenter and screen readers).
    pub fn label(self) -> String {
        match self {
            Stage::Intro => msg!("workshop-stage-intro"),
            Stage::Scene => msg!("workshop-stage-scene"),
            Stage::Discuss => msg!("workshop-stage-discuss"),
            Stage::Decide => msg!("workshop-stage-decide"),
            Stage::Chosen => msg!("workshop-stage-chosen"),
            Stage::Revealed => msg!("workshop-stage-revealed"),
            Stage::Ending => msg!("workshop-stage-ending"),
            Stage::Debrief => msg!("workshop-stage-debrief"),
            Stage::Finished => msg!("workshop-stage-finished"),
        }
    }
}

/// Why an action did nothing, in words for the trainer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Moving on from the choices needs hands or a choice.
    NoHands,
    /// The hands are tied between choices.
    Tied,
    /// Already at the very start.
    AtStart,
    /// Already at the end of the session.
    AtEnd,
    /// Revealing needs a path to be chosen first.
    NothingToReveal,
    /// That choice is not offered now.
    NotOffered,
    /// The scenario is no longer in the app (removed since the session was saved).
    Missing,
}

impl Refusal {
    /// The message shown to the trainer.
    pub fn message(&self) -> String {
        match self {
            Refusal::NoHands => msg!("workshop-refusal-no-hands"),
            Refusal::Tied => msg!("workshop-refusal-tied"),
            Refusal::AtStart => msg!("workshop-refusal-at-start"),
            Refusal::AtEnd => msg!("workshop-refusal-at-end"),
            Refusal::NothingToReveal => msg!("workshop-refusal-nothing-to-reveal"),
            Refusal::NotOffered => msg!("workshop-refusal-not-offered"),
            Refusal::Missing => msg!("workshop-refusal-missing"),
        }
    }
}

/// Everything a trainer can do to a session. [`Session::update`] is the only way a session
/// changes, so every window, the clicker and the tests go through the same rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Move on one stage (at the choices, follow the majority; after a choice, reveal).
    Next,
    /// Go back one stage (past a decision, undo it and bring its hands back).
    Back,
    /// Show the feedback on the path chosen.
    Reveal,
    /// Set the hands raised for a choice at the decision on screen.
    SetHands {
        /// The choice's id.
        choice: String,
        /// How many hands.
        hands: u32,
    },
    /// Follow a choice at the decision on screen.
    Follow(String),
    /// Follow the choice most of the room raised hands for.
    FollowMajority,
    /// Pause or resume both timers.
    ToggleTimers,
    /// Larger (`true`) or smaller text on the audience view.
    Rescale(bool),
}

impl Session {
    /// Does `action` at `now`, or says why not (and changes nothing).
    pub fn update(&mut self, library: &Library, action: Action, now: u64) -> Result<(), Refusal> {
        match action {
            Action::Next => self.next(library, now),
            Action::Back => self.back(library),
            Action::Reveal => self.reveal(),
            Action::SetHands { choice, hands } => self.set_hands(library, &choice, hands),
            Action::Follow(choice) => self.follow(library, &choice, now),
            Action::FollowMajority => self.follow_majority(library, now),
            Action::ToggleTimers => {
                self.toggle_timers(now);
                Ok(())
            }
            Action::Rescale(up) => {
                self.rescale(up);
                Ok(())
            }
        }
    }

    /// A new session of `scenarios` (ids), at the first one's introduction, started at `now`.
    pub fn new(scenarios: &[String], one_window: bool, now: u64) -> Session {
        Session {
            id: now,
            rev: 0,
            one_window,
            runs: scenarios.iter().map(|s| Run { scenario: s.clone(), steps: Vec::new() }).collect(),
            at: 0,
            stage: Stage::Intro,
            hands: BTreeMap::new(),
            scene_timer: Stopwatch::started(now),
            session_timer: Stopwatch::started(now),
            scale: 100,
            page: 0,
        }
    }

    /// The run on screen.
    pub fn run(&self) -> Option<&Run> {
        self.runs.get(self.at)
    }

    /// The scenario on screen.
    pub fn scenario<'a>(&self, library: &'a Library) -> Option<&'a Scenario> {
        library.scenario(&self.run()?.scenario)
    }

    /// The play of the run on screen, rebuilt from the room's path.
    pub fn play<'a>(&self, library: &'a Library) -> Option<Play<'a>> {
        self.run()?.play(library)
    }

    /// Whether every scenario is done.
    pub fn finished(&self) -> bool {
        self.stage == Stage::Finished
    }

    /// Moves on one stage. At the choices this follows the majority of the hands; after a
    /// choice it reveals the feedback; so a clicker alone can run the whole session.
    fn next(&mut self, library: &Library, now: u64) -> Result<(), Refusal> {
        if self.stage == Stage::Finished {
            return Err(Refusal::AtEnd);
        }
        let play = self.play(library).ok_or(Refusal::Missing)?;
        let has_pauses = !play.scene().pauses.is_empty();
        if self.stage == Stage::Debrief && self.page + 1 < self.debrief_parts(library) {
            self.page += 1;
            self.bump();
            return Ok(());
        }
        self.page = 0;
        self.stage = match self.stage {
            Stage::Intro => Stage::Scene,
            Stage::Scene if has_pauses => Stage::Discuss,
            Stage::Scene | Stage::Discuss => Stage::Decide,
            Stage::Decide => return self.follow_majority(library, now),
            Stage::Chosen => Stage::Revealed,
            Stage::Revealed if play.ending().is_some() => Stage::Ending,
            Stage::Revealed => Stage::Scene,
            Stage::Ending => Stage::Debrief,
            Stage::Debrief if self.at + 1 < self.runs.len() => {
                self.at += 1;
                Stage::Intro
            }
            Stage::Debrief => Stage::Finished,
            Stage::Finished => return Err(Refusal::AtEnd),
        };
        if matches!(self.stage, Stage::Scene | Stage::Intro | Stage::Ending) {
            self.scene_timer.reset(now);
        }
        self.bump();
        Ok(())
    }

    /// Goes back one stage. Going back past a decision undoes it and brings back its hands.
    fn back(&mut self, library: &Library) -> Result<(), Refusal> {
        let play = self.play(library).ok_or(Refusal::Missing)?;
        let decided = self.run().is_some_and(|r| !r.steps.is_empty());
        if self.stage == Stage::Debrief && self.page > 0 {
            self.page = (self.page - 1).min(self.debrief_parts(library) - 1);
            self.bump();
            return Ok(());
        }
        self.page = 0;
        self.stage = match self.stage {
            Stage::Intro if self.at == 0 => return Err(Refusal::AtStart),
            Stage::Intro => {
                self.at -= 1;
                self.page = self.debrief_parts(library) - 1;
                Stage::Debrief
            }
            Stage::Scene if decided => Stage::Revealed,
            Stage::Scene => Stage::Intro,
            Stage::Discuss => Stage::Scene,
            Stage::Decide if !play.scene().pauses.is_empty() => Stage::Discuss,
            Stage::Decide => Stage::Scene,
            Stage::Chosen => match self.runs.get_mut(self.at).and_then(|r| r.steps.pop()) {
                Some(step) => {
                    self.hands = step.hands;
                    Stage::Decide
                }
                // A chosen stage always follows a decision; data that says otherwise is shown
                // from the choices again rather than trusted.
                None => Stage::Decide,
            },
            Stage::Revealed => Stage::Chosen,
            Stage::Ending if decided => Stage::Revealed,
            Stage::Ending => Stage::Intro,
            Stage::Debrief => Stage::Ending,
            Stage::Finished => {
                self.page = self.debrief_parts(library) - 1;
                Stage::Debrief
            }
        };
        self.bump();
        Ok(())
    }

    /// Shows the feedback on the path chosen.
    fn reveal(&mut self) -> Result<(), Refusal> {
        match self.stage {
            Stage::Chosen => {
                self.stage = Stage::Revealed;
                self.bump();
                Ok(())
            }
            Stage::Revealed => Ok(()),
            _ => Err(Refusal::NothingToReveal),
        }
    }

    /// Sets the hands raised for `choice` at the decision on screen, and shows the choices with
    /// the split to the room.
    fn set_hands(&mut self, library: &Library, choice: &str, hands: u32) -> Result<(), Refusal> {
        let play = self.play(library).ok_or(Refusal::Missing)?;
        if !self.deciding() || !play.choices().any(|c| c.id == choice) {
            return Err(Refusal::NotOffered);
        }
        self.hands.insert(choice.to_string(), hands.min(MAX_HANDS));
        self.stage = Stage::Decide;
        self.bump();
        Ok(())
    }

    /// Follows `choice` at the decision on screen, keeping the hands counted for it.
    fn follow(&mut self, library: &Library, choice: &str, now: u64) -> Result<(), Refusal> {
        let mut play = self.play(library).ok_or(Refusal::Missing)?;
        if !self.deciding() {
            return Err(Refusal::NotOffered);
        }
        let scene = play.scene().id.clone();
        play.choose(choice).map_err(|_| Refusal::NotOffered)?;
        let run = self.runs.get_mut(self.at).ok_or(Refusal::Missing)?;
        if run.steps.len() >= MAX_STEPS {
            return Err(Refusal::AtEnd);
        }
        let hands = std::mem::take(&mut self.hands);
        run.steps.push(RoomStep { scene, choice: choice.to_string(), hands });
        self.stage = Stage::Chosen;
        self.scene_timer.reset(now);
        self.bump();
        Ok(())
    }

    /// Follows the choice most of the room raised hands for.
    fn follow_majority(&mut self, library: &Library, now: u64) -> Result<(), Refusal> {
        let play = self.play(library).ok_or(Refusal::Missing)?;
        let ids: Vec<&str> = play.choices().map(|c| c.id.as_str()).collect();
        if votes::total(&self.hands) == 0 || !self.deciding() {
            return Err(Refusal::NoHands);
        }
        let choice = votes::majority(&ids, &self.hands).ok_or(Refusal::Tied)?;
        self.follow(library, &choice, now)
    }

    /// What [`Action::Next`] will do now, in words for the trainer's Next button.
    pub fn next_hint(&self, library: &Library) -> String {
        let Some(play) = self.play(library) else { return msg!("workshop-next-missing") };
        match self.stage {
            Stage::Intro => msg!("workshop-next-first-scene"),
            Stage::Scene if !play.scene().pauses.is_empty() => msg!("workshop-next-discuss"),
            Stage::Scene | Stage::Discuss => msg!("workshop-next-decide"),
            Stage::Decide => msg!("workshop-next-follow"),
            Stage::Chosen => msg!("workshop-next-reveal"),
            Stage::Revealed if play.ending().is_some() => msg!("workshop-next-ending"),
            Stage::Revealed => msg!("workshop-next-scene"),
            Stage::Ending => msg!("workshop-next-debrief"),
            Stage::Debrief if self.page + 1 < self.debrief_parts(library) => msg!("workshop-next-debrief-part"),
            Stage::Debrief if self.at + 1 < self.runs.len() => msg!("workshop-next-scenario"),
            Stage::Debrief => msg!("workshop-next-end"),
            Stage::Finished => msg!("workshop-next-over"),
        }
    }

    /// How many parts the debrief of the run on screen is shown in on the projector: one for each
    /// decision the room took, then one for the questions to reflect on (at least one).
    pub fn debrief_parts(&self, library: &Library) -> usize {
        let Some(run) = self.run() else { return 1 };
        let reflect = run.play(library).and_then(|p| p.ending()).is_some_and(|e| !e.debrief.is_empty());
        (run.decisions(library).len() + usize::from(reflect)).max(1)
    }

    /// Whether the room is at a decision (hands can be counted and a path followed).
    pub fn deciding(&self) -> bool {
        matches!(self.stage, Stage::Scene | Stage::Discuss | Stage::Decide)
    }

    /// Pauses or resumes both timers.
    fn toggle_timers(&mut self, now: u64) {
        let running = self.scene_timer.running();
        for w in [&mut self.scene_timer, &mut self.session_timer] {
            if w.running() == running {
                w.toggle(now);
            }
        }
        self.bump();
    }

    /// Larger (`up`) or smaller text on the audience view, in steps, within 60–200%.
    fn rescale(&mut self, up: bool) {
        self.scale = if up { self.scale.saturating_add(10).min(200) } else { self.scale.saturating_sub(10).max(60) };
        self.bump();
    }

    /// One more change. Capped at [`MAX_REV`] (never reached by use; data beyond it is refused
    /// at the edge by [`Session::check`]).
    fn bump(&mut self) {
        self.rev = self.rev.saturating_add(1).min(MAX_REV);
    }

    /// Checks a session that came from outside this window (storage, an imported file, the
    /// channel) against the bounds no real session can pass. Returns what is wrong, in words.
    pub fn check(&self) -> Result<(), &'static str> {
        let hands_ok = |h: &BTreeMap<String, u32>| {
            h.len() <= 26 && h.iter().all(|(k, n)| *n <= MAX_HANDS && k.len() <= MAX_ID_LEN)
        };
        let times = [
            self.id,
            self.scene_timer.since.unwrap_or(0),
            self.scene_timer.banked,
            self.session_timer.since.unwrap_or(0),
            self.session_timer.banked,
        ];
        if self.rev > MAX_REV {
            Err("its revision is beyond any real session")
        } else if times.iter().any(|t| *t > MAX_TIME) {
            Err("it has a time beyond any real session")
        } else if self.runs.is_empty() || self.runs.len() > MAX_RUNS || self.at >= self.runs.len() {
            Err("its list of scenarios does not match where it is")
        } else if !(60..=200).contains(&self.scale) {
            Err("its text size is out of range")
        } else if !hands_ok(&self.hands) {
            Err("a show of hands is out of range")
        } else if self.runs.iter().any(|r| {
            r.scenario.len() > MAX_ID_LEN
                || r.steps.len() > MAX_STEPS
                || r.steps
                    .iter()
                    .any(|s| !hands_ok(&s.hands) || s.scene.len() > MAX_ID_LEN || s.choice.len() > MAX_ID_LEN)
        }) {
            Err("a decision is out of range")
        } else if self.page > MAX_STEPS || (self.page > 0 && self.stage != Stage::Debrief) {
            Err("it shows a part of a debrief that is not on screen")
        } else if matches!(self.stage, Stage::Chosen | Stage::Revealed) && self.runs[self.at].steps.is_empty() {
            Err("it shows a decision that was never taken")
        } else {
            Ok(())
        }
    }

    /// Makes a kept session safe to show against the content as it is now, and says whether
    /// anything changed. Runs whose scenario changed are cut back to the decisions that still
    /// replay; a session on a scenario no longer in the app moves on to the next one that is, or
    /// ends (its record keeps every run); hands for choices no longer offered are let go; and the
    /// stage is brought in line with the path.
    pub fn repair(&mut self, library: &Library) -> bool {
        let before = self.clone();
        for run in &mut self.runs {
            if let Some(scenario) = library.scenario(&run.scenario) {
                while !run.steps.is_empty() && Play::replay(scenario, &run.path()).is_err() {
                    run.steps.pop();
                }
            }
        }
        if self.at >= self.runs.len() {
            self.at = self.runs.len().saturating_sub(1);
        }
        if self.play(library).is_none() && self.stage != Stage::Finished {
            match (self.at..self.runs.len()).find(|&i| self.runs[i].play(library).is_some()) {
                Some(i) if i != self.at => {
                    self.at = i;
                    self.stage = Stage::Intro;
                    self.hands.clear();
                }
                _ => self.stage = Stage::Finished,
            }
        }
        if let Some(play) = self.play(library) {
            let decided = self.run().is_some_and(|r| !r.steps.is_empty());
            let fits = match self.stage {
                Stage::Scene | Stage::Discuss | Stage::Decide => play.ending().is_none(),
                Stage::Chosen | Stage::Revealed => decided,
                Stage::Ending | Stage::Debrief => play.ending().is_some(),
                Stage::Intro | Stage::Finished => true,
            };
            if !fits {
                self.stage = if play.ending().is_some() {
                    Stage::Ending
                } else if decided {
                    Stage::Revealed
                } else {
                    Stage::Intro
                };
            }
            let offered: Vec<&str> = play.choices().map(|c| c.id.as_str()).collect();
            self.hands.retain(|c, _| offered.contains(&c.as_str()));
        }
        self.page = if self.stage == Stage::Debrief { self.page.min(self.debrief_parts(library) - 1) } else { 0 };
        *self != before
    }
}

impl Run {
    /// The path as the scenario engine keeps it.
    pub fn path(&self) -> Vec<Step> {
        self.steps.iter().map(|s| Step { scene: s.scene.clone(), choice: s.choice.clone() }).collect()
    }

    /// The play this run has reached, if its scenario is in the app and its path replays.
    pub fn play<'a>(&self, library: &'a Library) -> Option<Play<'a>> {
        Play::replay(library.scenario(&self.scenario)?, &self.path()).ok()
    }
}

/// One decision of the room, as the debrief shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct RoomDecision<'a> {
    /// Where it was taken.
    pub scene: &'a Scene,
    /// The path followed.
    pub choice: &'a Choice,
    /// The choices the room had, in the order shown.
    pub offered: Vec<&'a Choice>,
    /// The hands raised for each, by id.
    pub hands: BTreeMap<String, u32>,
}

impl Run {
    /// The room's decisions in this run, each with the choices it had and how hands split.
    pub fn decisions<'a>(&self, library: &'a Library) -> Vec<RoomDecision<'a>> {
        let Some(scenario) = library.scenario(&self.scenario) else { return Vec::new() };
        let mut play = Play::new(scenario);
        let mut out = Vec::new();
        for step in &self.steps {
            let scene = play.scene();
            let offered: Vec<&Choice> = play.choices().collect();
            let Ok(choice) = play.choose(&step.choice) else { break };
            out.push(RoomDecision { scene, choice, offered, hands: step.hands.clone() });
        }
        out
    }
}

//! Exploring every path of a scenario, as the content check does: every scene reachable, no
//! state in which every choice is blocked, and an ending reachable from every state.
//!
//! States are (scene, variables). Every reachable state is visited when there are at most
//! [`MAX_STATES`]; beyond that (variables that grow without end), many seeded random plays are
//! run instead, like ChoiceScript's randomtest.

use super::expr::Vars;
use super::{Play, Scenario};
use std::collections::{HashMap, HashSet, VecDeque};

/// Most states visited before switching to random plays.
pub const MAX_STATES: usize = 20_000;
/// Random plays when the states are too many to visit.
pub const RANDOM_PLAYS: usize = 2_000;
/// Longest random play before it counts as never ending.
pub const MAX_STEPS: usize = 300;

/// A problem found, in the scene it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The scene's id.
    pub scene: String,
    /// What is wrong, in plain words.
    pub message: String,
}

/// What exploring found.
#[derive(Debug, Default)]
pub struct Explored {
    /// Distinct states visited.
    pub states: usize,
    /// Whether every reachable state was visited (false: random plays were used).
    pub complete: bool,
    /// Distinct endings reached.
    pub endings: HashSet<String>,
    /// Problems found.
    pub problems: Vec<Problem>,
}

type State = (usize, Vec<(String, super::expr::Value)>);

fn key(scene: usize, vars: &Vars) -> State {
    (scene, vars.iter().map(|(k, v)| (k.clone(), *v)).collect())
}

/// The problems in `scenario`'s paths.
pub fn problems(scenario: &Scenario) -> Vec<Problem> {
    explore(scenario).problems
}

/// Explores `scenario`'s paths.
pub fn explore(scenario: &Scenario) -> Explored {
    let mut out = Explored::default();
    let index: HashMap<&str, usize> = scenario.scenes.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();

    // Scenes no choice leads to, whatever the variables.
    let mut linked: HashSet<&str> = HashSet::from([scenario.start.as_str()]);
    let mut queue = vec![scenario.start.as_str()];
    while let Some(id) = queue.pop() {
        for c in scenario.scene(id).map(|s| s.choices.as_slice()).unwrap_or_default() {
            if linked.insert(c.target.as_str()) {
                queue.push(c.target.as_str());
            }
        }
    }
    for s in scenario.scenes.iter().filter(|s| !linked.contains(s.id.as_str())) {
        out.problems.push(Problem {
            scene: s.id.clone(),
            message: format!("scene '{}' cannot be reached: no choice leads to it", s.id),
        });
    }

    // Every state, breadth first, with the moves between them.
    let start = Play::new(scenario);
    let mut seen: HashMap<State, usize> = HashMap::new();
    let mut states: Vec<(usize, Vars)> = Vec::new();
    let mut edges: Vec<Vec<usize>> = Vec::new();
    let mut frontier = VecDeque::new();
    let first = key(index[start.scene().id.as_str()], start.vars());
    seen.insert(first, 0);
    states.push((index[start.scene().id.as_str()], start.vars().clone()));
    edges.push(Vec::new());
    frontier.push_back(0);
    let mut complete = true;
    while let Some(n) = frontier.pop_front() {
        if states.len() > MAX_STATES {
            complete = false;
            break;
        }
        let (scene_ix, vars) = states[n].clone();
        let scene = &scenario.scenes[scene_ix];
        if scene.ending.is_some() {
            out.endings.insert(scene.id.clone());
            continue;
        }
        let offered: Vec<_> = scene.choices.iter().filter(|c| c.when.as_ref().is_none_or(|w| w.holds(&vars))).collect();
        if offered.is_empty() {
            out.problems.push(Problem {
                scene: scene.id.clone(),
                message: format!(
                    "in scene '{}' every choice can be blocked by its condition (for example with {})",
                    scene.id,
                    describe(&vars)
                ),
            });
            continue;
        }
        for c in offered {
            let mut next = vars.clone();
            for s in &c.set {
                s.apply(&mut next);
            }
            let target = index[c.target.as_str()];
            let k = key(target, &next);
            let m = *seen.entry(k).or_insert_with(|| {
                states.push((target, next));
                edges.push(Vec::new());
                frontier.push_back(states.len() - 1);
                states.len() - 1
            });
            edges[n].push(m);
        }
    }
    out.states = states.len();
    out.complete = complete;

    if complete {
        // An ending must be reachable from every state.
        let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); states.len()];
        for (from, tos) in edges.iter().enumerate() {
            for &to in tos {
                reverse[to].push(from);
            }
        }
        let mut can_end = vec![false; states.len()];
        let mut queue: Vec<usize> =
            (0..states.len()).filter(|&i| scenario.scenes[states[i].0].ending.is_some()).collect();
        for &i in &queue {
            can_end[i] = true;
        }
        while let Some(i) = queue.pop() {
            for &p in &reverse[i] {
                if !can_end[p] {
                    can_end[p] = true;
                    queue.push(p);
                }
            }
        }
        let mut reported = HashSet::new();
        for (i, (scene_ix, vars)) in states.iter().enumerate() {
            let scene = &scenario.scenes[*scene_ix];
            if !can_end[i] && !scene.choices.is_empty() && reported.insert(*scene_ix) {
                out.problems.push(Problem {
                    scene: scene.id.clone(),
                    message: format!(
                        "from scene '{}' no ending can be reached (for example with {}): add a way out",
                        scene.id,
                        describe(vars)
                    ),
                });
            }
        }
        let visited: HashSet<usize> = states.iter().map(|s| s.0).collect();
        for (i, s) in scenario.scenes.iter().enumerate() {
            if linked.contains(s.id.as_str()) && !visited.contains(&i) {
                out.problems.push(Problem {
                    scene: s.id.clone(),
                    message: format!(
                        "scene '{}' can never be reached: the conditions on the choices leading to it never all hold",
                        s.id
                    ),
                });
            }
        }
    } else {
        random_plays(scenario, &mut out);
    }
    out
}

/// Seeded random plays for scenarios with too many states to visit.
fn random_plays(scenario: &Scenario, out: &mut Explored) {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..RANDOM_PLAYS {
        let mut play = Play::new(scenario);
        let mut steps = 0;
        while play.ending().is_none() {
            let offered: Vec<String> = play.choices().map(|c| c.id.clone()).collect();
            if offered.is_empty() {
                out.problems.push(Problem {
                    scene: play.scene().id.clone(),
                    message: format!(
                        "in scene '{}' every choice can be blocked by its condition (for example with {})",
                        play.scene().id,
                        describe(play.vars())
                    ),
                });
                return;
            }
            if steps == MAX_STEPS {
                out.problems.push(Problem {
                    scene: play.scene().id.clone(),
                    message: format!(
                        "a random play of {MAX_STEPS} decisions never reached an ending; it was last in scene '{}'",
                        play.scene().id
                    ),
                });
                return;
            }
            let pick = &offered[(next() % offered.len() as u64) as usize];
            play.choose(pick).expect("an offered choice can be taken");
            steps += 1;
        }
        out.endings.insert(play.scene().id.clone());
    }
}

fn describe(vars: &Vars) -> String {
    if vars.is_empty() {
        return "no variables".into();
    }
    vars.iter().map(|(k, v)| format!("{k} = {v}")).collect::<Vec<_>>().join(", ")
}

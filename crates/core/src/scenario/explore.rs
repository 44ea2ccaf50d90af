//! Exploring every path of a scenario, as the content check does: every scene reachable, no
//! state in which every choice is blocked, and an ending reachable from every state.
//!
//! States are (scene, variables). Every reachable state is visited when there are at most
//! [`MAX_STATES`] (fewer when there are many variables: at most [`MAX_CELLS`] values are held
//! in all); beyond that (variables that grow without end), many seeded random plays are run
//! instead, like ChoiceScript's randomtest. The work is bounded whatever the scenario: a state
//! is a scene number and one value per variable, conditions and changes are compiled to
//! positions once, and no variable name is copied per state, so a forged or pathological file
//! costs at most a few million small steps.

use super::expr::{Change, Op, Value};
use super::Scenario;
use crate::msg;
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet, VecDeque};
use std::hash::{Hash, Hasher};

/// Most states visited before switching to random plays.
pub const MAX_STATES: usize = 20_000;
/// Most variable values held for the visited states (states × variables), so many variables
/// cannot exhaust memory: beyond it, random plays are used instead.
pub const MAX_CELLS: usize = 320_000;
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
    /// Whether a play could stop there with no way on (rather than a scene no play reaches).
    pub stalls: bool,
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

/// A choice with its condition and changes turned into variable positions (`None`: a variable
/// the scenario does not declare, which never holds and is never changed).
struct Move {
    when: Vec<(Option<usize>, Op, Value)>,
    set: Vec<(Option<usize>, Change)>,
    target: usize,
}

/// The scenario as positions: the variables' names in order, their starting values, and for
/// each scene whether it is an ending and its moves.
struct Compiled<'a> {
    names: Vec<&'a str>,
    start: Vec<Value>,
    scenes: Vec<(bool, Vec<Move>)>,
}

impl<'a> Compiled<'a> {
    /// `None` when a choice or the start names a scene that does not exist.
    fn new(scenario: &'a Scenario) -> Option<(Compiled<'a>, usize)> {
        let names: Vec<&str> = scenario.vars.keys().map(String::as_str).collect();
        let start: Vec<Value> = scenario.vars.values().copied().collect();
        let var = |name: &str| names.iter().position(|n| *n == name);
        // The first scene with an id is the one a play goes to, as `Scenario::scene` finds it.
        let mut index: HashMap<&str, usize> = HashMap::new();
        for (i, s) in scenario.scenes.iter().enumerate() {
            index.entry(s.id.as_str()).or_insert(i);
        }
        let mut scenes = Vec::with_capacity(scenario.scenes.len());
        for s in &scenario.scenes {
            let mut moves = Vec::with_capacity(s.choices.len());
            for c in &s.choices {
                let when = c
                    .when
                    .as_ref()
                    .map_or_else(Vec::new, |w| w.0.iter().map(|t| (var(&t.var), t.op, t.value)).collect());
                let set = c.set.iter().map(|s| (var(&s.var), s.change.clone())).collect();
                moves.push(Move { when, set, target: *index.get(c.target.as_str())? });
            }
            scenes.push((s.ending.is_some(), moves));
        }
        let first = *index.get(scenario.start.as_str())?;
        Some((Compiled { names, start, scenes }, first))
    }

    fn describe(&self, values: &[Value]) -> String {
        if values.is_empty() {
            return msg!("scenarios-no-variables");
        }
        self.names.iter().zip(values).map(|(k, v)| format!("{k} = {v}")).collect::<Vec<_>>().join(", ")
    }
}

/// Whether every test holds, as [`super::expr::Cond::holds`] decides it.
fn holds(when: &[(Option<usize>, Op, Value)], values: &[Value]) -> bool {
    when.iter().all(|(at, op, value)| match (at.map(|i| values[i]), *value) {
        (Some(Value::Int(a)), Value::Int(b)) => super::expr::compare(a, *op, b),
        (Some(Value::Bool(a)), Value::Bool(b)) => match op {
            Op::Eq => a == b,
            Op::Ne => a != b,
            _ => false,
        },
        _ => false,
    })
}

/// Applies the changes, as [`super::expr::Set::apply`] does.
fn apply(set: &[(Option<usize>, Change)], values: &mut [Value]) {
    for (at, change) in set {
        let Some(slot) = at.map(|i| &mut values[i]) else { continue };
        match (change, slot) {
            (Change::Assign(v), slot) => *slot = *v,
            (Change::Add(n), Value::Int(slot)) => *slot = slot.saturating_add(*n),
            _ => {}
        }
    }
}

/// The visited states, each a scene and its values, found again by hash without a second copy.
struct States {
    width: usize,
    scenes: Vec<usize>,
    values: Vec<Value>,
    first: HashMap<u64, usize>,
    next: Vec<usize>,
}

const NONE: usize = usize::MAX;

impl States {
    fn len(&self) -> usize {
        self.scenes.len()
    }

    fn values(&self, i: usize) -> &[Value] {
        &self.values[i * self.width..(i + 1) * self.width]
    }

    fn hash(scene: usize, values: &[Value]) -> u64 {
        let mut h = DefaultHasher::new();
        scene.hash(&mut h);
        values.hash(&mut h);
        h.finish()
    }

    /// The state's number, and whether it is new.
    fn find_or_add(&mut self, scene: usize, values: &[Value]) -> (usize, bool) {
        let h = States::hash(scene, values);
        let mut i = self.first.get(&h).copied().unwrap_or(NONE);
        while i != NONE {
            if self.scenes[i] == scene && self.values(i) == values {
                return (i, false);
            }
            i = self.next[i];
        }
        let n = self.scenes.len();
        self.scenes.push(scene);
        self.values.extend_from_slice(values);
        self.next.push(self.first.insert(h, n).unwrap_or(NONE));
        (n, true)
    }
}

/// The problems in `scenario`'s paths.
pub fn problems(scenario: &Scenario) -> Vec<Problem> {
    explore(scenario).problems
}

/// Explores `scenario`'s paths.
pub fn explore(scenario: &Scenario) -> Explored {
    let mut out = Explored::default();

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
            message: msg!("scenarios-unlinked", scene = &s.id),
            stalls: false,
        });
    }
    let Some((compiled, first)) = Compiled::new(scenario) else {
        out.problems.push(Problem {
            scene: scenario.start.clone(),
            message: msg!("scenarios-missing-scene"),
            stalls: true,
        });
        return out;
    };
    let width = compiled.start.len();
    let max_states = MAX_STATES.min(MAX_CELLS / width.max(1));

    // Every state, breadth first, with the moves between them.
    let mut states = States { width, scenes: Vec::new(), values: Vec::new(), first: HashMap::new(), next: Vec::new() };
    let mut edges: Vec<Vec<usize>> = Vec::new();
    let mut frontier = VecDeque::new();
    states.find_or_add(first, &compiled.start);
    edges.push(Vec::new());
    frontier.push_back(0);
    let mut complete = true;
    let mut next = vec![Value::Bool(false); width];
    while let Some(n) = frontier.pop_front() {
        if states.len() > max_states {
            complete = false;
            break;
        }
        let scene_ix = states.scenes[n];
        let (ending, moves) = &compiled.scenes[scene_ix];
        if *ending {
            out.endings.insert(scenario.scenes[scene_ix].id.clone());
            continue;
        }
        let mut offered = 0;
        for m in moves {
            if !holds(&m.when, states.values(n)) {
                continue;
            }
            offered += 1;
            next.copy_from_slice(states.values(n));
            apply(&m.set, &mut next);
            let (to, new) = states.find_or_add(m.target, &next);
            if new {
                edges.push(Vec::new());
                frontier.push_back(to);
            }
            edges[n].push(to);
        }
        if offered == 0 {
            let id = &scenario.scenes[scene_ix].id;
            out.problems.push(Problem {
                scene: id.clone(),
                message: msg!("scenarios-all-blocked", scene = id, values = compiled.describe(states.values(n))),
                stalls: true,
            });
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
        let mut queue: Vec<usize> = (0..states.len()).filter(|&i| compiled.scenes[states.scenes[i]].0).collect();
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
        for (i, &scene_ix) in states.scenes.iter().enumerate() {
            let scene = &scenario.scenes[scene_ix];
            if !can_end[i] && !scene.choices.is_empty() && reported.insert(scene_ix) {
                out.problems.push(Problem {
                    scene: scene.id.clone(),
                    message: msg!(
                        "scenarios-no-way-out",
                        scene = &scene.id,
                        values = compiled.describe(states.values(i))
                    ),
                    stalls: true,
                });
            }
        }
        let visited: HashSet<usize> = states.scenes.iter().copied().collect();
        for (i, s) in scenario.scenes.iter().enumerate() {
            if linked.contains(s.id.as_str()) && !visited.contains(&i) {
                out.problems.push(Problem {
                    scene: s.id.clone(),
                    message: msg!("scenarios-never-reached", scene = &s.id),
                    stalls: false,
                });
            }
        }
    } else {
        random_plays(scenario, &compiled, first, &mut out);
    }
    out
}

/// Seeded random plays for scenarios with too many states to visit.
fn random_plays(scenario: &Scenario, compiled: &Compiled<'_>, first: usize, out: &mut Explored) {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut offered: Vec<usize> = Vec::new();
    let mut values = compiled.start.clone();
    for _ in 0..RANDOM_PLAYS {
        values.copy_from_slice(&compiled.start);
        let mut scene = first;
        let mut steps = 0;
        while !compiled.scenes[scene].0 {
            let moves = &compiled.scenes[scene].1;
            offered.clear();
            offered.extend((0..moves.len()).filter(|&i| holds(&moves[i].when, &values)));
            let id = &scenario.scenes[scene].id;
            if offered.is_empty() {
                out.problems.push(Problem {
                    scene: id.clone(),
                    message: msg!("scenarios-all-blocked", scene = id, values = compiled.describe(&values)),
                    stalls: true,
                });
                return;
            }
            if steps == MAX_STEPS {
                out.problems.push(Problem {
                    scene: id.clone(),
                    message: msg!("scenarios-random-stuck", steps = MAX_STEPS, scene = id),
                    stalls: true,
                });
                return;
            }
            let m = &moves[offered[(next() % offered.len() as u64) as usize]];
            apply(&m.set, &mut values);
            scene = m.target;
            steps += 1;
        }
        out.endings.insert(scenario.scenes[scene].id.clone());
    }
}

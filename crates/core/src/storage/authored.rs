//! What the rest of the kept data owes to the scenarios written on this device: deleting one
//! takes its progress and workshop runs with it, one that shares its id with one of the app's own
//! (a later version added it) is renamed rather than hidden, and progress or runs left behind
//! for a scenario that is nowhere (deleted before this was done, or written on another device
//! and deleted there) are let go on import, with a note, instead of refusing the whole file.

use super::format::Saved;
use crate::content::Library;
use crate::scenario::local::free_file;

impl Saved {
    /// Deletes the scenario written here kept as `file`, with its progress and the runs of
    /// workshop sessions that played it (a session with no other run goes with it). Returns
    /// whether it was kept.
    pub fn delete_authored(&mut self, file: &str) -> bool {
        let Some(at) = self.authored.iter().position(|a| a.file == file) else { return false };
        let id = self.authored.remove(at).id().to_string();
        self.forget_scenario(&id);
        true
    }

    /// Removes the progress in scenario `id` and the workshop runs that played it.
    fn forget_scenario(&mut self, id: &str) {
        self.scenarios.remove(id);
        self.workshops.retain_mut(|w| {
            let before = w.runs.len();
            let current = w.at;
            let removed_before = w.runs[..current.min(before)].iter().filter(|r| r.scenario == id).count();
            let current_removed = w.runs.get(current).is_some_and(|r| r.scenario == id);
            w.runs.retain(|r| r.scenario != id);
            if w.runs.len() == before {
                return true;
            }
            if w.runs.is_empty() {
                return false;
            }
            w.at = current.saturating_sub(removed_before).min(w.runs.len() - 1);
            if current_removed {
                // What was on screen is gone: the session's record keeps the other runs.
                w.stage = crate::workshop::Stage::Finished;
                w.hands.clear();
            }
            true
        });
    }

    /// Renames each scenario written here whose id is one of the app's own scenarios in
    /// `library` (such as one a later version added) to a free name, so it is still listed and
    /// played. Returns each (old file, new file).
    pub fn rename_clashing(&mut self, library: &Library) -> Vec<(String, String)> {
        let own = |id: &str| library.scenario(id).is_some_and(|s| !s.local);
        let mut renamed = Vec::new();
        for i in 0..self.authored.len() {
            let id = self.authored[i].id().to_string();
            if !own(&id) {
                continue;
            }
            let files: Vec<String> = self.authored.iter().map(|a| a.file.clone()).collect();
            let new = free_file(&format!("{id}-local.md"), |f| {
                files.iter().any(|k| k == f) || own(f.strip_suffix(".md").unwrap_or(f))
            });
            if let Ok(a) = self.authored[i].renamed(&new) {
                renamed.push((self.authored[i].file.clone(), new));
                self.authored[i] = a;
            }
        }
        renamed
    }

    /// Lets go of progress and workshop runs on scenarios that are neither the app's own in
    /// `library` nor written here. Returns their ids, sorted.
    pub fn leave_out_unknown(&mut self, library: &Library) -> Vec<String> {
        let known = |id: &str| library.scenario(id).is_some() || self.authored.iter().any(|a| a.id() == id);
        let runs = self.workshops.iter().flat_map(|w| w.runs.iter().map(|r| r.scenario.as_str()));
        let mut gone: Vec<String> =
            self.scenarios.keys().map(String::as_str).chain(runs).filter(|id| !known(id)).map(str::to_string).collect();
        gone.sort();
        gone.dedup();
        for id in &gone {
            self.forget_scenario(id);
        }
        gone
    }
}

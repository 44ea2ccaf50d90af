//! The one writer of what is kept: every change goes through [`AppState::write`] (or
//! [`AppState::write_or_leave`]) as a change to what is stored now, checked against the data's
//! epoch, read back, and said honestly when it was not kept. Erase and import replace it whole.

use super::tabs::{cleared_elsewhere, kept_elsewhere};
use super::*;

impl AppState {
    /// Shows `saved` as everything kept, replaced as a whole (erase or import, here or in another
    /// tab): the answers follow it, and screens holding their own copy read it again.
    pub(super) fn take_whole(&self, saved: Saved) {
        // Said of a change that was part of this one (its data arrives before its event).
        let (kept, cleared) = (kept_elsewhere(), cleared_elsewhere());
        self.messages.update(|m| m.retain(|m| *m != kept && *m != cleared));
        self.keeping.set(saved.checklist.is_some());
        self.answers.set(saved.checklist.clone().unwrap_or_default());
        self.answers_epoch.update(|e| *e = e.wrapping_add(1));
        self.saved.set(saved);
        self.join_authored();
        self.data_epoch.update(|e| *e = e.wrapping_add(1));
    }

    /// Changes what is kept, and only that: the change is applied to what is stored now (not
    /// to a possibly stale copy in this tab), kept, read back, and then shown. Returns what
    /// `change` returned, and why the change was not kept (`None` when it was). When it was
    /// not, the reason is said and the change still applies in this tab for now (a nation
    /// chosen, a session running), so a screen says "saved" or "kept" only from this result,
    /// never from what it shows.
    pub(super) fn write<R>(&self, change: impl FnOnce(&mut Saved) -> R) -> (R, Option<NotKept>) {
        let (saved, out, result) = match self.update_store(change) {
            Ok(done) => done,
            Err(out) => return (out, Some(NotKept::Superseded)),
        };
        self.saved.set(saved);
        // A session taken from the channel is now either kept (an action here kept it) or gone.
        self.foreign.set_value(None);
        self.kept_or_say(result);
        (out, result.err())
    }

    /// Changes what is kept only if the change is kept: when it is not, the reason is said and
    /// nothing in this tab changes, so what the app lists as kept (scenarios written here,
    /// contacts, past sessions) is only ever what is stored. The screen that made the change
    /// still holds it (the editor, the form). Returns whether it was kept.
    pub(super) fn write_or_leave(&self, change: impl FnOnce(&mut Saved)) -> bool {
        let Ok((saved, (), result)) = self.update_store(change) else { return false };
        if result.is_ok() {
            self.saved.set(saved);
            self.foreign.set_value(None);
        }
        self.kept_or_say(result)
    }

    /// Applies `change` to what is stored now ([`Store::update`]). If everything was erased or
    /// replaced in another tab since this tab last looked (it has not yet heard), nothing is
    /// written: this tab takes in what is stored now and says so, and `Err` holds what the
    /// change returned on a copy, so it cannot bring back what was erased.
    pub(super) fn update_store<R>(
        &self,
        change: impl FnOnce(&mut Saved) -> R,
    ) -> Result<(Saved, R, Result<(), NotKept>), R> {
        let memory = self.saved.get_untracked();
        let known = memory.epoch;
        match self.store.with_value(|s| s.update(memory, known, change)) {
            Written::Done { saved, out, result } => Ok((saved, out, result)),
            Written::Stale { now, change } => {
                let mut scratch = now.clone();
                let event = if now.epoch.is_none() { DataEvent::Erase } else { DataEvent::Import };
                self.take_whole(now);
                self.kept.set(false);
                if let Some(m) = other_tab_message(event, true) {
                    self.say(format!("{m} {}", NotKept::Superseded.message()));
                }
                Err(change(&mut scratch))
            }
        }
    }

    /// Notes whether a change was kept, and says why not when it was not.
    pub(super) fn kept_or_say(&self, result: Result<(), NotKept>) -> bool {
        self.kept.set(result.is_ok());
        if let Err(why) = result {
            self.say(why.message());
        }
        result.is_ok()
    }

    #[cfg(feature = "desk")]
    /// Replaces everything kept with `saved` (an imported file, already checked). Returns the
    /// message to show if it could not be kept (a whole statement); nothing in this tab changes
    /// then.
    pub(crate) fn replace_saved(&self, saved: Saved) -> Result<(), String> {
        let mut result = Ok(());
        let mut saved = saved;
        self.store.update_value(|s| result = s.replace(&mut saved));
        result.map_err(NotKept::import_message)?;
        self.take_whole(saved);
        self.kept.set(true);
        self.messages.set(Vec::new());
        Ok(())
    }

    #[cfg(feature = "desk")]
    /// Erases everything the app keeps on this device, in storage and in memory, and tells
    /// other tabs. Returns whether storage is now empty of the app's data.
    pub(crate) fn erase_everything(&self) -> bool {
        let mut emptied = false;
        self.store.update_value(|s| emptied = s.erase());
        self.take_whole(Saved::default());
        self.messages.set(Vec::new());
        emptied
    }
}

//! Checklist answers: held by each tab, kept on the device only if the person chose that in this
//! tab, and carried across a reload (a new version, the desk build) unless erased meanwhile.

use super::*;

impl AppState {
    /// Keeps checklist answers that live only in memory in session storage for one reload (a
    /// switch to a new version, or to the desk build), so they are not lost.
    pub(crate) fn carry_answers(&self) {
        let answers = self.answers.get_untracked();
        if self.keeping.get_untracked() || answers == Answers::default() {
            return;
        }
        // With whether anything was kept when they were carried: if that is gone when they are
        // taken, it was erased during the reload, and they are dropped (nothing erased returns).
        let stored = self.store.with_value(|s| s.sizes()[0].is_some());
        let carried = Carried { answers, stored };
        if let (Some(storage), Ok(text)) = (session_storage(), serde_json::to_value(&carried).map(|v| v.to_string())) {
            let _ = storage.set_item(CARRY_KEY, &text);
        }
    }

    /// Whether this tab's checklist answers are kept on this device (the person chose that here,
    /// or they were kept when the app opened).
    pub(crate) fn keeps_answers(&self) -> bool {
        self.keeping.get()
    }

    /// Changes the checklist answers; keeps them on the device only if the person chose that.
    pub(crate) fn update_answers(&self, change: impl FnOnce(&mut Answers)) {
        self.answers.update(change);
        if self.keeping.get_untracked() {
            let answers = self.answers.get_untracked();
            self.write(|s| s.checklist = Some(answers));
        }
    }

    /// Turns keeping this tab's answers on the device on or off. On replaces any answers kept
    /// from another tab (the person chose these); off removes them from the device.
    pub(crate) fn set_keep_answers(&self, keep: bool) {
        let answers = self.answers.get_untracked();
        let (replaced, not_kept) = self.write(|s| {
            let replaced = keep && s.checklist.as_ref().is_some_and(|kept| *kept != answers);
            s.checklist = keep.then_some(answers);
            replaced
        });
        let kept = not_kept.is_none();
        // Superseded: this tab has just taken in what another tab erased or imported.
        if not_kept != Some(NotKept::Superseded) {
            self.keeping.set(keep && kept);
        }
        if replaced && kept {
            self.say(rr_core::msg!("state-answers-replaced-elsewhere"));
        }
    }

    /// Clears every answer, from memory and from the device, and tells other tabs.
    pub(crate) fn clear_answers(&self) {
        self.answers.set(Answers::default());
        self.answers_epoch.update(|e| *e = e.wrapping_add(1));
        if self.keeping.get_untracked() {
            self.write(|s| s.checklist = None);
            self.keeping.set(false);
            self.store.with_value(|s| s.announce_clear());
        }
    }
}

/// Session-storage key for answers carried across a switch to a new version or build.
pub(super) const CARRY_KEY: &str = rr_core::storage::session::CARRY;

pub(super) fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Answers held only in memory, carried across a reload in session storage.
#[derive(serde::Serialize, serde::Deserialize)]
struct Carried {
    answers: Answers,
    /// Whether the app kept anything on the device when they were carried.
    stored: bool,
}

/// Answers carried across a reload, removed as they are read; none if what was kept when they
/// were carried has since been erased (in another tab, during the reload). The first paint
/// reads them by the same rule (`public/first-paint.js`).
pub(super) fn take_carried_answers(stored_now: bool) -> Option<Answers> {
    let storage = session_storage()?;
    let text = storage.get_item(CARRY_KEY).ok().flatten()?;
    let _ = storage.remove_item(CARRY_KEY);
    match serde_json::from_str::<Carried>(&text) {
        Ok(carried) => (!carried.stored || stored_now).then_some(carried.answers),
        // As an older version carried them: the answers alone.
        Err(_) => serde_json::from_str(&text).ok(),
    }
}

//! The other areas of what is kept, each written on its own as a change to what is stored now:
//! local contacts, pages seen, scenario progress and workshop sessions.

use super::*;

impl AppState {
    /// Replaces the local contacts; whether they were kept (written and read back). When they
    /// were not, the contacts shown (in the next steps, on the home screen) stay those kept.
    pub(crate) fn set_contacts(&self, contacts: Vec<crate::contacts::Contact>) -> bool {
        self.write_or_leave(|s| s.contacts = contacts)
    }

    /// Remembers on this device the newest change of `page` as seen, so the next visit can say
    /// what changed since. Writes only when there is something new.
    pub(crate) fn mark_seen(&self, page: &crate::content::Page) {
        let Some(latest) = page.latest_change() else { return };
        if self.saved.with_untracked(|s| s.seen.get(&page.slug).map(String::as_str) == Some(latest)) {
            return;
        }
        let (slug, latest) = (page.slug.clone(), latest.to_string());
        self.write(|s| {
            s.seen.insert(slug, latest);
        });
    }

    /// Saved progress in one scenario.
    pub(crate) fn progress(&self, id: &str) -> crate::storage::Progress {
        self.saved.with_untracked(|s| s.scenarios.get(id).cloned().unwrap_or_default())
    }

    /// Changes the progress kept for one scenario, as it is stored now (not a copy held here);
    /// whether it was kept (if not, the change applies in this tab for now).
    pub(crate) fn update_progress(&self, id: &str, change: impl FnOnce(&mut crate::storage::Progress)) -> bool {
        self.write(|s| change(s.scenarios.entry(id.to_string()).or_default())).1.is_none()
    }

    /// The progress kept for one scenario as stored now, which another tab may have changed
    /// before this tab heard of it.
    pub(crate) fn kept_progress(&self, id: &str) -> crate::storage::Progress {
        let stored = self.store.with_value(|s| s.read()).saved;
        if self.store.with_value(|s| s.is_available()) {
            stored.scenarios.get(id).cloned().unwrap_or_default()
        } else {
            self.progress(id)
        }
    }

    /// Forgets all scenario progress on the device.
    pub(crate) fn clear_progress(&self) {
        self.write(|s| s.scenarios.clear());
    }

    #[cfg(feature = "desk")]
    /// Changes the workshop sessions kept, and keeps the change on the device. If it cannot be
    /// kept the session goes on in this tab, and [`AppState::workshop_not_kept`] says why.
    pub(crate) fn update_workshops<R>(&self, change: impl FnOnce(&mut Vec<crate::workshop::Session>) -> R) -> R {
        let (out, result) = self.write(|s| change(&mut s.workshops));
        self.workshop_not_kept.set(result);
        out
    }

    #[cfg(feature = "desk")]
    /// Deletes the record of workshop session `id`; whether the deletion was kept (if not, it
    /// is still listed, as it is still stored).
    pub(crate) fn delete_workshop(&self, id: u64) -> bool {
        self.write_or_leave(|s| s.workshops.retain(|w| w.id != id))
    }

    #[cfg(feature = "desk")]
    /// Takes a session another window sent, if it is plausible and newer than the copy here.
    /// It is held in memory: the window that sent it has already kept it on the device.
    pub(crate) fn adopt_workshop(&self, session: crate::workshop::Session) {
        let now = js_sys::Date::now() as u64;
        let mut changed = false;
        let mut foreign = self.foreign.get_value();
        let running = self.running.get_value();
        self.saved.update_untracked(|s| {
            changed = crate::workshop::sync::receive(&mut s.workshops, &mut foreign, session, now, running)
        });
        self.foreign.set_value(foreign);
        if changed {
            self.saved.notify();
        }
    }

    /// Turns workshop mode's single-key shortcuts off (or on) and keeps that on the device.
    /// Returns whether it was kept.
    #[cfg_attr(not(feature = "desk"), allow(dead_code))]
    pub(crate) fn set_keys_off(&self, off: bool) -> bool {
        self.write(|s| s.keys_off = off).1.is_none()
    }

    /// Adds time counted to the learning record ([`crate::ui::time_spent`]). Nothing the person
    /// did: when it cannot be kept, nothing is said and this tab shows what is stored.
    pub(crate) fn add_time(&self, change: impl FnOnce(&mut crate::learning::Learner)) {
        if let Ok((saved, (), Ok(()))) = self.update_store(|s| change(&mut s.learner)) {
            self.saved.set(saved);
        }
    }

    /// Keeps the name for the certificate (already cleaned); whether it was kept.
    #[cfg_attr(not(feature = "desk"), allow(dead_code))]
    pub(crate) fn set_learner_name(&self, name: String) -> bool {
        self.write(|s| s.learner.name = name).1.is_none()
    }
}

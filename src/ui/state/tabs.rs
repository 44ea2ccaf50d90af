//! Following other tabs: what another tab of the app changes is taken in at once, so this tab
//! never writes back what another erased, and erase, import and clear are said here too.

use super::*;

impl AppState {
    /// Follows changes that other tabs of the app make to what is kept: each is taken in at
    /// once, so this tab never writes back what another erased, and erase, import and clear
    /// are said here too.
    pub(crate) fn follow_other_tabs(&self) {
        let state = *self;
        let on_storage = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            match ev.key().as_deref() {
                // `clear()` of the whole storage, or our data written or removed.
                None => state.take_in_other_tab(Some(DataEvent::Erase)),
                // Our data written or removed (only Erase removes it): taken in now; the erase
                // or import that did it is said when its announcement arrives, just after.
                Some(STORAGE_KEY) => state.take_in_other_tab(None),
                // Said only if it is news to this page: not if this page started after it.
                Some(EVENT_KEY) => {
                    if let Some(event) = ev.new_value().as_deref().and_then(|a| DataEvent::heard(a, started())) {
                        state.take_in_other_tab(Some(event));
                    }
                }
                Some(_) => {}
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
        }
        // The listener lives as long as the page.
        on_storage.forget();
    }

    /// Takes in what is stored now, after another tab changed it, and says what happened.
    pub(super) fn take_in_other_tab(&self, event: Option<DataEvent>) {
        let decoded = self.store.with_value(|s| s.read());
        // Data of another lifetime than the one this tab knew: it was erased or replaced, even
        // if that event has not arrived (yet) on its own.
        let known = self.saved.with_untracked(|s| s.epoch);
        let replaced = known.is_some() && decoded.saved.epoch != known;
        if replaced || matches!(event, Some(DataEvent::Erase | DataEvent::Import)) {
            self.take_whole(decoded.saved);
        } else {
            self.follow_kept_answers(decoded.saved.checklist.as_ref(), event);
            let progress_changed = self.saved.with_untracked(|s| s.scenarios != decoded.saved.scenarios);
            self.saved.set(decoded.saved);
            self.join_authored();
            // A scenario in play holds its own copy of its progress: it reads it again, so the
            // next decision never writes back progress cleared in another tab.
            if progress_changed {
                self.data_epoch.update(|e| *e = e.wrapping_add(1));
            }
        }
        let stored_empty = self.store.with_value(|s| s.sizes()[0].is_none());
        let message = match event {
            Some(DataEvent::Erase) if !stored_empty => None,
            Some(event) => other_tab_message(event, self.saved.with_untracked(|s| s.checklist.is_none())),
            None => None,
        };
        if let Some(m) = message {
            self.say(m);
        }
    }

    /// After another tab changed part of what is kept: if this tab's answers are the kept ones
    /// they follow what is kept now (and are touched only if that differs, so a field being
    /// typed in is left alone by a write to anything else). Answers this tab holds only in
    /// memory are its own: another tab keeping its answers does not replace them.
    pub(super) fn follow_kept_answers(&self, stored: Option<&Answers>, event: Option<DataEvent>) {
        let keeping = self.keeping.get_untracked();
        match stored {
            Some(a) if keeping && self.answers.with_untracked(|now| now != a) => self.answers.set(a.clone()),
            Some(_) if keeping => {}
            // Cleared, or no longer kept: either way they go from this tab too.
            None if keeping => {
                self.keeping.set(false);
                self.answers.set(Answers::default());
                self.answers_epoch.update(|e| *e = e.wrapping_add(1));
                self.say(cleared_elsewhere());
            }
            Some(_) if event.is_none() && self.answers.with_untracked(|a| *a != Answers::default()) => {
                self.say(kept_elsewhere())
            }
            _ => {}
        }
    }
}

/// What to say of `event` done in another tab (`no_answers`: no answers are kept now).
pub(super) fn other_tab_message(event: DataEvent, no_answers: bool) -> Option<String> {
    match event {
        DataEvent::Erase => Some(rr_core::msg!("state-erased-elsewhere")),
        DataEvent::Import => Some(rr_core::msg!("state-imported-elsewhere")),
        DataEvent::Clear if no_answers => Some(cleared_elsewhere()),
        DataEvent::Clear => None,
    }
}

/// Said when another tab cleared (or stopped keeping) the answers this tab was keeping.
pub(super) fn cleared_elsewhere() -> String {
    rr_core::msg!("state-cleared-elsewhere")
}

/// Said when another tab starts keeping its answers while this tab holds answers of its own.
pub(super) fn kept_elsewhere() -> String {
    rr_core::msg!("state-kept-elsewhere")
}

/// What another tab did before this app started, as the first paint heard it (an erase, a
/// clear or an import), so the app can say so: if it is news to this page.
pub(super) fn early_event() -> Option<DataEvent> {
    let window = web_sys::window()?;
    let value = leptos::wasm_bindgen::JsValue::from(window);
    let global = crate::prerender::contract::globals::EARLY_EVENT;
    let event = web_sys::js_sys::Reflect::get(&value, &global.into()).ok()?.as_string()?;
    DataEvent::heard(&event, started())
}

/// When this page started (its navigation began), in milliseconds since 1970: the clock
/// announcements are made on.
fn started() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.time_origin())
}

//! The app-wide state shared through Leptos context.

use crate::content::Library;
use crate::nation::Nation;
use crate::route::Route;
use crate::storage::browser::Store;
use crate::screening::Answers;
use crate::storage::Saved;
use leptos::prelude::*;

/// What every screen can read: the content, the current route, the chosen nation and any
/// messages about saved data.
#[derive(Clone, Copy)]
pub(crate) struct AppState {
    pub(crate) library: &'static Library,
    pub(crate) route: RwSignal<Route>,
    pub(crate) saved: RwSignal<Saved>,
    pub(crate) messages: RwSignal<Vec<String>>,
    /// Checklist answers: in memory for this visit unless the person chose to keep them.
    pub(crate) answers: RwSignal<Answers>,
    /// Whether the person chose to keep checklist answers on this device.
    pub(crate) keep_answers: RwSignal<bool>,
    store: Store,
}

impl AppState {
    /// Loads the content and the saved data.
    pub(crate) fn new() -> AppState {
        let library: &'static Library = Box::leak(Box::new(crate::library()));
        let (store, decoded, messages) = Store::open();
        let kept = decoded.saved.checklist.clone();
        AppState {
            library,
            route: RwSignal::new(Route::parse(&current_hash())),
            saved: RwSignal::new(decoded.saved),
            messages: RwSignal::new(messages),
            keep_answers: RwSignal::new(kept.is_some()),
            answers: RwSignal::new(kept.unwrap_or_default()),
            store,
        }
    }

    /// The nation chosen, if any.
    pub(crate) fn nation(&self) -> Option<Nation> {
        self.saved.with(|s| s.nation)
    }

    /// Chooses (or forgets) the nation and keeps the choice on the device.
    pub(crate) fn set_nation(&self, nation: Option<Nation>) {
        self.saved.update(|s| s.nation = nation);
        self.persist();
    }

    /// Changes the checklist answers; keeps them on the device only if the person chose that.
    pub(crate) fn update_answers(&self, change: impl FnOnce(&mut Answers)) {
        self.answers.update(change);
        if self.keep_answers.get_untracked() {
            self.persist();
        }
    }

    /// Turns keeping answers on the device on or off. Off removes them from the device.
    pub(crate) fn set_keep_answers(&self, keep: bool) {
        self.keep_answers.set(keep);
        self.persist();
    }

    /// Clears every answer, from memory and from the device.
    pub(crate) fn clear_answers(&self) {
        self.answers.set(Answers::default());
        self.keep_answers.set(false);
        self.persist();
    }

    /// Saved progress in one scenario.
    pub(crate) fn progress(&self, id: &str) -> crate::storage::Progress {
        self.saved.with_untracked(|s| s.scenarios.get(id).cloned().unwrap_or_default())
    }

    /// Keeps progress in one scenario on the device.
    pub(crate) fn set_progress(&self, id: &str, progress: crate::storage::Progress) {
        self.saved.update(|s| {
            s.scenarios.insert(id.to_string(), progress);
        });
        self.persist();
    }

    /// Forgets all scenario progress on the device.
    pub(crate) fn clear_progress(&self) {
        self.saved.update(|s| s.scenarios.clear());
        self.persist();
    }

    fn persist(&self) {
        let keep = self.keep_answers.get_untracked();
        let answers = self.answers.get_untracked();
        self.saved.update(|s| s.checklist = keep.then_some(answers));
        let saved = self.saved.get_untracked();
        if let Err(message) = self.store.save(&saved) {
            self.messages.update(|m| {
                if !m.contains(&message) {
                    m.push(message)
                }
            });
        }
    }
}

/// The part of the address after `#`.
pub(crate) fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The shared state; every component is inside [`crate::ui::app::App`], which provides it.
pub(crate) fn use_state() -> AppState {
    expect_context::<AppState>()
}

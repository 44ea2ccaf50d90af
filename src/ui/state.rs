//! The app-wide state shared through Leptos context.

use crate::content::{Extra, Library};
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
    /// The content: the embedded core at first, the whole library once the rest has loaded.
    library: StoredValue<&'static Library>,
    /// Whether the rest of the content (most guidance text, the scenarios) has arrived.
    pub(crate) content: RwSignal<ContentState>,
    /// A new version of the app is installed and waiting for the person to switch.
    pub(crate) update_ready: RwSignal<bool>,
    /// The person chose to switch; the page reloads when the new version takes over.
    pub(crate) switching: RwSignal<bool>,
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
        // Answers carried across a switch to a new version win over kept ones: they are newer.
        let carried = take_carried_answers();
        let kept = decoded.saved.checklist.clone();
        let answers = carried.clone().or(kept.clone()).unwrap_or_default();
        AppState {
            library: StoredValue::new(library),
            content: RwSignal::new(ContentState::NotAsked),
            update_ready: RwSignal::new(false),
            switching: RwSignal::new(false),
            route: RwSignal::new(Route::parse(&current_hash())),
            saved: RwSignal::new(decoded.saved),
            messages: RwSignal::new(messages),
            keep_answers: RwSignal::new(kept.is_some()),
            answers: RwSignal::new(answers),
            store,
        }
    }

    /// Keeps checklist answers that live only in memory in session storage for one reload (a
    /// switch to a new version), so they are not lost.
    pub(crate) fn carry_answers(&self) {
        let answers = self.answers.get_untracked();
        if self.keep_answers.get_untracked() || answers == Answers::default() {
            return;
        }
        if let (Some(storage), Ok(text)) = (session_storage(), serde_json::to_string(&answers)) {
            let _ = storage.set_item(CARRY_KEY, &text);
        }
    }

    /// The content as it is now (not reactive: read [`AppState::content`] to follow loading).
    pub(crate) fn library(&self) -> &'static Library {
        self.library.get_value()
    }

    /// Whether the whole content has loaded (reactive).
    pub(crate) fn content_ready(&self) -> bool {
        self.content.with(|c| *c == ContentState::Ready)
    }

    /// Fetches the rest of the content, once; again after a failure.
    pub(crate) fn load_content(&self) {
        if matches!(self.content.get_untracked(), ContentState::Loading | ContentState::Ready) {
            return;
        }
        // The single-file build carries the content inside the page.
        if let Some(embedded) = super::dom::element("#rr-content").and_then(|e| e.text_content()) {
            match serde_json::from_str::<Extra>(&embedded) {
                Ok(extra) => self.join_content(extra),
                Err(_) => self.content.set(ContentState::Failed),
            }
            return;
        }
        self.content.set(ContentState::Loading);
        let state = *self;
        leptos::task::spawn_local(async move {
            match fetch_text(crate::EXTRA_FILE).await.and_then(|t| serde_json::from_str::<Extra>(&t).map_err(|e| e.to_string())) {
                Ok(extra) => state.join_content(extra),
                Err(e) => {
                    web_sys::console::warn_1(&format!("content could not be loaded: {e}").into());
                    state.content.set(ContentState::Failed);
                }
            }
        });
    }

    fn join_content(&self, extra: Extra) {
        let whole: &'static Library = Box::leak(Box::new(self.library().clone().join(extra)));
        self.library.set_value(whole);
        self.content.set(ContentState::Ready);
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

    /// Changes the workshop sessions kept, and keeps the change on the device.
    pub(crate) fn update_workshops<R>(&self, change: impl FnOnce(&mut Vec<crate::workshop::Session>) -> R) -> R {
        let mut out = None;
        self.saved.update(|s| out = Some(change(&mut s.workshops)));
        self.persist();
        out.expect("the change ran")
    }

    /// Takes a session another window sent, if it is newer than the copy here. That window
    /// already kept it on the device.
    pub(crate) fn adopt_workshop(&self, session: crate::workshop::Session) {
        let mut changed = false;
        self.saved.update_untracked(|s| changed = crate::workshop::sync::adopt(&mut s.workshops, session));
        if changed {
            self.saved.notify();
        }
    }

    /// The sizes of what is kept on the device: the data, and any copy of unreadable data.
    pub(crate) fn stored_sizes(&self) -> [Option<usize>; 2] {
        self.store.sizes()
    }

    /// Replaces everything kept with `saved` (an imported file, already checked).
    pub(crate) fn replace_saved(&self, saved: Saved) {
        self.keep_answers.set(saved.checklist.is_some());
        self.answers.set(saved.checklist.clone().unwrap_or_default());
        self.saved.set(saved);
        self.persist();
    }

    /// Erases everything the app keeps on this device, in storage and in memory.
    pub(crate) fn erase_everything(&self) {
        self.store.erase();
        self.saved.set(Saved::default());
        self.answers.set(Answers::default());
        self.keep_answers.set(false);
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

/// Session-storage key for answers carried across a switch to a new version.
const CARRY_KEY: &str = "recognise-respond.carry";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Answers carried across a reload, removed as they are read.
fn take_carried_answers() -> Option<Answers> {
    let storage = session_storage()?;
    let text = storage.get_item(CARRY_KEY).ok().flatten()?;
    let _ = storage.remove_item(CARRY_KEY);
    serde_json::from_str(&text).ok()
}

/// Where the rest of the content is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ContentState {
    /// Not asked for yet.
    NotAsked,
    /// On its way.
    Loading,
    /// Arrived and joined to the core.
    Ready,
    /// Could not be fetched (offline before the app was ever fully loaded).
    Failed,
}

/// The text of a file of the app, fetched from the app's own folder.
async fn fetch_text(url: &str) -> Result<String, String> {
    use leptos::wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?).await.map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// The part of the address after `#`.
pub(crate) fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The shared state; every component is inside [`crate::ui::app::App`], which provides it.
pub(crate) fn use_state() -> AppState {
    expect_context::<AppState>()
}

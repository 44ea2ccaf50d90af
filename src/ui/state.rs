//! The app-wide state shared through Leptos context.

use crate::browser_storage::{DataEvent, Store, EVENT_KEY};
use crate::content::{Extra, Library};
use crate::nation::Nation;
use crate::route::Route;
use crate::screening::Answers;
use crate::storage::{Saved, STORAGE_KEY};
use leptos::prelude::*;
use leptos::wasm_bindgen::{closure::Closure, JsCast};
use std::sync::OnceLock;

/// The content embedded in the app, made once.
static CORE: OnceLock<Library> = OnceLock::new();
/// The whole content, once the extra file has arrived, made once.
static WHOLE: OnceLock<Library> = OnceLock::new();

/// What every screen can read: the content, the current route, the chosen nation and any
/// messages about saved data.
#[derive(Clone, Copy)]
pub(crate) struct AppState {
    /// The content: the embedded core at first, the whole library once the rest has loaded,
    /// with the scenarios written on this device joined to it ([`AppState::join_authored`]).
    library: StoredValue<&'static Library>,
    /// The content as it arrived, before the scenarios written here were joined to it.
    base: StoredValue<&'static Library>,
    /// What was last joined: the content it was joined to, and each scenario written here (its
    /// file, when saved and length), so joining again is skipped when nothing changed.
    joined: StoredValue<Option<Joined>>,
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
    /// The last search typed, in memory only, so Back from a result finds it again.
    pub(crate) search_query: RwSignal<String>,
    /// Whether the last change was kept on the device (false when storage refused or failed).
    pub(crate) kept: RwSignal<bool>,
    /// Bumped whenever the data was replaced as a whole (erase, import, another tab), so
    /// screens that hold their own copy of part of it (a scenario in play) read it again.
    pub(crate) data_epoch: RwSignal<u32>,
    /// A workshop session taken from another window over the channel and not kept here.
    pub(crate) foreign: StoredValue<Option<u64>>,
    /// The workshop session this window started or last acted on (it is its presenter).
    #[cfg_attr(not(feature = "desk"), allow(dead_code))]
    pub(crate) running: StoredValue<Option<u64>>,
    store: StoredValue<Store>,
}

impl AppState {
    /// Loads the content and the saved data.
    pub(crate) fn new() -> AppState {
        let library: &'static Library = CORE.get_or_init(crate::library);
        let (store, decoded, messages) = Store::open();
        // Answers carried across a switch to a new version win over kept ones: they are newer.
        let carried = take_carried_answers();
        let kept = decoded.saved.checklist.clone();
        let mut answers = carried.clone().or(kept.clone()).unwrap_or_default();
        // Ticks given to the pre-rendered checklist before the app arrived are the answers now
        // (it showed the kept or carried ones first); the rest (judgement, notes) stays.
        let early = super::takeover::first_paint_answers(library);
        if let Some(early) = &early {
            answers.ticked = early.ticked.clone();
            answers.immediate_danger = early.immediate_danger;
            answers.age = early.age;
        }
        // Kept answers changed before the app arrived: keep the change, as a tick in the app would.
        let rewrite = early.is_some() && kept.as_ref().is_some_and(|k| *k != answers);
        let state = AppState {
            library: StoredValue::new(library),
            base: StoredValue::new(library),
            joined: StoredValue::new(None),
            content: RwSignal::new(ContentState::NotAsked),
            update_ready: RwSignal::new(false),
            switching: RwSignal::new(false),
            route: RwSignal::new(Route::parse(&current_hash())),
            saved: RwSignal::new(decoded.saved),
            messages: RwSignal::new(messages),
            answers: RwSignal::new(answers),
            kept: RwSignal::new(true),
            search_query: RwSignal::new(String::new()),
            data_epoch: RwSignal::new(0),
            foreign: StoredValue::new(None),
            running: StoredValue::new(None),
            store: StoredValue::new(store),
        };
        if rewrite {
            state.update_answers(|_| {});
        }
        state.join_authored();
        state
    }

    /// Joins the scenarios written on this device to the content, so they appear in the scenario
    /// list and workshop mode like the app's own, marked as written here. Called when the
    /// content or they may have changed (a save or delete here; import, erase, another tab's
    /// change), never on an ordinary write such as a tick; made again only when they did change,
    /// as a new library that lives for the rest of the visit.
    fn join_authored(&self) {
        let base = self.base.get_value();
        // One that shares its id with one of the app's own (a later version added it) is renamed
        // and kept so, rather than hidden.
        let own = |id: &str| base.scenario(id).is_some_and(|s| !s.local);
        if self.saved.with_untracked(|s| s.authored.iter().any(|a| own(a.id()))) {
            for (old, new) in self.write(|s| s.rename_clashing(base)) {
                self.say(format!("Your scenario kept as {old} has the same name as one of this app's own scenarios, so it is now kept as {new}. Its text is unchanged apart from its name."));
            }
        }
        let key = self.saved.with_untracked(|s| {
            s.authored.iter().map(|a| (a.file.clone(), a.saved_at, a.text.len())).collect::<Vec<_>>()
        });
        let key = Some((base as *const Library as usize, key));
        if self.joined.with_value(|j| *j == key) {
            return;
        }
        let scenarios: Vec<_> =
            self.saved.with_untracked(|s| s.authored.iter().filter_map(|a| a.scenario().ok()).collect());
        if scenarios.is_empty() {
            self.library.set_value(base);
        } else {
            let mut library = base.clone();
            for scenario in scenarios {
                if library.scenario(&scenario.id).is_none() {
                    library.scenarios.push(scenario);
                }
            }
            self.library.set_value(Box::leak(Box::new(library)));
        }
        self.joined.set_value(key);
    }

    /// Follows changes that other tabs of the app make to what is kept: each is taken in at
    /// once, so this tab never writes back what another erased, and erase, import and clear
    /// are said here too.
    pub(crate) fn follow_other_tabs(&self) {
        let state = *self;
        let on_storage = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            match ev.key().as_deref() {
                // `clear()` of the whole storage, or our data written or removed.
                None => state.take_in_other_tab(Some(DataEvent::Erase)),
                Some(STORAGE_KEY) => state.take_in_other_tab(None),
                Some(EVENT_KEY) => {
                    if let Some(event) = ev.new_value().as_deref().and_then(DataEvent::from_id) {
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
    fn take_in_other_tab(&self, event: Option<DataEvent>) {
        let decoded = self.store.with_value(|s| s.read());
        if matches!(event, Some(DataEvent::Erase | DataEvent::Import)) {
            self.take_whole(decoded.saved);
        } else {
            // A change to part of the data: kept answers follow what is stored; answers this
            // tab holds only in memory are its own.
            let had_kept_answers = self.keeps_answers_untracked();
            match decoded.saved.checklist.clone() {
                Some(a) if had_kept_answers => self.answers.set(a),
                None if had_kept_answers => {
                    self.answers.set(Answers::default());
                }
                _ => {}
            }
            self.saved.set(decoded.saved);
            self.join_authored();
        }
        let stored_empty = self.store.with_value(|s| s.sizes()[0].is_none());
        let message = match event {
            Some(DataEvent::Erase) if stored_empty => Some("Everything this app kept on this device was erased in another tab or window. This tab has forgotten it too."),
            Some(DataEvent::Import) => Some("What this app keeps on this device was replaced by a file imported in another tab or window. This tab now shows it."),
            Some(DataEvent::Clear) if self.saved.with_untracked(|s| s.checklist.is_none()) => Some("The checklist answers kept on this device were cleared in another tab or window."),
            _ => None,
        };
        if let Some(m) = message {
            self.say(m.to_string());
        }
    }

    /// Shows `saved` as everything kept, replaced as a whole (erase or import, here or in another
    /// tab): the answers follow it, and screens holding their own copy read it again.
    fn take_whole(&self, saved: Saved) {
        self.answers.set(saved.checklist.clone().unwrap_or_default());
        self.saved.set(saved);
        self.join_authored();
        self.data_epoch.update(|e| *e = e.wrapping_add(1));
    }

    /// Shows `message` once in the messages area (never twice the same).
    pub(crate) fn say(&self, message: String) {
        self.messages.update(|m| {
            if !m.contains(&message) {
                m.push(message)
            }
        });
    }

    /// Changes what is kept, and only that: the change is applied to what is stored now (not
    /// to a possibly stale copy in this tab), kept, read back, and then shown.
    fn write<R>(&self, change: impl FnOnce(&mut Saved) -> R) -> R {
        let memory = self.saved.get_untracked();
        let (saved, out, result) = self.store.with_value(|s| s.update(memory, change));
        self.saved.set(saved);
        // A session taken from the channel is now either kept (an action here kept it) or gone.
        self.foreign.set_value(None);
        self.kept.set(result.is_ok());
        if let Err(message) = result {
            self.say(message);
        }
        out
    }

    /// Keeps checklist answers that live only in memory in session storage for one reload (a
    /// switch to a new version, or to the desk build), so they are not lost.
    pub(crate) fn carry_answers(&self) {
        let answers = self.answers.get_untracked();
        if self.keeps_answers_untracked() || answers == Answers::default() {
            return;
        }
        if let (Some(storage), Ok(text)) = (session_storage(), serde_json::to_value(&answers).map(|v| v.to_string())) {
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
            match fetch_text(crate::EXTRA_FILE)
                .await
                .and_then(|t| serde_json::from_str::<Extra>(&t).map_err(|e| e.to_string()))
            {
                Ok(extra) => state.join_content(extra),
                Err(e) => {
                    web_sys::console::warn_1(&format!("content could not be loaded: {e}").into());
                    state.content.set(ContentState::Failed);
                }
            }
        });
    }

    fn join_content(&self, extra: Extra) {
        // Joined once per visit; a second arrival of the same file finds it made.
        let whole: &'static Library = WHOLE.get_or_init(|| self.base.get_value().clone().join(extra));
        self.base.set_value(whole);
        self.join_authored();
        self.content.set(ContentState::Ready);
        self.repair_workshops();
    }

    /// Brings kept workshop sessions in line with the scenarios as they are now (some may have
    /// changed or gone since a session was kept), and keeps the repair.
    fn repair_workshops(&self) {
        let library = self.library();
        let stale = self.saved.with_untracked(|s| s.workshops.iter().any(|w| w.clone().repair(library)));
        if stale {
            self.write(|s| {
                for w in &mut s.workshops {
                    w.repair(library);
                }
            });
        }
    }

    /// The nation chosen, if any.
    pub(crate) fn nation(&self) -> Option<Nation> {
        self.saved.with(|s| s.nation)
    }

    /// Chooses (or forgets) the nation and keeps the choice on the device. Returns whether it
    /// was kept.
    pub(crate) fn set_nation(&self, nation: Option<Nation>) -> bool {
        self.write(|s| s.nation = nation);
        self.kept.get_untracked()
    }

    /// Whether the person chose to keep checklist answers on this device: read from the saved
    /// data itself, so it cannot disagree with what is stored.
    pub(crate) fn keeps_answers(&self) -> bool {
        self.saved.with(|s| s.checklist.is_some())
    }

    fn keeps_answers_untracked(&self) -> bool {
        self.saved.with_untracked(|s| s.checklist.is_some())
    }

    /// Replaces the local contacts; whether they were kept (written and read back).
    pub(crate) fn set_contacts(&self, contacts: Vec<crate::contacts::Contact>) -> bool {
        self.write(|s| s.contacts = contacts);
        self.kept.get_untracked()
    }

    /// Changes the checklist answers; keeps them on the device only if the person chose that.
    pub(crate) fn update_answers(&self, change: impl FnOnce(&mut Answers)) {
        self.answers.update(change);
        if self.keeps_answers_untracked() {
            let answers = self.answers.get_untracked();
            self.write(|s| s.checklist = Some(answers));
        }
    }

    /// Turns keeping answers on the device on or off. Off removes them from the device.
    pub(crate) fn set_keep_answers(&self, keep: bool) {
        let answers = self.answers.get_untracked();
        self.write(|s| s.checklist = keep.then_some(answers));
    }

    /// Clears every answer, from memory and from the device, and tells other tabs.
    pub(crate) fn clear_answers(&self) {
        self.answers.set(Answers::default());
        self.write(|s| s.checklist = None);
        self.store.with_value(|s| s.announce_clear());
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

    /// Keeps progress in one scenario on the device.
    pub(crate) fn set_progress(&self, id: &str, progress: crate::storage::Progress) {
        self.write(|s| {
            s.scenarios.insert(id.to_string(), progress);
        });
    }

    /// Forgets all scenario progress on the device.
    pub(crate) fn clear_progress(&self) {
        self.write(|s| s.scenarios.clear());
    }

    #[cfg(feature = "desk")]
    /// Keeps a scenario written here (replacing one with the same file name); whether it was
    /// kept (written and read back).
    pub(crate) fn save_authored(&self, authored: crate::scenario::local::Authored) -> bool {
        self.write(|s| match s.authored.iter_mut().find(|a| a.file == authored.file) {
            Some(old) => *old = authored,
            None => s.authored.push(authored),
        });
        self.join_authored();
        self.kept.get_untracked()
    }

    #[cfg(feature = "desk")]
    /// Deletes the scenario written here kept as `file`, with its progress and workshop runs.
    pub(crate) fn delete_authored(&self, file: &str) {
        // Its progress and workshop runs go with it, so nothing refers to a scenario that is gone.
        self.write(|s| s.delete_authored(file));
        self.join_authored();
    }

    #[cfg(feature = "desk")]
    /// Changes the workshop sessions kept, and keeps the change on the device.
    pub(crate) fn update_workshops<R>(&self, change: impl FnOnce(&mut Vec<crate::workshop::Session>) -> R) -> R {
        self.write(|s| change(&mut s.workshops))
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

    #[cfg(feature = "desk")]
    /// The sizes of what is kept on the device: the data, and any copy of unreadable data.
    pub(crate) fn stored_sizes(&self) -> [Option<usize>; 2] {
        self.store.with_value(|s| s.sizes())
    }

    #[cfg(feature = "desk")]
    /// Replaces everything kept with `saved` (an imported file, already checked). Returns the
    /// message to show if it could not be kept; nothing in this tab changes then.
    pub(crate) fn replace_saved(&self, saved: Saved) -> Result<(), String> {
        let mut result = Ok(());
        self.store.update_value(|s| result = s.replace(&saved));
        result?;
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

/// What was joined to the content: the content's address, and each scenario written here as
/// (file, when saved, length).
type Joined = (usize, Vec<(String, u64, usize)>);

/// Session-storage key for answers carried across a switch to a new version or build.
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

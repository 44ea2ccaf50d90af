//! The app-wide state shared through Leptos context.

use crate::browser_storage::{DataEvent, NotKept, Store, Written, EVENT_KEY};
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
    /// Whether this tab's answers are the ones kept on the device. Each tab holds its own: one
    /// tab choosing to keep its answers never takes over another tab's answers held in memory.
    keeping: RwSignal<bool>,
    /// Bumped whenever the answers were replaced as a whole (cleared, erased, imported, here or
    /// in another tab), so a field holding typing of its own starts again from them.
    pub(crate) answers_epoch: RwSignal<u32>,
    /// The last search typed, in memory only, so Back from a result finds it again.
    pub(crate) search_query: RwSignal<String>,
    /// Whether the last change was kept on the device (false when storage refused or failed).
    pub(crate) kept: RwSignal<bool>,
    /// Why the last change to the workshop sessions was not kept, if it was not: the presenter
    /// view says so itself (the messages area is out of its way).
    #[cfg_attr(not(feature = "desk"), allow(dead_code))]
    pub(crate) workshop_not_kept: RwSignal<Option<NotKept>>,
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
        let (store, decoded, mut messages) = Store::open();
        // Answers carried across a switch to a new version win over kept ones: they are newer.
        let carried = take_carried_answers(store.sizes()[0].is_some());
        if let Some(message) = early_event().and_then(|e| other_tab_message(e, decoded.saved.checklist.is_none())) {
            messages.push(message.to_string());
        }
        let kept = decoded.saved.checklist.clone();
        // Carried answers were held only in memory: this tab does not keep them.
        let keeping = carried.is_none() && kept.is_some();
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
        let rewrite = early.is_some() && keeping && kept.as_ref().is_some_and(|k| *k != answers);
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
            keeping: RwSignal::new(keeping),
            answers_epoch: RwSignal::new(0),
            kept: RwSignal::new(true),
            workshop_not_kept: RwSignal::new(None),
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
            for (old, new) in self.write(|s| s.rename_clashing(base)).0 {
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
                // Our data removed: only Erase removes it.
                Some(STORAGE_KEY) if ev.new_value().is_none() => state.take_in_other_tab(Some(DataEvent::Erase)),
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
            self.say(m.to_string());
        }
    }

    /// After another tab changed part of what is kept: if this tab's answers are the kept ones
    /// they follow what is kept now (and are touched only if that differs, so a field being
    /// typed in is left alone by a write to anything else). Answers this tab holds only in
    /// memory are its own: another tab keeping its answers does not replace them.
    fn follow_kept_answers(&self, stored: Option<&Answers>, event: Option<DataEvent>) {
        let keeping = self.keeping.get_untracked();
        match stored {
            Some(a) if keeping && self.answers.with_untracked(|now| now != a) => self.answers.set(a.clone()),
            Some(_) if keeping => {}
            // Cleared, or no longer kept: either way they go from this tab too.
            None if keeping => {
                self.keeping.set(false);
                self.answers.set(Answers::default());
                self.answers_epoch.update(|e| *e = e.wrapping_add(1));
                self.say(CLEARED_ELSEWHERE.to_string());
            }
            Some(_) if event.is_none() && self.answers.with_untracked(|a| *a != Answers::default()) => {
                self.say(KEPT_ELSEWHERE.to_string())
            }
            _ => {}
        }
    }

    /// Shows `saved` as everything kept, replaced as a whole (erase or import, here or in another
    /// tab): the answers follow it, and screens holding their own copy read it again.
    fn take_whole(&self, saved: Saved) {
        // Said of a change that was part of this one (its data arrives before its event).
        self.messages.update(|m| m.retain(|m| m != KEPT_ELSEWHERE && m != CLEARED_ELSEWHERE));
        self.keeping.set(saved.checklist.is_some());
        self.answers.set(saved.checklist.clone().unwrap_or_default());
        self.answers_epoch.update(|e| *e = e.wrapping_add(1));
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
    /// to a possibly stale copy in this tab), kept, read back, and then shown. Returns what
    /// `change` returned, and why the change was not kept (`None` when it was). When it was
    /// not, the reason is said and the change still applies in this tab for now (a nation
    /// chosen, a session running), so a screen says "saved" or "kept" only from this result,
    /// never from what it shows.
    fn write<R>(&self, change: impl FnOnce(&mut Saved) -> R) -> (R, Option<NotKept>) {
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
    fn write_or_leave(&self, change: impl FnOnce(&mut Saved)) -> bool {
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
    fn update_store<R>(&self, change: impl FnOnce(&mut Saved) -> R) -> Result<(Saved, R, Result<(), NotKept>), R> {
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
    fn kept_or_say(&self, result: Result<(), NotKept>) -> bool {
        self.kept.set(result.is_ok());
        if let Err(why) = result {
            self.say(why.message().to_string());
        }
        result.is_ok()
    }

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
        self.write(|s| s.nation = nation).1.is_none()
    }

    /// Whether this tab's checklist answers are kept on this device (the person chose that here,
    /// or they were kept when the app opened).
    pub(crate) fn keeps_answers(&self) -> bool {
        self.keeping.get()
    }

    /// Replaces the local contacts; whether they were kept (written and read back). When they
    /// were not, the contacts shown (in the next steps, on the home screen) stay those kept.
    pub(crate) fn set_contacts(&self, contacts: Vec<crate::contacts::Contact>) -> bool {
        self.write_or_leave(|s| s.contacts = contacts)
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
            self.say(
                "These answers replaced the checklist answers another tab or window had kept on this device."
                    .to_string(),
            );
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
    /// Keeps a scenario written here (replacing one with the same file name); whether it was
    /// kept (written and read back). When it was not, it is not listed or joined to the
    /// scenarios: only what is stored is shown as kept, and the text stays in the editor.
    pub(crate) fn save_authored(&self, authored: crate::scenario::local::Authored) -> bool {
        let kept = self.write_or_leave(|s| match s.authored.iter_mut().find(|a| a.file == authored.file) {
            Some(old) => *old = authored,
            None => s.authored.push(authored),
        });
        self.join_authored();
        kept
    }

    #[cfg(feature = "desk")]
    /// Deletes the scenario written here kept as `file`, with its progress and workshop runs;
    /// whether the deletion was kept (if not, it is still listed, as it is still stored).
    pub(crate) fn delete_authored(&self, file: &str) -> bool {
        // Its progress and workshop runs go with it, so nothing refers to a scenario that is gone.
        let kept = self.write_or_leave(|s| {
            s.delete_authored(file);
        });
        self.join_authored();
        kept
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

    #[cfg(feature = "desk")]
    /// The sizes of what is kept on the device: the data, and any copy of unreadable data.
    pub(crate) fn stored_sizes(&self) -> [Option<usize>; 2] {
        self.store.with_value(|s| s.sizes())
    }

    #[cfg(feature = "desk")]
    /// Replaces everything kept with `saved` (an imported file, already checked). Returns the
    /// message to show if it could not be kept (a whole statement); nothing in this tab changes
    /// then.
    pub(crate) fn replace_saved(&self, saved: Saved) -> Result<(), &'static str> {
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

/// What was joined to the content: the content's address, and each scenario written here as
/// (file, when saved, length).
type Joined = (usize, Vec<(String, u64, usize)>);

/// What to say of `event` done in another tab (`no_answers`: no answers are kept now).
fn other_tab_message(event: DataEvent, no_answers: bool) -> Option<&'static str> {
    match event {
        DataEvent::Erase => Some("Everything this app kept on this device was erased in another tab or window. This tab has forgotten it too."),
        DataEvent::Import => Some("What this app keeps on this device was replaced by a file imported in another tab or window. This tab now shows it."),
        DataEvent::Clear if no_answers => Some(CLEARED_ELSEWHERE),
        DataEvent::Clear => None,
    }
}

/// Said when another tab cleared (or stopped keeping) the answers this tab was keeping.
const CLEARED_ELSEWHERE: &str = "The checklist answers kept on this device were cleared, or are no longer kept, in another tab or window. This tab has cleared them too.";

/// Said when another tab starts keeping its answers while this tab holds answers of its own.
const KEPT_ELSEWHERE: &str = "Another tab or window is now keeping its own checklist answers on this device. The answers in this tab are still held only in memory: tick \u{201c}Keep my answers on this device\u{201d} here to keep these instead.";

/// Session-storage key for answers carried across a switch to a new version or build.
const CARRY_KEY: &str = "recognise-respond.carry";

fn session_storage() -> Option<web_sys::Storage> {
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
fn take_carried_answers(stored_now: bool) -> Option<Answers> {
    let storage = session_storage()?;
    let text = storage.get_item(CARRY_KEY).ok().flatten()?;
    let _ = storage.remove_item(CARRY_KEY);
    match serde_json::from_str::<Carried>(&text) {
        Ok(carried) => (!carried.stored || stored_now).then_some(carried.answers),
        // As an older version carried them: the answers alone.
        Err(_) => serde_json::from_str(&text).ok(),
    }
}

/// What another tab did before this app started, as the first paint heard it (an erase, a
/// clear or an import), so the app can say so.
fn early_event() -> Option<DataEvent> {
    let window = web_sys::window()?;
    let value = leptos::wasm_bindgen::JsValue::from(window);
    let event = web_sys::js_sys::Reflect::get(&value, &"__rrEarlyEvent".into()).ok()?.as_string()?;
    DataEvent::from_id(&event)
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

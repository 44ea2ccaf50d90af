//! The app-wide state shared through Leptos context: the content, the route and what is kept,
//! with one owner for each area of saved data. Each room of it is its own module: the one
//! writer ([`write`]), following other tabs ([`tabs`]), checklist answers ([`answers`]), the
//! content and scenarios written here ([`library`]) and the other areas ([`areas`]).

mod answers;
mod areas;
mod draft;
mod library;
mod tabs;
mod write;

use answers::take_carried_answers;
#[cfg(feature = "desk")]
pub(crate) use draft::take_carried_draft;
#[cfg_attr(not(feature = "desk"), allow(unused_imports))]
pub(crate) use draft::{CarriedDraft, Draft, DRAFT_KEY};
pub(crate) use library::ContentState;
use library::Joined;
pub(crate) use library::{fetch_translations_within, keep_translations};
use tabs::{early_event, other_tab_message};

use crate::browser_storage::{DataEvent, NotKept, Store, Written, EVENT_KEY};
use crate::content::{Extra, Library, Translations};
use crate::nation::Nation;
use crate::practitioner::Practitioner;
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
    /// The scenario being written on the author screen, while it is not kept ([`draft`]).
    draft: StoredValue<Option<Draft>>,
}

impl AppState {
    /// Loads the content and the saved data.
    pub(crate) fn new() -> AppState {
        let library: &'static Library = CORE.get_or_init(crate::library);
        let (store, decoded, mut messages) = Store::open();
        // Answers carried across a switch to a new version win over kept ones: they are newer.
        let carried = take_carried_answers(store.sizes()[0].is_some());
        if let Some(message) = early_event().and_then(|e| other_tab_message(e, decoded.saved.checklist.is_none())) {
            messages.push(message);
        }
        let kept = decoded.saved.checklist.clone();
        // Carried answers were held only in memory: this tab does not keep them.
        let keeping = carried.is_none() && kept.is_some();
        let mut answers = carried.clone().or(kept.clone()).unwrap_or_default();
        // Ticks given to the pre-rendered checklist before the app arrived are the answers now
        // (it showed the kept or carried ones first); the rest (judgement, notes) stays.
        let early = crate::ui::takeover::first_paint_answers(library);
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
            route: RwSignal::new(Route::parse(&super::dom::current_hash())),
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
            draft: StoredValue::new(None),
        };
        if rewrite {
            state.update_answers(|_| {});
        }
        state.join_authored();
        // A language the address asked for is the person's choice from now on (the switch is
        // such a link); one kept already is not written again.
        if let Some(lang) = crate::language::from_address() {
            if state.saved.with_untracked(|s| s.lang) != Some(lang) {
                state.write(|s| s.lang = Some(lang));
            }
        }
        state
    }

    /// Shows `message` once in the messages area (never twice the same).
    pub(crate) fn say(&self, message: String) {
        self.messages.update(|m| {
            if !m.contains(&message) {
                m.push(message)
            }
        });
    }

    /// The content as it is now (not reactive: read [`AppState::content`] to follow loading).
    pub(crate) fn library(&self) -> &'static Library {
        self.library.get_value()
    }

    /// Whether the whole content has loaded (reactive).
    pub(crate) fn content_ready(&self) -> bool {
        self.content.with(|c| *c == ContentState::Ready)
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

    /// The kind of work the person said they do, if they said.
    pub(crate) fn role(&self) -> Option<Practitioner> {
        self.saved.with(|s| s.role)
    }

    /// Keeps (or forgets) the kind of work the person does. Returns whether it was kept.
    pub(crate) fn set_role(&self, role: Option<Practitioner>) -> bool {
        self.write(|s| s.role = role).1.is_none()
    }

    #[cfg(feature = "desk")]
    /// The sizes of what is kept on the device: the data, and any copy of unreadable data.
    pub(crate) fn stored_sizes(&self) -> [Option<usize>; 2] {
        self.store.with_value(|s| s.sizes())
    }
}

/// The shared state; every component is inside [`crate::ui::app::App`], which provides it.
pub(crate) fn use_state() -> AppState {
    expect_context::<AppState>()
}

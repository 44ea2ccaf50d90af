//! Local storage in the browser, through gloo-storage, with every failure turned into a message.
//!
//! Local storage can be missing (some private modes), full, hold data this version cannot read,
//! or be changed by another tab of the app at any moment. None of these stops the app: it works
//! from memory and says what it could not keep. Every write reads what is stored now, changes
//! only what the person changed, writes, and reads the result back: so one tab never writes
//! back what another tab erased, and "saved" is only ever said of what is really kept.

pub use crate::storage::event::DataEvent;
use crate::storage::format::{decode, encode, Decoded, Saved, BACKUP_KEY, STORAGE_KEY};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

/// Written (and at once removed) after an erase, import or clear, so other tabs can say what
/// happened. It never stays in storage.
pub const EVENT_KEY: &str = rr_core::storage::EVENT_KEY;

/// Why a change (or an import) was not kept on the device. Each says so in words true to what
/// happened: an ordinary change still applies in the tab for now, an import changes nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotKept {
    /// Local storage is missing (some private modes), or the app will not write over stored data
    /// it could not read and had no room to copy.
    Unavailable,
    /// What is stored now could not all be read, and there is no room to keep a copy of it.
    Unreadable,
    /// The device's storage is full.
    Full,
    /// The browser refused the write for another reason.
    Refused,
    /// Written, but not read back the same.
    NotReadBack,
    /// Not written: everything had been erased or replaced in another tab, which this tab had
    /// not yet heard of, and the change was made to what is gone.
    Superseded,
}

impl NotKept {
    /// The message after an ordinary change that was not kept.
    pub fn message(self) -> String {
        match self {
            NotKept::Unavailable | NotKept::NotReadBack => rr_core::msg!("state-not-kept"),
            NotKept::Unreadable => rr_core::msg!("state-not-kept-unreadable"),
            NotKept::Full => rr_core::msg!("state-not-kept-full"),
            NotKept::Refused => rr_core::msg!("state-not-kept-refused"),
            NotKept::Superseded => rr_core::msg!("state-not-kept-superseded"),
        }
    }

    /// Why, in a few words to follow "not kept: " (for a notice beside what was not kept).
    pub fn why(self) -> String {
        match self {
            NotKept::Unavailable => rr_core::msg!("state-why-unavailable"),
            NotKept::Unreadable => rr_core::msg!("state-why-unreadable"),
            NotKept::Full => rr_core::msg!("state-why-full"),
            NotKept::Refused => rr_core::msg!("state-why-refused"),
            NotKept::NotReadBack => rr_core::msg!("state-why-not-read-back"),
            NotKept::Superseded => rr_core::msg!("state-why-superseded"),
        }
    }

    /// The whole message after an import that was not kept (it follows "The file could not be
    /// imported."): an import is never tried again, and a refused write changed nothing.
    pub fn import_message(self) -> String {
        match self {
            NotKept::Unavailable => rr_core::msg!("state-import-unavailable"),
            NotKept::Full => rr_core::msg!("state-import-full"),
            NotKept::Refused | NotKept::Unreadable | NotKept::Superseded => rr_core::msg!("state-import-refused"),
            NotKept::NotReadBack => rr_core::msg!("state-import-not-read-back"),
        }
    }
}

/// The device's store for this app.
#[derive(Clone, Copy, Debug)]
pub struct Store {
    available: bool,
    /// Set when unreadable data could not be backed up: writing would destroy it.
    read_only: bool,
}

/// What became of a change ([`Store::update`]).
pub enum Written<R, F> {
    /// Made to what was stored.
    Done {
        /// The data as it now is: kept or, on failure, in memory only.
        saved: Saved,
        /// What the change returned.
        out: R,
        /// Why it was not kept, if it was not.
        result: Result<(), NotKept>,
    },
    /// Not made: what is stored is of another epoch than the caller knew (erased or imported
    /// elsewhere).
    Stale {
        /// What is stored now.
        now: Saved,
        /// The change, unused.
        change: F,
    },
}

impl Store {
    /// Opens the store and reads what is saved. Unreadable data is copied to the backup key
    /// before anything can overwrite it. Returns one message per problem, each true to what
    /// happened.
    pub fn open() -> (Store, Decoded, Vec<String>) {
        let mut messages = Vec::new();
        if !local_storage_available() {
            messages.push(rr_core::msg!("state-storage-unavailable"));
            return (Store { available: false, read_only: true }, decode(None), messages);
        }
        let raw = LocalStorage::raw().get_item(STORAGE_KEY).ok().flatten();
        let decoded = decode(raw.as_deref());
        let mut store = Store { available: true, read_only: false };
        if decoded.back_up_raw && !back_up(raw.as_deref()) {
            store.read_only = true;
            messages.push(rr_core::msg!("state-storage-read-only"));
            // The notices that say a copy was kept would not be true.
            messages
                .extend(decoded.notices.iter().filter(|n| n.is_shown() && !n.says_copy_kept()).map(|n| n.message()));
        } else {
            messages.extend(decoded.notices.iter().filter(|n| n.is_shown()).map(|n| n.message()));
        }
        (store, decoded, messages)
    }

    /// The language kept on this device, read before anything else (`crate::language`): only that
    /// field is read; anything unreadable gives none.
    pub fn kept_lang() -> Option<rr_core::messages::Lang> {
        // Read as the saved data's own reading does (`storage::decode`): any case of a known tag.
        #[derive(serde::Deserialize)]
        struct Kept {
            lang: Option<String>,
        }
        if !local_storage_available() {
            return None;
        }
        let raw = LocalStorage::raw().get_item(STORAGE_KEY).ok().flatten()?;
        rr_core::messages::Lang::from_tag(&serde_json::from_str::<Kept>(&raw).ok()?.lang?)
    }

    /// Whether the browser lets the app keep anything (it does not in some private modes).
    pub fn is_available(&self) -> bool {
        self.available
    }

    /// What is stored now (after another tab changed it, say).
    pub fn read(&self) -> Decoded {
        if !self.available {
            return decode(None);
        }
        decode(LocalStorage::raw().get_item(STORAGE_KEY).ok().flatten().as_deref())
    }

    /// Changes what is kept: reads what is stored now, applies `change` to it, writes it and
    /// reads it back. Returns the data as it now is (kept or, on failure, in memory only), what
    /// `change` returned, and why it was not kept, if it was not. `memory` is used when nothing
    /// can be read or written.
    ///
    /// `known` is the epoch of the data the caller last saw. If what is stored now is of another
    /// epoch (erased, or replaced by an import, in another tab this tab has not yet heard of),
    /// nothing is written and [`Written::Stale`] gives what is stored now, and the change back:
    /// it was made to data that is gone, and must not bring it back.
    pub fn update<R, F: FnOnce(&mut Saved) -> R>(&self, memory: Saved, known: Option<u64>, change: F) -> Written<R, F> {
        if !self.available || self.read_only {
            let mut saved = memory;
            let out = change(&mut saved);
            return Written::Done { saved, out, result: Err(NotKept::Unavailable) };
        }
        let raw = LocalStorage::raw().get_item(STORAGE_KEY).ok().flatten();
        let decoded = decode(raw.as_deref());
        if known.is_some() && decoded.saved.epoch != known {
            return Written::Stale { now: decoded.saved, change };
        }
        if decoded.back_up_raw && !back_up(raw.as_deref()) {
            let mut saved = memory;
            let out = change(&mut saved);
            return Written::Done { saved, out, result: Err(NotKept::Unreadable) };
        }
        let mut saved = decoded.saved;
        let out = change(&mut saved);
        saved.epoch = saved.epoch.or_else(|| Some(new_epoch()));
        let result = self.write(&saved);
        Written::Done { saved, out, result }
    }

    /// Replaces everything kept with `saved` (an imported file), read back to be sure, and tells
    /// other tabs. Unreadable data is replaced too: importing replaces everything.
    pub fn replace(&mut self, saved: &mut Saved) -> Result<(), NotKept> {
        if !self.available {
            return Err(NotKept::Unavailable);
        }
        saved.epoch = Some(new_epoch());
        self.write(saved)?;
        let _ = LocalStorage::raw().remove_item(BACKUP_KEY);
        self.read_only = false;
        announce(DataEvent::Import);
        Ok(())
    }

    /// Tells other tabs that kept answers were cleared (after the write that cleared them).
    pub fn announce_clear(&self) {
        if self.available {
            announce(DataEvent::Clear);
        }
    }

    fn write(&self, saved: &Saved) -> Result<(), NotKept> {
        let text = encode(saved);
        let storage = LocalStorage::raw();
        if let Err(e) = storage.set_item(STORAGE_KEY, &text) {
            return Err(if is_quota_error(&e) { NotKept::Full } else { NotKept::Refused });
        }
        match storage.get_item(STORAGE_KEY) {
            Ok(Some(back)) if back == text => Ok(()),
            _ => Err(NotKept::NotReadBack),
        }
    }

    /// The size in bytes of what is kept under each of the app's keys (the data, and any copy of
    /// unreadable data); `None` when nothing is kept there.
    pub fn sizes(&self) -> [Option<usize>; 2] {
        if !self.available {
            return [None, None];
        }
        [STORAGE_KEY, BACKUP_KEY].map(|k| LocalStorage::raw().get_item(k).ok().flatten().map(|v| v.len()))
    }

    /// Removes everything the app keeps in local storage, and any answers carried for a reload,
    /// then tells other tabs. Returns whether storage is now empty of the app's data.
    pub fn erase(&mut self) -> bool {
        if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
            let _ = session.remove_item(rr_core::storage::session::CARRY);
            let _ = session.remove_item(crate::ui::state::DRAFT_KEY);
        }
        if !self.available {
            return true;
        }
        let storage = LocalStorage::raw();
        let _ = storage.remove_item(STORAGE_KEY);
        let _ = storage.remove_item(BACKUP_KEY);
        announce(DataEvent::Erase);
        self.read_only = false;
        matches!(storage.get_item(STORAGE_KEY), Ok(None))
    }
}

/// A new epoch for the data: random, so two tabs never draw the same one.
fn new_epoch() -> u64 {
    // Whole numbers up to 2^53 are exact in a double.
    (web_sys::js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}

/// Copies unreadable stored text to the backup key; false if it could not be kept.
fn back_up(raw: Option<&str>) -> bool {
    match raw {
        Some(raw) => LocalStorage::raw().set_item(BACKUP_KEY, raw).is_ok(),
        None => true,
    }
}

/// Writes and at once removes [`EVENT_KEY`]: other tabs see the write as a storage event. It
/// says when it was made, so a page that started later knows it is not news.
fn announce(event: DataEvent) {
    let storage = LocalStorage::raw();
    let _ = storage.set_item(EVENT_KEY, &event.announcement(web_sys::js_sys::Date::now()));
    let _ = storage.remove_item(EVENT_KEY);
}

fn local_storage_available() -> bool {
    // gloo's `LocalStorage::raw()` panics when storage is missing, so look first.
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some()
}

fn is_quota_error(e: &JsValue) -> bool {
    js_sys_name(e).is_some_and(|n| n == "QuotaExceededError")
}

fn js_sys_name(e: &JsValue) -> Option<String> {
    let name = web_sys::js_sys::Reflect::get(e, &JsValue::from_str("name")).ok()?;
    name.as_string()
}

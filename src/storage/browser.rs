//! Local storage in the browser, through gloo-storage, with every failure turned into a message.
//!
//! Local storage can be missing (some private modes), full, or hold data this version cannot
//! read. None of these stops the app: it works from memory and says what it could not keep.

use super::format::{decode, encode, Decoded, Saved, BACKUP_KEY, STORAGE_KEY};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

/// The device's store for this app.
#[derive(Clone, Copy, Debug)]
pub struct Store {
    available: bool,
    /// Set when unreadable data could not be backed up: writing would destroy it.
    read_only: bool,
}

impl Store {
    /// Opens the store and reads what is saved. Unreadable data is copied to the backup key
    /// before anything can overwrite it.
    pub fn open() -> (Store, Decoded, Vec<String>) {
        let mut messages = Vec::new();
        if !local_storage_available() {
            messages.push("This browser is not letting the app keep anything on this device (this happens in some private browsing modes). The app works, but your choices will be forgotten when you close it.".to_string());
            return (Store { available: false, read_only: true }, decode(None), messages);
        }
        let raw = LocalStorage::raw().get_item(STORAGE_KEY).ok().flatten();
        let decoded = decode(raw.as_deref());
        let mut store = Store { available: true, read_only: false };
        if decoded.back_up_raw {
            if let Some(raw) = &raw {
                if LocalStorage::raw().set_item(BACKUP_KEY, raw).is_err() {
                    store.read_only = true;
                    messages.push("The app could not keep a copy of your unreadable saved data, so it will not write over it. New choices will not be kept until there is space on this device.".to_string());
                }
            }
        }
        messages.extend(decoded.notices.iter().filter(|n| n.is_shown()).map(|n| n.message()));
        (store, decoded, messages)
    }

    /// Keeps `saved` on the device. On failure, returns the message to show.
    pub fn save(&self, saved: &Saved) -> Result<(), String> {
        if !self.available || self.read_only {
            return Err("This was not kept on this device, so it will be forgotten when you close the app.".into());
        }
        LocalStorage::raw().set_item(STORAGE_KEY, &encode(saved)).map_err(|e| {
            if is_quota_error(&e) {
                "This device's storage is full, so this was not kept. The app still works; it will ask again next time.".to_string()
            } else {
                "The browser did not let the app keep this on this device. The app still works.".to_string()
            }
        })
    }
}

impl Store {
    /// The size in bytes of what is kept under each of the app's keys (the data, and any copy of
    /// unreadable data); `None` when nothing is kept there.
    pub fn sizes(&self) -> [Option<usize>; 2] {
        if !self.available {
            return [None, None];
        }
        [STORAGE_KEY, BACKUP_KEY].map(|k| LocalStorage::raw().get_item(k).ok().flatten().map(|v| v.len()))
    }

    /// Removes everything the app keeps in local storage, and any answers carried for a reload.
    pub fn erase(&self) {
        if self.available {
            let _ = LocalStorage::raw().remove_item(STORAGE_KEY);
            let _ = LocalStorage::raw().remove_item(BACKUP_KEY);
        }
        if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
            let _ = session.remove_item("recognise-respond.carry");
        }
    }
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

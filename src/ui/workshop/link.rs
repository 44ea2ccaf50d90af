//! Keeping the presenter and audience windows in step, with no network: each change is kept on
//! the laptop and sent to the other windows over a `BroadcastChannel`, whole, so a window that
//! missed a message catches up with the next. A window that opens asks the others for the
//! session with a hello.

use super::super::state::AppState;
use crate::content::Library;
use crate::workshop::sync::{Message, CHANNEL};
use crate::workshop::{Action, Refusal, Session};
use leptos::prelude::*;
use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

/// The channel this window joined, with the listener that must live as long as it.
type Joined = (BroadcastChannel, Closure<dyn FnMut(MessageEvent)>);

/// The running session as one window sees it, and the trainer's actions on it.
#[derive(Clone, Copy)]
pub(super) struct Live {
    pub(super) state: AppState,
    channel: StoredValue<Option<Joined>, LocalStorage>,
    /// Why the last action did nothing, for the trainer.
    pub(super) refusal: RwSignal<Option<String>>,
    /// Whether another window (the audience view) has said hello.
    pub(super) other_window: RwSignal<bool>,
}

impl Live {
    /// Joins the channel for as long as the calling view is shown.
    pub(super) fn open(state: AppState) -> Live {
        let live = Live {
            state,
            channel: StoredValue::new_local(None),
            refusal: RwSignal::new(None),
            other_window: RwSignal::new(false),
        };
        if let Ok(channel) = BroadcastChannel::new(CHANNEL) {
            let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
                match ev.data().as_string().as_deref().and_then(Message::decode) {
                    Some(Message::Hello) => {
                        live.other_window.set(true);
                        live.send_current();
                    }
                    Some(Message::Session(session)) => {
                        live.other_window.set(true);
                        state.adopt_workshop(session);
                    }
                    None => {}
                }
            });
            channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            live.channel.set_value(Some((channel, on_message)));
            live.post(&Message::Hello);
            live.send_current();
        }
        on_cleanup(move || {
            if let Some((channel, _)) = live.channel.try_update_value(|c| c.take()).flatten() {
                channel.set_onmessage(None);
                channel.close();
            }
        });
        live
    }

    /// The session on screen: the newest kept (reactive).
    pub(super) fn session(&self) -> Option<Session> {
        self.state.saved.with(|s| s.workshops.last().cloned())
    }

    /// Reads the session on screen without cloning it (reactive).
    pub(super) fn with<R>(&self, read: impl FnOnce(Option<&Session>) -> R) -> R {
        self.state.saved.with(|s| read(s.workshops.last()))
    }

    /// The content.
    pub(super) fn library(&self) -> &'static Library {
        self.state.library()
    }

    /// Does something to the session ([`Session::update`], the only way it changes); keeps it
    /// and tells the other windows, or says why not.
    pub(super) fn act(&self, action: Action) {
        let Some(mut session) = self.state.saved.with_untracked(|s| s.workshops.last().cloned()) else {
            self.refusal.set(Some(Refusal::Missing.message()));
            return;
        };
        match session.update(self.library(), action, js_sys::Date::now() as u64) {
            Ok(()) => {
                self.refusal.set(None);
                self.state.running.set_value(Some(session.id));
                self.post(&Message::Session(session.clone()));
                self.state.update_workshops(|w| crate::workshop::sync::adopt(w, session));
            }
            Err(refusal) => self.refusal.set(Some(refusal.message())),
        }
    }

    fn send_current(&self) {
        if let Some(session) = self.state.saved.with_untracked(|s| s.workshops.last().cloned()) {
            self.post(&Message::Session(session));
        }
    }

    fn post(&self, message: &Message) {
        self.channel.with_value(|c| {
            if let Some((channel, _)) = c {
                let _ = channel.post_message(&JsValue::from_str(&message.encode()));
            }
        });
    }
}

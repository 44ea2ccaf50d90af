//! Working offline: registers the service worker (`public/sw.js`), which keeps every file of
//! the build, and tells the person when a new version is ready, switching only when they choose.
//! Switching reloads the page; checklist answers held only in memory are carried across in
//! session storage so nothing is lost.

use super::state::AppState;
use leptos::prelude::*;
use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

/// Registers the service worker where the browser supports it (not from a `file://` page).
pub(crate) fn register(state: AppState) {
    let Some(window) = web_sys::window() else { return };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    // Reload only when the person chose to switch, not when the first worker takes control.
    let on_change = Closure::<dyn FnMut()>::new(move || {
        if state.switching.get_untracked() {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();

    let promise = container.register("sw.js");
    leptos::task::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else { return };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
        let controlled = move || web_sys::window().and_then(|w| w.navigator().service_worker().controller()).is_some();
        if registration.waiting().is_some() && controlled() {
            state.update_ready.set(true);
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = watched.installing() else { return };
            let installing = worker.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if installing.state() == ServiceWorkerState::Installed && controlled() {
                    state.update_ready.set(true);
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// Switches to the waiting version: keeps unsaved answers (and a scenario being written) for the
/// reload, then asks the new
/// worker to take over (the page reloads when it has).
pub(crate) fn switch(state: AppState) {
    state.carry_answers();
    state.carry_draft();
    state.switching.set(true);
    let container = match web_sys::window() {
        Some(w) => w.navigator().service_worker(),
        None => return,
    };
    leptos::task::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(container.get_registration()).await else { return };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
        match registration.waiting() {
            Some(worker) => {
                let _ = worker.post_message(&JsValue::from_str("switch"));
            }
            None => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
        }
    });
}

/// The message offering the new version.
#[component]
pub(crate) fn UpdateNotice() -> impl IntoView {
    let state = super::state::use_state();
    view! {
        <Show when=move || state.update_ready.get()>
            <div class="message update-notice">
                <p>{rr_core::msg!("frame-update-ready")}</p>
                <button type="button" class="button" on:click=move |_| switch(state)>{rr_core::msg!("frame-update-switch")}</button>
            </div>
        </Show>
    }
}

//! The desk screens: workshop mode, writing scenarios, your data and the learning record. The desk build draws
//! them. The phone build (what a phone downloads first) leaves them out: opening one carries the
//! answers held only in memory over and reloads the page, whose loader then picks the desk build
//! (by the address, and for the rest of this tab's visit by [`DESK_KEY`]; see
//! `public/first-paint.js`). Which screens these are is [`crate::route::Route::is_desk`].

use crate::route::Route;
use leptos::prelude::*;

/// Session-storage key that keeps this tab on the desk build once it has loaded it, so going
/// back to another screen does not load the phone build again.
pub(super) const DESK_KEY: &str = rr_core::storage::session::DESK;

/// Session-storage key set just before the switch, so the desk build moves focus to the new
/// screen's heading as the phone build would have on following a link.
const FOLLOWED_KEY: &str = rr_core::storage::session::FOLLOWED;

/// Whether this page load is the switch from the phone build after a link was followed (read
/// once).
pub(super) fn followed_a_link() -> bool {
    let Some(storage) = window().session_storage().ok().flatten() else { return false };
    let followed = storage.get_item(FOLLOWED_KEY).ok().flatten().is_some();
    let _ = storage.remove_item(FOLLOWED_KEY);
    followed
}

/// The desk screen `route` names.
#[cfg(feature = "desk")]
pub(super) fn screen(route: Route) -> AnyView {
    use super::{author, data_page, learning_page, not_found, workshop};
    // The page asks for the desk build again after any reload in this tab.
    if let Some(storage) = window().session_storage().ok().flatten() {
        let _ = storage.set_item(DESK_KEY, rr_core::storage::session::DESK_ON);
    }
    match route {
        Route::Data => data_page::DataPage().into_any(),
        Route::Record => learning_page::LearningRecord().into_any(),
        Route::Author => author::Author().into_any(),
        Route::Workshop => workshop::Plan().into_any(),
        Route::Present => workshop::Present().into_any(),
        Route::Room => workshop::Room().into_any(),
        Route::Handout(id) => view! { <workshop::Handout id=id/> }.into_any(),
        Route::Sheet(id) => view! { <workshop::Sheet id=id/> }.into_any(),
        Route::Session(id) => view! { <workshop::PastSession id=id/> }.into_any(),
        _ => not_found::NotFound().into_any(),
    }
}

/// In the phone build: hands over to the desk build.
#[cfg(not(feature = "desk"))]
pub(super) fn screen(_route: Route) -> AnyView {
    view! { <LoadDesk/> }.into_any()
}

/// Carries the answers over and reloads into the desk build, once its files can be had (from
/// the offline copy or the network). Offline before they were ever downloaded, it says so and
/// stays: reloading then would show the browser's own offline page. The address is a desk
/// screen, so the page loads the desk build even where session storage is refused.
#[cfg(not(feature = "desk"))]
#[component]
fn LoadDesk() -> impl IntoView {
    let state = super::state::use_state();
    let unavailable = RwSignal::new(false);
    let attempt = move || {
        unavailable.set(false);
        leptos::task::spawn_local(async move {
            if !desk_build_reachable().await {
                unavailable.set(true);
                return;
            }
            state.carry_answers();
            if let Some(storage) = window().session_storage().ok().flatten() {
                let _ = storage.set_item(DESK_KEY, rr_core::storage::session::DESK_ON);
                let _ = storage.set_item(FOLLOWED_KEY, "1");
            }
            let _ = window().location().reload();
        });
    };
    request_animation_frame(attempt);
    view! {
        <Show when=move || unavailable.get() fallback=|| view! {
            <p class="loading" role="status">{rr_core::msg!("ws-desk-opening")}</p>
        }>
            <div class="message" role="alert">
                <p>{rr_core::msg!("ws-desk-offline")}</p>
                <p>{rr_core::msg!("ws-desk-connect")}</p>
                <p>
                    <button type="button" class="button" on:click=move |_| attempt()>{rr_core::msg!("ws-desk-try-again")}</button>
                    " "
                    <a href=Route::Home.href()>{rr_core::msg!("ws-desk-home")}</a>
                </p>
            </div>
        </Show>
    }
}

/// Whether the desk build can be had: online, yes (as it is fetched on the reload); offline,
/// only if its script can be fetched from the offline copy. The first paint names its files
/// (`window.__rrDesk`); where it does not, the reload is tried as before.
#[cfg(not(feature = "desk"))]
async fn desk_build_reachable() -> bool {
    use leptos::wasm_bindgen::JsCast;
    let w = window();
    if w.navigator().on_line() {
        return true;
    }
    let desk = web_sys::js_sys::Reflect::get(&w, &crate::prerender::contract::globals::DESK.into()).ok();
    let Some(url) = desk.and_then(|d| web_sys::js_sys::Reflect::get(&d, &"js".into()).ok()).and_then(|u| u.as_string())
    else {
        return true;
    };
    match wasm_bindgen_futures::JsFuture::from(w.fetch_with_str(&url)).await {
        Ok(response) => response.dyn_into::<web_sys::Response>().is_ok_and(|r| r.ok()),
        Err(_) => false,
    }
}

//! The Leptos interface. Components here only call the plain-Rust logic; they hold no rules.

mod app;
#[cfg(feature = "desk")]
mod author;
mod calls;
mod check;
mod contacts_page;
#[cfg(feature = "desk")]
mod data_page;
mod desk;
mod dom;
mod english;
mod glossary;
mod guidance;
mod home;
mod layout;
#[cfg(feature = "desk")]
mod learning_page;
mod nation_page;
mod not_found;
mod offline;
mod outcome_parts;
mod pages;
mod path;
mod quiet;
mod record;
mod referral_page;
mod said;
mod scenario;
mod search;
pub(crate) mod state;
mod takeover;
mod time_spent;
mod welsh_notice;
#[cfg(feature = "desk")]
mod workshop;

/// Mounts the app on the page, taking over from what the server sent.
pub(crate) fn mount() {
    // The language first: whether the first paint stays depends on it, and every word after.
    let lang = crate::language::choose(crate::browser_storage::Store::kept_lang());
    if lang == rr_core::messages::Lang::EnGb {
        return start();
    }
    // Another language's words come with its content (the builds embed English alone): the
    // app starts once they are in, the first paint in that language showing meanwhile. If they
    // cannot be had, it starts in English.
    // Not Leptos's spawner: it is set up only as the app is mounted.
    wasm_bindgen_futures::spawn_local(async move {
        let translations = state::fetch_translations_within(TRANSLATIONS_WITHIN_MS).await;
        match &translations {
            Some(t) => rr_core::messages::load(lang, t.messages.clone()),
            None => {
                crate::language::choose_for_now(rr_core::messages::Lang::EnGb);
            }
        }
        state::keep_translations(translations);
        start();
    });
}

/// How long the app waits for another language's words before starting in English: only a
/// request that never ends takes this long (the file is about 75 KB brotli).
const TRANSLATIONS_WITHIN_MS: i32 = 10_000;

/// Draws the app and takes over from the first paint.
fn start() {
    let Some(container) = takeover::container() else { return };
    let waiting = container.hidden();
    leptos::mount::mount_to(container, app::App).forget();
    // Unless the first paint stays until the rest of the content arrives, the app replaces it
    // now, in the same task it was drawn in.
    if !waiting {
        takeover::reveal();
    }
    // The app has started and answers input (tests and the benchmark wait for this).
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        use crate::prerender::contract::attrs;
        let _ = root.set_attribute(attrs::APP, attrs::APP_READY);
    }
}

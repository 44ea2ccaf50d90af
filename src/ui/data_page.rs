//! "Your data on this device": exactly what is kept, export to a file, import a file (checked
//! first, so a bad file changes nothing), and erase everything. The checks live in
//! [`crate::storage::transfer`]; this only shows them.

use super::dom;
use super::said::SaidLine;
use super::state::use_state;
use crate::storage::transfer::{describe, export, import, Imported, MAX_IMPORT_BYTES};
use leptos::prelude::*;

/// The name of the file the data is exported to.
const EXPORT_FILE: &str = "recognise-respond-data.json";

/// The screen.
#[component]
pub(crate) fn DataPage() -> impl IntoView {
    let state = use_state();
    // Something to say after an action, and whether it was a problem.
    let outcome = RwSignal::new(None::<(bool, String)>);
    // An imported file, checked and waiting for the person to confirm.
    let pending = RwSignal::new(None::<Imported>);
    let confirm_erase = RwSignal::new(false);
    // Whether the last file chosen was refused: the message is then tied to the file field.
    let import_refused = RwSignal::new(false);
    let lines = move || state.saved.with(describe);
    let sizes = move || {
        state.saved.track();
        state.stored_sizes()
    };

    let download = move |_| match dom::save_file(&export(&state.saved.get_untracked()), EXPORT_FILE) {
        Ok(()) => outcome.set(Some((false, rr_core::msg!("data-exported", file = EXPORT_FILE)))),
        Err(()) => outcome.set(Some((true, rr_core::msg!("data-export-refused")))),
    };
    let chosen = move |ev: leptos::ev::Event| {
        let Some(file) = dom::take_chosen_file(&ev) else { return };
        if file.size() > MAX_IMPORT_BYTES as f64 {
            pending.set(None);
            import_refused.set(true);
            outcome.set(Some((true, crate::storage::transfer::ImportError::TooLarge(file.size() as usize).message())));
            return;
        }
        leptos::task::spawn_local(async move {
            let Ok(bytes) = dom::file_bytes(&file).await else {
                outcome.set(Some((true, rr_core::msg!("data-file-unreadable"))));
                return;
            };
            match import(&bytes, state.library()) {
                Ok(imported) => {
                    outcome.set(None);
                    import_refused.set(false);
                    pending.set(Some(imported));
                }
                Err(e) => {
                    pending.set(None);
                    import_refused.set(true);
                    outcome.set(Some((true, e.message())));
                }
            }
        });
    };
    let replace = move |_| {
        if let Some(imported) = pending.get_untracked() {
            pending.set(None);
            super::dom::focus_after_render(".data-outcome p");
            // Said only once the data is kept and read back.
            match state.replace_saved(imported.saved) {
                Ok(()) => {
                    let mut text = rr_core::msg!("data-imported");
                    for note in imported.notes {
                        text.push(' ');
                        text.push_str(&note);
                    }
                    outcome.set(Some((false, text)));
                }
                Err(why) => outcome.set(Some((true, rr_core::msg!("data-import-failed", why = why)))),
            }
        }
    };
    let erase = move |_| {
        let emptied = state.erase_everything();
        erase_caches();
        confirm_erase.set(false);
        super::dom::focus_after_render(".data-outcome p");
        outcome.set(Some(if emptied {
            (false, rr_core::msg!("data-erased"))
        } else {
            (true, rr_core::msg!("data-erase-refused"))
        }));
    };

    view! {
        <h1 tabindex="-1">{rr_core::msg!("data-title")}</h1>
        <p class="lead">{rr_core::msg!("data-lead")}</p>
        <table class="data-table">
            <caption class="visually-hidden">{rr_core::msg!("data-table-caption")}</caption>
            <thead><tr><th scope="col">{rr_core::msg!("data-column-what")}</th><th scope="col">{rr_core::msg!("data-column-here")}</th></tr></thead>
            <tbody>
                {move || lines().into_iter().map(|(what, detail)| view! { <tr><th scope="row">{what}</th><td>{detail}</td></tr> }).collect_view()}
                <tr><th scope="row">{rr_core::msg!("data-size")}</th><td>{move || match sizes() {
                    [None, None] => rr_core::msg!("data-size-nothing"),
                    [data, None] => rr_core::msg!("data-size-bytes", bytes = data.unwrap_or(0)),
                    [data, Some(copy)] => rr_core::msg!("data-size-bytes-and-copy", bytes = data.unwrap_or(0), copy = copy),
                }}</td></tr>
            </tbody>
        </table>
        <p class="hint">{rr_core::msg!("data-cache-hint")}</p>

        <div role="status" class="data-outcome" id="data-outcome">
            <SaidLine said=outcome/>
        </div>

        <h2>{rr_core::msg!("data-move-heading")}</h2>
        <p><button type="button" class="button" on:click=download>{rr_core::msg!("data-export-button")}</button></p>
        <div class="field">
            <label class="label" for="import-file">{rr_core::msg!("data-import-label")}</label>
            <p class="hint" id="import-hint">{rr_core::msg!("data-import-hint")}</p>
            <input id="import-file" class="file-input" type="file" accept=".json,application/json" on:change=chosen
                aria-describedby=move || if import_refused.get() { "import-hint data-outcome" } else { "import-hint" }
                aria-invalid=move || import_refused.get().then_some("true")/>
        </div>
        {move || pending.get().map(|imported| view! {
            <div class="panel import-confirm">
                <p><strong>{rr_core::msg!("data-file-holds")}</strong></p>
                <ul>{describe(&imported.saved).into_iter().map(|(what, detail)| view! { <li>{rr_core::msg!("data-file-holds-part", what = what, detail = detail)}</li> }).collect_view()}</ul>
                {imported.notes.iter().map(|n| view! { <p>{n.clone()}</p> }).collect_view()}
                <div class="button-group">
                    <button type="button" class="button" on:click=replace>{rr_core::msg!("data-replace-button")}</button>
                    <button type="button" class="button button-secondary" on:click=move |_| pending.set(None)>{rr_core::msg!("data-cancel")}</button>
                </div>
            </div>
        })}

        <h2>{rr_core::msg!("data-erase-heading")}</h2>
        <p>{rr_core::msg!("data-erase-what")}</p>
        <Show when=move || confirm_erase.get() fallback=move || view! {
            <p><button type="button" class="button button-warning" id="erase-start" on:click=move |_| { confirm_erase.set(true); super::dom::focus_after_render("#erase-question"); }>{rr_core::msg!("data-erase-button")}</button></p>
        }>
            <div class="panel danger-question">
                <p id="erase-question" tabindex="-1"><strong>{rr_core::msg!("data-erase-question")}</strong></p>
                <p>{rr_core::msg!("data-erase-offline")}</p>
                <div class="button-group">
                    <button type="button" class="button button-warning" on:click=erase>{rr_core::msg!("data-erase-yes")}</button>
                    <button type="button" class="button button-secondary" on:click=move |_| { confirm_erase.set(false); super::dom::focus_after_render("#erase-start"); }>{rr_core::msg!("data-cancel")}</button>
                </div>
            </div>
        </Show>
    }
}

/// Deletes the app's offline caches, where the browser has them.
fn erase_caches() {
    let Some(window) = web_sys::window() else { return };
    let Ok(caches) = window.caches() else { return };
    leptos::task::spawn_local(async move {
        let Ok(keys) = wasm_bindgen_futures::JsFuture::from(caches.keys()).await else { return };
        for key in web_sys::js_sys::Array::from(&keys).iter() {
            if let Some(k) = key.as_string().filter(|k| k.starts_with("recognise-respond-")) {
                let _ = wasm_bindgen_futures::JsFuture::from(caches.delete(&k)).await;
            }
        }
    });
}

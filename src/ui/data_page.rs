//! "Your data on this device": exactly what is kept, export to a file, import a file (checked
//! first, so a bad file changes nothing), and erase everything. The checks live in
//! [`crate::storage::transfer`]; this only shows them.

use super::dom;
use super::said::SaidLine;
use super::state::use_state;
use crate::storage::transfer::{describe, export, import, Imported, MAX_IMPORT_BYTES};
use leptos::prelude::*;

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

    let download = move |_| match dom::save_file(&export(&state.saved.get_untracked()), "recognise-respond-data.json") {
        Ok(()) => {
            outcome.set(Some((false, "Your data was exported to a file named recognise-respond-data.json.".into())))
        }
        Err(()) => outcome.set(Some((true, "The browser did not let the app save the file.".into()))),
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
                outcome
                    .set(Some((true, "The file could not be read. Nothing on this device has been changed.".into())));
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
                    let mut text =
                        "The file was imported. What it holds has replaced what was kept on this device.".to_string();
                    for note in imported.notes {
                        text.push(' ');
                        text.push_str(&note);
                    }
                    outcome.set(Some((false, text)));
                }
                Err(why) => outcome.set(Some((true, format!("The file could not be imported. {why}")))),
            }
        }
    };
    let erase = move |_| {
        let emptied = state.erase_everything();
        erase_caches();
        confirm_erase.set(false);
        super::dom::focus_after_render(".data-outcome p");
        outcome.set(Some(if emptied {
            (false, "Everything this app kept on this device has been erased. The offline copy of the app was removed too: it will be kept again the next time you open the app with a connection.".into())
        } else {
            (true, "The browser did not let the app erase what it keeps. Try again, or clear this site's data in the browser's settings.".into())
        }));
    };

    view! {
        <h1 tabindex="-1">"Your data on this device"</h1>
        <p class="lead">"This is everything the app keeps, in this browser only. Nothing is ever sent anywhere."</p>
        <table class="data-table">
            <caption class="visually-hidden">"What is kept on this device"</caption>
            <thead><tr><th scope="col">"What"</th><th scope="col">"On this device"</th></tr></thead>
            <tbody>
                {move || lines().into_iter().map(|(what, detail)| view! { <tr><th scope="row">{what}</th><td>{detail}</td></tr> }).collect_view()}
                <tr><th scope="row">"Size"</th><td>{move || match sizes() {
                    [None, None] => "Nothing is kept".to_string(),
                    [data, backup] => {
                        let mut text = format!("{} bytes", data.unwrap_or(0));
                        if let Some(b) = backup {
                            text.push_str(&format!(", plus a {b}-byte copy of saved data the app could not read"));
                        }
                        text
                    }
                }}</td></tr>
            </tbody>
        </table>
        <p class="hint">"The app also keeps its own files (for working offline) in the browser's cache. They hold no information about you."</p>

        <div role="status" class="data-outcome" id="data-outcome">
            <SaidLine said=outcome/>
        </div>

        <h2>"Move your data to another device"</h2>
        <p><button type="button" class="button" on:click=download>"Export my data to a file"</button></p>
        <div class="field">
            <label class="label" for="import-file">"Import a file exported from this app"</label>
            <p class="hint" id="import-hint">"The file is checked first. Importing replaces what is kept on this device."</p>
            <input id="import-file" class="file-input" type="file" accept=".json,application/json" on:change=chosen
                aria-describedby=move || if import_refused.get() { "import-hint data-outcome" } else { "import-hint" }
                aria-invalid=move || import_refused.get().then_some("true")/>
        </div>
        {move || pending.get().map(|imported| view! {
            <div class="panel import-confirm">
                <p><strong>"This file holds:"</strong></p>
                <ul>{describe(&imported.saved).into_iter().map(|(what, detail)| view! { <li>{format!("{what}: {detail}")}</li> }).collect_view()}</ul>
                {imported.notes.iter().map(|n| view! { <p>{n.clone()}</p> }).collect_view()}
                <div class="button-group">
                    <button type="button" class="button" on:click=replace>"Replace my data with this file"</button>
                    <button type="button" class="button button-secondary" on:click=move |_| pending.set(None)>"Cancel"</button>
                </div>
            </div>
        })}

        <h2>"Erase everything"</h2>
        <p>"Removes your nation, any kept answers, all scenario progress and workshop sessions from this device, and the app's offline files where the browser allows."</p>
        <Show when=move || confirm_erase.get() fallback=move || view! {
            <p><button type="button" class="button button-warning" id="erase-start" on:click=move |_| { confirm_erase.set(true); super::dom::focus_after_render("#erase-question"); }>"Erase everything"</button></p>
        }>
            <div class="panel danger-question">
                <p id="erase-question" tabindex="-1"><strong>"Erase everything this app keeps on this device? This cannot be undone."</strong></p>
                <p>"This also removes the app's offline copy. Until you next open the app with a connection, it will not open without one."</p>
                <div class="button-group">
                    <button type="button" class="button button-warning" on:click=erase>"Yes, erase everything"</button>
                    <button type="button" class="button button-secondary" on:click=move |_| { confirm_erase.set(false); super::dom::focus_after_render("#erase-start"); }>"Cancel"</button>
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

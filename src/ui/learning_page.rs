//! Your learning record (for CPD): scenarios finished on this device, with when, how long, the
//! path and the ending; a reflection of the learner's own; guidance pages opened. Printable, as a
//! one-page certificate of what was completed, and as CSV. No score; no claim of accreditation.
//! What it lists comes from [`crate::learning`].

use super::dom::{self, local_time};
use super::said::SaidLine;
use super::state::use_state;
use crate::identifiers::{reflection_warning, NAMES_HINT};
use crate::learning::{clean_reflection, completed, csv, MAX_REFLECTION};
use crate::route::Route;
use leptos::prelude::*;

/// The learning record screen.
#[component]
pub(crate) fn LearningRecord() -> impl IntoView {
    let state = use_state();
    let library = state.library();
    let list = Memo::new(move |_| state.saved.with(|s| completed(s, library)));
    let certificate = RwSignal::new(false);
    let status = RwSignal::new(None::<(bool, String)>);
    let print = move |as_certificate: bool| {
        certificate.set(as_certificate);
        // Printed once the screen shows the chosen version.
        request_animation_frame(move || {
            dom::print();
            certificate.set(false);
        });
    };
    let export = move |_| {
        let text = state.saved.with_untracked(|s| csv(s, library, local_time));
        status.set(Some(match dom::save_file(&text, "recognise-respond-learning-record.csv") {
            Ok(()) => (false, "Your learning record was saved as recognise-respond-learning-record.csv.".into()),
            Err(()) => (true, "The browser did not let the app save the file.".into()),
        }));
    };
    let pages = move || {
        state.saved.with(|s| {
            let mut opened: Vec<_> = s.seen.keys().filter_map(|slug| library.guidance_page(slug)).collect();
            opened.sort_by(|a, b| a.title.cmp(&b.title));
            opened
                .into_iter()
                .map(|p| (Route::Guidance(p.slug.clone(), None).href(), p.title.clone()))
                .collect::<Vec<_>>()
        })
    };
    let reflect_on: Vec<(String, String)> = library.scenarios.iter().map(|s| (s.id.clone(), s.title.clone())).collect();

    view! {
        <div class="learning-record" class:certificate-mode=move || certificate.get()>
            <h1 tabindex="-1">"Your learning record"</h1>
            <div class="record-body">
                <p class="lead">"What you have done in this app on this device, for your own continuing professional development. It has no score and is not a qualification or an accredited course."</p>
                <p class="hint">"It is kept only on this device, with the rest of what the app keeps (see "<a href=Route::Data.href()>"Your data"</a>"). Erasing your data erases it too."</p>
                <div class="button-group no-print">
                    <button type="button" class="button" on:click=move |_| print(false)>"Print this record"</button>
                    <button type="button" class="button button-secondary" on:click=move |_| print(true)>"Print a certificate of completion"</button>
                    <button type="button" class="button button-secondary" on:click=export>"Export as CSV"</button>
                </div>
                <div role="status" class="record-status no-print">
                    <SaidLine said=status/>
                </div>

                <h2>"Scenarios finished"</h2>
                {move || {
                    let items = list.get();
                    if items.is_empty() {
                        return view! { <p>"None yet. "<a href=Route::Scenarios.href()>"Try a scenario"</a>"; each one you finish is listed here."</p> }.into_any();
                    }
                    view! {
                        <ol class="record-list">
                            {items.into_iter().map(|c| view! {
                                <li>
                                    <h3>{c.title}</h3>
                                    <p class="meta">{format!("Finished {}. About {} minute{} from start to end.", local_time(c.at), c.minutes, if c.minutes == 1 { "" } else { "s" })}</p>
                                    <p>"Ending: "{c.ending}</p>
                                    <details class="details">
                                        <summary>{format!("Your {} decisions", c.path.len())}</summary>
                                        <ol>{c.path.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ol>
                                    </details>
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }}

                <h2>"Your reflections"</h2>
                <p class="hint" id="reflection-hint">"Optional, and only for you: what you learned, what you would do differently. Do not write anything that identifies a real child or family. " {NAMES_HINT}</p>
                {reflect_on.into_iter().map(|(id, title)| {
                    let field = format!("reflection-{id}");
                    let key = id.clone();
                    let finished = move || state.saved.with(|s| s.scenarios.get(&key).is_some_and(|p| !p.finished.is_empty()));
                    let key = id.clone();
                    let text = RwSignal::new(state.saved.with_untracked(|s| s.scenarios.get(&key).map(|p| p.reflection.clone()).unwrap_or_default()));
                    // Whether the last save was kept on the device, once there is one to speak of.
                    let saved_note = RwSignal::new(None::<bool>);
                    // Printed and exported with the record: warned while typing, as the notes are.
                    let found = Memo::new(move |_| text.with(|t| reflection_warning(t)));
                    let warning_id = format!("{field}-warning");
                    let described = {
                        let warning_id = warning_id.clone();
                        move || if found.with(Option::is_some) { format!("reflection-hint {warning_id}") } else { "reflection-hint".to_string() }
                    };
                    let save = move |_| {
                        let value = clean_reflection(&text.get_untracked());
                        // A change to what is kept now: never a stale copy of the progress.
                        saved_note.set(Some(state.update_progress(&id, |p| p.reflection = value)));
                    };
                    view! {
                        <Show when=finished>
                            <div class="field reflection">
                                <label class="label" for=field.clone()>{format!("Reflection on {title}")}</label>
                                {let id = warning_id.clone(); move || found.get().map(|w| view! { <p class="warning-text" id=id.clone()>{w}</p> })}
                                <textarea class="textarea" id=field.clone() rows="4" maxlength=MAX_REFLECTION.to_string() aria-describedby=described.clone()
                                    prop:value=move || text.get() on:input=move |ev| { text.set(event_target_value(&ev)); saved_note.set(None); }></textarea>
                                <p class="no-print">
                                    <button type="button" class="button button-secondary" on:click=save.clone()>"Save reflection"<span class="visually-hidden">{format!(" on {title}")}</span></button>
                                    " "<span class="confirmation" class:not-kept=move || saved_note.get() == Some(false) role="status">{move || saved_note.get().map(|kept| if kept {
                                        "Saved on this device."
                                    } else {
                                        "Not saved on this device (the message at the top says why). It stays in the box until you close the app: copy it somewhere if you want to keep it."
                                    })}</span>
                                </p>
                            </div>
                        </Show>
                    }
                }).collect_view()}

                <h2>"Guidance pages opened"</h2>
                {move || {
                    let opened = pages();
                    if opened.is_empty() {
                        view! { <p>"None yet."</p> }.into_any()
                    } else {
                        view! { <ul>{opened.into_iter().map(|(href, title)| view! { <li><a href=href>{title}</a></li> }).collect_view()}</ul> }.into_any()
                    }
                }}
            </div>

            // The certificate: one page, printed only when asked for.
            <section class="certificate" aria-label="Certificate of completion">
                <p class="certificate-kind">"Recognise & Respond"</p>
                <h2>"Certificate of completion"</h2>
                <p>"Name: ____________________________________"</p>
                <p>"completed these case scenarios on spotting and responding to child trafficking and exploitation:"</p>
                <ul>{move || list.get().into_iter().map(|c| view! { <li>{format!("{}, finished {}", c.title, local_time(c.at))}</li> }).collect_view()}</ul>
                <p class="hint">"A record of practice, kept by the learner on their own device. It has no score and claims no accreditation."</p>
            </section>
        </div>
    }
}

//! Your learning record (for CPD): scenarios finished on this device, with when, how long, the
//! path and the ending; a reflection of the learner's own; guidance pages opened. Printable, as a
//! one-page certificate of what was completed, and as CSV. No score; no claim of accreditation.
//! What it lists comes from [`crate::learning`].

use super::dom::{self, local_time};
use super::said::SaidLine;
use super::state::use_state;
use crate::identifiers::{names_hint, reflection_warning};
use crate::learning::{clean_name, clean_reflection, completed, csv, time_rule, MAX_NAME, MAX_REFLECTION};
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
    let cert = Memo::new(move |_| state.saved.with(|s| crate::learning::certificate(s, library)));
    let name = RwSignal::new(state.saved.with_untracked(|s| s.learner.name.clone()));
    let name_kept = RwSignal::new(None::<bool>);
    // Another tab, an import or an erase changed the name: the box shows what is kept now (and
    // only then: time counted or anything else kept leaves what is being typed alone).
    let kept_name = Memo::new(move |_| state.saved.with(|s| s.learner.name.clone()));
    Effect::new(move |_| name.set(kept_name.get()));
    let save_name = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = clean_name(&name.get_untracked());
        name_kept.set(Some(state.set_learner_name(value)));
    };
    let minutes = |m: u32| format!("{m} minute{}", if m == 1 { "" } else { "s" });
    let days = move || {
        cert.with(|c| {
            c.from_to.map(|(a, b)| {
                let (a, b) = (dom::local_date(a), dom::local_date(b));
                if a == b {
                    format!("on {a}")
                } else {
                    format!("from {a} to {b}")
                }
            })
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

                <h2>"Your name for the certificate"</h2>
                <form class="name-form no-print" on:submit=save_name novalidate>
                    <div class="field">
                        <label class="label" for="learner-name">"Your name, as it should appear on the certificate"</label>
                        <p class="hint" id="learner-name-hint">"Optional. Kept only on this device with the rest of your record, exported with it and erased with it. Leave it empty to write your name on the printed certificate by hand."</p>
                        <input class="input" id="learner-name" type="text" autocomplete="name" maxlength=MAX_NAME.to_string() aria-describedby="learner-name-hint"
                            prop:value=move || name.get() on:input=move |ev| { name.set(event_target_value(&ev)); name_kept.set(None); }/>
                    </div>
                    <button type="submit" class="button button-secondary">"Save name"</button>
                    " "<span class="confirmation" class:not-kept=move || name_kept.get() == Some(false) role="status">{move || name_kept.get().map(|kept| if kept {
                        "Saved on this device."
                    } else {
                        "Not saved on this device (the message at the top says why)."
                    })}</span>
                </form>

                <h2>"Time spent"</h2>
                {move || cert.with(|c| if c.total_minutes == 0 && c.scenarios.iter().all(|s| s.1 == 0) {
                    view! { <p class="time-total">"No time counted yet."</p> }.into_any()
                } else {
                    view! {
                        <p class="time-total">{format!("{} in all, {}.", minutes(c.total_minutes), days().unwrap_or_default())}</p>
                        <ul class="time-list">
                            {c.scenarios.iter().filter(|s| s.1 > 0).map(|(title, m, _)| view! { <li>{format!("{title}: {}", minutes(*m))}</li> }).collect_view()}
                            {(c.reading_minutes > 0).then(|| view! { <li>{format!("Reading guidance: {}", minutes(c.reading_minutes))}</li> })}
                        </ul>
                    }.into_any()
                })}
                <p class="hint time-rule">{time_rule()}</p>

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
                <p class="hint" id="reflection-hint">"Optional, and only for you: what you learned, what you would do differently. Do not write anything that identifies a real child or family. " {names_hint()}</p>
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

                <h2>"Guidance pages read"</h2>
                {move || cert.with(|c| if c.pages_read.is_empty() {
                    view! { <p class="pages-read">"None yet (a page counts as read after 1 minute on it)."</p> }.into_any()
                } else {
                    view! { <ul class="pages-read">{c.pages_read.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul> }.into_any()
                })}

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
                <p class="certificate-name">{move || cert.with(|c| if c.name.is_empty() { "Name: ____________________________________".to_string() } else { format!("Name: {}", c.name) })}</p>
                <p>{move || match days() {
                    Some(d) if cert.with(|c| c.total_minutes > 0) => format!("practised spotting and responding to child trafficking and exploitation {d}, spending {} in all:", minutes(cert.with(|c| c.total_minutes))),
                    Some(d) => format!("practised spotting and responding to child trafficking and exploitation {d}:"),
                    None => "practised spotting and responding to child trafficking and exploitation:".to_string(),
                }}</p>
                <ul class="certificate-activities">
                    {move || cert.with(|c| c.scenarios.iter().map(|(title, m, done)| {
                        let time = if *m > 0 { minutes(*m) } else { "time not counted".to_string() };
                        view! { <li>{format!("{title}: {time}{}", if *done { ", finished" } else { ", not finished" })}</li> }
                    }).collect_view())}
                    {move || cert.with(|c| (c.reading_minutes > 0 || !c.pages_read.is_empty()).then(|| view! {
                        <li>{format!("Reading guidance: {}; {} page{} read", minutes(c.reading_minutes), c.pages_read.len(), if c.pages_read.len() == 1 { "" } else { "s" })}</li>
                    }))}
                </ul>
                {move || cert.with(|c| (!c.pages_read.is_empty()).then(|| view! {
                    <p>{format!("Guidance pages read: {}.", c.pages_read.join("; "))}</p>
                }))}
                <p class="hint">{format!("How time is counted: {}", time_rule())}</p>
                <p class="hint">"A record of practice, kept by the learner on their own device. It has no score and claims no accreditation."</p>
            </section>
        </div>
    }
}

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
use rr_core::messages::{Arg, Join};

/// The name of the file the record is exported to.
const EXPORT_FILE: &str = "recognise-respond-learning-record.csv";

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
        status.set(Some(match dom::save_file(&text, EXPORT_FILE) {
            Ok(()) => (false, rr_core::msg!("learning-exported", file = EXPORT_FILE)),
            Err(()) => (true, rr_core::msg!("learning-export-refused")),
        }));
    };
    let pages = move || {
        state.saved.with(|s| {
            let mut opened: Vec<_> = s.seen.keys().filter_map(|slug| library.guidance_page(slug)).collect();
            opened.sort_by(|a, b| a.title_shown().cmp(b.title_shown()));
            opened
                .into_iter()
                .map(|p| (Route::Guidance(p.slug.clone(), None).href(), p.title_shown().to_string()))
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
    let minutes = |m: u32| rr_core::msg!("learning-minutes", minutes = i64::from(m));
    let days = move || {
        cert.with(|c| {
            c.from_to.map(|(a, b)| {
                let (a, b) = (dom::local_date(a), dom::local_date(b));
                if a == b {
                    rr_core::msg!("learning-on-day", day = a)
                } else {
                    rr_core::msg!("learning-from-to", from = a, to = b)
                }
            })
        })
    };
    let reflect_on: Vec<(String, String)> = library.scenarios.iter().map(|s| (s.id.clone(), s.title.clone())).collect();

    view! {
        <div class="learning-record" class:certificate-mode=move || certificate.get()>
            <h1 tabindex="-1">{rr_core::msg!("learning-title")}</h1>
            <div class="record-body">
                <p class="lead">{rr_core::msg!("learning-lead")}</p>
                <p class="hint">
                    {rr_core::msg!("learning-kept")}" "
                    <a href=Route::Data.href()>{rr_core::msg!("learning-kept-link")}</a>
                    {rr_core::msg!("learning-kept-after")}
                </p>
                <div class="button-group no-print">
                    <button type="button" class="button" on:click=move |_| print(false)>{rr_core::msg!("learning-print")}</button>
                    <button type="button" class="button button-secondary" on:click=move |_| print(true)>{rr_core::msg!("learning-print-certificate")}</button>
                    <button type="button" class="button button-secondary" on:click=export>{rr_core::msg!("learning-export")}</button>
                </div>
                <div role="status" class="record-status no-print">
                    <SaidLine said=status/>
                </div>

                <h2>{rr_core::msg!("learning-name-heading")}</h2>
                <form class="name-form no-print" on:submit=save_name novalidate>
                    <div class="field">
                        <label class="label" for="learner-name">{rr_core::msg!("learning-name-label")}</label>
                        <p class="hint" id="learner-name-hint">{rr_core::msg!("learning-name-hint")}</p>
                        <input class="input" id="learner-name" type="text" autocomplete="name" maxlength=MAX_NAME.to_string() aria-describedby="learner-name-hint"
                            prop:value=move || name.get() on:input=move |ev| { name.set(event_target_value(&ev)); name_kept.set(None); }/>
                    </div>
                    <button type="submit" class="button button-secondary">{rr_core::msg!("learning-save-name")}</button>
                    " "<span class="confirmation" class:not-kept=move || name_kept.get() == Some(false) role="status">{move || name_kept.get().map(|kept| if kept {
                        rr_core::msg!("learning-saved")
                    } else {
                        rr_core::msg!("learning-name-not-saved")
                    })}</span>
                </form>

                <h2>{rr_core::msg!("learning-time-heading")}</h2>
                {move || cert.with(|c| if c.total_minutes == 0 && c.scenarios.iter().all(|s| s.1 == 0) {
                    view! { <p class="time-total">{rr_core::msg!("learning-no-time")}</p> }.into_any()
                } else {
                    view! {
                        <p class="time-total">{rr_core::msg!("learning-time-total", time = minutes(c.total_minutes), days = days().unwrap_or_default())}</p>
                        <ul class="time-list">
                            {c.scenarios.iter().filter(|s| s.1 > 0).map(|(title, m, _)| view! { <li>{rr_core::msg!("learning-time-scenario", title = title, time = minutes(*m))}</li> }).collect_view()}
                            {(c.reading_minutes > 0).then(|| view! { <li>{rr_core::msg!("learning-time-reading", time = minutes(c.reading_minutes))}</li> })}
                        </ul>
                    }.into_any()
                })}
                <p class="hint time-rule">{time_rule()}</p>

                <h2>{rr_core::msg!("learning-scenarios-heading")}</h2>
                {move || {
                    let items = list.get();
                    if items.is_empty() {
                        return view! {
                            <p>
                                {rr_core::msg!("learning-none-yet")}" "
                                <a href=Route::Scenarios.href()>{rr_core::msg!("learning-try-scenario")}</a>
                                {rr_core::msg!("learning-none-yet-after")}
                            </p>
                        }
                        .into_any();
                    }
                    view! {
                        <ol class="record-list">
                            {items.into_iter().map(|c| view! {
                                <li>
                                    <h3>{c.title}</h3>
                                    <p class="meta">{rr_core::msg!("learning-finished", when = local_time(c.at), minutes = i64::from(c.minutes))}</p>
                                    <p>{rr_core::msg!("learning-ending", ending = c.ending)}</p>
                                    <details class="details">
                                        <summary>{rr_core::msg!("learning-decisions", n = c.path.len())}</summary>
                                        <ol>{c.path.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ol>
                                    </details>
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }}

                <h2>{rr_core::msg!("learning-reflections-heading")}</h2>
                <p class="hint" id="reflection-hint">{rr_core::msg!("learning-reflection-hint")}" "{names_hint()}</p>
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
                                <label class="label" for=field.clone()>{rr_core::msg!("learning-reflection-label", title = &title)}</label>
                                {let id = warning_id.clone(); move || found.get().map(|w| view! { <p class="warning-text" id=id.clone()>{w}</p> })}
                                <textarea class="textarea" id=field.clone() rows="4" maxlength=MAX_REFLECTION.to_string() aria-describedby=described.clone()
                                    prop:value=move || text.get() on:input=move |ev| { text.set(event_target_value(&ev)); saved_note.set(None); }></textarea>
                                <p class="no-print">
                                    <button type="button" class="button button-secondary" on:click=save.clone()>{rr_core::msg!("learning-save-reflection")}<span class="visually-hidden">" "{rr_core::msg!("learning-save-reflection-on", title = &title)}</span></button>
                                    " "<span class="confirmation" class:not-kept=move || saved_note.get() == Some(false) role="status">{move || saved_note.get().map(|kept| if kept {
                                        rr_core::msg!("learning-saved")
                                    } else {
                                        rr_core::msg!("learning-reflection-not-saved")
                                    })}</span>
                                </p>
                            </div>
                        </Show>
                    }
                }).collect_view()}

                <h2>{rr_core::msg!("learning-pages-read-heading")}</h2>
                {move || cert.with(|c| if c.pages_read.is_empty() {
                    view! { <p class="pages-read">{crate::learning::read_rule()}</p> }.into_any()
                } else {
                    view! { <ul class="pages-read">{c.pages_read.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul> }.into_any()
                })}

                <h2>{rr_core::msg!("learning-pages-opened-heading")}</h2>
                {move || {
                    let opened = pages();
                    if opened.is_empty() {
                        view! { <p>{rr_core::msg!("learning-pages-opened-none")}</p> }.into_any()
                    } else {
                        view! { <ul>{opened.into_iter().map(|(href, title)| view! { <li><a href=href>{title}</a></li> }).collect_view()}</ul> }.into_any()
                    }
                }}
            </div>

            // The certificate: one page, printed only when asked for.
            <section class="certificate" aria-label=rr_core::msg!("learning-certificate")>
                <p class="certificate-kind">{rr_core::msg!("learning-certificate-app")}</p>
                <h2>{rr_core::msg!("learning-certificate")}</h2>
                <p class="certificate-name">{move || cert.with(|c| if c.name.is_empty() { rr_core::msg!("learning-certificate-no-name") } else { rr_core::msg!("learning-certificate-name", name = &c.name) })}</p>
                <p>{move || match days() {
                    Some(d) if cert.with(|c| c.total_minutes > 0) => rr_core::msg!("learning-certificate-practised-time", days = d, time = minutes(cert.with(|c| c.total_minutes))),
                    Some(d) => rr_core::msg!("learning-certificate-practised-days", days = d),
                    None => rr_core::msg!("learning-certificate-practised"),
                }}</p>
                <ul class="certificate-activities">
                    {move || cert.with(|c| c.scenarios.iter().map(|(title, m, done)| {
                        let time = if *m > 0 { minutes(*m) } else { rr_core::msg!("learning-time-not-counted") };
                        let line = if *done {
                            rr_core::msg!("learning-certificate-finished", title = title, time = time)
                        } else {
                            rr_core::msg!("learning-certificate-not-finished", title = title, time = time)
                        };
                        view! { <li>{line}</li> }
                    }).collect_view())}
                    {move || cert.with(|c| (c.reading_minutes > 0 || !c.pages_read.is_empty()).then(|| view! {
                        <li>{rr_core::msg!("learning-certificate-reading", time = minutes(c.reading_minutes), pages = c.pages_read.len())}</li>
                    }))}
                </ul>
                {move || cert.with(|c| (!c.pages_read.is_empty()).then(|| view! {
                    <p>{rr_core::msg!("learning-certificate-pages", pages = Arg::List(Join::Semicolon, c.pages_read.iter().map(Arg::from).collect()))}</p>
                }))}
                <p class="hint">{rr_core::msg!("learning-certificate-rule", rule = time_rule())}</p>
                <p class="hint">{rr_core::msg!("learning-certificate-note")}</p>
            </section>
        </div>
    }
}

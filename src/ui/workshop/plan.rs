//! The workshop screen: continue the session in progress, plan a new one, print handouts and
//! facilitator sheets, and look back on past sessions.

use super::present::open_audience;
use super::shortcuts::{ShortcutSwitch, ShortcutTable};
use crate::route::Route;
use crate::ui::dom;
use crate::ui::path::DebriefView;
use crate::ui::said::{Said, SaidLine};
use crate::ui::state::{use_state, AppState};
use crate::workshop::agenda::{parse_length, shift, Agenda, DEFAULT_LENGTH};
use crate::workshop::sync::{keep, MAX_KEPT};
use crate::workshop::{view, Session};
use leptos::prelude::*;

/// Planning and continuing sessions.
#[component]
pub(crate) fn Plan() -> impl IntoView {
    let state = use_state();
    let library = state.library();
    let picked = RwSignal::new(Vec::<String>::new());
    let one_window = RwSignal::new(false);
    let error = RwSignal::new(false);
    let deleted = RwSignal::new(false);
    let current = move || state.saved.with(|s| s.workshops.last().filter(|w| !w.finished()).cloned());

    // The session's length, as typed, for the time plan.
    let length_text = RwSignal::new(DEFAULT_LENGTH.to_string());
    let length = Memo::new(move |_| length_text.with(|t| parse_length(t)));
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // In the running order the trainer set (the order ticked, then moved up or down).
        let chosen: Vec<String> = picked.get_untracked();
        if chosen.is_empty() {
            error.set(true);
            dom::error_title(true);
            // The message is shown by this change: focus it once it is on the page.
            dom::focus_after_render("#pick-error");
            return;
        }
        dom::error_title(false);
        let one = one_window.get_untracked();
        let session = Session::new(&chosen, one, js_sys::Date::now() as u64);
        state.running.set_value(Some(session.id));
        state.update_workshops(|w| keep(w, session));
        if !one {
            open_audience();
        }
        go(Route::Present);
    };

    let delete = move |id: u64| {
        // Said only once the deletion is kept; if it is not, the record is still listed (it is
        // still stored) and the messages say why.
        deleted.set(state.delete_workshop(id));
        if let Some(heading) = dom::element("#past-heading") {
            let _ = heading.focus();
        }
    };

    view! {
        <h1 tabindex="-1">{rr_core::msg!("ws-title")}</h1>
        <p class="lead">{rr_core::msg!("ws-lead")}</p>
        <p>
            {rr_core::msg!("ws-own-case")}" "
            <a href=Route::Author.href()>{rr_core::msg!("ws-own-case-link")}</a>" "
            {rr_core::msg!("ws-own-case-after")}
        </p>
        <p>{rr_core::msg!("ws-nothing-asked")}</p>

        {move || current().map(|s| view! {
            <section class="panel" aria-labelledby="current-heading">
                <h2 id="current-heading">{rr_core::msg!("ws-in-progress-heading")}</h2>
                <p>{rr_core::msg!("ws-in-progress-started", when = started(s.id), titles = view::titles(&s, library))}</p>
                <div class="button-group">
                    <a class="button" href=Route::Present.href()>{rr_core::msg!("ws-continue")}</a>
                    <button type="button" class="button button-secondary" on:click=move |_| open_audience()>{rr_core::msg!("ws-open-audience")}</button>
                </div>
            </section>
        })}

        <h2>{rr_core::msg!("ws-plan-heading")}</h2>
        <form class="plan" on:submit=start novalidate>
            <fieldset class="fieldset" aria-describedby=move || error.get().then_some("pick-error")>
                <legend class="fieldset-legend">{rr_core::msg!("ws-which")}</legend>
                <p id="pick-error" class="error-message" tabindex="-1" hidden=move || !error.get()>{rr_core::msg!("ws-pick-error")}</p>
                <div class="checkboxes">
                    {library.scenarios.iter().map(|s| {
                        let id = s.id.clone();
                        let input_id = format!("pick-{}", s.id);
                        view! {
                            <div class="checkbox">
                                <input type="checkbox" id=input_id.clone() on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    picked.update(|p| { p.retain(|x| *x != id); if on { p.push(id.clone()); } });
                                    error.set(false);
                                }/>
                                <label for=input_id>{rr_core::msg!("ws-pick-label", title = &s.title, minutes = i64::from(s.minutes))}
                                    {s.local.then(|| view! { " "<strong class="tag tag-local">{crate::scenario::local::mark()}</strong> })}
                                </label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <fieldset class="fieldset">
                <legend class="fieldset-legend">{rr_core::msg!("ws-how-show")}</legend>
                <div class="radios">
                    <div class="radio">
                        <input type="radio" name="windows" id="windows-two" checked on:change=move |_| one_window.set(false)/>
                        <label for="windows-two">{rr_core::msg!("ws-two-windows")}</label>
                    </div>
                    <div class="radio">
                        <input type="radio" name="windows" id="windows-one" on:change=move |_| one_window.set(true)/>
                        <label for="windows-one">{rr_core::msg!("ws-one-window")}</label>
                    </div>
                </div>
            </fieldset>
            <div class="field">
                <label class="label" for="session-length">{rr_core::msg!("ws-length-label")}</label>
                <input class="input input-short" id="session-length" type="text" inputmode="numeric" prop:value=move || length_text.get()
                    aria-invalid=move || length.with(|l| l.is_err().then_some("true")) aria-describedby="session-length-error"
                    on:input=move |ev| length_text.set(event_target_value(&ev))/>
                <p class="error-message" id="session-length-error">{move || length.get().err().map(|m| rr_core::msg!("ws-error", problem = m))}</p>
            </div>
            <section class="running-order" aria-labelledby="order-heading">
                <h3 id="order-heading">{rr_core::msg!("ws-order-heading")}</h3>
                {move || {
                    let plan = Agenda::new(&picked.get(), library, length.get().unwrap_or(DEFAULT_LENGTH));
                    if plan.slots.is_empty() {
                        return view! { <p class="meta">{rr_core::msg!("ws-order-empty")}</p> }.into_any();
                    }
                    let count = plan.slots.len();
                    view! {
                        <ol class="order-list">
                            {plan.slots.iter().enumerate().map(|(i, slot)| {
                                let (up, down) = (slot.id.clone(), slot.id.clone());
                                let name = slot.title.clone();
                                view! {
                                    <li>
                                        <span>{rr_core::msg!("ws-order-slot", start = i64::from(slot.start), title = &slot.title, minutes = i64::from(slot.minutes))}</span>
                                        " "<button type="button" class="button button-secondary step" disabled=i == 0
                                            on:click=move |_| picked.update(|p| { shift(p, &up, true); })>{rr_core::msg!("ws-up")}<span class="visually-hidden">{rr_core::msg!("ws-up-which", title = &name)}</span></button>
                                        " "<button type="button" class="button button-secondary step" disabled=i + 1 == count
                                            on:click=move |_| picked.update(|p| { shift(p, &down, false); })>{rr_core::msg!("ws-down")}<span class="visually-hidden">{rr_core::msg!("ws-down-which", title = &slot.title)}</span></button>
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                        <p class="meta plan-summary" role="status">{plan.summary()}</p>
                    }.into_any()
                }}
            </section>
            <button type="submit" class="button">{rr_core::msg!("ws-start")}</button>
        </form>

        <h2>{rr_core::msg!("ws-shortcuts-heading")}</h2>
        <ShortcutSwitch id="keys-switch"/>
        <ShortcutTable/>

        <h2>{rr_core::msg!("ws-print-heading")}</h2>
        <p>{rr_core::msg!("ws-print-intro")}</p>
        <ul class="print-list">
            {library.scenarios.iter().map(|s| {
                let hidden = rr_core::msg!("ws-for-title", title = &s.title);
                view! {
                    <li><strong>{s.title.clone()}</strong>": "
                        <a href=Route::Handout(s.id.clone()).href()>{rr_core::msg!("ws-handout")}<span class="visually-hidden">" "{hidden.clone()}</span></a>" · "
                        <a href=Route::Sheet(s.id.clone()).href()>{rr_core::msg!("ws-sheet")}<span class="visually-hidden">" "{hidden}</span></a>
                    </li>
                }
            }).collect_view()}
        </ul>

        <h2 id="past-heading" tabindex="-1">{rr_core::msg!("ws-past-heading")}</h2>
        <p>{rr_core::msg!("ws-past-kept", n = MAX_KEPT)}</p>
        <p role="status">{move || deleted.get().then(|| rr_core::msg!("ws-deleted"))}</p>
        {move || {
            let past = state.saved.with(|s| view::past_sessions(&s.workshops, library));
            if past.is_empty() {
                return view! { <p>{rr_core::msg!("ws-none-yet")}</p> }.into_any();
            }
            view! {
                <ul class="past-sessions">
                    {past.into_iter().map(|p| {
                        let when = started(p.id);
                        let id = p.id;
                        view! {
                            <li>
                                <p><a href=p.href>{rr_core::msg!("ws-session-of", when = &when)}</a></p>
                                <p class="meta">{p.about}</p>
                                <button type="button" class="button button-secondary" on:click=move |_| delete(id)>
                                    {rr_core::msg!("ws-delete")}
                                    <span class="visually-hidden">" "{rr_core::msg!("ws-delete-of", when = &when)}</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

/// A past session: the room's path through each scenario. It follows what is kept: deleted or
/// erased here or in another tab or window, it says so instead of showing a record that is gone.
#[component]
pub(crate) fn PastSession(id: u64) -> impl IntoView {
    let state = use_state();
    let said: Said = RwSignal::new(None);
    let session = Memo::new(move |_| state.saved.with(|s| s.workshops.iter().find(|w| w.id == id).cloned()));
    move || {
        let Some(session) = session.get() else {
            return view! {
                <h1 tabindex="-1">{rr_core::msg!("ws-not-found")}</h1>
                <p role="status">{rr_core::msg!("ws-not-found-text")}</p>
                <p><a href=Route::Workshop.href()>{rr_core::msg!("ws-back")}</a></p>
            }
            .into_any();
        };
        let record = view::session_record(&session, state.library());
        view! {
            <h1 tabindex="-1">{rr_core::msg!("ws-session-title", when = started(id))}</h1>
            <p class="no-print button-group">
                <button type="button" class="button" on:click=move |_| dom::print()>{rr_core::msg!("ws-print-record")}</button>
                <button type="button" class="button button-secondary" on:click=move |_| export_csv(state, id, said)>{rr_core::msg!("ws-export")}</button>
                <a href=Route::Workshop.href()>{rr_core::msg!("ws-back")}</a>
            </p>
            <div class="no-print" role="status"><SaidLine said=said/></div>
            {runs(record)}
        }
        .into_any()
    }
}

/// The room's path through each scenario of a session, as the record shows it.
pub(super) fn runs(record: Vec<view::RunRecord>) -> impl IntoView {
    record
        .into_iter()
        .enumerate()
        .map(|(i, run)| {
            view! {
                <section class="past-run">
                    <h2>{run.title}</h2>
                    {match run.debrief {
                        Some(debrief) => view! { <DebriefView debrief=debrief id=format!("run-{i}-debrief")/> }.into_any(),
                        None => view! { <p>{rr_core::msg!("ws-no-decisions")}</p> }.into_any(),
                    }}
                </section>
            }
        })
        .collect_view()
}

/// Saves the session's path and hands as a CSV file (for a trainer's own records), read from
/// what is kept now.
pub(super) fn export_csv(state: AppState, id: u64, said: Said) {
    let text = state.saved.with_untracked(|s| {
        s.workshops.iter().find(|w| w.id == id).map(|w| crate::learning::session_csv(w, state.library()))
    });
    const FILE: &str = "recognise-respond-session.csv";
    said.set(Some(match text.map(|t| crate::ui::dom::save_file(&t, FILE)) {
        Some(Ok(())) => (false, rr_core::msg!("ws-exported", file = FILE)),
        Some(Err(())) => (true, rr_core::msg!("ws-export-refused")),
        None => (true, rr_core::msg!("ws-export-gone")),
    }));
}

/// When a session started, in the laptop's local time, e.g. "23 November 2026, 14:05".
fn started(id: u64) -> String {
    crate::ui::dom::local_time(id)
}

/// Goes to another screen.
pub(super) fn go(route: Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.href());
    }
}

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
        <h1 tabindex="-1">"Workshop mode"</h1>
        <p class="lead">"Run scenarios with a room from this laptop: the case on the projector, your notes on your screen, the room's show of hands at each decision, and a debrief of the path the room took. It works offline, with no accounts."</p>
        <p>"To run a case of your own, "<a href=Route::Author.href()>"write a scenario"</a>" first: it is listed here once kept on this laptop."</p>
        <p>"Nothing about the people in the room is asked for or kept: only the path the room took and how many hands went up, on this laptop."</p>

        {move || current().map(|s| view! {
            <section class="panel" aria-labelledby="current-heading">
                <h2 id="current-heading">"Session in progress"</h2>
                <p>{format!("Started {}. {}", started(s.id), view::titles(&s, library))}</p>
                <div class="button-group">
                    <a class="button" href=Route::Present.href()>"Continue in the presenter view"</a>
                    <button type="button" class="button button-secondary" on:click=move |_| open_audience()>"Open the audience window"</button>
                </div>
            </section>
        })}

        <h2>"Plan a session"</h2>
        <form class="plan" on:submit=start novalidate>
            <fieldset class="fieldset" aria-describedby=move || error.get().then_some("pick-error")>
                <legend class="fieldset-legend">"Which scenarios will you run?"</legend>
                <p id="pick-error" class="error-message" tabindex="-1" hidden=move || !error.get()>"Error: Choose at least one scenario."</p>
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
                                <label for=input_id>{format!("{} (about {} minutes)", s.title, s.minutes)}
                                    {s.local.then(|| view! { " "<strong class="tag tag-local">{crate::scenario::local::mark()}</strong> })}
                                </label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <fieldset class="fieldset">
                <legend class="fieldset-legend">"How will you show it?"</legend>
                <div class="radios">
                    <div class="radio">
                        <input type="radio" name="windows" id="windows-two" checked on:change=move |_| one_window.set(false)/>
                        <label for="windows-two">"Two windows: the audience view on the projector (drag its window there and press F to fill the screen), the presenter view on this screen"</label>
                    </div>
                    <div class="radio">
                        <input type="radio" name="windows" id="windows-one" on:change=move |_| one_window.set(true)/>
                        <label for="windows-one">"One window, shown to the room: your notes stay hidden until you press N"</label>
                    </div>
                </div>
            </fieldset>
            <div class="field">
                <label class="label" for="session-length">"How long is the session? (minutes)"</label>
                <input class="input input-short" id="session-length" type="text" inputmode="numeric" prop:value=move || length_text.get()
                    aria-invalid=move || length.with(|l| l.is_err().then_some("true")) aria-describedby="session-length-error"
                    on:input=move |ev| length_text.set(event_target_value(&ev))/>
                <p class="error-message" id="session-length-error">{move || length.get().err().map(|m| format!("Error: {m}"))}</p>
            </div>
            <section class="running-order" aria-labelledby="order-heading">
                <h3 id="order-heading">"Running order and time plan"</h3>
                {move || {
                    let plan = Agenda::new(&picked.get(), library, length.get().unwrap_or(DEFAULT_LENGTH));
                    if plan.slots.is_empty() {
                        return view! { <p class="meta">"Tick the scenarios to run: they are listed here in the order they will run, with when each starts."</p> }.into_any();
                    }
                    let count = plan.slots.len();
                    view! {
                        <ol class="order-list">
                            {plan.slots.iter().enumerate().map(|(i, slot)| {
                                let (up, down) = (slot.id.clone(), slot.id.clone());
                                let name = slot.title.clone();
                                view! {
                                    <li>
                                        <span>{format!("From minute {}: {} (about {} minutes)", slot.start, slot.title, slot.minutes)}</span>
                                        " "<button type="button" class="button button-secondary step" disabled=i == 0
                                            on:click=move |_| picked.update(|p| { shift(p, &up, true); })>"Up"<span class="visually-hidden">{format!(": {name} earlier")}</span></button>
                                        " "<button type="button" class="button button-secondary step" disabled=i + 1 == count
                                            on:click=move |_| picked.update(|p| { shift(p, &down, false); })>"Down"<span class="visually-hidden">{format!(": {} later", slot.title)}</span></button>
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                        <p class="meta plan-summary" role="status">{plan.summary()}</p>
                    }.into_any()
                }}
            </section>
            <button type="submit" class="button">"Start the session"</button>
        </form>

        <h2>"Shortcuts while presenting"</h2>
        <ShortcutSwitch id="keys-switch"/>
        <ShortcutTable/>

        <h2>"Print"</h2>
        <p>"A handout has the case, its decisions and space for notes. A facilitator sheet has your notes, the rating of every choice, where it leads and the guidance behind it."</p>
        <ul class="print-list">
            {library.scenarios.iter().map(|s| {
                let hidden = format!(" for {}", s.title);
                view! {
                    <li><strong>{s.title.clone()}</strong>": "
                        <a href=Route::Handout(s.id.clone()).href()>"handout"<span class="visually-hidden">{hidden.clone()}</span></a>" · "
                        <a href=Route::Sheet(s.id.clone()).href()>"facilitator sheet"<span class="visually-hidden">{hidden}</span></a>
                    </li>
                }
            }).collect_view()}
        </ul>

        <h2 id="past-heading" tabindex="-1">"Past sessions"</h2>
        <p>{format!("The last {MAX_KEPT} sessions are kept on this laptop; older ones are let go.")}</p>
        <p role="status">{move || deleted.get().then_some("The session record was deleted from this laptop.")}</p>
        {move || {
            let past = state.saved.with(|s| view::past_sessions(&s.workshops, library));
            if past.is_empty() {
                return view! { <p>"None yet."</p> }.into_any();
            }
            view! {
                <ul class="past-sessions">
                    {past.into_iter().map(|p| {
                        let when = started(p.id);
                        let id = p.id;
                        view! {
                            <li>
                                <p><a href=p.href>{format!("Session of {when}")}</a></p>
                                <p class="meta">{p.about}</p>
                                <button type="button" class="button button-secondary" on:click=move |_| delete(id)>"Delete this record"<span class="visually-hidden">{format!(" of {when}")}</span></button>
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
                <h1 tabindex="-1">"Session not found"</h1>
                <p role="status">"This session is not kept on this device. It may have been deleted or erased, here or in another tab or window."</p>
                <p><a href=Route::Workshop.href()>"Back to workshop mode"</a></p>
            }
            .into_any();
        };
        let record = view::session_record(&session, state.library());
        view! {
            <h1 tabindex="-1">{format!("Workshop session of {}", started(id))}</h1>
            <p class="no-print button-group">
                <button type="button" class="button" on:click=move |_| dom::print()>"Print this record"</button>
                <button type="button" class="button button-secondary" on:click=move |_| export_csv(state, id, said)>"Export this session as CSV"</button>
                <a href=Route::Workshop.href()>"Back to workshop mode"</a>
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
                        None => view! { <p>"The room did not take any decisions in this scenario."</p> }.into_any(),
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
    said.set(Some(match text.map(|t| crate::ui::dom::save_file(&t, "recognise-respond-session.csv")) {
        Some(Ok(())) => (false, "The session was saved as recognise-respond-session.csv.".into()),
        Some(Err(())) => (true, "The browser did not let the app save the file.".into()),
        None => (true, "This session is no longer kept on this device (it was deleted or erased, perhaps in another tab or window), so there is nothing to export.".into()),
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

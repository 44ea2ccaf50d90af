//! The trainer's view: what the room sees, the presenter's notes, the show of hands with what each
//! choice leads to, timers for the scene and the session, and the controls. In a one-window
//! session the notes stay hidden until the trainer asks for them (N).

use super::link::Live;
use super::shortcuts::{listen, run, ShortcutsHelp};
use super::stage::Stage as StageOnScreen;
use crate::route::Route;
use crate::scenario::Choice;
use crate::ui::said::{Said, SaidLine};
use crate::ui::state::use_state;
use crate::workshop::keys::Command;
use crate::workshop::timer::{clock, spoken};
use crate::workshop::votes::{letter, parse_hands, total};
use crate::workshop::{view, Action, Stage};
use leptos::prelude::*;
use std::time::Duration;

/// The presenter's view of the running session.
#[component]
pub(crate) fn Present() -> impl IntoView {
    let live = Live::open(use_state());
    let one_window = live.with(|s| s.is_some_and(|s| s.one_window));
    let notes = RwSignal::new(!one_window);
    let help = NodeRef::new();
    listen(live, Some(notes), help);
    let act = move |cmd: Command| run(live, Some(notes), help, cmd);

    let now = RwSignal::new(js_sys::Date::now() as u64);
    if let Ok(handle) =
        set_interval_with_handle(move || now.set(js_sys::Date::now() as u64), Duration::from_millis(1000))
    {
        on_cleanup(move || handle.clear());
    }
    let timers = move || {
        live.with(|s| {
            s.map(|s| (s.scene_timer.elapsed(now.get()), s.session_timer.elapsed(now.get()), s.scene_timer.running()))
        })
    };
    let stage = move || live.with(|s| s.map(|s| s.stage));
    let none = move || live.with(|s| s.is_none());
    let title = move || {
        live.with(|s| {
            s.and_then(|s| s.scenario(live.library()))
                .map(|c| c.title.clone())
                .unwrap_or_else(|| rr_core::msg!("ws-fallback-title"))
        })
    };
    let place = move || live.with(|s| s.map(|s| rr_core::msg!("ws-place", at = s.at + 1, count = s.runs.len())));
    let hint = move || live.with(|s| s.map_or(String::new(), |s| s.next_hint(live.library())));
    // The messages area is out of the trainer's way in this view: a change that could not be
    // kept is said here, beside the session, for as long as it is so.
    let not_kept = Memo::new(move |_| {
        let why = live.state.workshop_not_kept.get()?;
        live.with(|s| s.is_some()).then(|| rr_core::msg!("ws-not-kept", why = why.why()))
    });
    let status = move || match live.refusal.get() {
        Some(refusal) => refusal.to_string(),
        None => stage().map(|s| rr_core::msg!("ws-on-projector", stage = s.label())).unwrap_or_default(),
    };

    let ended = move || stage() == Some(Stage::Finished);
    // Next is gone at the end: focus goes to the summary that takes its place.
    Effect::new(move |was: Option<bool>| {
        let now = ended();
        if now && was == Some(false) {
            crate::ui::dom::focus_after_render("#session-end-heading");
        }
        now
    });

    view! {
        <div class="present" class:one-window=one_window class:ended=ended>
            <div class="present-bar">
                <a href=Route::Workshop.href()>{move || if not_kept.with(Option::is_some) { rr_core::msg!("ws-leave-not-kept") } else { rr_core::msg!("ws-leave") }}</a>
                <p class="present-place">{place}</p>
                {move || timers().map(|(scene, session, running)| view! {
                    <p class="timers">
                        <span>
                            {rr_core::msg!("ws-scene-timer")}" "
                            <span role="timer" aria-label=rr_core::msg!("ws-scene-time", time = spoken(scene))>{clock(scene)}</span>
                        </span>
                        <span>
                            {rr_core::msg!("ws-session-timer")}" "
                            <span role="timer" aria-label=rr_core::msg!("ws-session-time", time = spoken(session))>{clock(session)}</span>
                        </span>
                        {(!running).then(|| format!(" {}", rr_core::msg!("ws-paused")))}
                    </p>
                })}
                <div class="button-group present-tools" hidden=none>
                    <button type="button" class="button button-secondary" on:click=move |_| act(Command::Timer)>
                        {move || if timers().is_some_and(|t| !t.2) { rr_core::msg!("ws-resume-timers") } else { rr_core::msg!("ws-pause-timers") }}
                    </button>
                    <button type="button" class="button button-secondary" on:click=move |_| open_audience()>{rr_core::msg!("ws-open-audience")}</button>
                    <button type="button" class="button button-secondary" aria-pressed=move || notes.get().to_string() on:click=move |_| act(Command::Notes)>{rr_core::msg!("ws-your-notes")}</button>
                    <button type="button" class="button button-secondary" on:click=move |_| act(Command::Help)>{rr_core::msg!("ws-shortcuts")}</button>
                </div>
                <p class="meta">{move || if live.other_window.get() { rr_core::msg!("ws-audience-open") } else { rr_core::msg!("ws-audience-closed") }}</p>
            </div>
            <h1 class="present-title" tabindex="-1">{title}</h1>
            <p class="present-status" role="status" class:refused=move || live.refusal.get().is_some()>{status}</p>
            <p class="present-not-kept" class:shown=move || not_kept.with(Option::is_some) role="status">{move || not_kept.get()}</p>
            {move || live.with(|s| s.is_none()).then(|| view! {
                <p class="lead">
                    {rr_core::msg!("ws-no-session")}" "
                    <a href=Route::Workshop.href()>{rr_core::msg!("ws-no-session-link")}</a>" "
                    {rr_core::msg!("ws-no-session-after")}
                </p>
            })}
            <div class="present-layout">
                <section class="present-stage" aria-label=rr_core::msg!("ws-room-sees")>
                    <StageOnScreen live=live presenter=true/>
                </section>
                <Hands live=live notes=notes/>
                <Notes live=live notes=notes/>
            </div>
            <div class="present-controls" role="group" aria-label=rr_core::msg!("ws-controls") hidden=none>
                <button type="button" class="button button-secondary" on:click=move |_| act(Command::Back)>{rr_core::msg!("ws-back-button")}</button>
                <button type="button" class="button button-secondary" disabled=move || stage() != Some(Stage::Chosen) on:click=move |_| act(Command::Reveal)>{rr_core::msg!("ws-reveal")}</button>
                <button type="button" class="button present-next" hidden=ended on:click=move |_| act(Command::Next)>{rr_core::msg!("ws-next")}" "{hint}</button>
            </div>
            {move || ended().then(|| view! { <SessionEnd live=live/> })}
        </div>
        <ShortcutsHelp node_ref=help/>
    }
}

/// Opens (or brings back) the audience window on the same app, offline.
pub(super) fn open_audience() {
    if let Some(window) = web_sys::window() {
        let here = window.location().href().unwrap_or_default();
        let base = here.split('#').next().unwrap_or_default();
        // A window of its own (not a tab), to drag to the projector; F fills its screen.
        let _ = window.open_with_url_and_target_and_features(
            &format!("{base}{}", Route::Room.href()),
            "recognise-respond-audience",
            "popup,width=1024,height=768",
        );
    }
}

/// At a decision: each choice with the hands counted for it, what it leads to (with the notes
/// shown), and a way to follow it. Drawn once per decision, so focus stays put as hands change.
#[component]
fn Hands(live: Live, notes: RwSignal<bool>) -> impl IntoView {
    let decision = Memo::new(move |_| {
        live.with(|s| s.filter(|s| s.deciding()).map(|s| (s.id, s.at, s.run().map_or(0, |r| r.steps.len()))))
    });
    move || {
        decision.get()?;
        let play = untrack(|| live.session()).and_then(|s| s.play(live.library()))?;
        let offered: Vec<&'static Choice> = play.choices().collect();
        let scenario = play.scenario();
        let hands_for =
            move |id: &'static str| move || live.with(|s| s.and_then(|s| s.hands.get(id).copied()).unwrap_or(0));
        Some(view! {
            <section class="hands-panel" aria-labelledby="hands-heading">
                <h2 id="hands-heading">{rr_core::msg!("ws-hands-heading")}</h2>
                <p class="hint">{rr_core::msg!("ws-hands-hint")}</p>
                <ol class="hand-rows">
                    {offered.into_iter().enumerate().map(|(i, c)| {
                        let l = letter(i);
                        let id: &'static str = &c.id;
                        let input_id = format!("hands-{id}");
                        let count = hands_for(id);
                        let set = move |n: u32| live.act(Action::SetHands { choice: id.to_string(), hands: n });
                        let error = RwSignal::new(None::<String>);
                        let error_id = format!("hands-{id}-error");
                        let target = scenario.scene(&c.target).map(|t| t.heading.clone()).unwrap_or_default();
                        view! {
                            <li class="hand-row">
                                <p class="choice-line"><span class="letter" aria-hidden="true">{l.to_string()}</span>" "<span class="visually-hidden">{format!("{l}. ")}</span>{c.text.clone()}</p>
                                <p class="leads-to" hidden=move || !notes.get()>{rr_core::msg!("ws-leads-to", rating = c.rating.label(), target = &target)}</p>
                                <div class="hand-count">
                                    <button type="button" class="button button-secondary step" aria-label=rr_core::msg!("ws-fewer", letter = l.to_string()) on:click=move |_| set(count().saturating_sub(1))>"−"</button>
                                    <label class="label" for=input_id.clone()>{rr_core::msg!("ws-hands-for", letter = l.to_string())}</label>
                                    <input class="input hands-input" id=input_id type="text" inputmode="numeric" prop:value=move || count().to_string()
                                        aria-invalid=move || error.with(|e| e.is_some().then_some("true")) aria-describedby=error_id.clone()
                                        // Taken as typed, so a clicker's Next straight after typing
                                        // counts it; refused only on leaving the field or Enter.
                                        on:input=move |ev| if let Ok(n) = parse_hands(&event_target_value(&ev)) {
                                            error.set(None);
                                            if n != count() { set(n) }
                                        }
                                        on:change=move |ev| match parse_hands(&event_target_value(&ev)) {
                                            Ok(n) => { error.set(None); set(n) }
                                            Err(m) => error.set(Some(m)),
                                        }/>
                                    <button type="button" class="button button-secondary step" aria-label=rr_core::msg!("ws-more", letter = l.to_string()) on:click=move |_| set(count() + 1)>"+"</button>
                                </div>
                                <p class="error-message" id=error_id>{move || error.get().map(|m| rr_core::msg!("ws-error", problem = m))}</p>
                                <button type="button" class="button button-secondary" on:click=move |_| { live.act(Action::Follow(id.to_string())); crate::ui::dom::keep_focus(".present-next"); }>{rr_core::msg!("ws-follow", letter = l.to_string())}</button>
                            </li>
                        }
                    }).collect_view()}
                </ol>
                <p class="hands-total">{move || rr_core::msg!("ws-hands-counted", n = i64::from(live.with(|s| s.map_or(0, |s| total(&s.hands)))))}</p>
                // Each change of a count said once, politely, without moving focus (WCAG 4.1.3).
                <p class="visually-hidden hands-said" aria-live="polite">{move || live.with(|s| s.and_then(|s| view::hands_line(s, live.library())))}</p>
                <button type="button" class="button" on:click=move |_| { live.act(Action::FollowMajority); crate::ui::dom::keep_focus(".present-next"); }>{rr_core::msg!("ws-follow-majority")}</button>
            </section>
        })
    }
}

/// The presenter's notes for what is on screen, while the notes are shown.
#[component]
fn Notes(live: Live, notes: RwSignal<bool>) -> impl IntoView {
    // Made only while shown: hidden notes need no work on every change of the session.
    let shown =
        Memo::new(move |_| notes.get().then(|| live.with(|s| s.map(|s| view::notes(s, live.library())))).flatten());
    let list =
        |items: Vec<String>| view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> };
    view! {
        <aside class="notes-panel" aria-labelledby="notes-heading" hidden=move || !notes.get()>
            <h2 id="notes-heading">{rr_core::msg!("ws-your-notes")}</h2>
            {move || shown.get().map(|n| view! {
                {n.intro.map(|i| view! { <p>{i}</p> })}
                {(!n.notes.is_empty()).then(|| list(n.notes))}
                {(!n.questions.is_empty()).then(|| view! { <h3>{rr_core::msg!("ws-questions")}</h3> {list(n.questions)} })}
                {n.none.then(|| view! { <p>{rr_core::msg!("ws-no-notes")}</p> })}
                {n.feedback.map(|(label, text)| view! { <h3>{rr_core::msg!("ws-feedback", label = label)}</h3> <p>{text}</p> })}
            })}
        </aside>
    }
}

/// The end of a session, in place of Next: the record of the room's path through each scenario,
/// to export as CSV or print, and the way back.
#[component]
fn SessionEnd(live: Live) -> impl IntoView {
    let said: Said = RwSignal::new(None);
    let id = live.with(|s| s.map_or(0, |s| s.id));
    let record = Memo::new(move |_| live.with(|s| s.map(|s| view::session_record(s, live.library()))));
    view! {
        <section class="session-end" aria-labelledby="session-end-heading">
            <h2 id="session-end-heading" tabindex="-1">{rr_core::msg!("ws-over")}</h2>
            <p class="no-print">{rr_core::msg!("ws-over-text")}</p>
            <div class="button-group no-print">
                <button type="button" class="button" on:click=move |_| super::plan::export_csv(live.state, id, said)>{rr_core::msg!("ws-export")}</button>
                <button type="button" class="button button-secondary" on:click=move |_| crate::ui::dom::print()>{rr_core::msg!("ws-print-session")}</button>
                <a class="button button-secondary" href=Route::Workshop.href()>{rr_core::msg!("ws-back")}</a>
            </div>
            <div class="no-print" role="status"><SaidLine said=said/></div>
            {move || record.get().map(super::plan::runs)}
        </section>
    }
}

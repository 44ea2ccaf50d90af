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
            s.and_then(|s| s.scenario(live.library())).map(|c| c.title.clone()).unwrap_or_else(|| "Workshop".into())
        })
    };
    let place = move || live.with(|s| s.map(|s| format!("Scenario {} of {}", s.at + 1, s.runs.len())));
    let hint = move || live.with(|s| s.map_or(String::new(), |s| s.next_hint(live.library())));
    // The messages area is out of the trainer's way in this view: a change that could not be
    // kept is said here, beside the session, for as long as it is so.
    let not_kept = Memo::new(move |_| {
        let why = live.state.workshop_not_kept.get()?;
        live.with(|s| s.is_some()).then(|| format!("The session record is not being kept on this device: {}. The session goes on in this window, but its record will be lost when the window closes.", why.why()))
    });
    let status = move || match live.refusal.get() {
        Some(refusal) => refusal.to_string(),
        None => stage().map(|s| format!("On the projector: {}.", s.label())).unwrap_or_default(),
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
                <a href=Route::Workshop.href()>{move || if not_kept.with(Option::is_some) { "Leave (the session is not being kept)" } else { "Leave (the session is kept)" }}</a>
                <p class="present-place">{place}</p>
                {move || timers().map(|(scene, session, running)| view! {
                    <p class="timers">
                        <span>"Scene "<span role="timer" aria-label=format!("Time on this scene: {}", spoken(scene))>{clock(scene)}</span></span>
                        <span>"Session "<span role="timer" aria-label=format!("Time since the session started: {}", spoken(session))>{clock(session)}</span></span>
                        {(!running).then_some(" (paused)")}
                    </p>
                })}
                <div class="button-group present-tools" hidden=none>
                    <button type="button" class="button button-secondary" on:click=move |_| act(Command::Timer)>
                        {move || if timers().is_some_and(|t| !t.2) { "Resume timers" } else { "Pause timers" }}
                    </button>
                    <button type="button" class="button button-secondary" on:click=move |_| open_audience()>"Open the audience window"</button>
                    <button type="button" class="button button-secondary" aria-pressed=move || notes.get().to_string() on:click=move |_| act(Command::Notes)>"Your notes"</button>
                    <button type="button" class="button button-secondary" on:click=move |_| act(Command::Help)>"Shortcuts"</button>
                </div>
                <p class="meta">{move || if live.other_window.get() { "The audience window is open and following." } else { "Open the audience window and move it to the projector, or show this window to the room." }}</p>
            </div>
            <h1 class="present-title" tabindex="-1">{title}</h1>
            <p class="present-status" role="status" class:refused=move || live.refusal.get().is_some()>{status}</p>
            <p class="present-not-kept" class:shown=move || not_kept.with(Option::is_some) role="status">{move || not_kept.get()}</p>
            {move || live.with(|s| s.is_none()).then(|| view! {
                <p class="lead">"No workshop session is running. "<a href=Route::Workshop.href()>"Plan a session"</a>" first."</p>
            })}
            <div class="present-layout">
                <section class="present-stage" aria-label="What the room sees">
                    <StageOnScreen live=live presenter=true/>
                </section>
                <Hands live=live notes=notes/>
                <Notes live=live notes=notes/>
            </div>
            <div class="present-controls" role="group" aria-label="Move through the session" hidden=none>
                <button type="button" class="button button-secondary" on:click=move |_| act(Command::Back)>"Back"</button>
                <button type="button" class="button button-secondary" disabled=move || stage() != Some(Stage::Chosen) on:click=move |_| act(Command::Reveal)>"Reveal feedback"</button>
                <button type="button" class="button present-next" hidden=ended on:click=move |_| act(Command::Next)>"Next: "{hint}</button>
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
                <h2 id="hands-heading">"Show of hands"</h2>
                <p class="hint">"Let the room discuss, count the hands for each choice, then follow the majority or choose a path."</p>
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
                                <p class="leads-to" hidden=move || !notes.get()>{format!("{} · leads to: {target}", c.rating.label())}</p>
                                <div class="hand-count">
                                    <button type="button" class="button button-secondary step" aria-label=format!("One fewer hand for {l}") on:click=move |_| set(count().saturating_sub(1))>"−"</button>
                                    <label class="label" for=input_id.clone()>{format!("Hands for {l}")}</label>
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
                                    <button type="button" class="button button-secondary step" aria-label=format!("One more hand for {l}") on:click=move |_| set(count() + 1)>"+"</button>
                                </div>
                                <p class="error-message" id=error_id>{move || error.get().map(|m| format!("Error: {m}"))}</p>
                                <button type="button" class="button button-secondary" on:click=move |_| { live.act(Action::Follow(id.to_string())); crate::ui::dom::keep_focus(".present-next"); }>{format!("Follow {l}")}</button>
                            </li>
                        }
                    }).collect_view()}
                </ol>
                <p class="hands-total">{move || format!("{} hands counted.", live.with(|s| s.map_or(0, |s| total(&s.hands))))}</p>
                // Each change of a count said once, politely, without moving focus (WCAG 4.1.3).
                <p class="visually-hidden hands-said" aria-live="polite">{move || live.with(|s| s.and_then(|s| view::hands_line(s, live.library())))}</p>
                <button type="button" class="button" on:click=move |_| { live.act(Action::FollowMajority); crate::ui::dom::keep_focus(".present-next"); }>"Follow the majority (M)"</button>
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
            <h2 id="notes-heading">"Your notes"</h2>
            {move || shown.get().map(|n| view! {
                {n.intro.map(|i| view! { <p>{i}</p> })}
                {(!n.notes.is_empty()).then(|| list(n.notes))}
                {(!n.questions.is_empty()).then(|| view! { <h3>"Questions for the room"</h3> {list(n.questions)} })}
                {n.none.then(|| view! { <p>"No notes for this scene."</p> })}
                {n.feedback.map(|(label, text)| view! { <h3>{format!("Feedback: {label}")}</h3> <p>{text}</p> })}
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
            <h2 id="session-end-heading" tabindex="-1">"The session is over"</h2>
            <p class="no-print">"The room's path through each scenario, with the show of hands, is kept on this laptop. Export it for your records, or print it."</p>
            <div class="button-group no-print">
                <button type="button" class="button" on:click=move |_| super::plan::export_csv(live.state, id, said)>"Export this session as CSV"</button>
                <button type="button" class="button button-secondary" on:click=move |_| crate::ui::dom::print()>"Print the session record"</button>
                <a class="button button-secondary" href=Route::Workshop.href()>"Back to workshop mode"</a>
            </div>
            <div class="no-print" role="status"><SaidLine said=said/></div>
            {move || record.get().map(super::plan::runs)}
        </section>
    }
}

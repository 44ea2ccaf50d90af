//! Case scenarios for a learner alone: the list, then one scenario scene by scene, with
//! feedback after each decision and a debrief of the path taken. Progress is kept on the device.
//! The rules live in [`crate::scenario`]; this only shows them.

use super::dom;
use super::guidance::toggle_abbreviation;
use super::path::{DebriefView, GuidanceLinks};
use super::state::{use_state, AppState};
use crate::content::Library;
use crate::learning::{minutes_between, Finished};
use crate::route::Route;
use crate::scenario::{Choice, Decision, Play, Scenario};
use crate::workshop::view::{guidance_links, solo_debrief};
use leptos::prelude::*;
use rr_core::messages::{english_unless, Arg, Join};

/// Every scenario, with how far the learner got.
#[component]
pub(crate) fn ScenarioList() -> impl IntoView {
    let state = use_state();
    let cleared = RwSignal::new(false);
    view! {
        <h1 tabindex="-1">{rr_core::msg!("scenario-list-title")}</h1>
        <p class="lead">{rr_core::msg!("scenario-list-lead")}</p>
        <p>{rr_core::msg!("scenario-list-kept")}</p>
        <p>
            {rr_core::msg!("scenario-list-group")}" "
            <a href=Route::Workshop.href()>{rr_core::msg!("scenario-list-workshop-link")}</a>" "
            {rr_core::msg!("scenario-list-workshop")}" "
            <a href=Route::Author.href()>{rr_core::msg!("scenario-list-author-link")}</a>" "
            {rr_core::msg!("scenario-list-author")}
        </p>
        <ul class="scenario-list">
            {state.library().scenarios.iter().map(|s| {
                let status = move || { cleared.track(); state.saved.track(); status_text(state, s) };
                view! {
                    <li class="scenario-card">
                        <h2 class="scenario-title" lang=english_unless(s.welsh)><a href=Route::Scenario(s.id.clone()).href()>{s.title.clone()}</a></h2>
                        {s.local.then(|| view! { <p><strong class="tag tag-local">{crate::scenario::local::mark()}</strong></p> })}
                        <p lang=english_unless(s.welsh)>{s.summary.clone()}</p>
                        <p class="meta">{rr_core::msg!("scenario-card-meta", minutes = i64::from(s.minutes), warnings = warnings(s))}</p>
                        <p class="scenario-status">{status}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
        <p>
            <button type="button" class="button button-secondary" on:click=move |_| { state.clear_progress(); cleared.set(true); }>
                {rr_core::msg!("scenario-clear-progress")}
            </button>
        </p>
        <p role="status">{move || cleared.get().then(|| rr_core::msg!("scenario-progress-cleared"))}</p>
    }
}

fn status_text(state: AppState, s: &'static Scenario) -> String {
    let p = state.progress(&s.id);
    let last = p.endings.last().and_then(|e| s.scene(e)).map(|e| e.heading.clone());
    // A play that reached its ending is kept (to show its debrief) but is finished.
    let playing = !p.path.is_empty() && Play::replay(s, &p.path).is_ok_and(|play| play.ending().is_none());
    match (!playing, last) {
        (true, None) => rr_core::msg!("scenario-status-not-started"),
        (false, None) => rr_core::msg!("scenario-status-in-progress"),
        (true, Some(end)) => rr_core::msg!("scenario-status-finished", n = p.endings.len(), ending = end),
        (false, Some(end)) => rr_core::msg!("scenario-status-playing-again", n = p.endings.len(), ending = end),
    }
}

/// What a scenario deals with, as a list for a message.
fn warnings(s: &Scenario) -> Arg {
    Arg::List(Join::Comma, s.content_warnings.iter().map(Arg::from).collect())
}

/// Said when a decision here meets progress another tab changed.
fn progress_changed() -> String {
    rr_core::msg!("scenario-progress-changed")
}

/// One scenario, from its content warning to its debrief.
#[component]
pub(crate) fn ScenarioPage(id: String) -> impl IntoView {
    let state = use_state();
    let Some(scenario) = state.library().scenario(&id) else {
        return super::not_found::NotFound().into_any();
    };
    let saved = state.progress(&id);
    let (play, stale) = match Play::replay(scenario, &saved.path) {
        Ok(p) => (p, false),
        Err(_) => (Play::new(scenario), true),
    };
    let started = RwSignal::new(!saved.path.is_empty());
    let play = RwSignal::new(play);
    // After a decision, its feedback shows before the next scene.
    let feedback = RwSignal::new(false);
    let error = RwSignal::new(false);
    // The path this page last read or kept: if what is kept now differs, another tab changed
    // it (cleared it, or played on), and this page takes that in before the next decision.
    let known = StoredValue::new(saved.path.clone());
    let take_in_kept = move || {
        let path = state.kept_progress(&scenario.id).path;
        play.set(Play::replay(scenario, &path).unwrap_or_else(|_| Play::new(scenario)));
        started.set(!path.is_empty());
        feedback.set(false);
        known.set_value(path);
    };
    let changed_elsewhere = move || state.kept_progress(&scenario.id).path != known.get_value();

    // `finished` records the play for the learning record: when, how long, the path. Written as
    // a change to what is kept now, so it never carries back a stale copy.
    let save = move |play: &Play<'static>, finished: bool| {
        let path = play.path().to_vec();
        let ending = play.scene().id.clone();
        state.update_progress(&scenario.id, |p| {
            p.path = path.clone();
            if finished {
                let now = js_sys::Date::now() as u64;
                p.endings.push(ending.clone());
                p.finished.push(Finished {
                    ending,
                    at: now,
                    minutes: minutes_between(p.started_at.unwrap_or(now), now),
                    path: path.clone(),
                });
                p.started_at = None;
            }
        });
        if state.kept.get_untracked() {
            known.set_value(path);
        }
    };
    // A play's clock starts when the learner starts it (or starts again).
    let start_clock = move || {
        state.update_progress(&scenario.id, |p| p.started_at = Some(js_sys::Date::now() as u64));
    };

    // When what is kept was replaced (erased, imported or progress cleared, here or in another
    // tab) and this play's path is no longer what is kept, start again from what is kept now, so
    // the next decision never writes back erased progress.
    Effect::new(move |previous: Option<u32>| {
        let epoch = state.data_epoch.get();
        let path = state.progress(&scenario.id).path;
        if previous.is_some_and(|p| p != epoch) && play.with_untracked(|p| p.path() != path.as_slice()) {
            take_in_kept();
        }
        epoch
    });

    // Move focus to what just appeared: the feedback, or the new scene's heading.
    Effect::new(move |previous: Option<(usize, bool, bool)>| {
        let now = (play.with(|p| p.path().len()), feedback.get(), started.get());
        if previous.is_some_and(|p| p != now) {
            let target = if now.1 { "#feedback-heading" } else { "#scene-heading" };
            if let Some(el) = dom::element(target) {
                el.scroll_into_view();
                let _ = el.focus();
            }
        }
        now
    });

    let choose = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let picked = dom::element("input[name=choice]:checked").map(|el| el.get_attribute("value").unwrap_or_default());
        let Some(choice) = picked else {
            error.set(true);
            dom::error_title(true);
            // The message is shown by this change: focus it once it is on the page.
            dom::focus_after_render("#choice-error");
            return;
        };
        error.set(false);
        dom::error_title(false);
        // Another tab changed this scenario's progress since this page last looked (the
        // storage event may not have arrived yet): show what is kept, and write nothing.
        if changed_elsewhere() {
            take_in_kept();
            state.say(progress_changed());
            return;
        }
        play.update(|p| {
            if p.choose(&choice).is_ok() {
                save(p, p.ending().is_some());
            }
        });
        feedback.set(true);
    };
    let back = move |_| {
        if changed_elsewhere() {
            take_in_kept();
            state.say(progress_changed());
            return;
        }
        play.update(|p| {
            p.back();
            save(p, false);
        });
        feedback.set(false);
    };
    let restart = move |_| {
        let fresh = Play::new(scenario);
        save(&fresh, false);
        start_clock();
        play.set(fresh);
        feedback.set(false);
        started.set(true);
    };

    view! {
        <h1 tabindex="-1" lang=english_unless(scenario.welsh)>{scenario.title.clone()}</h1>
        <super::welsh_notice::WelshNotice welsh=scenario.welsh.then(|| state.library().welsh_of_scenario(&scenario.id)).flatten()
            english=Route::Scenario(scenario.id.clone()).href()/>
        {scenario.local.then(|| view! {
            <div class="message"><p><strong>{rr_core::msg!("scenario-local-mark", mark = crate::scenario::local::mark())}" "</strong>{rr_core::msg!("scenario-local-note")}</p></div>
        })}
        {stale.then(|| view! {
            <div class="message"><p>{rr_core::msg!("scenario-changed")}</p></div>
        })}
        <Show when=move || started.get() fallback=move || view! { <Intro scenario=scenario on_start=move || { start_clock(); started.set(true) }/> }>
            {move || {
                let p = play.get();
                let scene = p.scene();
                let last = p.last().filter(|_| feedback.get());
                let showing_feedback = last.is_some();
                view! {
                    {last.map(|decision| view! {
                        <Feedback decision=decision library=state.library() on_continue=move || feedback.set(false)/>
                    })}
                    <section class="scene" hidden=showing_feedback aria-labelledby="scene-heading">
                        <h2 id="scene-heading" tabindex="-1" lang=english_unless(p.scenario().welsh)>{scene.heading.clone()}</h2>
                        <div class="prose" on:click=toggle_abbreviation lang=english_unless(p.scenario().welsh)>
                            {p.blocks().map(|b| view! { <div inner_html=b.html.clone()></div> }).collect_view()}
                        </div>
                        {match p.ending() {
                            Some(ending) => view! {
                                <div class=format!("outcome-box outcome-{}", ending.outcome.word())>
                                    <p class="outcome-title">{ending.outcome.label()}</p>
                                </div>
                                <DebriefView debrief=solo_debrief(&p, state.library()) id="debrief-heading"/>
                                <div class="button-group">
                                    <button type="button" class="button" on:click=restart>{rr_core::msg!("scenario-start-again")}</button>
                                    <a class="button button-secondary" href=Route::Scenarios.href()>{rr_core::msg!("scenario-try-another")}</a>
                                    <a class="button button-secondary" href=Route::Record.href()>{rr_core::msg!("scenario-learning-record")}</a>
                                </div>
                            }.into_any(),
                            None => view! { <Choices play=p.clone() error=error on_submit=choose/> }.into_any(),
                        }}
                        {p.can_go_back().then(|| view! {
                            <p><button type="button" class="button button-secondary" on:click=back>{rr_core::msg!("scenario-go-back")}</button></p>
                        })}
                    </section>
                }
            }}
        </Show>
    }
    .into_any()
}

/// Before starting: what the case deals with and how long it takes.
#[component]
fn Intro(scenario: &'static Scenario, on_start: impl Fn() + 'static) -> impl IntoView {
    view! {
        <p class="lead">{scenario.summary.clone()}</p>
        <div class="warning-text">
            <p><strong>{rr_core::msg!("scenario-content-warning")}" "</strong>{rr_core::msg!("scenario-deals-with", warnings = warnings(scenario))}</p>
        </div>
        <p>{rr_core::msg!("scenario-takes", minutes = i64::from(scenario.minutes))}</p>
        <button type="button" class="button" on:click=move |_| on_start()>{rr_core::msg!("scenario-start")}</button>
    }
}

/// The choices as native radio buttons, with an error if none is picked.
#[component]
fn Choices(
    play: Play<'static>,
    error: RwSignal<bool>,
    on_submit: impl Fn(leptos::ev::SubmitEvent) + 'static,
) -> impl IntoView {
    let choices: Vec<&'static Choice> = play.choices().collect();
    view! {
        <form class="choices" on:submit=on_submit novalidate>
            <fieldset class="fieldset" aria-describedby=move || error.get().then_some("choice-error")>
                <legend class="fieldset-legend">{rr_core::msg!("scenario-what-do-you-do")}</legend>
                <p id="choice-error" class="error-message" tabindex="-1" hidden=move || !error.get()>{rr_core::msg!("scenario-choose-error")}</p>
                <div class="radios">
                    {choices.into_iter().map(|c| {
                        let id = format!("choice-{}", c.id);
                        view! {
                            <div class="radio">
                                <input type="radio" name="choice" id=id.clone() value=c.id.clone()/>
                                <label for=id>{c.text.clone()}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <button type="submit" class="button">{rr_core::msg!("scenario-choose")}</button>
        </form>
    }
}

/// The feedback on the decision just taken.
#[component]
fn Feedback(decision: Decision<'static>, library: &'static Library, on_continue: impl Fn() + 'static) -> impl IntoView {
    let c = decision.choice;
    view! {
        <section class=format!("feedback rating-{}", c.rating.word()) aria-labelledby="feedback-heading">
            <h2 id="feedback-heading" tabindex="-1">{c.rating.label()}</h2>
            <p><strong>{rr_core::msg!("scenario-you-chose")}" "</strong>{c.text.clone()}</p>
            <p>{c.feedback.clone()}</p>
            <GuidanceLinks links=guidance_links(&c.guidance, library)/>
            <button type="button" class="button" on:click=move |_| on_continue()>{rr_core::msg!("scenario-continue")}</button>
        </section>
    }
}

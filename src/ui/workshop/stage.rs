//! What the room sees at each stage of a session, shared by the audience view (large, on the
//! projector) and the presenter view. A stage is drawn again only when the screen changes; the
//! show of hands updates in place.

use super::link::Live;
use crate::content::Library;
use crate::scenario::Choice;
use crate::ui::guidance::toggle_abbreviation;
use crate::ui::scenario::{rating_class, GuidanceLinks};
use crate::workshop::votes::{letter, split, total};
use crate::workshop::{RoomDecision, Run, Session, Stage};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The stage on screen. `presenter` leaves out the choices, which the presenter's own panel shows
/// with the show of hands.
#[component]
pub(super) fn StageView(live: Live, presenter: bool) -> impl IntoView {
    let screen = Memo::new(move |_| live.with(|s| s.map(|s| (s.id, s.at, s.stage, s.run().map_or(0, |r| r.steps.len())))));
    move || {
        let _ = screen.get();
        untrack(|| live.session()).map(|s| draw(live, &s, presenter))
    }
}

fn draw(live: Live, session: &Session, presenter: bool) -> AnyView {
    let library = live.library();
    let (Some(scenario), Some(play), Some(run)) = (session.scenario(library), session.play(library), session.run()) else {
        return view! { <p class="message">"This scenario is no longer in the app, so it cannot be shown. Go back, or end the session."</p> }.into_any();
    };
    match session.stage {
        Stage::Intro => view! {
            <h2 class="stage-heading">{scenario.title.clone()}</h2>
            <p class="lead">{scenario.summary.clone()}</p>
            <p class="stage-warning"><strong>"Content warning: "</strong>{format!("this case deals with {}.", scenario.content_warnings.join(", "))}</p>
        }
        .into_any(),
        Stage::Scene | Stage::Ending => {
            let offered: Vec<&'static Choice> = play.choices().collect();
            view! {
                <h2 class="stage-heading">{play.scene().heading.clone()}</h2>
                <div class="prose" on:click=toggle_abbreviation>
                    {play.blocks().map(|b| view! { <div inner_html=b.html.clone()></div> }).collect_view()}
                </div>
                {play.ending().map(|e| view! { <p class=format!("outcome-box outcome-{:?}", e.outcome).to_lowercase()><span class="outcome-title">{e.outcome.label()}</span></p> })}
                {(!presenter && !offered.is_empty()).then(|| view! { <LiveChoices live=live offered=offered/> })}
            }
            .into_any()
        }
        Stage::Discuss => view! {
            <h2 class="stage-heading">"Talk about it"</h2>
            <ul class="pause-questions">{play.scene().pauses.iter().map(|q| view! { <li>{q.clone()}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Stage::Decide => {
            let offered: Vec<&'static Choice> = play.choices().collect();
            view! {
                <h2 class="stage-heading">"What would you do?"</h2>
                <LiveChoices live=live offered=offered/>
            }
            .into_any()
        }
        Stage::Chosen | Stage::Revealed => match run.decisions(library).pop() {
            Some(d) => decision(d, session.stage == Stage::Revealed, presenter, library).into_any(),
            None => ().into_any(),
        },
        Stage::Debrief => view! { <RoomDebrief run=run.clone() library=library/> }.into_any(),
        Stage::Finished => view! {
            <h2 class="stage-heading">"End of the session"</h2>
            <ul class="session-endings">
                {session.runs.iter().map(|r| {
                    let title = library.scenario(&r.scenario).map(|s| s.title.clone()).unwrap_or_else(|| r.scenario.clone());
                    let ending = r.play(library).and_then(|p| p.ending()).map_or("not finished", |e| e.outcome.label());
                    view! { <li><strong>{title}</strong>": "{ending}</li> }
                }).collect_view()}
            </ul>
            <p>"Thank you for taking part."</p>
        }
        .into_any(),
    }
}

/// The choices with the show of hands, updated as the trainer enters it.
#[component]
fn LiveChoices(live: Live, offered: Vec<&'static Choice>) -> impl IntoView {
    let hands = move || live.with(|s| s.map(|s| s.hands.clone()).unwrap_or_default());
    move || split_list(&offered, &hands(), false)
}

/// Each choice with its letter, and how hands split when any were counted. `compact` shows the
/// text to screen readers only (it is on screen already, above).
pub(super) fn split_list(offered: &[&Choice], hands: &BTreeMap<String, u32>, compact: bool) -> impl IntoView {
    let ids: Vec<&str> = offered.iter().map(|c| c.id.as_str()).collect();
    let counted = total(hands) > 0;
    let shares = split(&ids, hands);
    view! {
        <ol class="room-choices" class:counted=counted class:compact=compact>
            {offered.iter().zip(shares).enumerate().map(|(i, (c, share))| view! {
                <li class="room-choice">
                    <span class="letter" aria-hidden="true">{letter(i).to_string()}</span>
                    <span class="choice-text" class:visually-hidden=compact><span class="visually-hidden">{format!("{}. ", letter(i))}</span>{c.text.clone()}</span>
                    {counted.then(|| view! {
                        <span class="share">
                            <span class="bar" style=("width", format!("{}%", share.percent))></span>
                            <span class="count">{format!("{} {} ({}%)", share.hands, if share.hands == 1 { "hand" } else { "hands" }, share.percent)}</span>
                        </span>
                    })}
                </li>
            }).collect_view()}
        </ol>
        {counted.then(|| view! { <p class="hands-total">{format!("{} hands raised in all.", total(hands))}</p> })}
    }
}

/// The path the room took at one decision; its feedback once revealed.
fn decision(d: RoomDecision<'static>, revealed: bool, presenter: bool, library: &'static Library) -> impl IntoView {
    let index = d.offered.iter().position(|c| c.id == d.choice.id).unwrap_or(0);
    let c = d.choice;
    view! {
        <h2 class="stage-heading">"The room chose"</h2>
        <p class="chosen"><span class="letter">{letter(index).to_string()}</span>" "{c.text.clone()}</p>
        {if revealed {
            view! {
                <div class=format!("feedback rating-{}", rating_class(c.rating))>
                    <p class="rating-label">{c.rating.label()}</p>
                    <p>{c.feedback.clone()}</p>
                    <GuidanceLinks keys=&c.guidance library=library/>
                </div>
            }.into_any()
        } else {
            view! { <p class="feedback-hidden">{if presenter { "The feedback is hidden from the room. Press Reveal feedback (R) to show it." } else { "The feedback will appear when the trainer reveals it." }}</p> }.into_any()
        }}
        {(total(&d.hands) > 0).then(|| view! { <h3 class="split-heading">"How the room split"</h3> {split_list(&d.offered, &d.hands, true)} })}
    }
}

/// The room's path through one case: each decision, the split, the rating, the feedback and the
/// guidance; then the questions to reflect on.
#[component]
pub(super) fn RoomDebrief(run: Run, library: &'static Library) -> impl IntoView {
    let play = run.play(library);
    let ending = play.as_ref().and_then(|p| p.ending());
    let heading = play.as_ref().map(|p| p.scenario().title.clone()).unwrap_or_default();
    view! {
        <h2 class="stage-heading">"Debrief: the room's path"</h2>
        <p class="debrief-case">{heading}{ending.map(|e| format!(": {}", e.outcome.label().to_lowercase()))}</p>
        <ol class="debrief-steps">
            {run.decisions(library).into_iter().map(|d| {
                let index = d.offered.iter().position(|c| c.id == d.choice.id).unwrap_or(0);
                view! {
                    <li class=format!("rating-{}", rating_class(d.choice.rating))>
                        <h3>{d.scene.heading.clone()}</h3>
                        <p><strong>"The room chose: "</strong>{format!("{}. {}", letter(index), d.choice.text)}</p>
                        {if total(&d.hands) > 0 { split_list(&d.offered, &d.hands, true).into_any() } else { view! { <p class="meta">"No hands were counted."</p> }.into_any() }}
                        <p class="rating-label">{d.choice.rating.label()}</p>
                        <p>{d.choice.feedback.clone()}</p>
                        <GuidanceLinks keys=&d.choice.guidance library=library/>
                    </li>
                }
            }).collect_view()}
        </ol>
        {ending.map(|e| view! {
            <h3>"Questions to reflect on"</h3>
            <ul class="pause-questions">{e.debrief.iter().map(|q| view! { <li>{q.clone()}</li> }).collect_view()}</ul>
        })}
    }
}

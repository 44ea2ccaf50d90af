//! What the room sees at each stage of a session, shared by the audience view (large, on the
//! projector) and the presenter view. What is shown comes from [`crate::workshop::view::stage`];
//! the stage is redrawn only when it changes, and a count of hands changes only its own number.

use super::link::Live;
use crate::ui::guidance::toggle_abbreviation;
use crate::ui::path::{ChoiceList, DebriefView, GuidanceLinks, SplitView};
use crate::workshop::view::{self, Line, StageView};
use leptos::prelude::*;

/// The stage on screen. `presenter` leaves out the choices at a scene, which the presenter's
/// own panel shows with the show of hands.
#[component]
pub(super) fn Stage(live: Live, presenter: bool) -> impl IntoView {
    let stage = Memo::new(move |_| live.with(|s| s.map(|s| view::stage(s, live.library(), presenter))));
    let counts = Memo::new(move |_| live.with(|s| s.and_then(|s| view::hands(s, live.library()))));
    view! { <div class="stage" on:click=toggle_abbreviation>{move || stage.get().map(|v| draw(v, counts))}</div> }
}

fn heading(text: String) -> impl IntoView {
    view! { <h2 class="stage-heading">{text}</h2> }
}

fn choices(lines: Vec<Line>, counts: Memo<Option<Vec<view::Count>>>) -> impl IntoView {
    (!lines.is_empty()).then(|| view! { <ChoiceList lines=lines counts=counts/> })
}

fn draw(stage: StageView, counts: Memo<Option<Vec<view::Count>>>) -> AnyView {
    match stage {
        StageView::Missing => view! {
            <p class="message">{rr_core::msg!("ws-missing")}</p>
        }
        .into_any(),
        StageView::Intro { title, summary, warnings } => view! {
            {heading(title)}
            <p class="lead">{summary}</p>
            <p class="stage-warning"><strong>{rr_core::msg!("scenario-content-warning")}" "</strong>{rr_core::msg!("scenario-deals-with", warnings = warnings)}</p>
        }
        .into_any(),
        StageView::Scene { heading: h, blocks, ending, choices: lines } => view! {
            {heading(h)}
            <div class="prose">{blocks.into_iter().map(|html| view! { <div inner_html=html></div> }).collect_view()}</div>
            {ending.map(|o| view! {
                <p class=format!("outcome-box outcome-{}", o.word())><span class="outcome-title">{o.label()}</span></p>
            })}
            {choices(lines, counts)}
        }
        .into_any(),
        StageView::Discuss { questions } => view! {
            {heading(rr_core::msg!("ws-talk"))}
            <ul class="pause-questions">{questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
        }
        .into_any(),
        StageView::Decide { choices: lines } => view! { {heading(rr_core::msg!("ws-decide"))} {choices(lines, counts)} }.into_any(),
        StageView::Chosen { letter, text, feedback, hidden, split } => view! {
            {heading(rr_core::msg!("ws-room-chose"))}
            <p class="chosen"><span class="letter">{letter.to_string()}</span>" "{text}</p>
            {feedback.map(|f| view! {
                <div class=format!("feedback rating-{}", f.rating.word())>
                    <p class="rating-label">{f.rating.label()}</p>
                    <p>{f.text}</p>
                    <GuidanceLinks links=f.links/>
                </div>
            })}
            {hidden.map(|h| view! { <p class="feedback-hidden">{h}</p> })}
            {split.map(|split| view! { <h3 class="split-heading">{rr_core::msg!("ws-split")}</h3> <SplitView split=split compact=true/> })}
        }
        .into_any(),
        StageView::Debrief(debrief) => view! { <DebriefView debrief=debrief id="stage-debrief" heading_class="stage-heading"/> }.into_any(),
        StageView::Finished { endings } => view! {
            {heading(rr_core::msg!("ws-end"))}
            <ul class="session-endings">
                {endings.into_iter().map(|(title, ending)| view! { <li><strong>{title}</strong>": "{ending}</li> }).collect_view()}
            </ul>
            <p>{rr_core::msg!("ws-thanks")}</p>
        }
        .into_any(),
    }
}

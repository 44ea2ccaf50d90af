//! Printable pages for a scenario: a handout for the room (the case, its decisions, space for
//! notes) and a facilitator sheet (notes, the rating of every choice, where it leads, the
//! guidance). The print styles in `style.css` drop the app's frame and keep scenes whole.

use super::plan::print;
use crate::route::Route;
use crate::scenario::Scenario;
use crate::ui::scenario::{rating_class, GuidanceLinks};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// The handout for the room.
#[component]
pub(crate) fn Handout(id: String) -> impl IntoView {
    let Some(s) = use_state().library().scenario(&id) else { return crate::ui::pages::NotFound().into_any() };
    view! {
        <Top s=s kind="Handout"/>
        {s.scenes.iter().filter(|scene| scene.ending.is_none()).map(|scene| {
            let varies = scene.blocks.iter().any(|b| b.when.is_some());
            view! {
                <section class="print-scene">
                    <h2>{scene.heading.clone()}</h2>
                    <div class="prose">{scene.blocks.iter().filter(|b| b.when.is_none()).map(|b| view! { <div inner_html=b.html.clone()></div> }).collect_view()}</div>
                    {varies.then(|| view! { <p class="meta">"Some of what happens here depends on earlier decisions."</p> })}
                    <h3>"What would you do?"</h3>
                    <ul class="print-choices">{scene.choices.iter().map(|c| view! { <li>{c.text.clone()}</li> }).collect_view()}</ul>
                    <div class="note-space"><p>"Your notes"</p></div>
                </section>
            }
        }).collect_view()}
    }
    .into_any()
}

/// The facilitator sheet for the trainer.
#[component]
pub(crate) fn Sheet(id: String) -> impl IntoView {
    let state = use_state();
    let library = state.library();
    let Some(s) = library.scenario(&id) else { return crate::ui::pages::NotFound().into_any() };
    let heading = |id: &str| s.scene(id).map(|t| t.heading.clone()).unwrap_or_default();
    view! {
        <Top s=s kind="Facilitator sheet"/>
        <p>{format!("Starts at: {}. Reviewed {}.", heading(&s.start), s.reviewed)}</p>
        {s.scenes.iter().map(|scene| view! {
            <section class="print-scene">
                <h2>{scene.heading.clone()}{scene.ending.as_ref().map(|e| format!(" (ending: {})", e.outcome.label().to_lowercase()))}</h2>
                {(!scene.notes.is_empty()).then(|| view! { <h3>"Notes"</h3><ul>{scene.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul> })}
                {(!scene.pauses.is_empty()).then(|| view! { <h3>"Questions for the room"</h3><ul>{scene.pauses.iter().map(|q| view! { <li>{q.clone()}</li> }).collect_view()}</ul> })}
                {(!scene.choices.is_empty()).then(|| view! {
                    <h3>"Choices"</h3>
                    <ul class="sheet-choices">
                        {scene.choices.iter().map(|c| view! {
                            <li class=format!("rating-{}", rating_class(c.rating))>
                                <p><strong>{c.text.clone()}</strong></p>
                                <p>{format!("{}. Leads to: {}.", c.rating.label(), heading(&c.target))}</p>
                                <p>{c.feedback.clone()}</p>
                                <GuidanceLinks keys=&c.guidance library=library/>
                            </li>
                        }).collect_view()}
                    </ul>
                })}
                {scene.ending.as_ref().map(|e| view! { <h3>"Questions to reflect on"</h3><ul>{e.debrief.iter().map(|q| view! { <li>{q.clone()}</li> }).collect_view()}</ul> })}
            </section>
        }).collect_view()}
    }
    .into_any()
}

/// The title, what the page is, the case in brief and the content warning.
#[component]
fn Top(s: &'static Scenario, kind: &'static str) -> impl IntoView {
    view! {
        <p class="no-print button-group">
            <button type="button" class="button" on:click=move |_| print()>{format!("Print this {}", kind.to_lowercase())}</button>
            <a class="button button-secondary" href=Route::Workshop.href()>"Back to workshop mode"</a>
        </p>
        <p class="print-kind">{kind}</p>
        <h1 tabindex="-1">{s.title.clone()}</h1>
        <p class="summary">{s.summary.clone()}</p>
        <p><strong>"Content warning: "</strong>{format!("this case deals with {}. About {} minutes.", s.content_warnings.join(", "), s.minutes)}</p>
    }
}

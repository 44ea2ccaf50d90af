//! The home screen: three ways in, and the nation question on first visit.

use super::nation_page::NationChoice;
use super::search::SearchBox;
use super::state::use_state;
use crate::route::Route;
use leptos::prelude::*;

/// The three ways in: where each leads, its name and what it offers.
const WAYS_IN: [(Route, &str, &str); 3] = [
    (Route::GuidanceIndex, "Guidance", "Short pages on the law and good practice, with their sources."),
    (Route::Check, "Check signs", "Tick what you have noticed. See the level of concern, why, and what to do next."),
    (Route::Scenarios, "Scenarios", "Practise the decisions on realistic cases, with feedback and a debrief."),
];

/// The home screen.
#[component]
pub(crate) fn Home() -> impl IntoView {
    let state = use_state();
    // Asked on a first visit; stays on screen after answering so focus is never lost.
    let ask = state.saved.with_untracked(|s| s.nation.is_none());
    view! {
        <h1 tabindex="-1">"Recognise & Respond"</h1>
        <p class="lead">"For anyone in the UK who may meet a trafficked or exploited child. Works offline. Nothing you enter leaves this device."</p>
        <Show when=move || ask>
            <section class="panel" aria-labelledby="nation-question">
                <NationChoice heading_id="nation-question"/>
            </section>
        </Show>
        <SearchBox id="home-search"/>
        <ul class="ways-in">
            {WAYS_IN.into_iter().map(|(route, title, hint)| view! {
                <li>
                    <a class="way-in" href=route.href()>
                        <span class="way-in-title">{title}</span>
                        <span class="way-in-hint">{hint}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
    }
}

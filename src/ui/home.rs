//! The home screen: three ways in, and the nation question on first visit.

use super::nation_page::NationChoice;
use super::state::use_state;
use crate::route::Route;
use leptos::prelude::*;

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
        <ul class="ways-in">
            <li>
                <a class="way-in" href=Route::GuidanceIndex.href()>
                    <span class="way-in-title">"Guidance"</span>
                    <span class="way-in-hint">"Short pages on the law and good practice, with their sources."</span>
                </a>
            </li>
            <li>
                <a class="way-in" href=Route::Check.href()>
                    <span class="way-in-title">"Check indicators"</span>
                    <span class="way-in-hint">"Tick what you have noticed. See the level of concern, why, and what to do next."</span>
                </a>
            </li>
            <li>
                <a class="way-in" href=Route::Scenarios.href()>
                    <span class="way-in-title">"Scenarios"</span>
                    <span class="way-in-hint">"Practise the decisions on realistic cases, alone or with a group."</span>
                </a>
            </li>
        </ul>
    }
}

//! Numbers to tap in the level box and in each next step: the person's saved contact for the
//! role first, then national numbers, then where to find a local number not saved. The order
//! and the wording are decided in [`crate::screening::offers`]; this only draws them.

use super::state::use_state;
use crate::route::Route;
use crate::screening::{level_dials, offers, Dial, Level, Offer, Step};
use leptos::prelude::*;

/// One offer, drawn: a `tel:` link at least 44 px tall, or a line saying where to find it.
fn draw(o: Offer) -> AnyView {
    match o {
        Offer::Call { label, number, href, .. } => view! {
            <li><a class="call" href=href>{rr_core::msg!("calls-call", label = label)}" "<span class="call-number">{number}</span></a></li>
        }
        .into_any(),
        Offer::Find(text) => view! { <li class="call-find">{text}</li> }.into_any(),
    }
}

/// The numbers one step offers.
#[component]
pub(crate) fn Calls(dials: Vec<Dial>) -> impl IntoView {
    let state = use_state();
    move || {
        let shown = state.saved.with(|s| offers(&dials, &s.contacts, s.nation));
        (!shown.is_empty()).then(|| view! { <ul class="calls">{shown.into_iter().map(draw).collect_view()}</ul> })
    }
}

/// The numbers in the level box: only numbers to tap, kept short so the first step stays in
/// view (where to find a local number not saved is said in the steps below).
#[component]
pub(crate) fn LevelCalls(level: ReadSignal<Level>, steps: Memo<Vec<Step>>) -> impl IntoView {
    let state = use_state();
    move || {
        let dials = steps.with(|s| level_dials(level.get(), s));
        let shown = state.saved.with(|s| {
            offers(&dials, &s.contacts, s.nation)
                .into_iter()
                .filter(|o| matches!(o, Offer::Call { .. }))
                .collect::<Vec<_>>()
        });
        (!shown.is_empty())
            .then(|| view! { <ul class="calls level-calls">{shown.into_iter().map(draw).collect_view()}</ul> })
    }
}

/// Who the steps are worded for, with a way to say or change it.
#[component]
pub(crate) fn WordedFor() -> impl IntoView {
    let state = use_state();
    move || match state.role() {
        Some(r) => view! {
            <p class="hint worded-for">
                {rr_core::msg!("calls-worded-for", role = r.name())}" "
                <a href=Route::Nation.href()>
                    {rr_core::msg!("calls-change")}
                    <span class="visually-hidden">" "{rr_core::msg!("calls-your-role")}</span>
                </a>
            </p>
        }
        .into_any(),
        None => view! {
            <p class="hint worded-for">
                <a href=Route::Nation.href()>{rr_core::msg!("calls-say-role")}</a>" "
                {rr_core::msg!("calls-say-role-after")}
            </p>
        }
        .into_any(),
    }
}

//! The home screen: three ways in, and the nation question (and the optional role question) on
//! first visit.

use super::nation_page::{NationChoice, RoleChoice};
use super::search::SearchBox;
use super::state::use_state;
use crate::prerender::{home_lead, home_record, ways_in};
use leptos::prelude::*;

/// The home screen.
#[component]
pub(crate) fn Home() -> impl IntoView {
    let state = use_state();
    // Asked on a first visit, after the ways in (the page the server sends shows those first,
    // so nothing moves when the app starts); stays on screen after answering so focus is
    // never lost.
    let ask = state.saved.with_untracked(|s| s.nation.is_none());
    view! {
        <h1 tabindex="-1">{rr_core::msg!("page-app-name")}</h1>
        <p class="lead">{home_lead()}</p>
        <SearchBox id="home-search"/>
        <super::contacts_page::LocalContacts home=true/>
        <ul class="ways-in">
            {ways_in().into_iter().map(|(href, title, hint)| view! {
                <li>
                    <a class="way-in" href=href>
                        <span class="way-in-title">{title}</span>
                        <span class="way-in-hint">{hint}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
        <p class="home-record">{let (href, words, rest) = home_record(); view! { <a href=href>{words}</a>{rest} }}</p>
        <Show when=move || ask>
            <section class="panel" aria-labelledby="nation-question">
                <NationChoice heading_id="nation-question"/>
            </section>
            <section class="panel" aria-labelledby="role-question">
                <RoleChoice/>
            </section>
        </Show>
    }
}

//! The root component: state, routing and focus management.

use super::dom::current_hash;
use super::state::{use_state, AppState, ContentState};
use super::{
    check, contacts_page, desk, dom, glossary, guidance, home, layout, nation_page, not_found, offline, pages,
    referral_page, scenario, search, takeover,
};
use crate::route::Route;
use leptos::prelude::*;
use rr_core::messages::lang;

/// The whole app.
#[component]
pub(crate) fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    state.follow_other_tabs();
    super::time_spent::count_time(state);

    // Follow the address bar. Plain `#section` anchors (no slash) are in-page jumps, not screens.
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = current_hash();
        if hash.is_empty() || hash.starts_with("#/") {
            state.route.set(Route::parse(&hash));
        }
    });
    on_cleanup(move || handle.remove());

    // After each change of screen (and when a screen that waited for content gets it): set the
    // title, go to the top and move focus to the heading, so keyboard and screen reader users
    // land on the new content.
    // On first load focus stays at the top of the page (so the skip link is the first stop),
    // unless the address names a section.
    // A switch to the desk build after following a link counts as following it.
    let navigated = StoredValue::new(desk::followed_a_link());
    Effect::new(move |previous: Option<(Route, bool)>| {
        let route = state.route.get();
        let ready = state.content_ready();
        let title = route.title(state.library());
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&rr_core::msg!("frame-page-title", title = title));
            // The presenter and audience views fill the screen, without the app's frame.
            if let Some(body) = document.body() {
                let _ = body.class_list().toggle_with_force("live", matches!(route, Route::Present | Route::Room));
            }
        }
        let changed = previous.as_ref().is_some_and(|(before, _)| *before != route);
        if changed {
            navigated.set_value(true);
        }
        // One rule: focus the new screen's heading once it has rendered, whatever had to load
        // first. A screen still waiting for content is not focused; it is when it arrives.
        let waiting = route.needs_content() && !ready;
        let arrived = previous.as_ref().is_some_and(|(_, was_ready)| !was_ready) && ready && route.needs_content();
        let wanted = navigated.get_value() || matches!(route, Route::Guidance(_, Some(_)));
        let first_deep_link = previous.is_none() && ready && matches!(route, Route::Guidance(_, Some(_)));
        let switched = previous.is_none() && navigated.get_value();
        if !waiting && (changed || (arrived && wanted) || first_deep_link || switched) {
            // Focus now; and if the screen was drawn after this ran and took the focused heading
            // away, focus again once it is on the page.
            focus_screen(&route);
            let route = route.clone();
            request_animation_frame(move || {
                if dom::focus_lost() {
                    focus_screen(&route);
                }
            });
        }
        (route, ready)
    });

    // While the page the server sent shows a screen the app cannot draw yet (it waits for the
    // rest of the content), the app stays hidden; it takes over once it can, or on failure.
    Effect::new(move |_| {
        let route = state.route.get();
        if !route.waits_in(lang()) || state.content_ready() || state.content.get() == ContentState::Failed {
            takeover::reveal();
        }
    });

    // Fetch the rest of the content once the first screen is up, so it is there when needed,
    // and let the service worker keep every file for offline use.
    Effect::new(move |_| {
        state.load_content();
        offline::register(state);
    });

    view! {
        <layout::Shell>
            {move || match state.route.get() {
                // Screens that need the rest of the content wait for it (the checklist never does).
                route if route.waits_in(lang()) && !state.content_ready() => view! { <ContentLoading/> }.into_any(),
                Route::Home => home::Home().into_any(),
                Route::GuidanceIndex => guidance::GuidanceIndex().into_any(),
                Route::Guidance(slug, _) => view! { <guidance::GuidancePage slug=slug/> }.into_any(),
                Route::Glossary => glossary::Glossary().into_any(),
                Route::Search => search::Search().into_any(),
                Route::Check => check::Check().into_any(),
                Route::Scenarios => scenario::ScenarioList().into_any(),
                Route::Scenario(id) => view! { <scenario::ScenarioPage id=id/> }.into_any(),
                Route::Nation => nation_page::NationPage().into_any(),
                Route::Changes => guidance::WhatChanged().into_any(),
                Route::Contacts => contacts_page::ContactsPage().into_any(),
                Route::Refer => referral_page::ReferralPage().into_any(),
                Route::About => view! { <pages::SitePage slug="about"/> }.into_any(),
                Route::Privacy => view! { <pages::SitePage slug="privacy"/> }.into_any(),
                Route::NotFound(_) => not_found::NotFound().into_any(),
                // Workshop mode, your data and the learning record: the desk build's screens.
                desk_route => desk::screen(desk_route),
            }}
        </layout::Shell>
    }
}

/// Moves focus to the new screen's heading, or to the section the address names.
fn focus_screen(route: &Route) {
    let target = match route {
        Route::Guidance(_, Some(section)) => dom::element(&format!("main [id='{section}']")),
        Route::Search => dom::element("#search-page"),
        _ => None,
    };
    match target {
        Some(heading) => {
            let _ = heading.set_attribute("tabindex", "-1");
            heading.scroll_into_view();
            let _ = heading.focus();
        }
        None => {
            if let Some(window) = web_sys::window() {
                window.scroll_to_with_x_and_y(0.0, 0.0);
            }
            if let Some(h1) = dom::element("main h1") {
                let _ = h1.focus();
            }
        }
    }
}

/// Shown while the rest of the content arrives, or if it cannot.
#[component]
fn ContentLoading() -> impl IntoView {
    let state = use_state();
    // Only a first ask: after a failure, fetching again is the person's choice (Try again), or
    // each redraw of this message would ask again in a loop.
    if state.content.get_untracked() == ContentState::NotAsked {
        state.load_content();
    }
    view! {
        <div class="content-loading" role="status">
            {move || match state.content.get() {
                ContentState::Failed => view! {
                    <p>{rr_core::msg!("frame-content-failed")}</p>
                    <p><button type="button" class="button" on:click=move |_| state.load_content()>{rr_core::msg!("frame-try-again")}</button></p>
                }.into_any(),
                _ => view! { <p>{rr_core::msg!("frame-loading")}</p> }.into_any(),
            }}
        </div>
    }
}

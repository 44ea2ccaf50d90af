//! Simple screens: pages about the app, screens still being built, and "not found".

use super::guidance::Article;
use super::state::use_state;
use crate::route::Route;
use leptos::prelude::*;

/// A page from `content/pages/` (about, privacy).
#[component]
pub(crate) fn SitePage(slug: &'static str) -> impl IntoView {
    let state = use_state();
    match state.library.site_page(slug) {
        Some(page) => view! { <Article page=page/> }.into_any(),
        None => NotFound().into_any(),
    }
}

/// The case scenarios (being written).
#[component]
pub(crate) fn Scenarios() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Scenarios"</h1>
        <div class="warning-text">
            <p><strong>"The case scenarios are not ready yet."</strong></p>
        </div>
        <p><a href=Route::GuidanceIndex.href()>"Read the guidance"</a></p>
    }
}

/// An address the app does not know.
#[component]
pub(crate) fn NotFound() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Page not found"</h1>
        <p>"The address may be mistyped, or the page may have moved."</p>
        <p><a href=Route::Home.href()>"Go to the home screen"</a></p>
    }
}

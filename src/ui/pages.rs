//! Simple screens: pages about the app, and "not found".

use super::guidance::Article;
use super::state::use_state;
use crate::route::Route;
use leptos::prelude::*;

/// A page from `content/pages/` (about, privacy).
#[component]
pub(crate) fn SitePage(slug: &'static str) -> impl IntoView {
    let state = use_state();
    match state.library().site_page(slug) {
        Some(page) => view! { <Article page=page/> }.into_any(),
        None => NotFound().into_any(),
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

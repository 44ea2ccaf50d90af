//! The screen for an address the app does not know.

use crate::route::Route;
use leptos::prelude::*;

/// An address the app does not know.
#[component]
pub(crate) fn NotFound() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Page not found"</h1>
        <p>"The address may be mistyped, or the page may have moved."</p>
        <p><a href=Route::Home.href()>"Go to the home screen"</a></p>
    }
}

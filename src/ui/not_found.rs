//! The screen for an address the app does not know.

use crate::route::Route;
use leptos::prelude::*;

/// An address the app does not know.
#[component]
pub(crate) fn NotFound() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{rr_core::msg!("frame-not-found-title")}</h1>
        <p>{rr_core::msg!("frame-not-found")}</p>
        <p><a href=Route::Home.href()>{rr_core::msg!("frame-go-home")}</a></p>
    }
}

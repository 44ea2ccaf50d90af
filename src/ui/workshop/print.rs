//! Printable pages for a scenario: a handout for the room (the case, its decisions, space for
//! notes) and a facilitator sheet (notes, the rating of every choice, where it leads, the
//! guidance). The HTML comes from [`crate::workshop::print`]; the print styles in `style.css`
//! drop the app's frame and keep scenes whole.

use crate::route::Route;
use crate::ui::dom;
use crate::ui::state::use_state;
use crate::workshop::print;
use leptos::prelude::*;

/// The handout for the room.
#[component]
pub(crate) fn Handout(id: String) -> impl IntoView {
    let Some(s) = use_state().library().scenario(&id) else { return crate::ui::not_found::NotFound().into_any() };
    view! { <Printable button=rr_core::msg!("ws-print-handout") html=print::handout(s)/> }.into_any()
}

/// The facilitator sheet for the trainer.
#[component]
pub(crate) fn Sheet(id: String) -> impl IntoView {
    let library = use_state().library();
    let Some(s) = library.scenario(&id) else { return crate::ui::not_found::NotFound().into_any() };
    view! { <Printable button=rr_core::msg!("ws-print-sheet") html=print::sheet(s, library)/> }.into_any()
}

/// A page to print, with its print button (`button`: the button's words).
#[component]
fn Printable(button: String, html: String) -> impl IntoView {
    view! {
        <p class="no-print button-group">
            <button type="button" class="button" on:click=move |_| dom::print()>{button}</button>
            <a class="button button-secondary" href=Route::Workshop.href()>{rr_core::msg!("ws-back")}</a>
        </p>
        <div inner_html=html></div>
    }
}

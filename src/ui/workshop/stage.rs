//! What the room sees at each stage of a session, shared by the audience view (large, on the
//! projector) and the presenter view. The HTML comes from [`crate::workshop::render`]; this
//! only puts it on the page and redraws it when the session changes.

use super::link::Live;
use crate::ui::guidance::toggle_abbreviation;
use crate::workshop::render;
use leptos::prelude::*;

/// The stage on screen. `presenter` leaves out the choices at a scene, which the presenter's
/// own panel shows with the show of hands.
#[component]
pub(super) fn StageView(live: Live, presenter: bool) -> impl IntoView {
    let html = move || live.with(|s| s.map(|s| render::stage(s, live.library(), presenter)).unwrap_or_default());
    view! { <div class="stage" on:click=toggle_abbreviation inner_html=html></div> }
}

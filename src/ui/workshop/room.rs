//! The audience view, for the projector: large, high-contrast text, the scene and the choices
//! only. It follows the presenter's window; the trainer's shortcuts and a clicker work here too.

use super::link::Live;
use super::shortcuts::{listen, ShortcutsHelp};
use super::stage::Stage;
use crate::route::Route;
use crate::ui::state::use_state;
use crate::workshop::fit::{css, largest_fit};
use leptos::prelude::*;

/// The room's view of the running session.
#[component]
pub(crate) fn Room() -> impl IntoView {
    let live = Live::open(use_state());
    let help = NodeRef::new();
    listen(live, None, help);
    let scale = move || live.with(|s| s.map_or(100, |s| s.scale));
    let title = move || {
        live.with(|s| {
            s.and_then(|s| s.scenario(live.library()))
                .map(|c| c.title.clone())
                .unwrap_or_else(|| rr_core::msg!("ws-fallback-title"))
        })
    };
    let place = move || {
        live.with(|s| {
            s.filter(|s| s.runs.len() > 1).map(|s| rr_core::msg!("ws-place", at = s.at + 1, count = s.runs.len()))
        })
    };
    // Every change of the session (a stage, a part of the debrief, a hand, the text size) and of
    // the window's size fits the stage to the window again, once it is drawn.
    let size = RwSignal::new(0u32);
    let resized = window_event_listener(leptos::ev::resize, move |_| size.update(|n| *n = n.wrapping_add(1)));
    on_cleanup(move || resized.remove());
    Effect::new(move |_| {
        live.with(|s| s.map(|s| (s.rev, s.id)));
        size.track();
        request_animation_frame(fit_to_window);
    });
    view! {
        <div class="room" style=move || ("--room-scale", format!("{}.{:02}", scale() / 100, scale() % 100))>
            <p class="room-place">{place}</p>
            <h1 class="room-title" tabindex="-1">{title}</h1>
            {move || live.with(|s| s.is_none()).then(|| view! {
                <p class="lead">
                    {rr_core::msg!("ws-room-none")}" "
                    <a href=Route::Workshop.href()>{rr_core::msg!("ws-room-none-link")}</a>" "
                    {rr_core::msg!("ws-room-none-after")}
                </p>
            })}
            // The stage itself is not announced whole on every change: one short live line says
            // what changed (the stage, or the hands so far).
            <p class="visually-hidden" aria-live="polite">{move || live.with(|s| s.map(|s| crate::workshop::view::announcement(s, live.library())).unwrap_or_default())}</p>
            <div class="room-stage" id="room-stage">
                <Stage live=live presenter=false/>
            </div>
        </div>
        <ShortcutsHelp node_ref=help/>
    }
}

/// Makes the stage's text as large as fits the window (see [`crate::workshop::fit`]). The size
/// is set through the style object, which the Content-Security-Policy allows.
fn fit_to_window() {
    let Some(stage) = crate::ui::dom::element("#room-stage") else { return };
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let style = stage.style();
    let (_, fits) = largest_fit(|percent| {
        let _ = style.set_property("--room-fit", &css(percent));
        root.scroll_height() <= root.client_height()
    });
    // Said on the stage itself, for the tests (the room needs no words for it).
    let _ = stage.set_attribute("data-fits", if fits { "yes" } else { "no" });
}

//! One line saying how an action went: a confirmation, or an error starting "Error: " (the
//! GOV.UK pattern). Screens keep what to say in a signal and draw it with [`SaidLine`] inside
//! their own status region.

use leptos::prelude::*;

/// What to say after an action: (whether it was a problem, the words); `None` says nothing.
pub(crate) type Said = RwSignal<Option<(bool, String)>>;

/// The line itself.
#[component]
pub(crate) fn SaidLine(said: Said) -> impl IntoView {
    move || {
        said.get().map(|(problem, text)| {
            view! {
                <p class=if problem { "error-message" } else { "confirmation" }>
                    {if problem { format!("Error: {text}") } else { text }}
                </p>
            }
        })
    }
}

//! How far the Welsh of a screen's content can be trusted, at the screen's top: the one
//! notice a scenario, the glossary, the checklist, the next steps and the contacts page share.

use leptos::prelude::*;
use rr_core::content::WelshState;
use rr_core::messages::Lang;

/// How far the Welsh of a screen's content (a scenario, the glossary, the checklist, the next
/// steps) can be trusted, at its top, as a guidance page says it: only in Welsh, and only if it
/// has Welsh. Out of step, it says so and links to the same screen (`english`, an address
/// `#/...`) in English. The words come from `rr_core` ([`WelshState::notice`]).
#[component]
pub(crate) fn WelshNotice(
    welsh: Option<WelshState>,
    english: String,
    /// Name each part out of step (the checklist's groups).
    #[prop(optional)]
    name_parts: bool,
) -> impl IntoView {
    welsh.filter(|_| rr_core::messages::lang() == Lang::Cy).map(|welsh| {
        let href = (!welsh.out_of_step.is_empty()).then(|| Lang::EnGb.switch_href(&english));
        view! {
            <div class="updated-notice translation-status" role="note">
                {welsh.notice(name_parts).into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                {href.map(|href| view! { <p><a href=href>{rr_core::msg!("content-welsh-read-english")}</a></p> })}
            </div>
        }
    })
}

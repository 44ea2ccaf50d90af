//! Choosing the UK nation, which decides the bodies and protections every next step names.

use super::state::use_state;
use crate::nation::Nation;
use leptos::prelude::*;

/// The question, as every copy of it asks.
const QUESTION: &str = "Which UK nation do you work in?";

/// The nation question: four radios that save as soon as one is chosen.
#[component]
pub(crate) fn NationChoice(
    #[prop(into)] heading_id: String,
    /// Where focus goes after a choice, when choosing removes this question from the screen.
    #[prop(optional)]
    after: Option<&'static str>,
    /// Asked under a level-3 heading (the outcome's next steps): its own heading is level 4.
    #[prop(optional)]
    sub: bool,
) -> impl IntoView {
    let state = use_state();
    // Radio ids: `nation-wales` for the main question, `outcome-nation-wales` for another copy.
    let prefix = heading_id.strip_suffix("-question").unwrap_or(&heading_id).to_string();
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset-legend">
                {if sub {
                    view! { <h4 id=heading_id class="fieldset-heading">{QUESTION}</h4> }.into_any()
                } else {
                    view! { <h2 id=heading_id class="fieldset-heading">{QUESTION}</h2> }.into_any()
                }}
            </legend>
            <p class="hint">"The law, and who you contact, differ between nations. Your answer is kept on this device only. You can change it at any time."</p>
            <div class="radios">
                {Nation::ALL
                    .into_iter()
                    .map(|n| {
                        let id = format!("{prefix}-{}", n.id());
                        view! {
                            <div class="radio">
                                <input
                                    type="radio"
                                    name="nation"
                                    id=id.clone()
                                    value=n.id()
                                    prop:checked=move || state.nation() == Some(n)
                                    on:change=move |_| {
                                        state.set_nation(Some(n));
                                        if let Some(target) = after {
                                            super::dom::focus_after_render(target);
                                        }
                                    }
                                />
                                <label for=id>{n.name()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="confirmation" role="status">
                {move || state.nation().map(|n| if state.kept.get() {
                    format!("Saved. Next steps will be for {}.", n.name())
                } else {
                    format!("Next steps will be for {}, for now: this choice could not be kept on this device.", n.name())
                })}
            </p>
        </fieldset>
    }
}

/// The nation screen: the question, and a way to forget the answer.
#[component]
pub(crate) fn NationPage() -> impl IntoView {
    let state = use_state();
    view! {
        <h1 tabindex="-1">"Your UK nation"</h1>
        <NationChoice heading_id="nation-question"/>
        <Show when=move || state.nation().is_some()>
            <button type="button" class="button button-secondary" on:click=move |_| { state.set_nation(None); super::dom::focus_after_render("#nation-question"); }>
                "Forget my nation"
            </button>
        </Show>
    }
}

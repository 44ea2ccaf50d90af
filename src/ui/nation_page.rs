//! Choosing the UK nation, which decides the bodies and protections every next step names, and
//! (optionally) the kind of work the person does, which decides how the steps are worded.
//!
//! Both are radios with a button (the GOV.UK pattern): picking a radio, by pointer or arrow key,
//! changes nothing stored or shown until the button is pressed (WCAG 3.2.2 On Input).

use super::state::use_state;
use crate::nation::Nation;
use crate::practitioner::Practitioner;
use leptos::prelude::*;

/// The nation question: four radios and a "Use this nation" button that keeps the choice.
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
    // Radio ids: `nation-wales` for the main question, `outcome-nation-wales` for another copy;
    // the button `nation-save` or `outcome-nation-save`.
    let prefix = heading_id.strip_suffix("-question").unwrap_or(&heading_id).to_string();
    let kept = Memo::new(move |_| state.nation());
    // The radio picked and not yet kept; it follows what is kept (Forget, another tab, an import).
    let picked = RwSignal::new(kept.get_untracked());
    Effect::new(move |_| picked.set(kept.get()));
    let error = RwSignal::new(false);
    // The nation this question last failed to keep, if it did: its own result, not the last
    // write of any other part of the app (a role or a tick that could not be kept).
    let not_kept = RwSignal::new(None::<Nation>);
    let error_id = format!("{prefix}-error");
    let shown_id = error_id.clone();
    let save = move |_| {
        let Some(n) = picked.get_untracked() else {
            error.set(true);
            return;
        };
        error.set(false);
        not_kept.set((!state.set_nation(Some(n))).then_some(n));
        if let Some(target) = after {
            super::dom::focus_after_render(target);
        }
    };
    // The question, as every copy of it asks.
    let question = rr_core::msg!("nation-page-question");
    view! {
        <fieldset class="fieldset" aria-describedby=move || error.get().then(|| error_id.clone())>
            <legend class="fieldset-legend">
                {if sub {
                    view! { <h4 id=heading_id class="fieldset-heading">{question}</h4> }.into_any()
                } else {
                    view! { <h2 id=heading_id class="fieldset-heading">{question}</h2> }.into_any()
                }}
            </legend>
            <p class="hint">{rr_core::msg!("nation-page-hint")}</p>
            <Show when=move || error.get()>
                <p class="error-message" id=shown_id.clone()>{rr_core::msg!("frame-error", text = rr_core::msg!("nation-page-error"))}</p>
            </Show>
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
                                    prop:checked=move || picked.get() == Some(n)
                                    on:change=move |_| {
                                        picked.set(Some(n));
                                        error.set(false);
                                    }
                                />
                                <label for=id>{n.name()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            <button type="button" class="button" id=format!("{prefix}-save") on:click=save>{rr_core::msg!("nation-page-use")}</button>
            <p class="confirmation" role="status">
                {move || kept.get().map(|n| if not_kept.get() != Some(n) {
                    rr_core::msg!("nation-page-saved", nation = n.name())
                } else {
                    rr_core::msg!("nation-page-not-kept", nation = n.name())
                })}
            </p>
        </fieldset>
    }
}

/// The role question, optional: six radios and a "Save my role" button.
#[component]
pub(crate) fn RoleChoice() -> impl IntoView {
    let state = use_state();
    let kept = Memo::new(move |_| state.role());
    let picked = RwSignal::new(kept.get_untracked());
    Effect::new(move |_| picked.set(kept.get()));
    let error = RwSignal::new(false);
    // The role this question last failed to keep, if it did (as for the nation).
    let not_kept = RwSignal::new(None::<Practitioner>);
    let save = move |_| {
        let Some(r) = picked.get_untracked() else {
            error.set(true);
            return;
        };
        error.set(false);
        not_kept.set((!state.set_role(Some(r))).then_some(r));
    };
    view! {
        <fieldset class="fieldset" aria-describedby=move || error.get().then_some("role-error")>
            <legend class="fieldset-legend">
                <h2 id="role-question" class="fieldset-heading">{rr_core::msg!("nation-page-role-question")}</h2>
            </legend>
            <p class="hint">{rr_core::msg!("nation-page-role-hint")}</p>
            <Show when=move || error.get()>
                <p class="error-message" id="role-error">{rr_core::msg!("frame-error", text = rr_core::msg!("nation-page-role-error"))}</p>
            </Show>
            <div class="radios">
                {Practitioner::ALL
                    .into_iter()
                    .map(|r| {
                        let id = format!("role-{}", r.id());
                        view! {
                            <div class="radio">
                                <input
                                    type="radio"
                                    name="role"
                                    id=id.clone()
                                    value=r.id()
                                    prop:checked=move || picked.get() == Some(r)
                                    on:change=move |_| {
                                        picked.set(Some(r));
                                        error.set(false);
                                    }
                                />
                                <label for=id>{r.name()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            <button type="button" class="button" id="role-save" on:click=save>{rr_core::msg!("nation-page-role-save")}</button>
            <p class="confirmation" role="status">
                {move || kept.get().map(|r| if not_kept.get() != Some(r) {
                    rr_core::msg!("nation-page-role-saved", role = r.name())
                } else {
                    rr_core::msg!("nation-page-role-not-kept", role = r.name())
                })}
            </p>
        </fieldset>
    }
}

/// The nation screen: the question, a way to forget the answer, and the role question.
#[component]
pub(crate) fn NationPage() -> impl IntoView {
    let state = use_state();
    view! {
        <h1 tabindex="-1">{rr_core::msg!("nation-page-title")}</h1>
        <NationChoice heading_id="nation-question"/>
        <Show when=move || state.nation().is_some()>
            <button type="button" class="button button-secondary" on:click=move |_| { state.set_nation(None); super::dom::focus_after_render("#nation-question"); }>
                {rr_core::msg!("nation-page-forget")}
            </button>
        </Show>
        <RoleChoice/>
        <Show when=move || state.role().is_some()>
            <button type="button" class="button button-secondary" on:click=move |_| { state.set_role(None); super::dom::focus_after_render("#role-question"); }>
                {rr_core::msg!("nation-page-forget-role")}
            </button>
        </Show>
    }
}

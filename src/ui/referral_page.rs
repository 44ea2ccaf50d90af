//! Prepare your referral: after a check reaches concern, what to gather before a child's NRM
//! referral (the cited guidance page), short notes, a log of actions taken, and a summary to copy
//! or print. Every box whose text goes into the summary is watched for identifying details
//! ([`crate::identifiers`]), with the warning beside it; the screen says that names cannot be.
//! The notes are part of the checklist answers, so they are kept only if the person chose to
//! keep answers. What the summary holds comes from [`crate::referral`].

use super::check::KeepAnswers;
use super::dom;
use super::guidance::{Prose, Sources};
use super::record::{PlainTextRecord, Words};
use super::state::use_state;
use crate::identifiers::{action_warning, names_hint, time_warning};
use crate::referral::{
    is_due, note_count, note_limit, summary, warning, when_hint, Field, GUIDANCE, MAX_ACTION, MAX_FIELD,
};
use crate::route::Route;
use crate::screening::assess;
use crate::text::long_date;
use leptos::prelude::*;

/// The referral screen.
#[component]
pub(crate) fn ReferralPage() -> impl IntoView {
    let state = use_state();
    let library = state.library();
    let outcome = Memo::new(move |_| state.answers.with(|a| assess(library, a)));
    let level = Memo::new(move |_| outcome.with(|o| o.level));
    let text = move || {
        state
            .answers
            .with_untracked(|a| summary(library, &outcome.get_untracked(), a, state.nation(), &dom::now_in_words()))
    };
    let words = Words {
        copy: rr_core::msg!("referral-page-copy"),
        print: rr_core::msg!("referral-page-print"),
        show: rr_core::msg!("referral-page-show"),
        label: rr_core::msg!("referral-page-label"),
    };
    let page = library.guidance_page(GUIDANCE);
    view! {
        <div class="referral">
            <h1 tabindex="-1">{rr_core::msg!("referral-page-title")}</h1>
            <p class="lead">{rr_core::msg!("referral-page-lead")}</p>
            <div class=move || format!("level-box level-{}", level.get().id())>
                <p class="level-title">{move || rr_core::msg!("referral-page-from-checklist", level = level.get().title())}</p>
                {move || (!is_due(level.get())).then(|| view! {
                    <p>{rr_core::msg!("referral-page-not-due")} " "
                        <a href=Route::Check.href()>{rr_core::msg!("referral-page-back")}</a></p>
                })}
            </div>
            // The notes come first; what to gather is folded above them, one line until opened.
            {page.map(|page| {
                let (from, reviewed) = super::said::around(&rr_core::msg!(
                    "referral-page-from-guidance",
                    page = super::said::PLACE,
                    date = long_date(&page.reviewed)
                ));
                view! {
                <details class="details referral-guidance">
                    <summary>{rr_core::msg!("referral-page-guidance")}</summary>
                    <div>
                        <Prose html=page.html.as_str()/>
                        <p class="meta">{from} <a href=Route::Guidance(page.slug.clone(), None).href() lang=page.lang_shown()>{page.title_shown().to_string()}</a> {reviewed}</p>
                    </div>
                </details>
                }
            })}
            <h2 id="notes-heading">{rr_core::msg!("referral-page-notes")}</h2>
            <p class="hint">{rr_core::msg!("referral-page-notes-hint")}</p>
            <p class="hint" id="names-hint">{names_hint()}</p>
            {Field::ALL.into_iter().map(|field| view! { <NoteField field=field/> }).collect_view()}
            <ActionLog/>
            <h2>{rr_core::msg!("referral-page-summary")}</h2>
            <p class="hint">{rr_core::msg!("referral-page-summary-hint")}</p>
            <PlainTextRecord text=text follow=move || state.answers.track() words=words id="referral-text" rows=14/>
            <KeepAnswers/>
            {page.map(|page| view! { <Sources sources=library.sources_of(page).collect()/> })}
        </div>
    }
}

/// One note: its label and hint, the box, and a warning when the text looks as if it holds a
/// detail that identifies a child. Kept when the box is left (not on every key).
#[component]
fn NoteField(field: Field) -> impl IntoView {
    let state = use_state();
    let typed = RwSignal::new(state.answers.with_untracked(|a| a.referral.get(field).to_string()));
    // The note under the box can change: cleared, erased or imported (the box starts again from
    // it), or this note changed by another tab (taken unless something not yet kept was typed
    // here, which is never lost). A write to anything else leaves the box alone.
    Effect::new(move |previous: Option<(u32, String)>| {
        let epoch = state.answers_epoch.get();
        let stored = state.answers.with(|a| a.referral.get(field).to_string());
        if let Some((was_epoch, was)) = previous {
            let typing = typed.with_untracked(|t| t.trim() != was.trim());
            if epoch != was_epoch || (stored != was && !typing) {
                typed.set(stored.clone());
            }
        }
        (epoch, stored)
    });
    let warning_id = format!("{}-warning", field.id());
    let hint_id = format!("{}-hint", field.id());
    let limit_id = format!("{}-limit", field.id());
    let found = Memo::new(move |_| typed.with(|t| warning(t)));
    let described = {
        let (w, h, l) = (warning_id.clone(), hint_id.clone(), limit_id.clone());
        move || {
            if found.with(Option::is_some) {
                format!("{h} names-hint {l} {w}")
            } else {
                format!("{h} names-hint {l}")
            }
        }
    };
    // The count under the box follows every key; a screen reader is told it once typing
    // pauses (the GOV.UK character count), not on every key.
    let count = Memo::new(move |_| typed.with(|t| note_count(t)));
    let said = RwSignal::new(String::new());
    let pause = StoredValue::new(None::<TimeoutHandle>);
    let announce_later = move || {
        if let Some(handle) = pause.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || said.set(count.with_untracked(|c| c.0.clone())),
            std::time::Duration::from_millis(1000),
        );
        pause.set_value(handle.ok());
    };
    on_cleanup(move || {
        if let Some(handle) = pause.get_value() {
            handle.clear();
        }
    });
    view! {
        <div class="field">
            <label class="label" for=field.id()>{field.label()}</label>
            <p class="hint" id=hint_id>{field.hint()}</p>
            {move || found.get().map(|w| view! { <p class="warning-text" id=warning_id.clone()>{w}</p> })}
            <textarea class="textarea" id=field.id() rows="3" maxlength=MAX_FIELD.to_string() aria-describedby=described
                prop:value=move || typed.get()
                on:input=move |ev| { typed.set(event_target_value(&ev)); announce_later(); }
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    state.update_answers(|a| a.referral.set(field, &value));
                }></textarea>
            <p class="visually-hidden" id=limit_id>{note_limit()}</p>
            <p class=move || if count.with(|c| c.1) { "hint char-count at-limit" } else { "hint char-count" } aria-hidden="true">{move || count.with(|c| c.0.clone())}</p>
            <p class="visually-hidden char-count-said" aria-live="polite">{move || said.get()}</p>
        </div>
    }
}

/// The log of actions taken: who was told, what was done, and when. Added to the summary and to
/// the checklist's record.
#[component]
fn ActionLog() -> impl IntoView {
    let state = use_state();
    let when = RwSignal::new(String::new());
    let what = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let added = RwSignal::new(String::new());
    // Warned while typing, as the notes are: the action goes into the summary and the record.
    let what_warning = Memo::new(move |_| what.with(|t| warning(t)));
    let when_warning = Memo::new(move |_| when.with(|t| time_warning(t)));
    let actions = move || state.answers.with(|a| a.referral.actions.clone());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let stamp = if when.get_untracked().trim().is_empty() { dom::now_in_words() } else { when.get_untracked() };
        let mut result = Ok(());
        state.update_answers(|a| result = a.referral.add_action(&stamp, &what.get_untracked()));
        match result {
            Ok(()) => {
                error.set(None);
                added.set(rr_core::msg!("referral-page-added", when = &stamp));
                what.set(String::new());
                when.set(String::new());
            }
            Err(e) => {
                error.set(Some(e.message()));
                added.set(String::new());
                dom::focus_after_render("#action-what");
            }
        }
    };
    let remove = move |i: usize| {
        state.update_answers(|a| {
            if i < a.referral.actions.len() {
                a.referral.actions.remove(i);
            }
        });
        added.set(rr_core::msg!("referral-page-removed"));
    };
    view! {
        <section aria-labelledby="actions-heading">
            <h2 id="actions-heading">{rr_core::msg!("referral-page-actions")}</h2>
            <p class="hint">{rr_core::msg!("referral-page-actions-hint")}</p>
            {move || {
                let list = actions();
                (!list.is_empty()).then(|| view! {
                    <ol class="action-log">
                        {list.into_iter().enumerate().map(|(i, a)| view! {
                            <li>
                                <strong>{if a.when.is_empty() { rr_core::msg!("referral-page-time-not-given") } else { a.when.clone() }}</strong> ": " {a.what.clone()} " "
                                // An action kept before the guard, or from a file, is checked too.
                                {action_warning(&a.when, &a.what).map(|w| view! { <span class="warning-text logged-warning">{w}</span> })}
                                <button type="button" class="button button-secondary" on:click=move |_| remove(i)>
                                    {rr_core::msg!("referral-page-remove")} <span class="visually-hidden">" " {rr_core::msg!("referral-page-remove-which", n = i + 1)}</span>
                                </button>
                            </li>
                        }).collect_view()}
                    </ol>
                })
            }}
            <form class="action-form" on:submit=add novalidate>
                <div class=move || if error.get().is_some() { "field field-error" } else { "field" }>
                    <label class="label" for="action-what">{rr_core::msg!("referral-page-what")}</label>
                    <p class="hint" id="action-what-hint">{rr_core::msg!("referral-page-what-hint")}</p>
                    {move || error.get().map(|e| view! { <p class="error-message" id="action-what-error"><span class="visually-hidden">{rr_core::msg!("frame-error", text = "")}</span>{e}</p> })}
                    {move || what_warning.get().map(|w| view! { <p class="warning-text" id="action-what-warning">{w}</p> })}
                    <input class="input" type="text" id="action-what" maxlength=MAX_ACTION.to_string()
                        aria-describedby=move || {
                            let mut ids = vec!["action-what-hint", "names-hint"];
                            if error.get().is_some() { ids.push("action-what-error"); }
                            if what_warning.with(Option::is_some) { ids.push("action-what-warning"); }
                            ids.join(" ")
                        }
                        aria-invalid=move || error.get().is_some().then_some("true")
                        prop:value=move || what.get() on:input=move |ev| what.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label class="label" for="action-when">{rr_core::msg!("referral-page-when")}</label>
                    <p class="hint" id="action-when-hint">{when_hint()}</p>
                    {move || when_warning.get().map(|w| view! { <p class="warning-text" id="action-when-warning">{w}</p> })}
                    <input class="input" type="text" id="action-when" maxlength=MAX_ACTION.to_string()
                        aria-describedby=move || if when_warning.with(Option::is_some) { "action-when-hint action-when-warning" } else { "action-when-hint" }
                        prop:value=move || when.get() on:input=move |ev| when.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="button">{rr_core::msg!("referral-page-add")}</button>
            </form>
            <p class="confirmation" role="status">{move || added.get()}</p>
        </section>
    }
}

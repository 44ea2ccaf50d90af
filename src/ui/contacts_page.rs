//! Contacts and helplines: the person's own local contacts (the numbers they actually ring, kept
//! on this device), a contacts file to hand out to an area or take in, and the national
//! helplines for their nation. The rules (roles, the shape of a number, the file) live in
//! [`crate::contacts`].

use super::dom;
use super::said::SaidLine;
use super::state::use_state;
use crate::contacts::{check_name, check_number, export_file, import_file, Contact, Role, MAX_FILE_BYTES};
use crate::route::Route;
use leptos::prelude::*;

/// The name a contacts file is saved under.
const FILE_NAME: &str = "recognise-respond-contacts.json";

/// One row of the form as typed: name and number, and what is wrong with each.
#[derive(Clone, Default)]
struct Row {
    name: RwSignal<String>,
    number: RwSignal<String>,
    name_error: RwSignal<Option<String>>,
    number_error: RwSignal<Option<String>>,
}

/// The contacts screen.
#[component]
pub(crate) fn ContactsPage() -> impl IntoView {
    let state = use_state();
    let rows: Vec<(Role, Row)> = Role::ALL.iter().map(|r| (*r, Row::default())).collect();
    // Filled from what is kept, and again whenever that changes (a file, another tab, erase).
    let kept = Memo::new(move |_| state.saved.with(|s| s.contacts.clone()));
    // What is wrong in the form, as (field id, what to say), for the error summary.
    let problems = RwSignal::new(Vec::<(String, String)>::new());
    let fill = {
        let rows = rows.clone();
        move || {
            let kept = kept.get();
            for (role, row) in &rows {
                let c = kept.iter().find(|c| c.role == *role);
                row.name.set(c.map(|c| c.name.clone()).unwrap_or_default());
                row.number.set(c.map(|c| c.number.clone()).unwrap_or_default());
                row.name_error.set(None);
                row.number_error.set(None);
            }
            problems.set(Vec::new());
        }
    };
    Effect::new(move |_| fill());
    let status = RwSignal::new(None::<(bool, String)>);

    let save = {
        let rows = rows.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let mut contacts = Vec::new();
            let mut found = Vec::new();
            let nation = state.nation();
            for (role, row) in &rows {
                let (name, number) = (row.name.get_untracked(), row.number.get_untracked());
                let name = match check_name(&name) {
                    Ok(n) => {
                        row.name_error.set(None);
                        n
                    }
                    Err(e) => {
                        found.push((
                            format!("contact-{}-name", role.id()),
                            rr_core::msg!("contacts-page-problem", role = role.label(nation), problem = &e),
                        ));
                        row.name_error.set(Some(e));
                        continue;
                    }
                };
                if name.is_empty() && number.trim().is_empty() {
                    row.number_error.set(None);
                    continue;
                }
                match check_number(&number) {
                    Ok(number) => {
                        row.number_error.set(None);
                        contacts.push(Contact { role: *role, name, number });
                    }
                    Err(e) => {
                        found.push((
                            format!("contact-{}-number", role.id()),
                            rr_core::msg!("contacts-page-problem", role = role.label(nation), problem = &e),
                        ));
                        row.number_error.set(Some(e));
                    }
                }
            }
            if !found.is_empty() {
                // The GOV.UK pattern: a summary of every problem, focused, each a link to its field.
                status.set(None);
                problems.set(found);
                dom::error_title(true);
                dom::focus_after_render("#contacts-error-summary");
                return;
            }
            problems.set(Vec::new());
            dom::error_title(false);
            let count = contacts.len();
            status.set(Some(if state.set_contacts(contacts) {
                (
                    false,
                    match count {
                        0 => rr_core::msg!("contacts-page-none-kept"),
                        n => rr_core::msg!("contacts-page-saved", n = n),
                    },
                )
            } else {
                (true, rr_core::msg!("contacts-page-not-saved"))
            }));
        }
    };

    let download = move |_| {
        let contacts = state.saved.with_untracked(|s| s.contacts.clone());
        status.set(Some(match dom::save_file(&export_file(&contacts), FILE_NAME) {
            Ok(()) => (false, rr_core::msg!("contacts-page-file-saved", file = FILE_NAME)),
            Err(()) => (true, rr_core::msg!("contacts-page-file-not-saved")),
        }));
    };
    let chosen = move |ev: leptos::ev::Event| {
        let Some(file) = dom::take_chosen_file(&ev) else { return };
        if file.size() > MAX_FILE_BYTES as f64 {
            status.set(Some((true, rr_core::msg!("contacts-page-file-too-large"))));
            return;
        }
        leptos::task::spawn_local(async move {
            let Ok(bytes) = dom::file_bytes(&file).await else {
                status.set(Some((true, rr_core::msg!("contacts-page-file-unreadable"))));
                return;
            };
            status.set(Some(match import_file(&bytes) {
                Ok(opened) => {
                    let said = opened.message();
                    if state.set_contacts(opened.contacts) {
                        (false, said)
                    } else {
                        (true, rr_core::msg!("contacts-page-file-not-kept"))
                    }
                }
                Err(e) => (true, rr_core::msg!("contacts-page-file-refused", problem = e)),
            }));
        });
    };

    let nation = move || state.nation();
    view! {
        <h1 tabindex="-1">{rr_core::msg!("contacts-page-title")}</h1>
        <ErrorSummary problems=problems/>
        <p class="lead">{rr_core::msg!("contacts-page-lead")}</p>
        <p class="hint">{rr_core::msg!("contacts-page-hint")}</p>

        <div role="status" class="contacts-status">
            <SaidLine said=status/>
        </div>

        <h2>{rr_core::msg!("page-contacts-heading")}</h2>
        <form class="contacts-form" on:submit=save novalidate>
            {rows.into_iter().map(|(role, row)| {
                let base = format!("contact-{}", role.id());
                view! {
                    <fieldset class="fieldset contact-role">
                        <legend class="fieldset-legend">{move || role.label(nation())}</legend>
                        <Field id=format!("{base}-name") label=rr_core::msg!("contacts-page-name") value=row.name error=row.name_error phone=false/>
                        <Field id=format!("{base}-number") label=rr_core::msg!("contacts-page-number") value=row.number error=row.number_error phone=true/>
                    </fieldset>
                }
            }).collect_view()}
            <button type="submit" class="button">{rr_core::msg!("contacts-page-save")}</button>
        </form>

        <h2>{rr_core::msg!("contacts-page-file-heading")}</h2>
        <p>{rr_core::msg!("contacts-page-file-intro")}</p>
        <p><button type="button" class="button button-secondary" on:click=download>{rr_core::msg!("contacts-page-file-save")}</button></p>
        <div class="field">
            <label class="label" for="contacts-file">{rr_core::msg!("contacts-page-file-open")}</label>
            <input class="file-input" id="contacts-file" type="file" accept=".json,application/json" on:change=chosen/>
        </div>

        <h2>{rr_core::msg!("contacts-page-helplines")}</h2>
        <super::welsh_notice::WelshNotice welsh=state.library().welsh_of_next_steps() english=Route::Contacts.href()/>
        <Helplines/>
        <p><a href=Route::Check.href()>{rr_core::msg!("contacts-page-check")}</a>" · "<a href=Route::Data.href()>{rr_core::msg!("contacts-page-data")}</a></p>
    }
}

/// The form's problems at the top of the screen (the GOV.UK error summary): a heading, then
/// each problem as a link that moves focus to its field. Drawn only when there are problems.
#[component]
fn ErrorSummary(problems: RwSignal<Vec<(String, String)>>) -> impl IntoView {
    move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="error-summary" id="contacts-error-summary" tabindex="-1" aria-labelledby="contacts-error-title">
                    <div role="alert">
                        <h2 class="error-summary-title" id="contacts-error-title">{rr_core::msg!("contacts-page-error-summary")}</h2>
                        <ul class="error-summary-list">
                            {list.into_iter().map(|(id, text)| {
                                let target = format!("#{id}");
                                let href = target.clone();
                                // Focus the field itself: following the link would change the address.
                                let go = move |ev: leptos::ev::MouseEvent| {
                                    ev.prevent_default();
                                    dom::focus_now(&target);
                                };
                                view! { <li><a href=href on:click=go>{text}</a></li> }
                            }).collect_view()}
                        </ul>
                    </div>
                </div>
            }
        })
    }
}

/// One labelled text field with its error beside it (the GOV.UK pattern).
#[component]
fn Field(
    id: String,
    label: String,
    value: RwSignal<String>,
    error: RwSignal<Option<String>>,
    /// A phone number (a narrower field, the phone keypad) rather than a name.
    phone: bool,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        <div class=move || if error.get().is_some() { "field field-error" } else { "field" }>
            <label class="label" for=id.clone()>{label}</label>
            <p class="error-message" id=error_id.clone()>{move || error.get().map(|e| rr_core::msg!("frame-error", text = e))}</p>
            <input class=if phone { "input input-number" } else { "input" } id=id type=if phone { "tel" } else { "text" }
                autocomplete="off" inputmode=phone.then_some("tel") maxlength=(!phone).then_some("120")
                aria-describedby=error_id aria-invalid=move || error.get().map(|_| "true")
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}

/// The national helplines for the chosen nation (every one when none is chosen), to tap and call.
#[component]
fn Helplines() -> impl IntoView {
    let state = use_state();
    move || {
        let nation = state.nation();
        let lines: Vec<_> =
            state.library().helplines.iter().filter(|h| nation.is_none_or(|n| h.nations.contains(&n))).collect();
        view! {
            <ul class="helpline-list">
                {lines.into_iter().map(|h| view! {
                    <li>
                        <strong>{h.name.clone()}</strong>": "
                        <a href=crate::contacts::dial(&h.number)>{h.number.clone()}</a>
                        <br/><span class="hint">{super::english::marked(&format!("{} {}", h.purpose, h.hours), &state.library().english_words)}</span>
                    </li>
                }).collect_view()}
            </ul>
        }
    }
}

/// The person's own local contacts, to tap and call, with a way to add or change them. Shown in
/// the next steps and on the home screen; `none` says what to show when there are none.
#[component]
pub(crate) fn LocalContacts(
    #[prop(optional, into)] none: Option<String>,
    /// On the home screen the list is a section of its own (a level-2 heading).
    #[prop(optional)]
    home: bool,
) -> impl IntoView {
    let state = use_state();
    move || {
        let contacts = state.saved.with(|s| s.contacts.clone());
        let nation = state.nation();
        if contacts.is_empty() {
            return none.clone().map(|text| {
                view! { <p class="local-contacts-none"><a href=Route::Contacts.href()>{text}</a></p> }.into_any()
            });
        }
        Some(
            view! {
                <div class="local-contacts">
                    {if home { view! { <h2>{rr_core::msg!("page-contacts-heading")}</h2> }.into_any() } else { view! { <h3>{rr_core::msg!("page-contacts-heading")}</h3> }.into_any() }}
                    <ul>
                        {contacts.into_iter().map(|c| {
                            // The line's words as the first paint gives them (its contract's
                            // template of the same message): role, name and number at their places.
                            let mark = crate::prerender::MARK;
                            let words = if c.name.is_empty() {
                                rr_core::msg!("page-contacts-line-unnamed", role = mark[0], number = mark[2])
                            } else {
                                rr_core::msg!("page-contacts-line", role = mark[0], name = mark[1], number = mark[2])
                            };
                            let line = super::said::places(&words).into_iter().map(|piece| match piece {
                                Ok(words) => words.into_any(),
                                Err(0) => view! { <span class="contact-role">{c.role.label(nation)}</span> }.into_any(),
                                Err(1) => c.name.clone().into_any(),
                                Err(_) => view! { <a href=c.dial()>{c.number.clone()}</a> }.into_any(),
                            }).collect_view();
                            view! { <li>{line}</li> }
                        }).collect_view()}
                    </ul>
                    <p class="hint"><a href=Route::Contacts.href()>{rr_core::msg!("page-contacts-change")}</a></p>
                </div>
            }
            .into_any(),
        )
    }
}

//! The indicator checklist: tick what you noticed, see the outcome update as you go.
//! All rules live in `crate::screening`; this module only shows and collects.

use super::dom;
use super::english::marked;
use super::guidance::Prose;
use super::nation_page::NationChoice;
use super::outcome_parts::OutcomeParts;
use super::quiet::set_quietly;
use super::record::{PlainTextRecord, Words};
use super::state::{use_state, AppState};
use super::takeover;
use crate::content::Sign;
use crate::identifiers::names_hint;
use crate::prerender::check as words;
use crate::referral::is_due;
use crate::route::Route;
use crate::screening::{
    assess, judgement_problem, next_steps_for, plain_text, record_title, view, what_a_level_means, Age, Answers,
    Judgement, JudgementField, JudgementProblem, Level, Outcome, LIMITS_PAGE,
};
use crate::text::long_date;
use leptos::prelude::*;
use rr_core::messages::{english_unless, Arg, Join};

/// The checklist screen.
#[component]
pub(crate) fn Check() -> impl IntoView {
    let state = use_state();
    // Every change of the answers changes the outcome (or is a change nobody sees), so the new
    // outcome is not compared with the old: its parts are (super::outcome_parts).
    let outcome = Memo::new_with_compare(move |_| state.answers.with(|a| assess(state.library(), a)), |_, _| true);
    // The outcome part by part, each woken only when it changes (the level alone, for what
    // changes only with it: the bar, the level box, the next steps).
    let parts = OutcomeParts::follow(outcome);
    // What was typed into the pre-rendered checklist before the app arrived is kept.
    let filter = RwSignal::new(takeover::first_paint_filter().unwrap_or_default());
    let answer_parts = AnswerParts::follow(state);
    view! {
        <h1 tabindex="-1" class="no-print">{words::title()}</h1>
        <p class="jump-to-outcome no-print"><a href="#outcome-heading" on:click=jump_to_outcome>{words::jump()}</a></p>
        <p class="lead">{words::lead()}</p>
        <p class="hint">{words::privacy()}</p>
        // After the lead, as the pre-rendered checklist has it (rr_core::prerender::checklist).
        <super::welsh_notice::WelshNotice welsh=state.library().welsh_of_checklist() english=Route::Check.href() name_parts=true/>
        // While filtering, the matches are one compact list (the stylesheet puts the groups'
        // headings, intros and links away, and names each match's group).
        <div class=move || if filter.with(|f| f.trim().is_empty()) { "checklist" } else { "checklist filtering" }>
            <Danger danger=answer_parts.danger/>
            <AgeQuestion chosen=answer_parts.age/>
            <Barriers/>
            <div class="filter">
                <label for="sign-filter" class="label">{words::filter().0}</label>
                <p class="hint" id="sign-filter-hint">{words::filter().1}</p>
                <input id="sign-filter" class="input" type="search" autocomplete="off" aria-describedby="sign-filter-hint"
                    prop:value=move || filter.get()
                    on:input=move |ev| filter.set(event_target_value(&ev)) />
                <p class="hint" role="status">{move || filter_message(state, &filter.get())}</p>
            </div>
            <SignGroups filter=filter ticks=answer_parts.ticks/>
        </div>
        <OutcomeBar level=parts.level/>
        <OutcomePanel outcome=outcome parts=parts/>
        <KeepAnswers/>
    }
}

/// The answers part by part, for the questions and the boxes: one effect follows every answer
/// and sets only what changed. A tick then reaches only its own group's boxes and count: the
/// other groups' boxes are not even asked whether they changed (with a memo a group, every box
/// of every group was woken on every tick), and the danger and age questions not at all.
#[derive(Clone, Copy)]
struct AnswerParts {
    danger: ReadSignal<bool>,
    age: ReadSignal<Age>,
    /// Which signs of each group are ticked, one signal a group, in the checklist's order.
    ticks: StoredValue<Vec<RwSignal<Vec<bool>>>>,
}

impl AnswerParts {
    fn follow(state: AppState) -> Self {
        let groups = &state.library().sign_groups;
        let ticks_of =
            |a: &Answers, signs: &[Sign]| signs.iter().map(|s| a.ticked.contains(&s.id)).collect::<Vec<bool>>();
        let (danger, age, ticks) = state.answers.with_untracked(|a| {
            let ticks: Vec<RwSignal<Vec<bool>>> = groups.iter().map(|g| RwSignal::new(ticks_of(a, &g.signs))).collect();
            (RwSignal::new(a.immediate_danger), RwSignal::new(a.age), ticks)
        });
        let ticks = StoredValue::new(ticks);
        Effect::new(move |_| {
            state.answers.with(|a| {
                set_quietly(danger, a.immediate_danger);
                set_quietly(age, a.age);
                ticks.with_value(|ticks| {
                    for (g, group_ticks) in groups.iter().zip(ticks) {
                        set_quietly(*group_ticks, ticks_of(a, &g.signs));
                    }
                })
            })
        });
        Self { danger: danger.read_only(), age: age.read_only(), ticks }
    }
}

/// The groups of signs, each folding under its heading with a count of what is ticked in it
/// (the GOV.UK accordion: a button in the heading). On a phone they start folded, so the list of
/// groups fits on a screen or two; on a wider screen they start open. A filter opens every
/// group with a match. A folded group is not laid out, so a tick costs little however long the
/// list.
#[component]
fn SignGroups(filter: RwSignal<String>, ticks: StoredValue<Vec<RwSignal<Vec<bool>>>>) -> impl IntoView {
    let state = use_state();
    let groups = &state.library().sign_groups;
    // The same width as the stylesheet's phone layout (40rem at the default 16px); or as the
    // pre-rendered checklist was left, if someone opened or folded a group before the app came.
    let phone = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w <= words::FOLDED_UP_TO);
    let early = takeover::first_paint_open_groups();
    let open: Vec<RwSignal<bool>> =
        groups.iter().map(|g| RwSignal::new(early.as_ref().map_or(!phone, |open| open.contains(&g.slug)))).collect();
    let ticks = ticks.get_value();
    let all_open = {
        let open = open.clone();
        move || open.iter().all(|o| o.get())
    };
    let toggle_all = {
        let open = open.clone();
        let all_open = all_open.clone();
        move |_| {
            let to = !all_open();
            open.iter().for_each(|o| o.set(to));
        }
    };
    view! {
        <p class="groups-control">
            <button type="button" class="button button-secondary" on:click=toggle_all>
                {move || if all_open() { words::all_groups().1 } else { words::all_groups().0 }}
            </button>
        </p>
        {groups.iter().zip(open).zip(ticks).map(|((g, open), ticked_here)| {
            let heading = format!("group-{}", g.slug);
            let body = format!("group-{}-signs", g.slug);
            let signs: &'static [Sign] = &g.signs;
            // `ticked_here` is set only when a tick here changes it: then one box and the count
            // change.
            let ticked = Memo::new(move |_| ticked_here.with(|t| t.iter().filter(|on| **on).count()));
            let matching = move || { let f = filter.get(); !f.trim().is_empty() && signs.iter().any(|s| matches(s, &f)) };
            let shown = move || open.get() || matching();
            let total = signs.len();
            // The count in words, put into words once for each number it reaches.
            let count_words = StoredValue::new(vec![None::<String>; total + 1]);
            let count = move || {
                let n = ticked.get();
                count_words
                    .try_update_value(|w| w.get_mut(n).map(|w| w.get_or_insert_with(|| words::count(n, total)).clone()))
                    .flatten()
                    .unwrap_or_else(|| words::count(n, total))
            };
            view! {
                <section class="sign-group" aria-labelledby=heading.clone()
                    prop:hidden=move || { let f = filter.get(); !signs.iter().any(|s| matches(s, &f)) }>
                    <h2 class="group-heading" id=heading.clone()>
                        <button type="button" class="group-toggle" aria-expanded=move || shown().to_string() aria-controls=body.clone()
                            on:click=move |_| open.update(|o| *o = !*o)>
                            <span class="group-title" lang=english_unless(g.welsh)>{g.title.clone()}</span>
                            <span class="group-count">{count}</span>
                        </button>
                    </h2>
                    <div class="group-body" id=body hidden=move || !shown()>
                        <fieldset class="fieldset">
                            <legend class="visually-hidden" lang=english_unless(g.welsh)>{g.title.clone()}</legend>
                            <p class="hint" lang=english_unless(g.welsh)>{g.intro.clone()}</p>
                            <GroupGuidance slugs=&g.guidance/>
                            <div class="checkboxes">
                                {signs.iter().enumerate().map(|(i, s)| {
                                    // A memo, so only the box whose state changed is set again.
                                    let checked = Memo::new(move |_| ticked_here.with(|t| t.get(i).copied().unwrap_or(false)));
                                    view! { <SignBox sign=s group=g.title.as_str() checked=checked filter=filter/> }
                                }).collect_view()}
                            </div>
                        </fieldset>
                    </div>
                </section>
            }
        }).collect_view()}
    }
}

/// Links to the guidance pages that explain a group of signs: the line the first paint shows
/// (`prerender::group_guidance`), so taking over changes no word.
#[component]
fn GroupGuidance(slugs: &'static [String]) -> impl IntoView {
    let state = use_state();
    crate::prerender::group_guidance(state.library(), slugs)
        .map(|html| view! { <p class="group-guidance" inner_html=html></p> })
}

fn matches(sign: &Sign, filter: &str) -> bool {
    let f = filter.trim().to_lowercase();
    f.is_empty()
        || sign.text.to_lowercase().contains(&f)
        || sign.hint.as_deref().is_some_and(|h| h.to_lowercase().contains(&f))
}

/// What the filter did, for everyone (it is a status region): how many signs it shows.
fn filter_message(state: AppState, filter: &str) -> String {
    if filter.trim().is_empty() {
        return String::new();
    }
    let quoted = rr_core::message!("quoted", text = filter.trim());
    match state.library().signs().filter(|s| matches(s, filter)).count() {
        0 => rr_core::msg!("check-filter-none", filter = quoted),
        n => rr_core::msg!("check-filter-matches", n = n, filter = quoted),
    }
}

/// One sign as a checkbox with its label, kind and hint. `checked` follows its group's ticks,
/// not every answer, so a tick elsewhere does not touch this box.
#[component]
fn SignBox(sign: &'static Sign, group: &'static str, checked: Memo<bool>, filter: RwSignal<String>) -> impl IntoView {
    let state = use_state();
    let id = sign.id.as_str();
    let input_id = format!("sign-{id}");
    let hint_id = format!("sign-{id}-hint");
    view! {
        <div class="checkbox" prop:hidden=move || !matches(sign, &filter.get())>
            <input type="checkbox" id=input_id.clone() aria-describedby=hint_id.clone()
                prop:checked=checked
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state.update_answers(|a| { if on { a.ticked.insert(id.to_string()); } else { a.ticked.remove(id); } });
                } />
            <label for=input_id lang=english_unless(sign.welsh)>{sign.text.clone()}</label>
            <p class="hint checkbox-hint" id=hint_id>
                // Shown only while filtering, when the group's heading is put away.
                <span class="match-group">{rr_core::msg!("check-sign-in-group", group = rr_core::message!("quoted", text = group))}</span>
                <span class=format!("tag tag-{}", sign.kind.id())>{sign.kind.label()}</span>
                {sign.hint.clone().map(|h| view! { " " <span lang=english_unless(sign.welsh)>{h}</span> })}
            </p>
        </div>
    }
}

/// The immediate-danger question, separate from every sign.
#[component]
fn Danger(danger: ReadSignal<bool>) -> impl IntoView {
    let state = use_state();
    let (call, now) = super::said::around(&rr_core::msg!("check-danger-call", number = super::said::PLACE));
    view! {
        <fieldset class="fieldset danger-question">
            <legend class="fieldset-legend"><h2 class="fieldset-heading">{words::danger().0}</h2></legend>
            <div class="checkbox">
                <input type="checkbox" id="immediate-danger"
                    prop:checked=danger
                    on:change=move |ev| { let on = event_target_checked(&ev); state.update_answers(|a| a.immediate_danger = on); } />
                <label for="immediate-danger">{words::danger().1}</label>
            </div>
            <Show when=move || danger.get()>
                <p class="warning-text"><strong>{call.clone()}<a href="tel:999">"999"</a>{now.clone()}</strong></p>
            </Show>
        </fieldset>
    }
}

/// The child's age band. Not known is treated as a child.
#[component]
fn AgeQuestion(chosen: ReadSignal<Age>) -> impl IntoView {
    let state = use_state();
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset-legend"><h2 class="fieldset-heading">{words::age().0}</h2></legend>
            <p class="hint">{words::age().1}</p>
            <div class="radios">
                {words::AGES.into_iter().map(|(age, id)| view! {
                    <div class="radio">
                        <input type="radio" name="age" id=id
                            prop:checked=move || chosen.get() == age
                            on:change=move |_| state.update_answers(|a| a.age = age) />
                        <label for=id>{words::age_words(age)}</label>
                    </div>
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// Why children may not tell: guidance beside the checklist, not ticks.
#[component]
fn Barriers() -> impl IntoView {
    let state = use_state();
    state.library().guidance_page(words::BARRIERS).map(|page| {
        view! {
            <details class="details">
                <summary>{words::barriers().0}</summary>
                <Prose html=page.html.as_str()/>
                <p><a href=Route::Guidance(page.slug.clone(), None).href()>{words::barriers().1}</a></p>
            </details>
        }
    })
}

/// Scrolls to the outcome and moves focus to its heading.
fn jump_to_outcome(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(heading) = dom::element("#outcome-heading") {
        heading.scroll_into_view();
        let _ = heading.focus();
    }
}

/// A bar that always shows the current level, and jumps to the full outcome.
#[component]
fn OutcomeBar(level: ReadSignal<Level>) -> impl IntoView {
    view! {
        <div class=move || format!("outcome-bar level-{}", level.get().id())>
            <p aria-live="polite"><span class="visually-hidden">{rr_core::msg!("page-check-bar-now")}" "</span><strong>{move || level.get().title()}</strong></p>
            <a href="#outcome-heading" on:click=jump_to_outcome>{rr_core::msg!("check-go-to-outcome")}</a>
        </div>
    }
}

/// The full outcome, answer first: the level, then what to do (next steps for the nation,
/// helplines), then why (reasons, with where each sign comes from folded away), then the rest.
#[component]
fn OutcomePanel(outcome: Memo<Outcome>, parts: OutcomeParts) -> impl IntoView {
    let state = use_state();
    let lib = state.library();
    // Each part of the outcome below is set only when it changes (super::outcome_parts): a tick
    // wakes and redraws only the parts it changed.
    let OutcomeParts { level, form_counts, forms, strength_ids, strengths, judgement, rules, notes, .. } = parts;
    // The parts of the outcome in words come from the screening's view model (rr_core::
    // screening::view), the same functions the record and the referral summary are made of.
    // Steps change only with the level, the nation, the role and the forms; not with every tick.
    let steps = Memo::new(move |_| {
        forms.with(|f| next_steps_for(lib, level.get(), state.nation(), state.role(), f, strengths.get()))
    });
    let text = move || {
        let contacts = state.saved.with_untracked(|s| s.contacts.clone());
        state.answers.with_untracked(|answers| {
            plain_text(
                lib,
                &outcome.get_untracked(),
                &steps.get_untracked(),
                &contacts,
                state.nation(),
                answers,
                &dom::now_in_words(),
            )
        })
    };
    let show_sources = RwSignal::new(false);
    let record = Words {
        copy: rr_core::msg!("check-record-copy"),
        print: rr_core::msg!("check-record-print"),
        show: rr_core::msg!("check-record-show"),
        label: rr_core::msg!("check-record-label"),
    };
    view! {
        <section class="outcome" aria-labelledby="outcome-heading">
            <h2 id="outcome-heading" tabindex="-1">{rr_core::msg!("check-outcome")}</h2>
            <div class=move || format!("level-box level-{}", level.get().id())>
                <p class="level-title">{move || level.get().title()}</p>
                <p>{move || level.get().summary()}</p>
                {move || judgement.get().map(|t| view! { <p class="judgement-note"><strong>{t}</strong></p> })}
                <super::calls::LevelCalls level=level steps=steps/>
            </div>
            <p class="level-meaning">{what_a_level_means()} " "
                <a href=Route::Guidance(LIMITS_PAGE.0.into(), Some(LIMITS_PAGE.1.into())).href()>{rr_core::msg!("check-what-a-checklist-can-do")}</a>
            </p>
            <h3 id="steps-heading" tabindex="-1">{move || match state.nation() { Some(n) => rr_core::msg!("check-next-steps-in", nation = n.name()), None => rr_core::msg!("check-next-steps") }}</h3>
            <super::welsh_notice::WelshNotice welsh=lib.welsh_of_next_steps() english=Route::Check.href()/>
            <Show when=move || state.nation().is_none()>
                <div class="panel outcome-nation">
                    <p>{rr_core::msg!("check-choose-nation")}</p>
                    <NationChoice heading_id="outcome-nation-question" after="#steps-heading" sub=true/>
                </div>
            </Show>
            <ol class="steps">
                {move || steps.get().into_iter().map(|s| {
                    let english = &lib.english_words;
                    view! { <li><strong>{marked(&s.title, english)}</strong><super::calls::Calls dials=s.dials/>{marked(&s.text, english)}</li> }
                }).collect_view()}
            </ol>
            <super::calls::WordedFor/>
            <super::contacts_page::LocalContacts none=rr_core::msg!("check-add-local-contacts")/>
            <Show when=move || is_due(level.get())>
                <p class="refer-link"><a class="button" href=Route::Refer.href()>{rr_core::msg!("check-prepare-referral")}</a>
                    <span class="hint">" "{rr_core::msg!("check-prepare-referral-hint")}</span></p>
            </Show>
            <StepsSources/>
            <Helplines/>
            <Show when=move || rules.with(|r| !r.is_empty())>
                <h3>{rr_core::msg!("check-why")}</h3>
                <ul class="reasons">
                    // Keyed by rule and by sign, so ticking one sign adds or removes one line
                    // instead of redrawing every reason.
                    <For each=move || rules.get() key=|rule| *rule children=move |rule| {
                        // This reason alone: a tick that leaves it as it was redraws nothing
                        // here, copies nothing and puts nothing into words. Its words and its
                        // sign ids are compared where they are; a sign's words are looked up
                        // once, when its line is added.
                        parts.reason(rule).map(|reason| {
                            let words = reason.words;
                            let text = Memo::new(move |_| words.with(|w| w.as_ref().map(view::rule_text)));
                            view! {
                            <li>
                                {move || text.get()}
                                <SignLines signs=reason.signs.read_only()/>
                            </li>
                            }
                        })
                    }/>
                </ul>
                <details class="details reason-sources" on:toggle=move |ev| show_sources.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                    <summary>{rr_core::msg!("check-where-signs-come-from")}</summary>
                    // Drawn only while open, so a tick costs nothing here; each sign once.
                    <ul>
                        {move || show_sources.get().then(|| outcome.with(|o| {
                            o.signs().into_iter().filter_map(|id| view::sign(lib, id)).map(|s| {
                                let source = rr_core::msg!("check-sign-source", source = s.source, basis = s.basis);
                                view! { <li>{s.text} <span class="hint">" " {marked(&source, &lib.english_words)}</span></li> }
                            }).collect_view()
                        }))}
                    </ul>
                </details>
            </Show>
            <Show when=move || strengths.get()>
                <h3>{rr_core::msg!("check-strengths")}</h3>
                <ul class="strengths">
                    {move || { strength_ids.track(); outcome.with_untracked(|o| view::strengths(lib, o)) }.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                </ul>
                <p class="hint">{rr_core::msg!("check-strengths-hint")}</p>
            </Show>
            <Show when=move || forms.with(|f| !f.is_empty())>
                <h3>{rr_core::msg!("check-forms")}</h3>
                <ul class="forms">
                    <For each=move || forms.get() key=|f| *f children=move |f| {
                        // This form's count alone: put into words only when it changes.
                        let n = Memo::new(move |_| form_counts.with(|c| c.iter().find(|(x, _)| *x == f).map(|(_, n)| *n)));
                        view! { <li>{f.name()} <span class="hint">{move || n.get().map(|n| format!(" {}", rr_core::msg!("check-form-signs", n = n)))}</span></li> }
                    }/>
                </ul>
                <p class="hint">{rr_core::msg!("check-forms-hint")}</p>
            </Show>
            <h3>{rr_core::msg!("check-remember")}</h3>
            <ul class="notes">
                {move || notes.with(|n| n.iter().map(|n| view! { <li>{view::note_text(n)}</li> }).collect_view())}
            </ul>
            <JudgementForm outcome=outcome parts=parts/>
            <h3>{rr_core::msg!("check-keep-record")}</h3>
            <p class="hint">{rr_core::msg!("check-keep-record-hint")}</p>
            <PlainTextRecord text=text follow=move || outcome.track() words=record id="record-text" status_id="record-status" print_title={record_title as fn() -> String}/>
        </section>
    }
}

/// The signs behind a reason, a line each. A tick adds or removes one line, changed in place
/// where the lists differ ([`view::changed`]): a keyed list copied, hashed and compared every
/// sign id of the reason on each tick, a third of a tick's script with every sign ticked.
#[component]
fn SignLines(signs: ArcReadSignal<Option<Vec<String>>>) -> impl IntoView {
    let lib = use_state().library();
    let list = NodeRef::<leptos::html::Ul>::new();
    // The ids of the lines on the page, in order.
    let drawn = StoredValue::new(Vec::<String>::new());
    Effect::new(move |_| {
        let Some(ul) = list.get() else { return };
        signs.try_with(|now| {
            let now = now.as_deref().unwrap_or_default();
            drawn.update_value(|was| {
                let c = view::changed(was, now);
                let lines = ul.child_nodes();
                for _ in 0..c.removed {
                    if let Some(line) = lines.item(c.start as u32) {
                        let _ = ul.remove_child(&line);
                    }
                }
                let after = lines.item(c.start as u32);
                // Only the lines put on the page are taken as drawn, so the two stay in step.
                let mut added = Vec::with_capacity(c.added);
                for id in &now[c.start..c.start + c.added] {
                    let Ok(line) = document().create_element("li") else { continue };
                    // Every id is a sign of the checklist (the outcome is made from them).
                    if let Some(sign) = lib.sign(id) {
                        if let Some(lang) = english_unless(sign.welsh) {
                            let _ = line.set_attribute("lang", lang);
                        }
                        line.set_text_content(Some(&sign.text));
                    }
                    if ul.insert_before(&line, after.as_ref()).is_ok() {
                        added.push(id.clone());
                    }
                }
                was.splice(c.start..c.start + c.removed, added);
            })
        });
    });
    view! { <ul node_ref=list></ul> }
}

/// Sources for the next steps of the chosen nation.
#[component]
fn StepsSources() -> impl IntoView {
    let state = use_state();
    move || {
        let n = state.nation()?;
        let steps = state.library().steps_for(n)?;
        let titles: Vec<String> =
            steps.sources.iter().filter_map(|k| state.library().sources.get(k)).map(|s| s.title.clone()).collect();
        Some(view! {
            <p class="hint">{rr_core::msg!("check-steps-sources", sources = Arg::List(Join::Semicolon, titles.into_iter().map(Arg::from).collect()), reviewed = long_date(&state.library().steps_reviewed))}</p>
        })
    }
}

/// Helplines, with their hours where confirmed.
#[component]
fn Helplines() -> impl IntoView {
    let state = use_state();
    view! {
        <h3>{rr_core::msg!("check-helplines")}</h3>
        <ul class="helplines">
            {state.library().helplines.iter().map(|h| view! {
                <li>
                    <strong>{h.name.clone()}</strong> ": " <a href=crate::contacts::dial(&h.number)>{h.number.clone()}</a>
                    <br/>{marked(&h.purpose, &state.library().english_words)} " " {marked(&h.hours, &state.library().english_words)}
                </li>
            }).collect_view()}
        </ul>
        <p class="hint">{rr_core::msg!("check-helplines-hint", compiled = rr_core::facts::SHEET_DATE, reviewed = long_date(&state.library().steps_reviewed))}</p>
    }
}

/// Professional judgement: raise the level, or lower it with a recorded reason. A judgement
/// that cannot be applied is refused next to the field to change (the GOV.UK error pattern):
/// each problem names its field ([`JudgementProblem::field`]).
#[component]
fn JudgementForm(outcome: Memo<Outcome>, parts: OutcomeParts) -> impl IntoView {
    let state = use_state();
    let computed = parts.computed;
    let chosen = RwSignal::new(
        state.answers.with_untracked(|a| a.judgement.as_ref().map(|j| j.level.id().to_string())).unwrap_or_default(),
    );
    let reason = RwSignal::new(
        state.answers.with_untracked(|a| a.judgement.as_ref().map(|j| j.reason.clone())).unwrap_or_default(),
    );
    let error = RwSignal::new(None::<JudgementProblem>);
    let applied = RwSignal::new(String::new());
    // The reason goes into the copied and printed record: warned while typing, as the notes are.
    let reason_warning = Memo::new(move |_| reason.with(|t| crate::identifiers::warning(t)));
    let refuse = move |problem: JudgementProblem| {
        error.set(Some(problem));
        applied.set(String::new());
        dom::error_title(true);
        dom::focus_after_render(problem.field().selector());
    };
    let apply = move |_| {
        let Some(chosen) = Level::from_id(&chosen.get_untracked()) else {
            refuse(JudgementProblem::NoLevel);
            return;
        };
        let judgement = Judgement::new(chosen, &reason.get_untracked());
        if let Some(problem) = judgement_problem(outcome.with_untracked(|o| o.computed), &judgement) {
            refuse(problem);
            return;
        }
        error.set(None);
        dom::error_title(false);
        state.update_answers(|a| a.judgement = Some(judgement));
        let level = rr_core::message!("quoted", text = outcome.with_untracked(|o| o.level.title()));
        applied.set(rr_core::msg!("check-judgement-applied", level = level));
    };
    let remove = move |_| {
        chosen.set(String::new());
        reason.set(String::new());
        error.set(None);
        dom::error_title(false);
        state.update_answers(|a| a.judgement = None);
        applied.set(rr_core::msg!("check-judgement-removed"));
    };
    // The problem shown beside `field`, if it is that field's.
    let problem_at = move |field: JudgementField| error.get().filter(|p| p.field() == field);
    let invalid = move |field: JudgementField| move || problem_at(field).map(|_| "true");
    let message = move |field: JudgementField| {
        move || problem_at(field).map(|p| rr_core::msg!("frame-error", text = p.message()))
    };
    view! {
        <details class="details">
            <summary>{rr_core::msg!("check-judgement-summary")}</summary>
            <p>{rr_core::msg!("check-judgement-intro")}</p>
            <div class=move || if error.get().is_some() { "field field-error" } else { "field" }>
                <label for="judgement-level" class="label">{rr_core::msg!("check-judgement-level")}</label>
                <p class="error-message" id="judgement-level-error">{message(JudgementField::Level)}</p>
                <select id="judgement-level" class="select" aria-describedby="judgement-level-error" aria-invalid=invalid(JudgementField::Level)
                    on:change=move |ev| chosen.set(event_target_value(&ev)) prop:value=move || chosen.get()>
                    <option value="">{rr_core::msg!("check-judgement-choose-level")}</option>
                    {Level::ALL.into_iter().filter(|l| *l != Level::NothingRecorded).map(|l| view! { <option value=l.id()>{l.title()}</option> }).collect_view()}
                </select>
                <label for="judgement-reason" class="label">{rr_core::msg!("check-judgement-reason")}</label>
                <p class="hint" id="judgement-reason-hint">{move || rr_core::msg!("check-judgement-reason-hint", computed = rr_core::message!("quoted", text = computed.get().title()), names_hint = names_hint())}</p>
                <p class="error-message" id="judgement-reason-error">{message(JudgementField::Reason)}</p>
                {move || reason_warning.get().map(|w| view! { <p class="warning-text" id="judgement-reason-warning">{w}</p> })}
                <textarea id="judgement-reason" class="textarea" rows="3" aria-invalid=invalid(JudgementField::Reason)
                    aria-describedby=move || if reason_warning.with(Option::is_some) { "judgement-reason-hint judgement-reason-error judgement-reason-warning" } else { "judgement-reason-hint judgement-reason-error" }
                    prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
            </div>
            <div class="actions">
                <button type="button" class="button" on:click=apply>{rr_core::msg!("check-judgement-apply")}</button>
                <button type="button" class="button button-secondary" on:click=remove>{rr_core::msg!("check-judgement-remove")}</button>
            </div>
            <p class="confirmation" role="status">{move || applied.get()}</p>
        </details>
    }
}

/// Keeping answers on the device is a choice; one control clears everything.
#[component]
pub(crate) fn KeepAnswers() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="keep" aria-labelledby="keep-heading">
            <h2 id="keep-heading">{rr_core::msg!("check-your-answers")}</h2>
            <div class="checkbox">
                <input type="checkbox" id="keep-answers" aria-describedby="keep-answers-hint"
                    prop:checked=move || state.keeps_answers()
                    on:change=move |ev| state.set_keep_answers(event_target_checked(&ev)) />
                <label for="keep-answers">{rr_core::msg!("check-keep-answers")}</label>
                <p class="hint checkbox-hint" id="keep-answers-hint">{rr_core::msg!("check-keep-answers-hint")}</p>
            </div>
            <button type="button" class="button button-warning" on:click=move |_| state.clear_answers()>{rr_core::msg!("check-clear-answers")}</button>
        </section>
    }
}

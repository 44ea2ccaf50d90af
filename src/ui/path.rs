//! The pieces a path through a scenario is drawn with, shared by the solo player and workshop
//! mode: the guidance a choice rests on, the choices with how a room split, and the debrief.
//! What they show comes from [`crate::workshop::view`]; these only draw it.

use crate::workshop::view::{Count, Debrief, Line, Link, Split};
use leptos::prelude::*;

/// Links to the guidance a choice rests on.
#[component]
pub(crate) fn GuidanceLinks(links: Vec<Link>) -> impl IntoView {
    (!links.is_empty()).then(|| {
        view! {
            <p class="guidance-links">{rr_core::msg!("path-guidance")}" "
                {links.into_iter().enumerate().map(|(i, l)| view! { {(i > 0).then_some("; ")} <a href=l.href>{l.title}</a> }).collect_view()}
            </p>
        }
    })
}

/// One choice's count of hands, with its bar.
#[component]
fn CountView(count: Count) -> impl IntoView {
    view! {
        <span class="share"><span class=format!("bar w{}", count.bar())></span><span class="count">{count.words()}</span></span>
    }
}

/// The choices with their letters. `counts` gives each choice's hands as they change (one node
/// per choice is redrawn when a count changes, not the list); `compact` shows the text to screen
/// readers only, when it is on screen already.
#[component]
pub(crate) fn ChoiceList(
    lines: Vec<Line>,
    #[prop(into)] counts: Signal<Option<Vec<Count>>>,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let text_class = if compact { "choice-text visually-hidden" } else { "choice-text" };
    let total = move || counts.with(|c| c.as_ref().map(|c| c.iter().map(|c| u64::from(c.hands)).sum::<u64>()));
    view! {
        <ol class="room-choices" class:counted=move || total().is_some() class:compact=compact>
            {lines.into_iter().enumerate().map(|(i, line)| {
                // Its own memo: a row is redrawn only when its own count changes.
                let count = Memo::new(move |_| counts.with(|c| c.as_ref().and_then(|c| c.get(i).copied())));
                view! {
                    <li class="room-choice">
                        <span class="letter" aria-hidden="true">{line.letter.to_string()}</span>
                        <span class=text_class><span class="visually-hidden">{format!("{}. ", line.letter)}</span>{line.text}</span>
                        {move || count.get().map(|count| view! { <CountView count=count/> })}
                    </li>
                }
            }).collect_view()}
        </ol>
        {move || total().map(|t| view! { <p class="hands-total">{rr_core::msg!("path-hands-total", n = i64::try_from(t).unwrap_or(i64::MAX))}</p> })}
    }
}

/// A split fixed in the past (a decision already taken).
#[component]
pub(crate) fn SplitView(split: Split, #[prop(optional)] compact: bool) -> impl IntoView {
    let counts = split.counts;
    view! { <ChoiceList lines=split.lines counts=Signal::stored(counts) compact=compact/> }
}

/// A path through one case: each decision, the rating, the feedback and the guidance, how a
/// room split; then questions to reflect on. `id` names its heading.
#[component]
pub(crate) fn DebriefView(
    debrief: Debrief,
    #[prop(into)] id: String,
    #[prop(optional)] heading_class: &'static str,
) -> impl IntoView {
    let who = debrief.who;
    let labelled = id.clone();
    let start = debrief.first.to_string();
    view! {
        <section class="debrief" aria-labelledby=labelled>
            <h2 id=id class=heading_class>{debrief.heading}</h2>
            <p class="debrief-case">{debrief.summary}</p>
            {debrief.part.map(|(part, parts)| view! {
                <p class="debrief-part">{rr_core::msg!("path-part", part = part, parts = parts)}</p>
            })}
            {(!debrief.steps.is_empty()).then(|| view! { <ol class="debrief-steps" start=start>
                {debrief.steps.into_iter().map(|step| view! {
                    <li class=format!("rating-{}", step.feedback.rating.word())>
                        <h3>{step.heading}</h3>
                        <p><strong>{rr_core::msg!("path-who-chose", who = who.as_str())}" "</strong>{step.chose}</p>
                        {step.split.map(|split| if split.counts.is_some() {
                            view! { <SplitView split=split compact=true/> }.into_any()
                        } else {
                            view! { <p class="meta">{rr_core::msg!("path-no-hands")}</p> }.into_any()
                        })}
                        <p class="rating-label">{step.feedback.rating.label()}</p>
                        <p>{step.feedback.text}</p>
                        <GuidanceLinks links=step.feedback.links/>
                    </li>
                }).collect_view()}
            </ol> })}
            {(!debrief.reflect.is_empty()).then(|| view! {
                <h3>{rr_core::msg!("path-reflect")}</h3>
                <ul class="pause-questions">{debrief.reflect.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
            })}
        </section>
    }
}

//! Guidance: the list of pages, and one page with its sources and reviewed date.

use super::not_found::NotFound;
use super::state::use_state;
use crate::content::{Change, InWelsh, LogLine, Page, PageTranslation, Source};
use crate::route::Route;
use crate::text::long_date;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use rr_core::messages::{Arg, Join, Lang};

/// Every guidance page, with its summary.
#[component]
pub(crate) fn GuidanceIndex() -> impl IntoView {
    let state = use_state();
    view! {
        <h1 tabindex="-1">{rr_core::msg!("guidance-title")}</h1>
        <p class="lead">{rr_core::msg!("guidance-lead")}</p>
        <ul class="page-list">
            {state.library().guidance.iter().map(|p| {
                // In Welsh, each page's Welsh title and summary; a page with none is marked English.
                let (title, summary, lang) = (p.title_shown().to_string(), p.summary_shown().to_string(), p.lang_shown());
                view! {
                    <li>
                        <a href=Route::Guidance(p.slug.clone(), None).href() lang=lang>{title}</a>
                        <p class="hint" lang=lang>{summary}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// One guidance page.
#[component]
pub(crate) fn GuidancePage(slug: String) -> impl IntoView {
    let state = use_state();
    match state.library().guidance_page(&slug) {
        Some(page) => view! { <Article page=page/> }.into_any(),
        None => NotFound().into_any(),
    }
}

/// A rendered page: title, summary, which nations it covers, body, sources, reviewed date.
#[component]
pub(crate) fn Article(page: &'static Page) -> impl IntoView {
    let state = use_state();
    let nations = Arg::List(Join::Comma, page.nations.iter().map(|n| Arg::from(n.name())).collect());
    let applies = page.nations.clone();
    let sources: Vec<&'static Source> = state.library().sources_of(page).collect();
    // What changed since this device last opened the page: read once, then remembered.
    let since: Vec<&'static Change> =
        state.saved.with_untracked(|s| page.changes_since(s.seen.get(&page.slug).map(String::as_str)));
    state.mark_seen(page);
    // In Welsh, the page's translation if it has one (it came with the rest of the content),
    // with how far it can be trusted; otherwise, or when the reader asks, the English, marked
    // as English.
    let in_welsh = rr_core::messages::lang() == Lang::Cy;
    let show_english = RwSignal::new(false);
    let reading = move || match page.welsh.as_deref() {
        _ if !in_welsh => Reading::English,
        _ if show_english.get() => Reading::EnglishChosen,
        Some(welsh) => Reading::Welsh(welsh),
        None => Reading::NoWelsh,
    };
    view! {
        <article class="article">
            {move || match reading() {
                Reading::Welsh(welsh) => view! {
                    <h1 tabindex="-1">{welsh.title.clone()}</h1>
                    <p class="lead">{welsh.summary.clone()}</p>
                    <div class="updated-notice translation-status" role="note">
                        <p>{crate::prerender::welsh_status(&welsh.status)}</p>
                        {welsh.out_of_step.then(|| view! { <p>{rr_core::msg!("guidance-welsh-out-of-step")}</p> })}
                        <p><button type="button" class="button button-secondary" on:click=move |_| show_english.set(true)>
                            {rr_core::msg!("guidance-welsh-show-english")}
                        </button></p>
                    </div>
                }.into_any(),
                other => view! {
                    <h1 tabindex="-1" lang=in_welsh.then_some(Lang::EnGb.tag())>{page.title.clone()}</h1>
                    <p class="lead" lang=in_welsh.then_some(Lang::EnGb.tag())>{page.summary.clone()}</p>
                    {matches!(other, Reading::NoWelsh).then(|| view! {
                        <p class="updated-notice translation-status" role="note">{rr_core::msg!("guidance-welsh-missing")}</p>
                    })}
                    {matches!(other, Reading::EnglishChosen).then(|| view! {
                        <p class="translation-status"><button type="button" class="button button-secondary" on:click=move |_| show_english.set(false)>
                            {rr_core::msg!("guidance-welsh-show-welsh")}
                        </button></p>
                    })}
                }.into_any(),
            }}
            <p class="meta">{rr_core::msg!("page-applies-to", nations = nations)}</p>
            {(!since.is_empty()).then(|| view! {
                <div class="updated-notice" role="note" aria-label=rr_core::msg!("guidance-changes-label")>
                    {since.into_iter().map(|c| view! {
                        <p><strong>{rr_core::msg!("guidance-updated-on", date = long_date(&c.date))}" "</strong>{c.what.clone()}</p>
                    }).collect_view()}
                    <p><a href=Route::Changes.href()>{rr_core::msg!("guidance-all-changes")}</a></p>
                </div>
            })}
            {move || state.nation().filter(|n| !applies.contains(n)).map(|n| view! {
                <p class="warning-text"><strong>{rr_core::msg!("guidance-not-covered", nation = n.name())}</strong></p>
            })}
            {move || match reading() {
                Reading::Welsh(welsh) => view! { <Prose html=welsh.html.as_str()/> }.into_any(),
                Reading::English => view! { <Prose html=page.html.as_str()/> }.into_any(),
                _ => view! { <div lang=Lang::EnGb.tag()><Prose html=page.html.as_str()/></div> }.into_any(),
            }}
            <Practise slug=page.slug.as_str()/>
            <Sources sources=sources/>
            <p class="meta">
                {rr_core::msg!("guidance-reviewed", date = long_date(&page.reviewed))} " "
                {page.latest_change().map(|d| format!("{} ", rr_core::msg!("guidance-changed", date = long_date(d))))}
                {rr_core::msg!("guidance-version", version = &state.library().version)}
            </p>
        </article>
    }
}

/// Which words a guidance page is read in.
#[derive(Clone, Copy)]
enum Reading {
    /// English, the language chosen.
    English,
    /// English, chosen by a reader of the Welsh.
    EnglishChosen,
    /// English, since the page has no Welsh (or the Welsh could not be fetched).
    NoWelsh,
    /// The page's Welsh translation.
    Welsh(&'static PageTranslation),
}

/// Rendered page HTML. Passages for other nations are hidden once a nation is chosen (with a
/// button to show them all), and abbreviation buttons expand when tapped.
#[component]
pub(crate) fn Prose(html: &'static str) -> impl IntoView {
    let state = use_state();
    let by_nation = html.contains("nation-passage");
    let show_all = RwSignal::new(false);
    let class = move || match state.nation() {
        Some(n) if !show_all.get() => format!("prose nation-only only-{}", n.id()),
        _ => "prose".to_string(),
    };
    view! {
        {move || (by_nation && state.nation().is_some()).then(|| view! {
            <p class="nation-switch">
                <button type="button" class="button button-secondary" aria-pressed=move || show_all.get().to_string()
                    on:click=move |_| show_all.update(|s| *s = !*s)>
                    {rr_core::msg!("page-every-nation")}
                </button>
            </p>
        })}
        <div class=class inner_html=html on:click=toggle_abbreviation></div>
    }
}

/// Expands or folds an abbreviation button (`<button class="abbr">`) written by the content
/// renderer. One listener for the whole page, so the rendered HTML needs no code of its own.
pub(crate) fn toggle_abbreviation(ev: leptos::ev::MouseEvent) {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    let Ok(Some(button)) = target.closest("button.abbr") else {
        return;
    };
    let open = button.get_attribute("aria-expanded").as_deref() == Some("true");
    let _ = button.set_attribute("aria-expanded", if open { "false" } else { "true" });
    if let Ok(Some(long)) = button.query_selector(".abbr-long") {
        let _ = if open { long.set_attribute("hidden", "") } else { long.remove_attribute("hidden") };
    }
}

/// The scenarios whose decisions rest on this page.
#[component]
fn Practise(slug: &'static str) -> impl IntoView {
    let state = use_state();
    let scenarios: Vec<_> = state.library().scenarios_using(slug).collect();
    (!scenarios.is_empty()).then(|| view! {
        <section class="practise" aria-labelledby="practise-heading">
            <h2 id="practise-heading">{rr_core::msg!("guidance-practise")}</h2>
            <ul>
                {scenarios.into_iter().map(|s| view! { <li><a href=Route::Scenario(s.id.clone()).href()>{s.title.clone()}</a></li> }).collect_view()}
            </ul>
        </section>
    })
}

/// The sources a page rests on.
#[component]
pub(crate) fn Sources(sources: Vec<&'static Source>) -> impl IntoView {
    (!sources.is_empty()).then(|| {
        view! {
            <section class="sources" aria-labelledby="sources-heading">
                <h2 id="sources-heading">{rr_core::msg!("guidance-sources")}</h2>
                <ol>
                    {sources.into_iter().map(|s| view! {
                        <li>
                            <cite>{s.title.clone()}</cite> ". " {s.publisher.clone()} ", " {s.date.clone()} "."
                            {s.url.clone().map(|u| view! { " " <span class="source-url">{u}</span> })}
                        </li>
                    }).collect_view()}
                </ol>
            </section>
        }
    })
}

/// Every change to every content file (guidance, the pages about the app, scenarios, the
/// glossary, the checklist and the nations' next steps), newest first, each linked to the
/// screen that shows the thing changed. The log itself is made in `rr_core`
/// ([`rr_core::content::Library::change_log`]).
#[component]
pub(crate) fn WhatChanged() -> impl IntoView {
    let state = use_state();
    let library = state.library();
    let in_welsh = rr_core::messages::lang() == Lang::Cy;
    view! {
        <h1 tabindex="-1">{rr_core::msg!("guidance-what-changed")}</h1>
        <p class="lead">{rr_core::msg!("guidance-what-changed-lead")}</p>
        <p class="meta">{rr_core::msg!("guidance-version", version = &library.version)}</p>
        {library.what_changed().into_iter().map(|(day, items)| view! {
            <h2>{long_date(day)}</h2>
            <ul class="change-list">
                {items.into_iter().map(|line| {
                    let (title, href) = match &line {
                        LogLine::Change(e) => (e.title.clone(), e.href.clone()),
                        LogLine::Reviewed(r) => (r.title.clone(), r.href.clone()),
                    };
                    // In Welsh, a change not shown to be in the Welsh links to the English.
                    let english = href.clone().map(|h| Lang::EnGb.switch_href(&h));
                    let title = match href {
                        Some(href) => view! { <a href=href>{title}</a> }.into_any(),
                        None => view! { <strong>{title}</strong> }.into_any(),
                    };
                    let detail = match line {
                        LogLine::Change(entry) => view! {
                            <span class="change-kind">{entry.change.kind.label()}</span>": "<span lang=rr_core::messages::english_unless(false)>{entry.change.what.clone()}</span>
                            // An English reader is told only of what the Welsh lacks (or may).
                            {entry.welsh.filter(|w| in_welsh || *w != InWelsh::Yes).map(|w| view! {
                                <br/><span class="change-welsh">{w.label()}
                                    {(w != InWelsh::Yes && in_welsh).then_some(english).flatten().map(|href| view! {
                                        " "<a href=href>{rr_core::msg!("content-welsh-read-english-change")}</a>
                                    })}
                                </span>
                            })}
                        }.into_any(),
                        LogLine::Reviewed(review) => view! {
                            <span class="change-welsh">{rr_core::msg!("content-welsh-reviewed", role = review.role)}</span>
                        }.into_any(),
                    };
                    view! { <li>{title}<br/>{detail}</li> }
                }).collect_view()}
            </ul>
        }).collect_view()}
    }
}

//! Guidance: the list of pages, and one page with its sources and reviewed date.

use super::pages::NotFound;
use super::state::use_state;
use crate::content::{Page, Source};
use crate::route::Route;
use crate::text::long_date;
use leptos::prelude::*;

/// Every guidance page, with its summary.
#[component]
pub(crate) fn GuidanceIndex() -> impl IntoView {
    let state = use_state();
    view! {
        <h1 tabindex="-1">"Guidance"</h1>
        <p class="lead">"Short pages on what the law says and what good practice looks like. Each page lists its sources."</p>
        <ul class="page-list">
            {state.library.guidance.iter().map(|p| view! {
                <li>
                    <a href=Route::Guidance(p.slug.clone()).href()>{p.title.clone()}</a>
                    <p class="hint">{p.summary.clone()}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// One guidance page.
#[component]
pub(crate) fn GuidancePage(slug: String) -> impl IntoView {
    let state = use_state();
    match state.library.guidance_page(&slug) {
        Some(page) => view! { <Article page=page/> }.into_any(),
        None => NotFound().into_any(),
    }
}

/// A rendered page: title, summary, which nations it covers, body, sources, reviewed date.
#[component]
pub(crate) fn Article(page: &'static Page) -> impl IntoView {
    let state = use_state();
    let nations = page.nations.iter().map(|n| n.name()).collect::<Vec<_>>().join(", ");
    let applies = page.nations.clone();
    let sources: Vec<&'static Source> = state.library.sources_of(page).collect();
    view! {
        <article class="article">
            <h1 tabindex="-1">{page.title.clone()}</h1>
            <p class="lead">{page.summary.clone()}</p>
            <p class="meta">"Applies to: " {nations}</p>
            {move || state.nation().filter(|n| !applies.contains(n)).map(|n| view! {
                <p class="warning-text"><strong>{format!("This page does not cover {}. Check your local procedures.", n.name())}</strong></p>
            })}
            <div class="prose" inner_html=page.html.clone()></div>
            <Sources sources=sources/>
            <p class="meta">"Last reviewed " {long_date(&page.reviewed)} "."</p>
        </article>
    }
}

/// The sources a page rests on.
#[component]
fn Sources(sources: Vec<&'static Source>) -> impl IntoView {
    (!sources.is_empty()).then(|| view! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">"Sources"</h2>
            <ol>
                {sources.into_iter().map(|s| view! {
                    <li>
                        <cite>{s.title.clone()}</cite> ". " {s.publisher.clone()} ", " {s.date.clone()} "."
                        {s.url.clone().map(|u| view! { " " <span class="source-url">{u}</span> })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
    })
}

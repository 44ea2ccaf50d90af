//! The glossary: every term and abbreviation, what it means, and where to read more.

use super::state::use_state;
use crate::route::Route;
use leptos::prelude::*;

/// The glossary screen.
#[component]
pub(crate) fn Glossary() -> impl IntoView {
    let state = use_state();
    let library = state.library();
    view! {
        <h1 tabindex="-1">"Glossary"</h1>
        <p class="lead">"Terms and abbreviations used in this app, in plain words. In guidance pages, tap an abbreviation to see it in full."</p>
        <dl class="glossary">
            {library.glossary.iter().map(|g| {
                let source = library.sources.get(&g.source).map(|s| s.title.clone());
                let see = g.see.as_ref().and_then(|slug| library.guidance_page(slug));
                view! {
                    <div class="glossary-entry" id=g.anchor()>
                        <dt>
                            {g.abbr.clone().map(|a| view! { <abbr>{a}</abbr> ": " })}
                            {g.term.clone()}
                        </dt>
                        <dd>
                            <p>{g.meaning.clone()}</p>
                            {see.map(|p| view! { <p>"Read more: " <a href=Route::Guidance(p.slug.clone(), None).href()>{p.title.clone()}</a></p> })}
                            {source.map(|s| view! { <p class="meta">"Source: " <cite>{s}</cite></p> })}
                        </dd>
                    </div>
                }
            }).collect_view()}
        </dl>
    }
}

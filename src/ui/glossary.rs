//! The glossary: every term and abbreviation, what it means, and where to read more.

use super::said::{around, PLACE};
use super::state::use_state;
use crate::route::Route;
use leptos::prelude::*;

/// The glossary screen.
#[component]
pub(crate) fn Glossary() -> impl IntoView {
    let state = use_state();
    let library = state.library();
    view! {
        <h1 tabindex="-1">{rr_core::msg!("guidance-glossary")}</h1>
        <p class="lead">{rr_core::msg!("guidance-glossary-lead")}</p>
        <super::welsh_notice::WelshNotice welsh=library.welsh_of_glossary() english=Route::Glossary.href()/>
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
                            <p>{super::english::marked(&g.meaning, &library.english_words)}</p>
                            {see.map(|p| {
                                let (before, after) = around(&rr_core::msg!("guidance-glossary-read-more", page = PLACE));
                                view! { <p>{before} <a href=Route::Guidance(p.slug.clone(), None).href() lang=p.lang_shown()>{p.title_shown().to_string()}</a> {after}</p> }
                            })}
                            {source.map(|s| {
                                let (before, after) = around(&rr_core::msg!("guidance-glossary-source", source = PLACE));
                                view! { <p class="meta">{before} <cite>{s}</cite> {after}</p> }
                            })}
                        </dd>
                    </div>
                }
            }).collect_view()}
        </dl>
    }
}

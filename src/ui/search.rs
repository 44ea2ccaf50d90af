//! Search as you type across guidance, glossary, checklist signs, scenarios and the person's own
//! contacts. The index of the app's content is built once, on first use, by the plain-Rust
//! [`crate::search`] module; the scenarios written on this device and the contacts have small
//! indexes of their own, made again when they change. This only shows the answers.

use super::state::use_state;
use crate::content::Library;
use crate::search::{Doc, Index};
use leptos::prelude::*;
use std::sync::OnceLock;

static INDEX: OnceLock<Index> = OnceLock::new();

/// The search index, built the first time it is needed, from the whole library (callers check
/// that it has loaded).
fn index(library: &'static Library) -> &'static Index {
    INDEX.get_or_init(|| Index::new(library))
}

thread_local! {
    /// The index of the scenarios written on this device, with the address of the library it
    /// was made from: made again only when that changes (a scenario kept, deleted or imported).
    static LOCAL: std::cell::RefCell<Option<(usize, Index)>> = const { std::cell::RefCell::new(None) };
}

/// A hit held on its own: what was found, how many words it matched, and how well.
type Ranked = (Doc, usize, f32);

fn ranked(hits: Vec<crate::search::Hit<'_>>) -> impl Iterator<Item = Ranked> + '_ {
    hits.into_iter().map(|h| (h.doc.clone(), h.matched, h.score))
}

/// The best `limit` hits for `query` among the scenarios written on this device.
fn search_local(library: &'static Library, query: &str, limit: usize) -> Vec<Ranked> {
    let key = library as *const Library as usize;
    LOCAL.with_borrow_mut(|local| {
        if local.as_ref().is_none_or(|(k, _)| *k != key) {
            *local = Some((key, Index::of_scenarios(library, library.scenarios.iter().filter(|s| s.local))));
        }
        local.as_ref().map(|(_, index)| ranked(index.search(query, limit)).collect()).unwrap_or_default()
    })
}

/// How many results to show.
const LIMIT: usize = 12;

/// A search box with results under it. `id` keeps ids unique if it appears twice.
#[component]
pub(crate) fn SearchBox(id: &'static str, #[prop(optional)] autofocus: bool) -> impl IntoView {
    let state = use_state();
    // The last search, in memory for this visit: coming back from a result finds it again.
    let query = state.search_query;
    // What was typed into the page the server sent (the home screen's box) before the app
    // arrived is kept: the app's box starts with it, and the caret is put back (takeover).
    if let Some(typed) = super::takeover::first_paint_value(id).filter(|t| !t.is_empty()) {
        query.set(typed);
    }
    let hint_id = format!("{id}-hint");
    let status_id = format!("{id}-status");
    let results = Memo::new(move |_| {
        let ready = state.content_ready();
        query.with(|q| {
            if q.trim().is_empty() || !ready {
                Vec::new()
            } else {
                // The person's own contacts are searched too, and ranked with everything else.
                // The person's scenarios too: followed through what is kept, which changes with them.
                let mine = state.saved.with(|s| Index::of_contacts(&s.contacts, s.nation));
                let library = state.library();
                let mut hits: Vec<Ranked> = ranked(index(library).search(q, LIMIT)).collect();
                hits.extend(ranked(mine.search(q, LIMIT)));
                hits.extend(search_local(library, q, LIMIT));
                hits.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.total_cmp(&a.2)));
                hits.into_iter().take(LIMIT).map(|h| h.0).collect::<Vec<_>>()
            }
        })
    });
    let status = move || {
        let q = query.get();
        let n = results.with(Vec::len);
        match (q.trim().is_empty(), n) {
            (true, _) => String::new(),
            (false, _) if !state.content_ready() => rr_core::msg!("search-page-loading"),
            (false, 0) => rr_core::msg!("search-page-none", query = rr_core::message!("quoted", text = q.trim())),
            (false, n) if n >= LIMIT => rr_core::msg!("search-page-best", n = n),
            (false, n) => rr_core::msg!("search-page-results", n = n),
        }
    };
    // Build the index as soon as the box is used, before the first letter arrives.
    let warm = move |_| {
        if state.content_ready() {
            index(state.library());
        } else {
            state.load_content();
        }
    };
    view! {
        <form class="search" role="search" on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
            <label for=id class="label">{rr_core::msg!("page-home-search-label")}</label>
            <p class="hint" id=hint_id.clone()>{rr_core::msg!("page-home-search-hint")}</p>
            <input id=id class="input" type="search" autocomplete="off" spellcheck="false" aria-describedby=format!("{hint_id} {status_id}")
                autofocus=autofocus
                on:focus=warm
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev)) />
            <p class="hint" id=status_id role="status">{status}</p>
            <ol class="results">
                {move || results.get().into_iter().map(|d| view! {
                    <li>
                        <a href=d.href.clone()>{d.title.clone()}</a>
                        <span class="result-kind">{d.kind.label()}</span>
                        <p class="hint">{d.snippet.clone()}</p>
                    </li>
                }).collect_view()}
            </ol>
        </form>
    }
}

/// The search screen.
#[component]
pub(crate) fn Search() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{rr_core::msg!("search-page-title")}</h1>
        <SearchBox id="search-page" autofocus=true/>
    }
}

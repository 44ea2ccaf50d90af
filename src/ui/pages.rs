//! Pages about the app (about, privacy), from `content/pages/`.

use super::guidance::Article;
use super::not_found::NotFound;
use super::state::use_state;
use leptos::prelude::*;

/// A page from `content/pages/` (about, privacy).
#[component]
pub(crate) fn SitePage(slug: &'static str) -> impl IntoView {
    let state = use_state();
    match state.library().site_page(slug) {
        Some(page) => view! { <Article page=page/> }.into_any(),
        None => NotFound().into_any(),
    }
}

//! The root component: state, routing and focus management.

use super::state::{current_hash, AppState};
use super::{check, dom, glossary, guidance, home, layout, nation_page, pages, scenario, search};
use crate::content::Library;
use crate::route::Route;
use leptos::prelude::*;

/// The whole app.
#[component]
pub(crate) fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);

    // Follow the address bar. Plain `#section` anchors (no slash) are in-page jumps, not screens.
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = current_hash();
        if hash.is_empty() || hash.starts_with("#/") {
            state.route.set(Route::parse(&hash));
        }
    });
    on_cleanup(move || handle.remove());

    // After each change of screen: set the title, go to the top and move focus to the heading,
    // so keyboard and screen reader users land on the new content.
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let route = state.route.get();
        let title = screen_title(&route, state.library);
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        document.set_title(&format!("{title} – Recognise & Respond"));
        let on_load = first.get_value();
        first.set_value(false);
        if on_load && !matches!(route, Route::Guidance(_, Some(_))) {
            return;
        }
        // A link to a section of a page lands on that section's heading instead.
        let target = match &route {
            Route::Guidance(_, Some(section)) => dom::element(&format!("main [id='{section}']")),
            _ => None,
        };
        match target {
            Some(heading) => {
                let _ = heading.set_attribute("tabindex", "-1");
                heading.scroll_into_view();
                let _ = heading.focus();
            }
            None => {
                if let Some(window) = web_sys::window() {
                    window.scroll_to_with_x_and_y(0.0, 0.0);
                }
                if let Some(h1) = dom::element("main h1") {
                    let _ = h1.focus();
                }
            }
        }
    });

    view! {
        <layout::Shell>
            {move || match state.route.get() {
                Route::Home => home::Home().into_any(),
                Route::GuidanceIndex => guidance::GuidanceIndex().into_any(),
                Route::Guidance(slug, _) => view! { <guidance::GuidancePage slug=slug/> }.into_any(),
                Route::Glossary => glossary::Glossary().into_any(),
                Route::Search => search::Search().into_any(),
                Route::Check => check::Check().into_any(),
                Route::Scenarios => scenario::ScenarioList().into_any(),
                Route::Scenario(id) => view! { <scenario::ScenarioPage id=id/> }.into_any(),
                Route::Nation => nation_page::NationPage().into_any(),
                Route::About => view! { <pages::SitePage slug="about"/> }.into_any(),
                Route::Privacy => view! { <pages::SitePage slug="privacy"/> }.into_any(),
                Route::NotFound(_) => pages::NotFound().into_any(),
            }}
        </layout::Shell>
    }
}

/// The title of each screen, for the browser tab and history.
fn screen_title(route: &Route, library: &Library) -> String {
    match route {
        Route::Home => "Home".into(),
        Route::GuidanceIndex => "Guidance".into(),
        Route::Guidance(slug, _) => library
            .guidance_page(slug)
            .map(|p| p.title.clone())
            .unwrap_or_else(|| "Page not found".into()),
        Route::Glossary => "Glossary".into(),
        Route::Search => "Search".into(),
        Route::Check => "Check indicators".into(),
        Route::Scenarios => "Scenarios".into(),
        Route::Scenario(id) => library.scenario(id).map(|s| s.title.clone()).unwrap_or_else(|| "Page not found".into()),
        Route::Nation => "Your UK nation".into(),
        Route::About => "About".into(),
        Route::Privacy => "Privacy".into(),
        Route::NotFound(_) => "Page not found".into(),
    }
}

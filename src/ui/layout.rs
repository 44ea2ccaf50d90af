//! The frame around every screen: skip link, header, the 999 line, messages, footer. The page
//! the server sends has the same frame already (`crate::prerender`), so starting moves nothing.

use super::dom;
use super::state::use_state;
use crate::prerender::{footer, nav};
use crate::route::Route;
use crate::text::long_date;
use leptos::prelude::*;

/// The frame; `children` is the current screen.
#[component]
pub(crate) fn Shell(children: Children) -> impl IntoView {
    let state = use_state();
    let reviewed = state.library().last_reviewed().map(long_date).unwrap_or_default();
    // A screen opened by its address (not the home screen, which the page the server sent
    // shows already) keeps a screen's height of room in `main`, as that page does, until the
    // person moves on: neither "Loading…" nor a short screen pulls the footer up into view and
    // back down as the app and the content arrive.
    let reserve = RwSignal::new(state.route.with_untracked(|r| *r != Route::Home));
    let first_route = state.route.get_untracked();
    Effect::new(move |_| {
        if state.route.with(|r| *r != first_route) {
            reserve.set(false);
        }
    });
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = dom::element("#main") {
            let _ = main.focus();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>"Skip to main content"</a>
        <header class="banner">
            <div class="banner-inner">
                <a class="brand" href=Route::Home.href()>"Recognise & Respond"</a>
                <nav aria-label="Main">
                    <ul class="nav-list">
                        {nav().into_iter().map(|(href, name)| view! { <li><a href=href>{name}</a></li> }).collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
        // Each line is a landmark of its own, so moving by landmarks finds the 999 line.
        <aside class="emergency" aria-label="Emergency">
            <strong>"Child in immediate danger? Call "<a href="tel:999">"999"</a></strong>
        </aside>
        <NationLine/>
        <super::offline::UpdateNotice/>
        <Messages/>
        <main id="main" tabindex="-1" class:reserved=move || reserve.get()>
            {children()}
        </main>
        <footer class="footer">
            <ul class="footer-links">
                {footer().into_iter().map(|(href, name)| view! { <li><a href=href>{name}</a></li> }).collect_view()}
            </ul>
            <p>"Content last reviewed " {reviewed} ". This app does not replace your local safeguarding procedures."</p>
        </footer>
        <p class="print-version">"Recognise & Respond. Content version " {state.library().version.clone()} ". Check the app for the current version."</p>
    }
}

/// Which nation the next steps are for, with a way to change it.
#[component]
fn NationLine() -> impl IntoView {
    let state = use_state();
    view! {
        <aside class="nation-line" aria-label="Your UK nation">
            {move || match state.nation() {
                Some(n) => view! { "Next steps are for " <strong>{n.name()}</strong> ". " <a href=Route::Nation.href()>"Change" <span class="visually-hidden">" UK nation"</span></a> }.into_any(),
                // The home screen asks the question itself: ask once.
                None if state.route.with(|r| *r == Route::Home) => view! { "No UK nation chosen yet." }.into_any(),
                None => view! { "No UK nation chosen. " <a href=Route::Nation.href()>"Choose your nation"</a> }.into_any(),
            }}
        </aside>
    }
}

/// Messages about saved data (unreadable, full, refused), each dismissible.
#[component]
fn Messages() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="messages" role="status">
            <For each=move || state.messages.get().into_iter().enumerate() key=|(_, m)| m.clone() let:item>
                {
                    let (_, message) = item;
                    let text = message.clone();
                    view! {
                        <div class="message">
                            <p>{message}</p>
                            <button type="button" class="button button-secondary" on:click=move |_| state.messages.update(|m| m.retain(|x| *x != text))>"Dismiss"</button>
                        </div>
                    }
                }
            </For>
        </div>
    }
}

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
    let (call, call_after) = super::said::around(&rr_core::msg!("page-emergency", number = super::said::PLACE));
    view! {
        <a class="skip-link" href="#main" on:click=skip>{rr_core::msg!("page-skip-link")}</a>
        <header class="banner">
            <div class="banner-inner">
                <a class="brand" href=Route::Home.href()>{rr_core::msg!("page-app-name")}</a>
                <LanguageSwitch/>
                <nav aria-label=rr_core::msg!("page-nav-label")>
                    <ul class="nav-list">
                        {nav().into_iter().map(|(href, name)| view! { <li><a href=href>{name}</a></li> }).collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
        // Each line is a landmark of its own, so moving by landmarks finds the 999 line.
        <aside class="emergency" aria-label=rr_core::msg!("page-emergency-label")>
            <strong>{call}<a href="tel:999">"999"</a>{call_after}</strong>
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
            <p>{rr_core::msg!("page-footer-reviewed", date = reviewed)}</p>
            {rr_core::messages::status_line(rr_core::messages::lang()).map(|s| view! { <p class="translation-status">{s}</p> })}
        </footer>
        <p class="print-version">{rr_core::msg!("page-print-version", version = &state.library().version)}</p>
    }
}

/// The language switch: each other language, named in itself, opening this screen again in it
/// (`crate::language`). Answers and a referral draft held only in memory are carried across,
/// as for a new version.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = use_state();
    rr_core::messages::lang()
        .others()
        .map(|other| {
            let tag = other.tag();
            let href = move || {
                state.route.track();
                other.switch_href(&dom::current_hash())
            };
            let carry = move |ev: leptos::ev::MouseEvent| {
                // A click asking for a new tab or window is left to the browser, and carries
                // nothing: a new tab starts with no answers held in memory (as any new tab does),
                // and this tab, staying as it is, must not find answers left for it to take in
                // again at its next load.
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
                    return;
                }
                state.carry_answers();
                state.carry_draft();
                // When the app fell back to English because the Welsh could not be had, the
                // address already asks for Welsh, and following the link would only move within
                // the page: load it again instead, which tries the Welsh once more.
                let href = other.switch_href(&dom::current_hash());
                if href.split('#').next() == Some(dom::current_search().as_str()) {
                    ev.prevent_default();
                    dom::reload();
                }
            };
            view! { <a class="lang-switch" href=href lang=tag hreflang=tag on:click=carry>{other.own_name()}</a> }
        })
        .collect_view()
}

/// Which nation the next steps are for, with a way to change it.
#[component]
fn NationLine() -> impl IntoView {
    let state = use_state();
    view! {
        <aside class="nation-line" aria-label=rr_core::msg!("page-nation-line-label")>
            {move || match state.nation() {
                Some(n) => {
                    let (before, after) = super::said::around(&rr_core::msg!("page-nation-line-for", nation = super::said::PLACE));
                    view! {
                        {before} <strong>{n.name()}</strong> {after} " "
                        <a href=Route::Nation.href()>{rr_core::msg!("page-nation-line-change")} <span class="visually-hidden">" " {rr_core::msg!("page-nation-line-change-hidden")}</span></a>
                    }.into_any()
                }
                // The home screen asks the question itself: ask once.
                None if state.route.with(|r| *r == Route::Home) => view! { {rr_core::msg!("page-nation-line-none-home")} }.into_any(),
                None => {
                    let (before, after) = super::said::around(&rr_core::msg!("page-nation-line-none", choose = super::said::PLACE));
                    view! { {before} <a href=Route::Nation.href()>{rr_core::msg!("page-nation-line-choose")}</a> {after} }.into_any()
                }
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
                            <button type="button" class="button button-secondary" on:click=move |_| state.messages.update(|m| m.retain(|x| *x != text))>{rr_core::msg!("frame-dismiss")}</button>
                        </div>
                    }
                }
            </For>
        </div>
    }
}

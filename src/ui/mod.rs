//! The Leptos interface. Components here only call the plain-Rust logic; they hold no rules.

mod app;
mod check;
mod guidance;
mod home;
mod layout;
mod nation_page;
mod pages;
mod state;

/// Mounts the app on the page, replacing the loading message.
pub(crate) fn mount() {
    if let Some(loading) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading"))
    {
        loading.remove();
    }
    leptos::mount::mount_to_body(app::App);
}

//! The Leptos interface. Components here only call the plain-Rust logic; they hold no rules.

mod app;
mod check;
mod data_page;
mod dom;
mod glossary;
mod guidance;
mod home;
mod layout;
mod nation_page;
mod not_found;
mod offline;
mod pages;
mod path;
mod scenario;
mod search;
mod state;
mod workshop;

/// Mounts the app on the page, replacing the loading message.
pub(crate) fn mount() {
    if let Some(loading) = dom::element("#loading") {
        loading.remove();
    }
    leptos::mount::mount_to_body(app::App);
}

//! Recognise & Respond: guidance, indicator checklists and case scenarios for people in the UK
//! who may meet a trafficked or exploited child. Everything runs in the browser; nothing is sent.
//!
//! The modules follow the flow of data: [`content`] (files checked into a typed model) →
//! pure logic ([`route`], [`scenario`], [`screening`], [`search`], [`storage`]) → `ui` (Leptos components, WebAssembly only), which only
//! calls the logic.

#![warn(missing_docs, unreachable_pub)]

pub mod content;
pub mod nation;
pub mod route;
pub mod scenario;
pub mod screening;
pub mod search;
pub mod storage;
pub mod text;

// Leptos's #[component] macro generates items the lint cannot see through.
#[cfg(target_arch = "wasm32")]
#[allow(unreachable_pub)]
mod ui;

/// The checked content library, embedded at build time by `build.rs`.
pub const CONTENT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/content.json"));

/// Deserialises the embedded library. The build already checked it, so failure here is a bug.
pub fn library() -> content::Library {
    serde_json::from_str(CONTENT_JSON).expect("the build embeds a valid content library")
}

/// Starts the app in the browser.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    console_error_panic_hook::set_once();
    ui::mount();
}

//! Recognise & Respond: guidance, indicator checklists and case scenarios for people in the UK
//! who may meet a trafficked or exploited child. Everything runs in the browser; nothing is sent.
//!
//! This package is the app. The model and every pure rule live in the `rr-core` crate (re-exported
//! here under the same names), and the content checks in `rr-content`, which `build.rs` runs.
//! What is left here is the glue to the browser: `browser_storage` and `ui` (Leptos components,
//! WebAssembly only), which only call the core.

#![warn(missing_docs, unreachable_pub)]

pub use rr_core::{
    contacts, content, identifiers, learning, messages, nation, practitioner, prerender, referral, route, scenario,
    screening, search, storage, text, workshop,
};

#[cfg(target_arch = "wasm32")]
pub mod browser_storage;

#[cfg(target_arch = "wasm32")]
pub mod language;

// Leptos's #[component] macro generates items the lint cannot see through.
#[cfg(target_arch = "wasm32")]
#[allow(unreachable_pub)]
mod ui;
/// The core of the checked content library, embedded at build time by `build.rs`: everything
/// except the text of most guidance pages and the scenarios (see [`content::Extra`]).
pub const CONTENT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/content.json"));

include!(concat!(env!("OUT_DIR"), "/extra_file.rs"));

/// Deserialises the embedded core library. The build already checked it, so failure here is a bug.
pub fn library() -> content::Library {
    serde_json::from_str(CONTENT_JSON).expect("the build embeds a valid content library")
}

/// The whole library as the browser builds it: the core joined with the extra file (which the
/// browser fetches; natively it is read from the build's output).
#[cfg(not(target_arch = "wasm32"))]
pub fn full_library() -> content::Library {
    let extra = include_str!(concat!(env!("OUT_DIR"), "/extra.json"));
    library().join(serde_json::from_str(extra).expect("the build writes valid extra content"))
}

/// The Welsh pages (`content/cy/`), as the browser fetches them from [`WELSH_FILE`]; natively
/// read from the build's output.
#[cfg(not(target_arch = "wasm32"))]
pub fn welsh_pages() -> content::Translations {
    let welsh = include_str!(concat!(env!("OUT_DIR"), "/welsh.json"));
    serde_json::from_str(welsh).expect("the build writes valid Welsh pages")
}

/// Starts the app in the browser.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    console_error_panic_hook::set_once();
    ui::mount();
}

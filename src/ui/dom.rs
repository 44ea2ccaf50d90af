//! The few direct DOM look-ups the interface needs, in one place.

use leptos::wasm_bindgen::JsCast;

/// The first element matching a CSS `selector`, as an HTML element.
pub(super) fn element(selector: &str) -> Option<web_sys::HtmlElement> {
    let document = web_sys::window()?.document()?;
    document.query_selector(selector).ok().flatten()?.dyn_into::<web_sys::HtmlElement>().ok()
}

/// Opens the browser's print dialogue.
pub(super) fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

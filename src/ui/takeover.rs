//! Taking over the page the server sent. `index.html` already shows the frame and the text of
//! the screen its address names (made at build time, see `crate::prerender`), so a phone on a
//! weak signal can read it before the app has arrived. The app is drawn into `#app` and the
//! first paint is removed in the same task, so nothing flashes; where the address names a
//! screen that waits for the rest of the content, the first paint stays until that arrives.

use super::dom;
use crate::route::Route;
use leptos::wasm_bindgen::JsCast;

/// The app's own container, added to the page when it starts.
pub(super) const APP: &str = "app";
const FIRST_PAINT: &str = "#first-paint";

/// Makes the container the app is drawn into. The first paint stays on screen (and the app
/// hidden) while it shows a screen the app could not yet draw.
pub(super) fn container() -> Option<web_sys::HtmlElement> {
    let document = web_sys::window()?.document()?;
    let app = document.create_element("div").ok()?.dyn_into::<web_sys::HtmlElement>().ok()?;
    app.set_id(APP);
    let shown = document.document_element().and_then(|r| r.get_attribute("data-first")).as_deref() == Some("shown");
    let waits = Route::parse(&super::state::current_hash()).needs_content();
    if shown && waits {
        app.set_hidden(true);
    }
    document.body()?.append_child(&app).ok()?;
    Some(app)
}

/// Shows the app in place of the first paint (once; later calls do nothing). If focus was in
/// the first paint (someone tabbed before the app arrived), the same link or field in the app
/// gets it.
pub(super) fn reveal() {
    let Some(first) = dom::element(FIRST_PAINT) else { return };
    let document = web_sys::window().and_then(|w| w.document());
    let focused = document.as_ref().and_then(|d| d.active_element()).filter(|a| first.contains(Some(a)));
    let again = focused.and_then(|a| {
        if !a.id().is_empty() {
            Some(format!("#{APP} #{}", a.id()))
        } else {
            a.get_attribute("href").map(|h| format!("#{APP} a[href='{h}']"))
        }
    });
    first.remove();
    if let Some(app) = dom::element(&format!("#{APP}")) {
        app.set_hidden(false);
    }
    if let Some(selector) = again {
        dom::focus_now(&selector);
    }
}

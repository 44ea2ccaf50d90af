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
    use crate::prerender::contract::attrs;
    let shown =
        document.document_element().and_then(|r| r.get_attribute(attrs::FIRST)).as_deref() == Some(attrs::FIRST_SHOWN);
    let lang = rr_core::messages::lang();
    let waits = Route::parse(&dom::current_hash()).waits_in(lang);
    // In another language than English the first paint is that language's, whatever screen.
    if (shown || lang != rr_core::messages::Lang::EnGb) && waits {
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
    // Where the caret was in a field being typed into, so typing goes on where it stopped.
    let caret = focused
        .as_ref()
        .and_then(|a| a.dyn_ref::<web_sys::HtmlInputElement>())
        .and_then(|i| Some((i.value(), i.selection_start().ok()??, i.selection_end().ok()??)));
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
    // Focused where it was, without scrolling: the page stays exactly as it was left.
    if let Some(el) = again.and_then(|selector| dom::element(&selector)) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
        if let (Some((value, start, end)), Some(input)) = (caret, el.dyn_ref::<web_sys::HtmlInputElement>()) {
            // The app's field starts with what was typed (it read it from the first paint), but
            // may not have been given it yet: given now, so the caret has somewhere to go.
            if input.value() != value {
                input.set_value(&value);
            }
            let _ = input.set_selection_range(start, end);
        }
    }
}

/// What was typed into the first paint's field `id` before the app arrived (the app's field
/// of the same id starts with it), if the first paint is still on the page.
pub(super) fn first_paint_value(id: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let field = document.query_selector(&format!("{FIRST_PAINT} #{id}")).ok().flatten()?;
    Some(field.dyn_into::<web_sys::HtmlInputElement>().ok()?.value())
}

/// The pre-rendered checklist, if the page shows one (the app is being drawn over it).
fn first_paint_checklist() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.query_selector("#first-paint .checklist").ok().flatten()
}

fn first_paint_input(checklist: &web_sys::Element, selector: &str) -> Option<web_sys::HtmlInputElement> {
    checklist.query_selector(selector).ok().flatten()?.dyn_into().ok()
}

/// The ids of the elements matching `selector` in the pre-rendered checklist.
fn first_paint_ids(checklist: &web_sys::Element, selector: &str) -> Vec<String> {
    let Ok(found) = checklist.query_selector_all(selector) else { return Vec::new() };
    (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok()).map(|e| e.id()).collect()
}

/// What was answered on the pre-rendered checklist before the app arrived (the page's script
/// first ticks what this device keeps or carried across a reload, so this is the whole answer):
/// the signs ticked (only signs `library` has), immediate danger, and the age band.
pub(super) fn first_paint_answers(library: &crate::content::Library) -> Option<crate::screening::Answers> {
    let checklist = first_paint_checklist()?;
    let ticked = first_paint_ids(&checklist, ".checkboxes input:checked")
        .iter()
        .filter_map(|id| id.strip_prefix("sign-"))
        .filter(|id| library.sign(id).is_some())
        .map(str::to_string)
        .collect();
    let mut answers = crate::screening::Answers { ticked, ..Default::default() };
    answers.immediate_danger = first_paint_input(&checklist, "#immediate-danger").is_some_and(|i| i.checked());
    if let Some(chosen) = first_paint_ids(&checklist, "input[name=age]:checked").first() {
        if let Some((age, _)) = crate::prerender::check::AGES.iter().find(|(_, id)| id == chosen) {
            answers.age = *age;
        }
    }
    Some(answers)
}

/// The groups (by slug) left open on the pre-rendered checklist, if the page shows one.
pub(super) fn first_paint_open_groups() -> Option<Vec<String>> {
    let checklist = first_paint_checklist()?;
    let open = first_paint_ids(&checklist, ".group-body:not([hidden])");
    Some(open.iter().filter_map(|id| id.strip_prefix("group-")?.strip_suffix("-signs")).map(str::to_string).collect())
}

/// What was typed into the pre-rendered checklist's sign filter.
pub(super) fn first_paint_filter() -> Option<String> {
    Some(first_paint_input(&first_paint_checklist()?, "#sign-filter")?.value())
}

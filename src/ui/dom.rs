//! The few direct DOM look-ups the interface needs, in one place.

use crate::text::long_date;
use leptos::prelude::{RwSignal, Set};
use leptos::wasm_bindgen::JsCast;

/// The first element matching a CSS `selector`, as an HTML element.
pub(super) fn element(selector: &str) -> Option<web_sys::HtmlElement> {
    let document = web_sys::window()?.document()?;
    document.query_selector(selector).ok().flatten()?.dyn_into::<web_sys::HtmlElement>().ok()
}

/// The part of the address after `#`.
pub(super) fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The address's query (`?lang=cy`), or "" when it has none.
pub(super) fn current_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Loads the page again, from the same address.
pub(super) fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Opens the browser's print dialogue.
pub(super) fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Moves focus to the first element matching `selector` once the screen has been redrawn
/// (after the current changes have reached the page), making it focusable if it is not.
///
/// For a few frames afterwards, if focus has fallen to the page (the element was not drawn
/// yet, or was drawn afresh by a late change), it is moved there again; focus the person has
/// moved elsewhere is left alone.
pub(super) fn focus_after_render(selector: &'static str) {
    fn attempt(selector: &'static str, first: bool, frames_left: u8) {
        leptos::prelude::request_animation_frame(move || {
            if first || focus_lost() {
                focus_now(selector);
            }
            if frames_left > 0 {
                attempt(selector, false, frames_left - 1);
            }
        });
    }
    attempt(selector, true, FOCUS_SETTLE_FRAMES);
}

/// How many frames after `focus_after_render` focus lost to the page is put back.
const FOCUS_SETTLE_FRAMES: u8 = 6;

/// Moves focus to the first element matching `selector` now; returns whether it could.
pub(super) fn focus_now(selector: &str) -> bool {
    let Some(el) = element(selector) else { return false };
    if !el.has_attribute("tabindex")
        && !matches!(el.tag_name().as_str(), "A" | "BUTTON" | "INPUT" | "SELECT" | "TEXTAREA" | "SUMMARY")
    {
        let _ = el.set_attribute("tabindex", "-1");
    }
    el.focus().is_ok()
}

/// After an action that may remove the control that was pressed: once the screen is redrawn,
/// if focus was lost (it is on the page body, or on nothing), move it to `fallback`.
#[cfg_attr(not(feature = "desk"), allow(dead_code))]
pub(super) fn keep_focus(fallback: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        if focus_lost() {
            focus_now(fallback);
        }
    });
}

/// Whether focus has fallen to the page body (or to an element no longer on the page).
pub(super) fn focus_lost() -> bool {
    web_sys::window().and_then(|w| w.document()).is_none_or(|d| match d.active_element() {
        None => true,
        Some(active) => !active.is_connected() || d.body().is_some_and(|b| b.is_same_node(Some(&active))),
    })
}

/// Marks the page title as showing an error ("Error: " first), as the GOV.UK pattern does, or
/// takes the mark away.
pub(super) fn error_title(on: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let title = document.title();
    let mark = rr_core::msg!("frame-error", text = "");
    let bare = title.strip_prefix(mark.as_str()).unwrap_or(&title).to_string();
    document.set_title(&if on { rr_core::msg!("frame-error", text = bare) } else { bare });
}

/// While printing, the page's title becomes `title` (browsers print it at the top of the page);
/// `None` puts the screen's title back.
pub(super) fn set_title_for_print(title: Option<&str>) {
    thread_local! {
        static SCREEN_TITLE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    match title {
        Some(t) => {
            SCREEN_TITLE.with(|s| *s.borrow_mut() = Some(document.title()));
            document.set_title(&rr_core::msg!("frame-page-title", title = t));
        }
        None => {
            if let Some(old) = SCREEN_TITLE.with(|s| s.borrow_mut().take()) {
                document.set_title(&old);
            }
        }
    }
}

/// A time (milliseconds since 1970) in this device's local time, e.g. "23 November 2026, 14:05".
#[cfg_attr(not(feature = "desk"), allow(dead_code))]
pub(super) fn local_time(ms: u64) -> String {
    time_in_words(&js_sys::Date::new(&(ms as f64).into()))
}

/// A day (milliseconds since 1970) in this device's local time, e.g. "23 November 2026".
#[cfg_attr(not(feature = "desk"), allow(dead_code))]
pub(super) fn local_date(ms: u64) -> String {
    day_in_words(&js_sys::Date::new(&(ms as f64).into()))
}

/// The date and time now, in words ("30 November 2026, 14:05"), on this device's clock.
pub(super) fn now_in_words() -> String {
    time_in_words(&js_sys::Date::new_0())
}

/// The day of `d` in words, in the reader's language by the app's own month names
/// ([`long_date`]: "23 Tachwedd 2026" in Welsh), not the browser's, which may have no Welsh.
fn day_in_words(d: &js_sys::Date) -> String {
    long_date(&format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date()))
}

/// The day and time of `d` in words: "30 November 2026, 14:05".
fn time_in_words(d: &js_sys::Date) -> String {
    format!("{}, {:02}:{:02}", day_in_words(d), d.get_hours(), d.get_minutes())
}

/// Copies `text`, saying in `status` whether it worked; if not, where to copy it from (the
/// details element named `shown_in`).
pub(super) fn copy_text(text: String, status: RwSignal<String>, shown_in: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    let refused = rr_core::msg!("frame-copy-refused", shown_in = rr_core::message!("quoted", text = shown_in));
    leptos::task::spawn_local(async move {
        let result = wasm_bindgen_futures::JsFuture::from(promise).await;
        status.set(match result {
            Ok(_) => rr_core::msg!("frame-copied"),
            Err(_) => refused,
        });
    });
}

/// The file just chosen in the file field that sent `ev`, taken out of the field, so that
/// choosing the same file again is noticed again.
pub(super) fn take_chosen_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some(file)
}

/// The bytes of `file`, read on the device; `Err` if the browser could not read it.
pub(super) async fn file_bytes(file: &web_sys::File) -> Result<Vec<u8>, ()> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.map_err(|_| ())?;
    Ok(web_sys::js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Offers `text` to the person as a file download (a `blob:` address made on the device).
pub(super) fn save_file(text: &str, name: &str) -> Result<(), ()> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or(())?;
    let parts = web_sys::js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(match name.rsplit('.').next() {
        Some("csv") => "text/csv",
        Some("md") => "text/markdown",
        _ => "application/json",
    });
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(|_| ())?.dyn_into().map_err(|_| ())?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

//! One text, three ways out: copy it, print it, or show it as plain text to copy by hand. What
//! is printed is what is copied. Used by the checklist's record and the referral summary; the
//! text itself comes from the core (`screening::plain_text`, `referral::summary`).

use super::dom;
use leptos::prelude::*;

/// The words of one record's controls.
#[derive(Clone)]
pub(super) struct Words {
    /// The copy button.
    pub(super) copy: String,
    /// The print button.
    pub(super) print: String,
    /// The details element that shows the text (named again when copying is refused).
    pub(super) show: String,
    /// The text box's accessible name.
    pub(super) label: String,
}

/// The copy and print buttons, the status line, the plain text (built only while shown, and
/// following `follow` while open) and the text as printed. Drawn straight into its parent, whose
/// print styles show only the `.print-record` child. `print_title` names the printed page.
#[component]
pub(super) fn PlainTextRecord(
    text: impl Fn() -> String + Copy + Send + Sync + 'static,
    follow: impl Fn() + Copy + Send + Sync + 'static,
    words: Words,
    /// The text box's id.
    id: &'static str,
    /// The status line's id, where tests or links need one.
    #[prop(optional)]
    status_id: Option<&'static str>,
    #[prop(optional)] print_title: Option<fn() -> String>,
    #[prop(default = 12)] rows: u32,
) -> impl IntoView {
    let copied = RwSignal::new(String::new());
    let shown = RwSignal::new(false);
    // The record as printed: filled in just before printing.
    let printed = RwSignal::new(String::new());
    let before = window_event_listener(leptos::ev::beforeprint, move |_| {
        printed.set(text());
        if print_title.is_some() {
            dom::set_title_for_print(print_title.map(|title| title()).as_deref());
        }
    });
    let after = window_event_listener(leptos::ev::afterprint, move |_| {
        if print_title.is_some() {
            dom::set_title_for_print(None);
        }
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    let Words { copy, print, show, label } = words;
    let shown_in = show.clone();
    view! {
        <div class="actions">
            <button type="button" class="button" on:click=move |_| dom::copy_text(text(), copied, &shown_in)>{copy}</button>
            <button type="button" class="button button-secondary" on:click=move |_| dom::print()>{print}</button>
        </div>
        <p class="confirmation" id=status_id role="status">{move || copied.get()}</p>
        <details class="details" on:toggle=move |ev| shown.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary>{show}</summary>
            <label for=id class="visually-hidden">{label}</label>
            // Built only while open: it is the costliest part of a screen to redraw.
            <textarea id=id class="record-text" readonly rows=rows.to_string()
                prop:value=move || if shown.get() { follow(); text() } else { String::new() }></textarea>
        </details>
        <pre class="print-record">{move || printed.get()}</pre>
    }
}

//! Which language the app speaks in this tab (issue 29): the one the address asks for
//! (`?lang=cy`, so a shared link carries it), else the one kept on the device, else English.
//! Chosen once, as the app starts (`crate::ui::mount`) before any word is put together, and
//! never changed while the page is open:
//! the switch is a link that opens the page again in the other language.

use rr_core::messages::{set_lang, Lang};

/// The language the address asks for, if any.
pub fn from_address() -> Option<Lang> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    Lang::from_query(&search)
}

/// Chooses the language for this page from the address or what the device keeps (`kept`),
/// puts the page's `lang` to it, and returns it.
pub fn choose(kept: Option<Lang>) -> Lang {
    choose_for_now(from_address().or(kept).unwrap_or_default())
}

/// Speaks `lang` on this page (its words could not be had, say), whatever was chosen.
pub fn choose_for_now(lang: Lang) -> Lang {
    set_lang(lang);
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.tag());
    }
    lang
}

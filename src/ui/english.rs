//! Words kept in English inside Welsh text: each fact's words from the register, which a Welsh
//! glossary meaning, sign, next step or helpline quotes as the register has them. Each is drawn
//! in a `<span lang="en-GB">`, as the Welsh pages mark them, so a screen reader reads it as
//! English; what is copied or printed is the text itself, which carries no mark.

use leptos::prelude::*;

/// `text`, with each of the library's English words in it (`Library::english_words`, none for
/// an English reader) in a `<span lang="en-GB">`.
pub(crate) fn marked(text: &str, english: &[String]) -> impl IntoView + use<> {
    rr_core::text::english_runs(text, english)
        .into_iter()
        .map(|(run, english)| {
            let run = run.to_string();
            if english {
                view! { <span lang=rr_core::messages::Lang::EnGb.tag()>{run}</span> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
}

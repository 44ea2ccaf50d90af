//! One line saying how an action went: a confirmation, or an error starting "Error: " (the
//! GOV.UK pattern). Screens keep what to say in a signal and draw it with [`SaidLine`] inside
//! their own status region.

use leptos::prelude::*;

/// What to say after an action: (whether it was a problem, the words); `None` says nothing.
pub(crate) type Said = RwSignal<Option<(bool, String)>>;

/// The line itself.
#[component]
pub(crate) fn SaidLine(said: Said) -> impl IntoView {
    move || {
        said.get().map(|(problem, text)| {
            view! {
                <p class=if problem { "error-message" } else { "confirmation" }>
                    {if problem { rr_core::msg!("frame-error", text = text) } else { text }}
                </p>
            }
        })
    }
}

/// Stands in for an element drawn inside a message (a link, a name in bold): pass it as the
/// message's variable, then [`around`] gives the words before and after it, so the words keep
/// their order in any language.
pub(crate) const PLACE: &str = crate::prerender::MARK[0];

/// The words of `text` before and after [`PLACE`] (all of them before, if it is not there).
pub(crate) fn around(text: &str) -> (String, String) {
    match text.split_once(PLACE) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (text.to_string(), String::new()),
    }
}

/// The words of `text` split at the places `prerender::MARK[0]`, `MARK[1]`… mark (each passed
/// as a message's variable): `Ok(words)`, or `Err(i)` where the element for `MARK[i]` goes, in
/// the order the language puts them.
pub(crate) fn places(text: &str) -> Vec<Result<String, usize>> {
    let marks = crate::prerender::MARK;
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((at, i)) = marks.iter().enumerate().filter_map(|(i, m)| rest.find(m).map(|at| (at, i))).min() {
        if at > 0 {
            out.push(Ok(rest[..at].to_string()));
        }
        out.push(Err(i));
        rest = &rest[at + marks[i].len()..];
    }
    if !rest.is_empty() {
        out.push(Ok(rest.to_string()));
    }
    out
}

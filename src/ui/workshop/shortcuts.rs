//! The trainer's keyboard shortcuts in both views (so a clicker works whichever window has
//! focus), and the help overlay that lists them. The mapping from keys lives in
//! [`crate::workshop::keys`].

use super::link::Live;
use crate::workshop::keys::{command, help, notes_by_button, Command, Context};
use crate::workshop::Action;
use leptos::html::Dialog;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// Listens for shortcuts while the calling view is shown. `notes` is the presenter's notes
/// switch (the audience view has none).
pub(super) fn listen(live: Live, notes: Option<RwSignal<bool>>, help: NodeRef<Dialog>) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        // A form field, or anything else one types in: a letter typed there is never a shortcut.
        let in_field = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()).is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable()
        });
        let at = Context {
            in_field,
            modified: ev.ctrl_key() || ev.alt_key() || ev.meta_key(),
            single_keys_off: live.state.saved.with_untracked(|s| s.keys_off),
            one_window: live.with(|s| s.is_some_and(|s| s.one_window)),
        };
        let Some(cmd) = command(&ev.key(), at) else { return };
        ev.prevent_default();
        run(live, notes, help, cmd);
    });
    on_cleanup(move || handle.remove());
}

/// Does what a shortcut (or the matching button) asks.
pub(super) fn run(live: Live, notes: Option<RwSignal<bool>>, help: NodeRef<Dialog>, cmd: Command) {
    match cmd {
        Command::Next => live.act(Action::Next),
        Command::Back => live.act(Action::Back),
        Command::Reveal => live.act(Action::Reveal),
        Command::Majority => live.act(Action::FollowMajority),
        Command::Timer => live.act(Action::ToggleTimers),
        Command::Larger | Command::Smaller => live.act(Action::Rescale(cmd == Command::Larger)),
        Command::Notes => {
            if let Some(notes) = notes {
                notes.update(|n| *n = !*n);
            }
        }
        Command::NotesByButton => live.refusal.set(Some(notes_by_button())),
        Command::FullScreen => {
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                if document.fullscreen_element().is_some() {
                    document.exit_fullscreen();
                } else if let Some(root) = document.document_element() {
                    let _ = root.request_fullscreen();
                }
            }
        }
        Command::Help => {
            if let Some(dialog) = help.get_untracked() {
                if !dialog.open() {
                    let _ = dialog.show_modal();
                }
            }
        }
    }
}

/// The list of shortcuts, as a modal dialog (Esc or Close shuts it).
#[component]
pub(super) fn ShortcutsHelp(node_ref: NodeRef<Dialog>) -> impl IntoView {
    view! {
        <dialog class="shortcuts" node_ref=node_ref aria-labelledby="shortcuts-heading">
            <h2 id="shortcuts-heading">{rr_core::msg!("ws-keys-heading")}</h2>
            <p>{rr_core::msg!("ws-clicker")}</p>
            <ShortcutSwitch id="keys-switch-help"/>
            <ShortcutTable/>
            <form method="dialog"><button class="button" autofocus>{rr_core::msg!("ws-close")}</button></form>
        </dialog>
    }
}

/// The trainer's shortcuts, as a table.
#[component]
pub(super) fn ShortcutTable() -> impl IntoView {
    view! {
        <table class="shortcut-table">
            <thead><tr><th scope="col">{rr_core::msg!("ws-key")}</th><th scope="col">{rr_core::msg!("ws-what-it-does")}</th></tr></thead>
            <tbody>{help().into_iter().map(|(key, what)| view! { <tr><td><kbd>{key}</kbd></td><td>{what}</td></tr> }).collect_view()}</tbody>
        </table>
    }
}

/// The switch for single-key shortcuts (WCAG 2.1.4), kept on this device. Off, the letter and
/// sign keys do nothing; the arrows, a clicker's Page Down and Page Up and every button still work.
#[component]
pub(super) fn ShortcutSwitch(id: &'static str) -> impl IntoView {
    let state = crate::ui::state::use_state();
    let kept = RwSignal::new(None::<bool>);
    let hint = format!("{id}-hint");
    view! {
        <div class="checkbox keys-switch">
            <input type="checkbox" id=id aria-describedby=hint.clone() prop:checked=move || state.saved.with(|s| !s.keys_off)
                on:change=move |ev| kept.set(Some(state.set_keys_off(!event_target_checked(&ev))))/>
            <label for=id>{rr_core::msg!("ws-single-keys")}</label>
            <p class="hint" id=hint>{rr_core::msg!("ws-single-keys-hint")}</p>
            <p class="confirmation" role="status">
                {move || kept.get().map(|k| if k { rr_core::msg!("ws-keys-kept") } else { rr_core::msg!("ws-keys-not-kept") })}
            </p>
        </div>
    }
}

//! Values that tell their readers only when they change.
//!
//! A Leptos memo re-checks every reader downstream of it whenever anything it reads changes, even
//! when its own value turns out the same: on the checklist, every tick woke every box, count and
//! line of the outcome, only for each to find nothing to do. A quiet value is a signal set by an
//! effect that compares the new value where it is and sets the signal only when it differs, so
//! readers of a part that did not change are not woken at all. The effect runs in the same turn
//! as the change (before the browser draws the next frame), so what is drawn is never behind.
//! One effect keeps many such values (the checklist's answer and outcome parts): a tick runs
//! one effect, not one a value.

use leptos::prelude::*;

/// Sets `value` to `now` only if it holds something else (and still exists): its readers are
/// woken only by a real change. The step every quiet value is kept by.
pub(crate) fn set_quietly<T: PartialEq + Send + Sync + 'static>(value: RwSignal<T>, now: T) {
    if value.try_with_untracked(|was| *was != now).unwrap_or(false) {
        value.set(now);
    }
}

/// As [`set_quietly`], but compared by reference, so an unchanged value is never copied. Says
/// whether it set `value`.
pub(crate) fn set_changed<T: Clone + PartialEq + Send + Sync + 'static>(value: RwSignal<T>, now: &T) -> bool {
    let changed = value.try_with_untracked(|was| was != now).unwrap_or(false);
    if changed {
        value.set(now.clone());
    }
    changed
}

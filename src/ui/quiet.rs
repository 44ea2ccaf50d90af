//! Values that tell their readers only when they change.
//!
//! A Leptos memo re-checks every reader downstream of it whenever anything it reads changes, even
//! when its own value turns out the same: on the checklist, every tick woke every box, count and
//! line of the outcome, only for each to find nothing to do. A quiet value is kept by one effect
//! that compares the new value where it is and sets the signal only when it differs, so readers
//! of a part that did not change are not woken at all. The effect runs in the same turn as the
//! change (before the browser draws the next frame), so what is drawn is never behind.

use leptos::prelude::*;

/// The value of `f`, followed: its readers are woken only when it changes.
pub(crate) fn quiet<T: PartialEq + Send + Sync + 'static>(f: impl Fn() -> T + 'static) -> ReadSignal<T> {
    let value = RwSignal::new(untrack(&f));
    Effect::new(move |_| set_quietly(value, f()));
    value.read_only()
}

/// Sets `value` to `now` only if it holds something else (and still exists): its readers are
/// woken only by a real change. The step every quiet value is kept by.
pub(crate) fn set_quietly<T: PartialEq + Send + Sync + 'static>(value: RwSignal<T>, now: T) {
    if value.try_with_untracked(|was| *was != now).unwrap_or(false) {
        value.set(now);
    }
}

/// The part of `whole` that `pick` finds, followed: compared where it is and copied only when it
/// has changed, so a change elsewhere in `whole` costs one comparison and wakes no reader.
pub(crate) fn part_of<W, T>(whole: Memo<W>, pick: impl Fn(&W) -> Option<&T> + 'static) -> ReadSignal<Option<T>>
where
    W: Send + Sync + 'static,
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let value = RwSignal::new(whole.with_untracked(|w| pick(w).cloned()));
    // As `set_quietly`, but compared by reference, so an unchanged part is never copied.
    Effect::new(move |_| {
        whole.with(|w| {
            let now = pick(w);
            if value.try_with_untracked(|was| was.as_ref() != now).unwrap_or(false) {
                value.set(now.cloned());
            }
        })
    });
    value.read_only()
}

//! Counting the time a learner spends on scenarios and guidance pages, for the learning record,
//! by the rule in [`crate::learning`]: only while the screen is open, on screen (the tab
//! visible) and in use (a key, click, touch or scroll in the last 5 minutes), in steps of at most
//! a minute, up to a cap for each activity. Counted in memory and kept about once a minute, when
//! the screen changes and when the tab is hidden (from [`MIN_KEPT_MS`]: a glance writes nothing),
//! without a message if it cannot be kept.

use super::state::AppState;
use crate::learning::{countable, Activity, MIN_KEPT_MS};
use leptos::prelude::*;
use std::time::Duration;

/// What is being counted now.
struct Counting {
    /// The activity on screen.
    activity: Activity,
    /// When counting of the part not yet kept began.
    since: u64,
    /// The last count.
    last_tick: u64,
    /// Milliseconds counted and not yet kept.
    pending: u64,
}

/// Starts counting for the whole visit.
pub(crate) fn count_time(state: AppState) {
    let now = || js_sys::Date::now() as u64;
    let counting = StoredValue::new(None::<Counting>);
    let last_input = StoredValue::new(now());
    let visible = || web_sys::window().and_then(|w| w.document()).is_some_and(|d| !d.hidden());

    // Counts up to now (if the tab was visible since the last count), and keeps what was counted
    // when asked to or once a minute has gathered.
    let tick = move |keep: bool| {
        let t = now();
        let ready = counting
            .try_update_value(|c| {
                let c = c.as_mut()?;
                if visible() {
                    c.pending += countable(c.last_tick, t, last_input.get_value());
                }
                c.last_tick = t;
                ((keep && c.pending >= MIN_KEPT_MS) || c.pending >= 60_000).then(|| {
                    let seconds = u32::try_from(c.pending / 1000).unwrap_or(u32::MAX);
                    c.pending %= 1000;
                    let since = std::mem::replace(&mut c.since, t);
                    (c.activity.clone(), seconds, since)
                })
            })
            .flatten();
        if let Some((activity, seconds, since)) = ready {
            let cap = activity.cap_seconds(state.library());
            state.add_time(|l| {
                l.add(&activity, cap, seconds, since, t);
            });
        }
    };

    // Input keeps the count going.
    let input = move || last_input.set_value(now());
    let handles = [
        window_event_listener(leptos::ev::keydown, move |_| input()),
        window_event_listener(leptos::ev::pointerdown, move |_| input()),
        window_event_listener(leptos::ev::scroll, move |_| input()),
        window_event_listener(leptos::ev::wheel, move |_| input()),
    ];
    // Hidden: count to now and keep it; shown again: start from now.
    let shown = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if visible() {
            counting.update_value(|c| {
                if let Some(c) = c {
                    c.last_tick = now();
                }
            });
            last_input.set_value(now());
        } else {
            tick(true);
        }
    });
    let hide = window_event_listener(leptos::ev::pagehide, move |_| tick(true));
    if let Ok(handle) = set_interval_with_handle(move || tick(false), Duration::from_secs(15)) {
        on_cleanup(move || handle.clear());
    }
    on_cleanup(move || {
        for h in handles {
            h.remove();
        }
        shown.remove();
        hide.remove();
    });

    // Erased or replaced (here or in another tab): what was counted before is not kept after.
    Effect::new(move |_| {
        state.data_epoch.track();
        counting.update_value(|c| {
            if let Some(c) = c {
                c.pending = 0;
                c.since = now();
            }
        });
    });

    // A change of screen keeps what was counted on the last one and starts on the new one.
    Effect::new(move |_| {
        let activity = state.route.with(Activity::of);
        untrack(|| {
            tick(true);
            let t = now();
            last_input.set_value(t);
            counting.set_value(activity.map(|activity| Counting { activity, since: t, last_tick: t, pending: 0 }));
        });
    });
}

//! Stopwatches for a workshop: the time on the current scene and for the whole session. Times
//! are whole milliseconds since the epoch, given by the caller, so the rules are testable (and
//! saved data holds no floating-point numbers, which keeps the WebAssembly smaller).

use serde::{Deserialize, Serialize};

/// A stopwatch that can be paused and resumed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Stopwatch {
    /// When it was last started, while it runs.
    pub since: Option<u64>,
    /// Time counted before it was last started.
    pub banked: u64,
}

impl Stopwatch {
    /// A stopwatch started at `now`.
    pub fn started(now: u64) -> Stopwatch {
        Stopwatch { since: Some(now), banked: 0 }
    }

    /// Milliseconds counted by `now`.
    pub fn elapsed(&self, now: u64) -> u64 {
        self.banked.saturating_add(self.since.map_or(0, |s| now.saturating_sub(s)))
    }

    /// Whether it is running.
    pub fn running(&self) -> bool {
        self.since.is_some()
    }

    /// Pauses it if running, resumes it if paused.
    pub fn toggle(&mut self, now: u64) {
        match self.since.take() {
            Some(s) => self.banked = self.banked.saturating_add(now.saturating_sub(s)),
            None => self.since = Some(now),
        }
    }

    /// Back to zero, keeping whether it runs.
    pub fn reset(&mut self, now: u64) {
        self.banked = 0;
        if self.since.is_some() {
            self.since = Some(now);
        }
    }
}

/// A time as `m:ss`, or `h:mm:ss` from an hour.
pub fn clock(ms: u64) -> String {
    let s = ms / 1000;
    let (h, m, s) = (s / 3600, s / 60 % 60, s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// A time in words for screen readers, e.g. "3 minutes 5 seconds": the hours only once there
/// are any, the minutes once there are any hours or minutes.
pub fn spoken(ms: u64) -> String {
    let s = ms / 1000;
    let (h, m, s) = (s / 3600, s / 60 % 60, s % 60);
    let number = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    if h > 0 {
        crate::msg!("workshop-time-hours", hours = number(h), minutes = number(m), seconds = number(s))
    } else if m > 0 {
        crate::msg!("workshop-time-minutes", minutes = number(m), seconds = number(s))
    } else {
        crate::msg!("workshop-time-seconds", seconds = number(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_only_while_running() {
        let mut w = Stopwatch::started(1_000);
        assert_eq!(w.elapsed(4_000), 3_000);
        w.toggle(4_000);
        assert!(!w.running());
        assert_eq!(w.elapsed(60_000), 3_000);
        w.toggle(60_000);
        assert_eq!(w.elapsed(61_500), 4_500);
        w.reset(70_000);
        assert_eq!(w.elapsed(71_000), 1_000);
        w.toggle(71_000);
        w.reset(80_000);
        assert_eq!(w.elapsed(90_000), 0);
    }

    #[test]
    fn a_clock_going_backwards_never_gives_negative_time() {
        let w = Stopwatch::started(10_000);
        assert_eq!(w.elapsed(5_000), 0);
    }

    #[test]
    fn clocks_read_as_minutes_and_hours() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(65_000), "1:05");
        assert_eq!(clock(3_725_000), "1:02:05");
        assert_eq!(spoken(65_000), "1 minute 5 seconds");
        assert_eq!(spoken(3_600_000), "1 hour 0 minutes 0 seconds");
        assert_eq!(spoken(2_000), "2 seconds");
    }
}

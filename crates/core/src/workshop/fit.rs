//! Fitting a stage to the audience window: the projector shows the whole stage, never part of it
//! below the fold. The text is made as large as fits, between [`MIN_FIT`] and 100% of the size
//! the trainer chose (+ and −); the debrief, which no text size would fit, is paged by Next
//! ([`crate::workshop::Session::debrief_parts`]).

/// The smallest the text is made to fit, in percent of the size the trainer chose: at 1024×768
/// still about 16 px, readable on a projector in a training room.
pub const MIN_FIT: u32 = 45;

/// The largest size in percent, from [`MIN_FIT`] to 100, at which `fits` says the stage fits,
/// found by halving (within 2%), and whether it fits at that size. `fits` sets the size and
/// measures; it is called about seven times at most.
pub fn largest_fit(mut fits: impl FnMut(u32) -> bool) -> (u32, bool) {
    if fits(100) {
        return (100, true);
    }
    if !fits(MIN_FIT) {
        return (MIN_FIT, false);
    }
    // `low` fits, `high` does not.
    let (mut low, mut high) = (MIN_FIT, 100);
    while high - low > 2 {
        let mid = (low + high) / 2;
        if fits(mid) {
            low = mid;
        } else {
            high = mid;
        }
    }
    // The last size tried may have been one that did not fit: leave the stage at one that does.
    let ok = fits(low);
    (low, ok)
}

/// The size as a CSS number ("0.45", "1").
pub fn css(percent: u32) -> String {
    format!("{}.{:02}", percent / 100, percent % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stage_that_fits_keeps_its_size() {
        let mut tried = Vec::new();
        assert_eq!(
            largest_fit(|p| {
                tried.push(p);
                true
            }),
            (100, true)
        );
        assert_eq!(tried, [100]);
    }

    #[test]
    fn the_largest_size_that_fits_is_found_and_left_on_screen() {
        for limit in [45, 46, 50, 63, 77, 98, 99] {
            let mut last = 0;
            let (size, ok) = largest_fit(|p| {
                last = p;
                p <= limit
            });
            assert!(ok, "{limit}");
            assert!(size <= limit && limit - size <= 2, "{limit}: {size}");
            assert_eq!(last, size, "the size left on screen is the one found");
        }
    }

    #[test]
    fn a_stage_too_long_for_any_size_is_said_so() {
        let mut calls = 0;
        assert_eq!(
            largest_fit(|_| {
                calls += 1;
                false
            }),
            (MIN_FIT, false)
        );
        assert_eq!(calls, 2);
    }

    #[test]
    fn sizes_are_written_for_css() {
        assert_eq!(css(100), "1.00");
        assert_eq!(css(45), "0.45");
        assert_eq!(css(7), "0.07");
    }
}

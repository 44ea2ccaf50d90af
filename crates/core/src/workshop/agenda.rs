//! A session's running order and its time plan against the session's length: the trainer picks
//! the scenarios, puts them in the order to run, and sees when each starts and what is left for
//! discussion and breaks.

use crate::content::Library;
use crate::msg;

/// The length of a session the plan starts from, in minutes (a morning or afternoon workshop).
pub const DEFAULT_LENGTH: u32 = 90;
/// The longest session planned, in minutes (a whole day).
pub const MAX_LENGTH: u32 = 480;

/// One scenario in the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    /// The scenario's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Minutes from the start of the session when it starts.
    pub start: u32,
    /// Its estimated length, in minutes.
    pub minutes: u32,
}

/// The plan of a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agenda {
    /// The scenarios in the order they run.
    pub slots: Vec<Slot>,
    /// Minutes of scenarios in all.
    pub scenario_minutes: u32,
    /// The session's length, in minutes.
    pub length: u32,
}

impl Agenda {
    /// The plan for `order` (scenario ids; ids not in the app are left out) in a session of
    /// `length` minutes.
    pub fn new(order: &[String], library: &Library, length: u32) -> Agenda {
        let mut start = 0;
        let slots = order
            .iter()
            .filter_map(|id| library.scenario(id))
            .map(|s| {
                let slot = Slot { id: s.id.clone(), title: s.title.clone(), start, minutes: s.minutes };
                start += s.minutes;
                slot
            })
            .collect();
        Agenda { slots, scenario_minutes: start, length }
    }

    /// The plan in words: what the scenarios take against the length, and what is left or over.
    pub fn summary(&self) -> String {
        let (n, length) = (self.scenario_minutes, self.length);
        match length.cmp(&n) {
            std::cmp::Ordering::Greater => {
                msg!("workshop-agenda-left", n = i64::from(n), length = i64::from(length), left = i64::from(length - n))
            }
            std::cmp::Ordering::Equal => msg!("workshop-agenda-full", n = i64::from(n), length = i64::from(length)),
            std::cmp::Ordering::Less => {
                msg!("workshop-agenda-over", n = i64::from(n), over = i64::from(n - length), length = i64::from(length))
            }
        }
    }
}

/// Moves `id` one place earlier (`up`) or later in `order`; returns whether it moved.
pub fn shift(order: &mut [String], id: &str, up: bool) -> bool {
    let Some(i) = order.iter().position(|x| x == id) else { return false };
    let j = if up { i.checked_sub(1) } else { Some(i + 1).filter(|j| *j < order.len()) };
    match j {
        Some(j) => {
            order.swap(i, j);
            true
        }
        None => false,
    }
}

/// A session length typed by the trainer, in minutes: a whole number from 1 to [`MAX_LENGTH`].
pub fn parse_length(text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(n) if (1..=MAX_LENGTH).contains(&n) => Ok(n),
        _ => Err(msg!("workshop-agenda-length-refused", max = i64::from(MAX_LENGTH))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifting_moves_one_place_and_stops_at_the_ends() {
        let mut o: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        assert!(shift(&mut o, "c", true));
        assert_eq!(o, ["a", "c", "b"]);
        assert!(!shift(&mut o, "a", true));
        assert!(!shift(&mut o, "b", false));
        assert!(shift(&mut o, "a", false));
        assert_eq!(o, ["c", "a", "b"]);
        assert!(!shift(&mut o, "x", true));
    }

    #[test]
    fn lengths_are_whole_minutes_in_range() {
        assert_eq!(parse_length(" 90 "), Ok(90));
        assert!(parse_length("0").is_err());
        assert!(parse_length("481").is_err());
        assert!(parse_length("an hour").is_err());
    }
}

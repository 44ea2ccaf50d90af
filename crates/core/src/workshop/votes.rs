//! A show of hands: how the room split between the choices, and whether it has a majority.

use std::collections::BTreeMap;

/// The most hands one choice can have (larger numbers are typing slips).
pub const MAX_HANDS: u32 = 999;

/// One choice's share of the hands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    /// The choice's id.
    pub choice: String,
    /// Hands raised for it.
    pub hands: u32,
    /// Its share of all hands, in whole percent (0 when nobody voted).
    pub percent: u32,
}

/// The split across `choices` (ids, in the order shown) of the hands in `votes`.
/// Percentages are rounded so that, when anyone voted, they add up to 100.
pub fn split(choices: &[&str], votes: &BTreeMap<String, u32>) -> Vec<Share> {
    // Counted in 64 bits, so no count that data can hold overflows the arithmetic.
    let hands: Vec<u64> = choices.iter().map(|c| u64::from(votes.get(*c).copied().unwrap_or(0))).collect();
    let total: u64 = hands.iter().sum();
    let mut shares: Vec<Share> = choices
        .iter()
        .zip(&hands)
        .map(|(c, &h)| Share {
            choice: c.to_string(),
            hands: h as u32,
            percent: (h * 100).checked_div(total).unwrap_or(0) as u32,
        })
        .collect();
    if total > 0 {
        // Largest remainders get the points lost to rounding down.
        let mut short = 100 - shares.iter().map(|s| s.percent).sum::<u32>();
        let mut order: Vec<usize> = (0..shares.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(hands[i] * 100 % total));
        for i in order {
            if short == 0 {
                break;
            }
            if hands[i] * 100 % total > 0 {
                shares[i].percent += 1;
                short -= 1;
            }
        }
    }
    shares
}

/// All the hands raised (saturating: no count overflows it).
pub fn total(votes: &BTreeMap<String, u32>) -> u32 {
    votes.values().fold(0u32, |sum, n| sum.saturating_add(*n))
}

/// The choice with the most hands, if exactly one has the most and anyone voted.
pub fn majority(choices: &[&str], votes: &BTreeMap<String, u32>) -> Option<String> {
    let shares = split(choices, votes);
    let top = shares.iter().map(|s| s.hands).max().filter(|&h| h > 0)?;
    let mut leaders = shares.iter().filter(|s| s.hands == top);
    let first = leaders.next()?;
    leaders.next().is_none().then(|| first.choice.clone())
}

/// Reads a number of hands typed by the trainer: a whole number from 0 to
/// [`MAX_HANDS`]. Anything else is refused with a message, never read as 0.
pub fn parse_hands(text: &str) -> Result<u32, String> {
    let text = text.trim();
    let max = MAX_HANDS;
    let refuse = || Err(crate::msg!("workshop-hands-refused", max = i64::from(max)));
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_digit()) {
        return refuse();
    }
    match text.parse::<u32>() {
        Ok(n) if n <= max => Ok(n),
        _ => refuse(),
    }
}

/// A letter for the choice at `index` (A, B, C …), so the room can say which it means.
pub fn letter(index: usize) -> char {
    (b'A' + (index % 26) as u8) as char
}

#[cfg(test)]
mod tests {
    use super::*;

    fn votes(pairs: &[(&str, u32)]) -> BTreeMap<String, u32> {
        pairs.iter().map(|(c, n)| (c.to_string(), *n)).collect()
    }

    #[test]
    fn percentages_add_up_to_one_hundred() {
        let s = split(&["1", "2", "3"], &votes(&[("1", 1), ("2", 1), ("3", 1)]));
        assert_eq!(s.iter().map(|s| s.percent).sum::<u32>(), 100);
        let s = split(&["1", "2", "3"], &votes(&[("1", 2), ("2", 7), ("3", 0)]));
        assert_eq!(s.iter().map(|s| s.percent).collect::<Vec<_>>(), vec![22, 78, 0]);
        for a in 0..12 {
            for b in 0..12 {
                let s = split(&["x", "y", "z"], &votes(&[("x", a), ("y", b), ("z", 3)]));
                assert_eq!(s.iter().map(|s| s.percent).sum::<u32>(), 100, "{a} {b}");
            }
        }
    }

    #[test]
    fn typed_hands_are_whole_numbers_in_range_or_refused() {
        assert_eq!(parse_hands(" 12 "), Ok(12));
        assert_eq!(parse_hands("0"), Ok(0));
        assert_eq!(parse_hands("999"), Ok(999));
        for bad in ["99999999999", "-5", "3.7", "", "1e3", "abc", "1000", "\u{0663}"] {
            assert!(parse_hands(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn nobody_voting_is_all_zero_and_no_majority() {
        let s = split(&["1", "2"], &BTreeMap::new());
        assert!(s.iter().all(|s| s.hands == 0 && s.percent == 0));
        assert_eq!(majority(&["1", "2"], &BTreeMap::new()), None);
    }

    #[test]
    fn a_majority_needs_a_single_leader() {
        assert_eq!(majority(&["1", "2", "3"], &votes(&[("1", 3), ("2", 5)])), Some("2".into()));
        assert_eq!(majority(&["1", "2", "3"], &votes(&[("1", 5), ("2", 5)])), None);
        // Hands for a choice no longer offered do not count.
        assert_eq!(majority(&["1", "2"], &votes(&[("1", 1), ("9", 9)])), Some("1".into()));
    }

    #[test]
    fn letters_name_choices() {
        assert_eq!(letter(0), 'A');
        assert_eq!(letter(3), 'D');
    }
}

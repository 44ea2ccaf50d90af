//! A show of hands: how the room split between the choices, and whether it has a majority.

use std::collections::BTreeMap;

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
    let hands: Vec<u32> = choices.iter().map(|c| votes.get(*c).copied().unwrap_or(0)).collect();
    let total: u32 = hands.iter().sum();
    let mut shares: Vec<Share> = choices
        .iter()
        .zip(&hands)
        .map(|(c, &h)| Share { choice: c.to_string(), hands: h, percent: if total == 0 { 0 } else { h * 100 / total } })
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

/// All the hands raised.
pub fn total(votes: &BTreeMap<String, u32>) -> u32 {
    votes.values().sum()
}

/// The choice with the most hands, if exactly one has the most and anyone voted.
pub fn majority(choices: &[&str], votes: &BTreeMap<String, u32>) -> Option<String> {
    let shares = split(choices, votes);
    let top = shares.iter().map(|s| s.hands).max().filter(|&h| h > 0)?;
    let mut leaders = shares.iter().filter(|s| s.hands == top);
    let first = leaders.next()?;
    leaders.next().is_none().then(|| first.choice.clone())
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

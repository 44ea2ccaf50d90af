//! How many typing mistakes apart two words are.

/// The number of single-letter insertions, deletions, substitutions or swaps of neighbours
/// that turn `a` into `b` (optimal string alignment), or `None` if it is more than `max`.
pub(super) fn within(a: &str, b: &str, max: usize) -> Option<usize> {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let width = b.len() + 1;
    let mut before: Vec<usize> = vec![0; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current: Vec<usize> = vec![0; width];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            current[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    Some(previous[b.len()]).filter(|d| *d <= max)
}

#[cfg(test)]
mod tests {
    use super::within;

    #[test]
    fn counts_typing_mistakes() {
        assert_eq!(within("referral", "referral", 2), Some(0));
        assert_eq!(within("referal", "referral", 2), Some(1));
        assert_eq!(within("mechansim", "mechanism", 2), Some(1), "a swap of neighbours is one mistake");
        assert_eq!(within("natonal", "national", 1), Some(1));
        assert_eq!(within("guardian", "garden", 1), None);
        assert_eq!(within("abc", "abcdef", 2), None);
    }
}

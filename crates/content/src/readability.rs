//! Reading ease (Flesch), printed for each page so writers can see how plain it is.

/// The Flesch reading ease of `text`: higher is easier; 60 to 70 is plain English.
/// `None` when there is too little text to score.
pub fn flesch(text: &str) -> Option<f32> {
    let words: Vec<&str> = text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).collect();
    if words.len() < 20 {
        return None;
    }
    let sentences = text.split(['.', '!', '?', ':', ';']).filter(|s| s.split_whitespace().count() > 1).count().max(1);
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let w = words.len() as f32;
    Some(206.835 - 1.015 * (w / sentences as f32) - 84.6 * (syllables as f32 / w))
}

/// A close-enough count of the syllables of an English word: groups of vowels, less a silent
/// final e, at least one.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().filter(char::is_ascii_alphabetic).collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut count = 0;
    let mut before = false;
    for &c in &w {
        let v = vowel(c);
        if v && !before {
            count += 1;
        }
        before = v;
    }
    let n = w.len();
    if n > 2 && w[n - 1] == 'e' && !vowel(w[n - 2]) && (w[n - 2] != 'l' || vowel(w[n - 3])) {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_syllables_well_enough() {
        for (w, n) in [("child", 1), ("safe", 1), ("people", 2), ("exploited", 3), ("referral", 3), ("the", 1)] {
            assert_eq!(syllables(w), n, "{w}");
        }
    }

    #[test]
    fn plain_text_scores_higher_than_dense_text() {
        let plain = "Call the police if the child is in danger. Tell the social worker what you saw. Write it down in the child's words. Keep the child safe.";
        let dense = "Notwithstanding organisational considerations, practitioners' identification of exploitation necessitates multi-agency collaboration incorporating comprehensive safeguarding methodologies and contextualised assessment procedures throughout intervention.";
        assert!(flesch(plain).unwrap() > 70.0, "{:?}", flesch(plain));
        assert!(flesch(dense).unwrap() < 10.0, "{:?}", flesch(dense));
        assert_eq!(flesch("Too short."), None);
    }
}

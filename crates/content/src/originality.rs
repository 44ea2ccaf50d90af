//! Checking that content does not repeat the source documents' sentences.
//!
//! Every run of [`RUN`] words in the sources is reduced to a 64-bit fingerprint; the
//! fingerprints (not the text) are kept in `tests/fixtures/source-fingerprints.txt`, made by
//! `scripts/fingerprint-sources`. A run of content words with the same fingerprint was copied.

use std::collections::HashSet;

/// How many words in a row count as copying: the same length the project's copy check uses.
pub const RUN: usize = 12;

/// The words of `text` as the check compares them: lower case letters, digits and apostrophes.
pub fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace('’', "'")
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The fingerprint of each run of [`RUN`] words in `words`, with the index of its first word.
pub fn fingerprints(words: &[String]) -> impl Iterator<Item = (usize, u64)> + '_ {
    words.windows(RUN).enumerate().map(|(i, run)| (i, fnv1a(run)))
}

/// FNV-1a over the words, separated by spaces: stable across machines and versions.
fn fnv1a(run: &[String]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, word) in run.iter().enumerate() {
        if i > 0 {
            hash = (hash ^ u64::from(b' ')).wrapping_mul(0x0100_0000_01b3);
        }
        for b in word.bytes() {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// Reads a fingerprint file: one hexadecimal fingerprint a line; `#` starts a comment.
pub fn read_fingerprints(text: &str) -> HashSet<u64> {
    text.lines().filter(|l| !l.starts_with('#')).filter_map(|l| u64::from_str_radix(l.trim(), 16).ok()).collect()
}

/// The runs of `text` whose fingerprints are in `known`, as the words of each run.
pub fn copied_runs(text: &str, known: &HashSet<u64>) -> Vec<String> {
    let words = words(text);
    let mut runs = Vec::new();
    let mut last_end = 0;
    for (i, f) in fingerprints(&words) {
        if known.contains(&f) && i >= last_end {
            runs.push(words[i..i + RUN].join(" "));
            last_end = i + RUN;
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_run_copied_with_different_case_and_punctuation() {
        let source = "Our own made-up sentence here has at least twelve words in it, for testing only.";
        let known: HashSet<u64> = fingerprints(&words(source)).map(|(_, f)| f).collect();
        let page = "Intro. OUR OWN made up sentence, here has at least twelve words in it — for testing!";
        assert_eq!(copied_runs(page, &known).len(), 1);
        assert!(copied_runs(
            "Entirely different words written by us for a page about something else entirely.",
            &known
        )
        .is_empty());
    }

    #[test]
    fn fingerprints_are_stable() {
        let w = words("one two three four five six seven eight nine ten eleven twelve");
        let f: Vec<u64> = fingerprints(&w).map(|(_, f)| f).collect();
        assert_eq!(f.len(), 1);
        assert_eq!(read_fingerprints(&format!("# comment\n{:016x}\n", f[0])), f.into_iter().collect());
    }
}

//! Writes the fingerprints of every run of words in the given source documents, one per line,
//! for the copy check in `tests/content.rs`. Only fingerprints are kept, never the text.
//! Run through `scripts/fingerprint-sources`.

use rr_content::originality::{fingerprints, words, RUN};
use std::collections::BTreeSet;

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: fingerprint_sources FILE...");
        std::process::exit(2);
    }
    let mut all = BTreeSet::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("cannot read {file}: {e}"));
        all.extend(fingerprints(&words(&text)).map(|(_, f)| f));
    }
    println!(
        "# Fingerprints of every run of {RUN} words in the source documents (made by scripts/fingerprint-sources)."
    );
    for f in all {
        println!("{f:016x}");
    }
}

//! The content check a writer runs: every check the build makes, then each guidance page's
//! reading ease (Flesch; 60 and above is plain English) and length.
//!
//! `cargo run --example content_check` (also run by `scripts/test`).

use rr_content::load::load;
use rr_content::readability::flesch;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let library = match load(&root) {
        Ok(l) => l,
        Err(errors) => {
            eprintln!("The content has {} problem(s):", errors.len());
            for e in errors {
                eprintln!("  {e}");
            }
            std::process::exit(1);
        }
    };
    println!(
        "Content check passed: {} guidance pages, {} glossary entries, {} signs, {} sources.",
        library.guidance.len(),
        library.glossary.len(),
        library.signs().count(),
        library.sources.len()
    );
    println!();
    println!("{:>6}  {:>6}  page", "ease", "words");
    for page in library.guidance.iter().chain(library.site.iter()) {
        let text = text_of(&page.html);
        let words = text.split_whitespace().count();
        let ease = flesch(&text).map(|f| format!("{f:.0}")).unwrap_or_else(|| "-".into());
        println!("{ease:>6}  {words:>6}  {} ({})", page.title, page.slug);
    }
    println!();
    println!("Reading ease: 60 to 70 is plain English; below 50 is hard going. Lists, names of laws and");
    println!("organisations pull the score down, so use it to compare pages, not as a target.");
}

/// The visible text of rendered HTML, with a full stop after each block so lists and headings
/// count as sentences.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut tag = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                tag.clear();
            }
            '>' if in_tag => {
                in_tag = false;
                if ["/p", "/li", "/h2", "/h3", "/td", "/th"].contains(&tag.as_str()) {
                    out.push_str(". ");
                } else {
                    out.push(' ');
                }
            }
            _ if in_tag => tag.push(c),
            _ => out.push(c),
        }
    }
    out
}

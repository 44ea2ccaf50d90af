//! The language rule: wording that blames a child, or clears one, is refused in every content
//! file, with its file, line and column. The phrases live in `content/language.toml`, so a
//! trainer can add to them without touching code.
//!
//! The check reads each file's raw text, so the position it gives is exact whatever the file's
//! format. A phrase inside quotation marks is allowed where a page shows what not to say: in
//! Markdown inside straight or curly double quotes, in TOML only inside curly ones (every TOML
//! string already sits inside straight quotes).

use super::files::Files;
use super::front_matter::parse_toml;
use super::ContentError;
use serde::Deserialize;

/// The file of phrases to avoid, relative to the content folder.
pub(super) const LANGUAGE_FILE: &str = "language.toml";
/// Files the rule does not read: the phrase list itself, and the bibliography (citations repeat
/// titles as published).
const NOT_CHECKED: [&str; 2] = [LANGUAGE_FILE, "sources.toml"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRules {
    rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    avoid: Vec<String>,
    instead: String,
}

/// The phrases to avoid, lower-cased, each with what to say instead. Longest first, so the
/// message names the whole phrase found.
#[derive(Debug, Default)]
pub(super) struct Rules(Vec<(String, String)>);

impl Rules {
    /// Reads `content/language.toml`. A missing or broken file is a problem: without it the
    /// rule could not run.
    pub(super) fn load(root: &Files, file: &str, errors: &mut Vec<ContentError>) -> Rules {
        let Some(text) = root.text(LANGUAGE_FILE) else {
            errors.push(ContentError::new(file, 1, "cannot read the list of wording to avoid"));
            return Rules::default();
        };
        let raw: RawRules = match parse_toml(file, text, 1, "") {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                return Rules::default();
            }
        };
        let mut phrases: Vec<(String, String)> = raw
            .rule
            .into_iter()
            .flat_map(|r| {
                let instead = r.instead;
                r.avoid.into_iter().map(move |p| (p.trim().to_lowercase(), instead.clone()))
            })
            .filter(|(p, _)| !p.is_empty())
            .collect();
        phrases.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        Rules(phrases)
    }

    /// Every use of a phrase to avoid in `text`, as problems at their line and column.
    pub(super) fn check(&self, file: &str, text: &str, markdown: bool, errors: &mut Vec<ContentError>) {
        for (n, line) in text.lines().enumerate() {
            let lower = line.to_lowercase();
            // Lower-casing can change byte lengths; only compare where it did not.
            if lower.len() != line.len() {
                continue;
            }
            let mut taken: Vec<(usize, usize)> = Vec::new();
            for (phrase, instead) in &self.0 {
                for (at, _) in lower.match_indices(phrase.as_str()) {
                    let end = at + phrase.len();
                    if !whole_words(&lower, at, end)
                        || taken.iter().any(|(s, e)| at < *e && end > *s)
                        || quoted(line, at, markdown)
                    {
                        continue;
                    }
                    taken.push((at, end));
                    let column = line[..at].chars().count() + 1;
                    errors.push(ContentError::at(
                        file,
                        n + 1,
                        column,
                        format!("'{}' blames or clears a child: {instead}", &line[at..end]),
                    ));
                }
            }
        }
    }
}

/// Whether `[at, end)` of `text` starts and ends at word boundaries.
fn whole_words(text: &str, at: usize, end: usize) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '-';
    !text[..at].chars().next_back().is_some_and(word) && !text[end..].chars().next().is_some_and(word)
}

/// Whether byte `at` of `line` is inside quotation marks.
fn quoted(line: &str, at: usize, markdown: bool) -> bool {
    let before = &line[..at];
    let curly = before.matches('\u{201c}').count() > before.matches('\u{201d}').count();
    curly || (markdown && before.matches('"').count() % 2 == 1)
}

/// Checks every `.md` and `.toml` file under `root` (except the phrase list and the
/// bibliography) against the rules, and gives the rules back for checking more files.
pub(super) fn check_all(root: &Files, errors: &mut Vec<ContentError>) -> Rules {
    let rules = Rules::load(root, &root.display(LANGUAGE_FILE), errors);
    for (rel, text) in root.all() {
        if NOT_CHECKED.contains(&rel) {
            continue;
        }
        if let Ok(text) = text {
            rules.check(&root.display(rel), text, rel.ends_with(".md"), errors);
        }
    }
    rules
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Rules {
        Rules(vec![
            ("putting herself at risk".into(), "say what adults do".into()),
            ("is safe".into(), "never say it".into()),
        ])
    }

    fn found(text: &str, markdown: bool) -> Vec<(usize, usize)> {
        let mut errors = Vec::new();
        rules().check("f.md", text, markdown, &mut errors);
        errors.iter().map(|e| (e.line, e.column)).collect()
    }

    #[test]
    fn finds_each_phrase_at_its_line_and_column() {
        assert_eq!(found("First line.\nShe is Putting Herself At Risk, and he is safe.", true), vec![(2, 8), (2, 40)]);
    }

    #[test]
    fn only_whole_words_count() {
        assert!(found("This is safer. It is safeguarding.", true).is_empty());
    }

    #[test]
    fn quoted_phrases_are_allowed_where_the_file_allows_quotes() {
        assert!(found("Never say \"she is putting herself at risk\".", true).is_empty());
        assert!(found("Never say \u{201c}he is safe\u{201d}.", false).is_empty());
        assert_eq!(found("text = \"He is safe\"", false), vec![(1, 12)], "straight quotes do not excuse TOML text");
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        assert_eq!(found("\u{2014}\u{2014} he is safe", true), vec![(1, 7)]);
    }
}

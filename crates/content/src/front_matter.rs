//! Splitting a content file into its TOML front matter and its Markdown body, with line numbers.

use super::ContentError;
use serde::de::DeserializeOwned;

/// A content file cut in two.
#[derive(Debug)]
pub(super) struct Split<'a> {
    /// The TOML between the `+++` lines.
    pub(super) front: &'a str,
    /// The line of the file on which the front matter starts (the line after the first `+++`).
    pub(super) front_line: usize,
    /// The Markdown after the closing `+++`.
    pub(super) body: &'a str,
    /// The line of the file on which the body starts.
    pub(super) body_line: usize,
}

/// Cuts `text` at its `+++` fences. The file must start with a `+++` line.
pub(super) fn split<'a>(file: &str, text: &'a str) -> Result<Split<'a>, ContentError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "+++" {
        return Err(ContentError::new(
            file,
            1,
            "the file must start with a line of three plus signs (+++) opening the front matter",
        ));
    }
    let front_start = first.len();
    let mut offset = front_start;
    for (i, line) in lines.enumerate() {
        if line.trim_end() == "+++" {
            let front = &text[front_start..offset];
            let body = &text[offset + line.len()..];
            return Ok(Split { front, front_line: 2, body, body_line: i + 3 });
        }
        offset += line.len();
    }
    Err(ContentError::new(file, 1, "the front matter is never closed: add a line of three plus signs (+++) after it"))
}

/// Parses front matter as `T`, reporting the file line of any TOML error.
pub(super) fn parse<T: DeserializeOwned>(file: &str, split: &Split<'_>) -> Result<T, ContentError> {
    parse_toml(file, split.front, split.front_line, "front matter: ")
}

/// Parses TOML `text`, which starts on line `first_line` of `file`, as `T`. An error names the
/// file line it is on, its message led by `prefix`.
pub(super) fn parse_toml<T: DeserializeOwned>(
    file: &str,
    text: &str,
    first_line: usize,
    prefix: &str,
) -> Result<T, ContentError> {
    toml::from_str(text).map_err(|e| {
        let message = format!("{prefix}{}", e.message().trim());
        match e.span() {
            Some(s) => {
                let (line, column) = place(text, first_line, s.start);
                ContentError::at(file, line, column, message)
            }
            None => ContentError::new(file, first_line, message),
        }
    })
}

/// A TOML date with no time, as `YYYY-MM-DD`; `None` for anything else.
pub(super) fn iso_date(value: &toml::value::Datetime) -> Option<String> {
    match (value.date, value.time) {
        (Some(d), None) => Some(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        _ => None,
    }
}

/// The 1-based line of byte `offset` in `text`.
pub(super) fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() + 1
}

/// The file line and column (1-based, in characters) of byte `offset` of `text`, where `text`
/// starts on line `first_line` of its file. Parsers give byte spans; people count characters.
pub(super) fn place(text: &str, first_line: usize, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    (first_line + line_of(text, offset) - 1, text[line_start..offset].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    struct Fm {
        #[allow(dead_code)]
        title: String,
    }

    #[test]
    fn splits_and_counts_lines() {
        let s = split("f.md", "+++\ntitle = \"x\"\n+++\n\nHello\n").unwrap();
        assert_eq!(s.front, "title = \"x\"\n");
        assert_eq!(s.body, "\nHello\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn missing_opening_fence_is_line_one() {
        let e = split("f.md", "title = 1\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains("+++"));
    }

    #[test]
    fn unclosed_front_matter_is_reported() {
        let e = split("f.md", "+++\ntitle = \"x\"\n").unwrap_err();
        assert!(e.message.contains("never closed"), "{e}");
    }

    #[test]
    fn toml_error_names_the_file_line() {
        let text = "+++\ntitle = \"x\"\nsummary = \n+++\n";
        let s = split("f.md", text).unwrap();
        let e = parse::<Fm>("f.md", &s).unwrap_err();
        assert_eq!(e.file, "f.md");
        assert_eq!(e.line, 3, "{e}");
    }

    #[test]
    fn unknown_field_is_reported_on_its_line() {
        let text = "+++\ntitle = \"x\"\ntitel = \"y\"\n+++\n";
        let s = split("f.md", text).unwrap();
        let e = parse::<Fm>("f.md", &s).unwrap_err();
        assert_eq!(e.line, 3, "{e}");
        assert!(e.message.contains("titel"), "{e}");
    }
}

//! Small text helpers shared by the content build, the interface and their tests.

/// `2026-11-23` as `23 November 2026`, the form GOV.UK uses. Anything else is returned as it is.
pub fn long_date(iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    match (y.parse::<u32>(), m.parse::<usize>(), d.parse::<u32>()) {
        (Ok(y), Ok(m @ 1..=12), Ok(d @ 1..=31)) => crate::msg!(
            "text-long-date",
            day = d.to_string(),
            month = crate::message!("text-month", month = m),
            year = y.to_string()
        ),
        _ => iso.to_string(),
    }
}

/// The text of some HTML: tags become spaces, the few entities the content renderer writes are
/// decoded, and runs of white space become one space.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text made safe to put in HTML, in an element or a quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `text` cut into runs, each with whether it is one of the phrases `english`: words kept in
/// English inside text in another language (a fact's words from the register, inside a Welsh
/// sentence), for a screen to mark `lang="en-GB"`. A phrase counts only where it stands whole,
/// not inside a longer word or number; the longest one that fits is taken. Joined, the runs are
/// `text`, so what is copied or printed is the text as it is.
pub fn english_runs<'a>(text: &'a str, english: &[String]) -> Vec<(&'a str, bool)> {
    let mut runs = Vec::new();
    if english.is_empty() {
        runs.push((text, false));
        return runs;
    }
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let (mut plain_from, mut i) = (0, 0);
    while i < text.len() {
        let rest = &text[i..];
        let found = (!word(text[..i].chars().next_back()))
            .then(|| {
                english
                    .iter()
                    .filter(|p| !p.is_empty() && rest.starts_with(p.as_str()) && !word(rest[p.len()..].chars().next()))
                    .max_by_key(|p| p.len())
            })
            .flatten();
        match found {
            Some(phrase) => {
                if plain_from < i {
                    runs.push((&text[plain_from..i], false));
                }
                runs.push((&text[i..i + phrase.len()], true));
                i += phrase.len();
                plain_from = i;
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    if plain_from < text.len() || runs.is_empty() {
        runs.push((&text[plain_from..], false));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_iso_dates() {
        assert_eq!(long_date("2026-11-23"), "23 November 2026");
        assert_eq!(long_date("2026-01-05"), "5 January 2026");
    }

    #[test]
    fn a_welsh_reader_sees_the_welsh_month() {
        crate::messages::set_lang(crate::messages::Lang::Cy);
        let welsh = (long_date("2026-06-03"), long_date("2026-11-23"));
        crate::messages::set_lang(crate::messages::Lang::EnGb);
        assert_eq!(welsh, ("3 Mehefin 2026".to_string(), "23 Tachwedd 2026".to_string()));
    }

    #[test]
    fn english_phrases_are_found_whole_and_the_runs_give_back_the_text() {
        let english =
            vec!["section 45".to_string(), "Section 45".to_string(), "24 hours".to_string(), "24".to_string()];
        let text = "Mae gan blentyn amddiffyniad (section 45). Section 45 o'r Ddeddf; ar agor 24 hours, 2024, 124 awr";
        let runs = english_runs(text, &english);
        assert_eq!(runs.iter().map(|(r, _)| *r).collect::<String>(), text);
        let marked: Vec<&str> = runs.iter().filter(|(_, e)| *e).map(|(r, _)| *r).collect();
        assert_eq!(marked, vec!["section 45", "Section 45", "24 hours"], "{runs:?}");
        assert_eq!(english_runs("dim", &[]), vec![("dim", false)]);
        assert_eq!(english_runs("", &english), vec![("", false)]);
        assert_eq!(english_runs("24", &english), vec![("24", true)]);
        assert_eq!(english_runs("ŵy 24 ŷd", &english), vec![("ŵy ", false), ("24", true), (" ŷd", false)]);
    }

    #[test]
    fn leaves_other_text_alone() {
        assert_eq!(long_date("2026-13-01"), "2026-13-01");
        assert_eq!(long_date("soon"), "soon");
    }

    #[test]
    fn text_is_escaped_for_html() {
        assert_eq!(escape_html("<b>\"Tom\" & 'Jo'</b>"), "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jo&#39;&lt;/b&gt;");
    }
}

/// `text` without the invisible characters that change the direction of the text around them
/// (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C), so free text a person typed or
/// imported can never make a shown record read in a different order from what was written.
pub fn without_direction_controls(text: &str) -> String {
    text.chars().filter(|c| !is_direction_control(*c)).collect()
}

fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// Whether a piece of free text is one line (a name, a number, an action in the log) or may run
/// over several (a note, a reason, a reflection).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// One line: a line break becomes a space.
    One,
    /// Several lines: a line break is kept, written as `\n`.
    Many,
}

/// The one sanitiser for every piece of free text the app keeps, used both when the app writes
/// it and when stored data, an export or a contacts file is read:
///
/// - direction controls are removed ([`without_direction_controls`]), so a record cannot be
///   made to read in another order than it was written, or show a number reversed;
/// - control characters (C0, DEL and C1) are removed, except that a tab becomes a space and a
///   line break (CR LF, CR, LF, U+2028, U+2029) is kept as `\n` in text of [`Lines::Many`] and
///   becomes a space in text of [`Lines::One`];
/// - invisible characters that only hide or split text (zero-width space, word joiner, the
///   byte-order mark, invisible operators, interlinear annotation marks) are removed. The
///   zero-width joiner and non-joiner stay: some scripts and emoji need them.
///
/// Nothing else changes: the text is not trimmed or cut here.
pub fn clean(text: &str, lines: Lines) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let line_break = match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                true
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => true,
            _ => false,
        };
        if line_break {
            out.push(if lines == Lines::Many { '\n' } else { ' ' });
        } else if c == '\t' {
            out.push(' ');
        } else if !(c.is_control() || is_direction_control(c) || is_invisible(c)) {
            out.push(c);
        }
    }
    out
}

/// Whether [`clean`] removes or replaces `c` in a line of text: the page's first script, which
/// cannot clean, leaves out a kept name holding any such character (its contract gives them,
/// worked out from this).
pub fn changed_by_clean(c: char) -> bool {
    let mut one = [0u8; 4];
    let text: &str = c.encode_utf8(&mut one);
    clean(text, Lines::One) != text
}

/// Characters that show nothing and only hide or split the text around them.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{2060}'..='\u{2064}' | '\u{206a}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}' | '\u{180e}')
}

#[cfg(test)]
mod direction_tests {
    use super::{clean, Lines};

    #[test]
    fn direction_controls_are_removed_and_the_rest_kept() {
        assert_eq!(
            super::without_direction_controls("Seen at \u{202e}gnissim\u{202c} training \u{2067}x\u{2069}"),
            "Seen at gnissim training x"
        );
        assert_eq!(super::without_direction_controls("Arabic \u{0627} stays"), "Arabic \u{0627} stays");
    }

    #[test]
    fn clean_removes_controls_and_invisible_characters_and_keeps_line_breaks_only_where_allowed() {
        let forged =
            "Police \u{202e}0010 0096 23610\u{202c}\u{0}\u{7}\u{1b}[31m\u{7f}\u{9b}\u{200b}\u{feff}\u{2066}x\u{2069}";
        assert_eq!(clean(forged, Lines::One), "Police 0010 0096 23610[31mx");
        assert_eq!(clean("a\r\nb\rc\nd\u{2028}e\u{2029}f\u{85}g\th", Lines::Many), "a\nb\nc\nd\ne\nf\ng h");
        assert_eq!(clean("a\r\nb\rc\nd\te", Lines::One), "a b c d e");
        // Letters of every script, emoji with joiners, and ordinary punctuation stay as they are.
        for kept in [
            "Zoë, Łódź, \u{0627}\u{0644}, 日本",
            "\u{1f469}\u{200d}\u{1f467}",
            "\u{0915}\u{094d}\u{200c}\u{0937}",
            "£5 – “quoted”",
            "",
        ] {
            assert_eq!(clean(kept, Lines::One), kept);
            assert_eq!(clean(kept, Lines::Many), kept);
        }
    }
}

/// FNV-1a, 64 bits: stable across builds and machines (the fingerprints of content and of
/// translations).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

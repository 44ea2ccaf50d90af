//! Small text helpers shared by the content build, the interface and their tests.

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `2026-11-23` as `23 November 2026`, the form GOV.UK uses. Anything else is returned as it is.
pub fn long_date(iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    match (y.parse::<u32>(), m.parse::<usize>(), d.parse::<u32>()) {
        (Ok(y), Ok(m @ 1..=12), Ok(d @ 1..=31)) => format!("{d} {} {y}", MONTHS[m - 1]),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_iso_dates() {
        assert_eq!(long_date("2026-11-23"), "23 November 2026");
        assert_eq!(long_date("2026-01-05"), "5 January 2026");
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
    text.chars()
        .filter(
            |c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}'),
        )
        .collect()
}

#[cfg(test)]
mod direction_tests {
    #[test]
    fn direction_controls_are_removed_and_the_rest_kept() {
        assert_eq!(
            super::without_direction_controls("Seen at \u{202e}gnissim\u{202c} training \u{2067}x\u{2069}"),
            "Seen at gnissim training x"
        );
        assert_eq!(super::without_direction_controls("Arabic \u{0627} stays"), "Arabic \u{0627} stays");
    }
}

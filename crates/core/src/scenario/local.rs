//! Scenarios a trainer wrote on this device (the author screen): the file as written, and the
//! scenario the content crate's checker made of it. Kept with the saved data, so they appear in
//! the scenario list and workshop mode on every build, and exported as the same file.
//!
//! The checker is not in the phone build, so what is read back from storage or an imported file
//! is checked again here before use: the same shape as a checked scenario (every scene named,
//! every choice leading somewhere, every path reaching an ending) and scene text made only of
//! the plain HTML the content crate writes, so a forged file cannot put anything else on screen.

use super::{explore, Scenario};
use crate::route::is_slug;
use serde::{Deserialize, Serialize};

/// The most scenarios kept on one device.
pub const MAX_AUTHORED: usize = 20;
/// The longest file kept, in bytes (the app's own scenarios are under 20 KB).
pub const MAX_FILE_BYTES: usize = 60_000;

/// A scenario written on this device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Authored {
    /// Its file name, such as `my-case.md`: the scenario's id with `.md`.
    pub file: String,
    /// The file exactly as written, exported byte for byte.
    pub text: String,
    /// When it was last saved (milliseconds since 1970).
    pub saved_at: u64,
    /// What the checker made of it when it was saved.
    pub scenario: Scenario,
}

impl Authored {
    /// Why this cannot be used as it is, if it cannot: the plain words shown to the person.
    pub fn check(&self) -> Result<(), String> {
        let s = &self.scenario;
        if self.file != format!("{}.md", s.id) || !is_slug(&s.id) {
            return Err(format!("its file name '{}' does not match its id", self.file));
        }
        if self.text.len() > MAX_FILE_BYTES {
            return Err(format!("it is longer than {} KB", MAX_FILE_BYTES / 1000));
        }
        if s.scene(&s.start).is_none() {
            return Err("its start scene is missing".into());
        }
        for scene in &s.scenes {
            for choice in &scene.choices {
                if s.scene(&choice.target).is_none() {
                    return Err(format!("a choice in '{}' leads to a scene that does not exist", scene.id));
                }
            }
            if scene.blocks.iter().any(|b| !html_is_plain(&b.html)) {
                return Err(format!("the text of scene '{}' holds something other than plain text and links inside the app (such as an image)", scene.id));
            }
        }
        match explore::problems(s).first() {
            Some(p) => Err(format!("scene '{}': {}", p.scene, p.message)),
            None => Ok(()),
        }
    }

    /// The scenario marked as written on this device.
    pub fn marked(&self) -> Scenario {
        Scenario { local: true, ..self.scenario.clone() }
    }
}

/// Elements the content crate writes for scene text, with the attributes each may have.
const ALLOWED: &[(&str, &[&str])] = &[
    ("p", &["class"]),
    ("em", &[]),
    ("strong", &[]),
    ("a", &["href"]),
    ("ul", &[]),
    ("ol", &["start"]),
    ("li", &[]),
    ("h2", &["id"]),
    ("h3", &["id"]),
    ("h4", &["id"]),
    ("h5", &["id"]),
    ("h6", &["id"]),
    ("blockquote", &[]),
    ("code", &[]),
    ("pre", &[]),
    ("hr", &[]),
    ("br", &[]),
    ("table", &[]),
    ("thead", &[]),
    ("tbody", &[]),
    ("tr", &[]),
    ("th", &[]),
    ("td", &[]),
    ("div", &["class"]),
    ("button", &["type", "class", "aria-expanded"]),
    ("span", &["class", "hidden"]),
];

/// Whether `html` holds only the elements and attributes the content crate writes for scene
/// text, with links only to the app's own screens (`#/...`).
pub fn html_is_plain(html: &str) -> bool {
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else { return false };
        if !tag_is_plain(&after[..close]) {
            return false;
        }
        rest = &after[close + 1..];
    }
    true
}

fn tag_is_plain(tag: &str) -> bool {
    if let Some(name) = tag.strip_prefix('/') {
        return ALLOWED.iter().any(|(n, _)| *n == name);
    }
    let tag = tag.strip_suffix('/').unwrap_or(tag).trim_end();
    let (name, mut attrs) = tag.split_once(' ').unwrap_or((tag, ""));
    let Some((_, allowed)) = ALLOWED.iter().find(|(n, _)| *n == name) else { return false };
    loop {
        attrs = attrs.trim_start();
        if attrs.is_empty() {
            return true;
        }
        let end = attrs.find(['=', ' ']).unwrap_or(attrs.len());
        let attr = &attrs[..end];
        if !allowed.contains(&attr) {
            return false;
        }
        attrs = &attrs[end..];
        let Some(quoted) = attrs.strip_prefix("=\"") else {
            // Only `hidden` stands alone.
            if attr != "hidden" {
                return false;
            }
            continue;
        };
        let Some(close) = quoted.find('"') else { return false };
        let value = &quoted[..close];
        let fine = match attr {
            "href" => value.starts_with("#/") && !value.contains(':'),
            _ => value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ' ' || c == '_'),
        };
        if !fine {
            return false;
        }
        attrs = &quoted[close + 1..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_crate_s_own_html_is_plain() {
        for html in [
            "<p>Text with <em>this</em> and <a href=\"#/guidance/nrm/who\">a link</a> &amp; more.</p>\n",
            "<ul>\n<li>One</li>\n</ul>\n<ol start=\"3\">\n<li>x</li>\n</ol>\n<hr />\n<br />",
            "<p>The <button type=\"button\" class=\"abbr\" aria-expanded=\"false\">NRM<span class=\"abbr-long\" hidden> (National Referral Mechanism)</span></button>.</p>",
            "<div class=\"nation-passage for-scotland\"><p class=\"nation-label\">In Scotland</p>\n<p>x</p></div>",
            "<h3 id=\"what-next\">What next</h3><table><thead><tr><th>a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>",
        ] {
            assert!(html_is_plain(html), "{html}");
        }
    }

    #[test]
    fn anything_else_is_refused() {
        for html in [
            "<script>alert(1)</script>",
            "<img src=\"x\" onerror=\"alert(1)\">",
            "<p onclick=\"x()\">Hi</p>",
            "<a href=\"https://example.org\">out</a>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"#/x\" style=\"color:red\">x</a>",
            "<p class=\"a\" class=\"b\"\">x</p>",
            "<iframe src=\"#/\"></iframe>",
            "<p>unclosed <em",
            "<span class=\"x\" hidden onmouseover=\"y\">z</span>",
            "<a href='#/x'>single quotes</a>",
            "<svg><script>x</script></svg>",
        ] {
            assert!(!html_is_plain(html), "{html}");
        }
    }
}

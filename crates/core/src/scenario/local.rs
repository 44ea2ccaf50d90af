//! Scenarios a trainer wrote on this device (the author screen): the file as written, and the
//! scenario the content crate's checker made of it. Kept with the saved data, so they appear in
//! the scenario list and workshop mode on every build, and exported as the same file.
//!
//! The checker is not in the phone build, so what is read back from storage or an imported file
//! is checked again here before use ([`Authored::scenario`]): every scene a choice or the start
//! names exists (so the player can always go on), and scene text is made only of the plain HTML
//! the content crate writes, so a forged file cannot put anything else on screen. (Whether every
//! path reaches an ending was checked by the author screen when it was kept.) The scenario is
//! kept as its JSON and read with the same reader as the app's own scenarios, so the phone build
//! carries no second one.

use super::Scenario;
use crate::route::is_slug;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// How a scenario written on this device is marked wherever it is listed.
pub const MARK: &str = "Written locally, not reviewed";

/// The most scenarios kept on one device.
pub const MAX_AUTHORED: usize = 20;
/// The longest file kept, in bytes (the app's own scenarios are under 20 KB).
pub const MAX_FILE_BYTES: usize = 60_000;

/// A scenario written on this device.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authored {
    /// Its file name, such as `my-case.md`: the scenario's id with `.md`.
    pub file: String,
    /// The file exactly as written, exported byte for byte.
    pub text: String,
    /// When it was last saved (milliseconds since 1970).
    pub saved_at: u64,
    /// What the checker made of it when it was saved, as JSON (see [`Authored::scenario`]).
    scenario: Box<RawValue>,
}

impl PartialEq for Authored {
    fn eq(&self, other: &Authored) -> bool {
        self.file == other.file
            && self.text == other.text
            && self.saved_at == other.saved_at
            && self.scenario.get() == other.scenario.get()
    }
}

impl Authored {
    /// The file `file` holding `text`, kept at `saved_at`, with what the checker made of it.
    pub fn new(file: String, text: String, saved_at: u64, scenario: &Scenario) -> Result<Authored, String> {
        let scenario = serde_json::value::to_raw_value(scenario).map_err(|e| e.to_string())?;
        let authored = Authored { file, text, saved_at, scenario };
        authored.scenario()?;
        Ok(authored)
    }

    /// Its id: the file name without `.md`.
    pub fn id(&self) -> &str {
        self.file.strip_suffix(".md").unwrap_or(&self.file)
    }

    /// The scenario, marked as written on this device, or why it cannot be used as it is (the
    /// plain words shown to the person).
    pub fn scenario(&self) -> Result<Scenario, String> {
        let mut s: Scenario =
            serde_json::from_str(self.scenario.get()).map_err(|_| "it could not be read".to_string())?;
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
        s.local = true;
        Ok(s)
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

//! Scenarios a trainer wrote on this device (the author screen): the file as written, and the
//! scenario the content crate's checker made of it. Kept with the saved data, so they appear in
//! the scenario list and workshop mode on every build, and exported as the same file.
//!
//! The checker is not in the phone build, so what is read back from storage or an imported file
//! is checked again here before use ([`Authored::check`]): it is within the sizes a scenario can
//! have here ([`MAX_SCENARIO_BYTES`], [`MAX_SCENES`], [`MAX_CHOICES`], [`MAX_VARS`]), every scene
//! a choice or the start names exists, every scene that is not an ending has a choice, scene
//! text is made only of the plain HTML the content crate writes (so a forged file cannot put
//! anything else on screen), and every path is explored again as the checker explores it
//! ([`super::explore`]: no scene where every choice is blocked, an ending reachable from
//! everywhere), so a forged file cannot stall the player either. The answer is remembered for
//! the same stored text, so the exploration runs once per scenario and visit, not on every write.
//! The scenario is kept as its JSON and read with the same reader as the app's own scenarios, so
//! the phone build carries no second one.

use super::Scenario;
use crate::msg;
use crate::route::is_slug;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// How a scenario written on this device is marked wherever it is listed.
pub fn mark() -> String {
    msg!("scenarios-mark")
}

/// The most scenarios kept on one device.
pub const MAX_AUTHORED: usize = 20;
/// The longest file kept, in bytes (the app's own scenarios are under 20 KB).
pub const MAX_FILE_BYTES: usize = 60_000;
/// The largest scenario kept, as the JSON the checker made of the file, in bytes.
pub const MAX_SCENARIO_BYTES: usize = 250_000;
/// The most scenes in a scenario written here (the app's own have at most 8).
pub const MAX_SCENES: usize = 100;
/// The most choices in one scene (a show of hands gives each a letter).
pub const MAX_CHOICES: usize = 12;
/// The most variables in a scenario written here (the app's own have at most 3).
pub const MAX_VARS: usize = 16;
/// The most `[` in a file (links and conditions; the app's own have at most 7).
pub const MAX_BRACKETS: usize = 1_000;
/// The most `*` and `_` in a file (choices and emphasis; the app's own have at most 17).
pub const MAX_EMPHASIS: usize = 2_000;
/// The most bytes all scenarios written here may take together (their files and what the checker
/// made of them), so an export of everything always fits under the import limit of 2 MB.
pub const MAX_TOTAL_BYTES: usize = 1_500_000;
/// The deepest a line may nest: the characters of quotes, lists and indentation before its text.
pub const MAX_NESTING: usize = 40;

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

    /// Why the file `file` holding `text`, which the checker made `scenario` of, could not be
    /// kept, apart from its paths (the checker has just explored them the same way): what the
    /// checker lists so that it agrees with Keep, without exploring twice.
    pub fn refusal(file: &str, text: &str, scenario: &Scenario) -> Option<String> {
        let scenario = match serde_json::value::to_raw_value(scenario) {
            Ok(s) => s,
            Err(e) => return Some(e.to_string()),
        };
        let authored = Authored { file: file.to_string(), text: text.to_string(), saved_at: 0, scenario };
        if authored.scenario.get().len() > MAX_SCENARIO_BYTES {
            return Some(msg!("scenarios-too-large", kb = MAX_SCENARIO_BYTES / 1000));
        }
        authored.read(false).err()
    }

    /// The bytes it takes in what is stored and exported: its file (as JSON, escapes included)
    /// and what the checker made of it.
    pub fn size(&self) -> usize {
        serde_json::to_string(self).map_or(usize::MAX / 2, |j| j.len())
    }

    /// Its id: the file name without `.md`.
    pub fn id(&self) -> &str {
        self.file.strip_suffix(".md").unwrap_or(&self.file)
    }

    /// Whether it can be used as it is, or why not (the plain words shown to the person). The
    /// answer for the same file name and stored scenario is remembered for the visit, so
    /// reading what is stored again after every write does not explore it again.
    pub fn check(&self) -> Result<(), String> {
        if self.text.len() > MAX_FILE_BYTES {
            return Err(msg!("scenarios-too-long", kb = MAX_FILE_BYTES / 1000));
        }
        if self.scenario.get().len() > MAX_SCENARIO_BYTES {
            return Err(msg!("scenarios-too-large", kb = MAX_SCENARIO_BYTES / 1000));
        }
        let key = (self.file.clone(), self.scenario.get().to_string());
        if let Some(known) = CHECKED.with(|c| c.borrow().get(&key).cloned()) {
            return known;
        }
        let verdict = self.read(true).map(|_| ());
        CHECKED.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= 64 {
                c.clear();
            }
            c.insert(key, verdict.clone());
        });
        verdict
    }

    /// The scenario, marked as written on this device, or why it cannot be used as it is (the
    /// plain words shown to the person).
    pub fn scenario(&self) -> Result<Scenario, String> {
        self.check()?;
        // Its paths were explored by `check`, once for this stored text.
        let mut s = self.read(false)?;
        s.local = true;
        Ok(s)
    }

    /// The same scenario under the file name `file` (its id changed with it, and an `id = "..."`
    /// line in the text too), or why it cannot be.
    pub fn renamed(&self, file: &str) -> Result<Authored, String> {
        let mut s: Scenario = serde_json::from_str(self.scenario.get()).map_err(|_| msg!("scenarios-unreadable"))?;
        let old = s.id.clone();
        s.id = file.strip_suffix(".md").unwrap_or(file).to_string();
        let text = rename_in_front_matter(&self.text, &old, &s.id);
        Authored::new(file.to_string(), text, self.saved_at, &s)
    }

    /// Reads the stored scenario and checks everything about it (its paths too if `explore`).
    fn read(&self, explore: bool) -> Result<Scenario, String> {
        if self.scenario.get().len() > MAX_SCENARIO_BYTES {
            return Err(msg!("scenarios-too-large", kb = MAX_SCENARIO_BYTES / 1000));
        }
        let mut s: Scenario = serde_json::from_str(self.scenario.get()).map_err(|_| msg!("scenarios-unreadable"))?;
        if self.file != format!("{}.md", s.id) || !is_slug(&s.id) {
            return Err(msg!("scenarios-file-name", file = &self.file));
        }
        if self.text.len() > MAX_FILE_BYTES {
            return Err(msg!("scenarios-too-long", kb = MAX_FILE_BYTES / 1000));
        }
        if s.scenes.len() > MAX_SCENES {
            return Err(msg!("scenarios-too-many-scenes", max = MAX_SCENES));
        }
        if s.vars.len() > MAX_VARS {
            return Err(msg!("scenarios-too-many-vars", max = MAX_VARS));
        }
        if s.scene(&s.start).is_none() {
            return Err(msg!("scenarios-no-start"));
        }
        let mut ids = std::collections::HashSet::new();
        for scene in &s.scenes {
            if !ids.insert(scene.id.as_str()) {
                return Err(msg!("scenarios-same-scene", scene = &scene.id));
            }
            if scene.choices.len() > MAX_CHOICES {
                return Err(msg!("scenarios-too-many-choices", scene = &scene.id, max = MAX_CHOICES));
            }
            if scene.ending.is_none() && scene.choices.is_empty() {
                return Err(msg!("scenarios-dead-end", scene = &scene.id));
            }
            let mut choices = std::collections::HashSet::new();
            for choice in &scene.choices {
                if !choices.insert(choice.id.as_str()) {
                    return Err(msg!("scenarios-same-choice", scene = &scene.id));
                }
                if s.scene(&choice.target).is_none() {
                    return Err(msg!("scenarios-bad-target", scene = &scene.id));
                }
            }
            if scene.blocks.iter().any(|b| !html_is_plain(&b.html)) {
                return Err(msg!("scenarios-not-plain", scene = &scene.id));
            }
        }
        // Where a play could stop is said first; a scene no play reaches cannot stall one.
        let problems = if explore { super::explore::problems(&s) } else { Vec::new() };
        if let Some(p) = problems.iter().find(|p| p.stalls) {
            return Err(msg!("scenarios-stuck", problem = &p.message));
        }
        if let Some(p) = problems.first() {
            return Err(msg!("scenarios-changed", problem = &p.message));
        }
        // Headings in scene text carry no id of their own (one written before could take an id
        // the player uses, such as a choice's).
        for scene in &mut s.scenes {
            for block in &mut scene.blocks {
                block.html = without_heading_ids(&block.html);
            }
        }
        Ok(s)
    }
}

thread_local! {
    /// What [`Authored::check`] found for each file name and stored scenario this visit.
    static CHECKED: std::cell::RefCell<std::collections::HashMap<(String, String), Result<(), String>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Why `text` is refused before it is read at all, with the line it is on: the limits that keep
/// a check of one file to milliseconds however it was made (its size, how many `[`, `*` and `_`
/// it has, how deeply a line nests, how many scenes and variables it declares).
pub fn too_big(text: &str) -> Option<(usize, String)> {
    if text.len() > MAX_FILE_BYTES {
        return Some((1, msg!("scenarios-file-too-large", kb = text.len() / 1000, max = MAX_FILE_BYTES / 1000)));
    }
    let count = |c: char| text.bytes().filter(|b| *b == c as u8).count();
    if count('[') > MAX_BRACKETS {
        return Some((1, msg!("scenarios-file-brackets", max = MAX_BRACKETS)));
    }
    if count('*') + count('_') > MAX_EMPHASIS {
        return Some((1, msg!("scenarios-file-emphasis", max = MAX_EMPHASIS)));
    }
    let (mut scenes, mut vars, mut in_vars, mut fences) = (0, 0, false, 0);
    for (i, line) in text.lines().enumerate() {
        let nesting = line.chars().take_while(|c| matches!(c, ' ' | '\t' | '>' | '*' | '-' | '+')).count();
        if nesting > MAX_NESTING {
            return Some((i + 1, msg!("scenarios-file-nesting", max = MAX_NESTING)));
        }
        if line.trim() == "+++" {
            fences += 1;
            in_vars = false;
        } else if fences == 1 && line.trim() == "[vars]" {
            in_vars = true;
        } else if fences == 1 && line.trim_start().starts_with('[') {
            // The next table ([[changes]], say) ends the variables.
            in_vars = false;
        } else if in_vars && fences == 1 && line.contains('=') {
            vars += 1;
            if vars > MAX_VARS {
                return Some((i + 1, msg!("scenarios-file-vars", max = MAX_VARS)));
            }
        } else if fences >= 2 && line.starts_with("## ") {
            scenes += 1;
            if scenes > MAX_SCENES {
                return Some((i + 1, msg!("scenarios-file-scenes", max = MAX_SCENES)));
            }
        }
    }
    None
}

/// A free file name for a new scenario: `wanted` if nothing takes it, otherwise the first of
/// `wanted-2.md`, `wanted-3.md`, … that `taken` does not take.
pub fn free_file(wanted: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(wanted) {
        return wanted.to_string();
    }
    let stem = wanted.strip_suffix(".md").unwrap_or(wanted);
    (2..).map(|n| format!("{stem}-{n}.md")).find(|f| !taken(f)).unwrap_or_default()
}

/// A scenario being written and not kept: its file name and the text in the editor. Carried
/// across a reload (a switch to a new version) in this tab's session storage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The file name in the editor.
    pub file: String,
    /// The text in the editor.
    pub text: String,
}

/// A carried draft as read back: whole, or only its text could be recovered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CarriedDraft {
    /// Read back as it was written.
    Whole(Draft),
    /// What was stored could not be read as a draft (an older or damaged form); what text could
    /// be recovered is given under a free name, so nothing typed is lost without a word.
    Recovered(Draft),
}

impl Draft {
    /// Reads a carried draft as stored. `None` only when nothing was typed. Anything else that
    /// cannot be read whole (not JSON, another shape, a file name that is not one) gives back
    /// the text it holds: a JSON string, a `text` field, or the stored characters themselves.
    /// A file name that could not have been typed in the name box (control characters, over 100
    /// characters) is replaced by `fallback_file`.
    pub fn read_carried(stored: &str, fallback_file: &str) -> Option<CarriedDraft> {
        if stored.trim().is_empty() {
            return None;
        }
        if let Ok(draft) = serde_json::from_str::<Draft>(stored) {
            if draft.text.trim().is_empty() {
                return None;
            }
            let file_readable = draft.file.chars().count() <= 100 && !draft.file.chars().any(char::is_control);
            return Some(if file_readable {
                CarriedDraft::Whole(draft)
            } else {
                CarriedDraft::Recovered(Draft { file: fallback_file.to_string(), text: draft.text })
            });
        }
        let text = match serde_json::from_str::<serde_json::Value>(stored) {
            Ok(serde_json::Value::String(text)) => text,
            Ok(serde_json::Value::Object(o)) => match o.get("text") {
                Some(serde_json::Value::String(text)) => text.clone(),
                _ => stored.to_string(),
            },
            _ => stored.to_string(),
        };
        (!text.trim().is_empty()).then(|| CarriedDraft::Recovered(Draft { file: fallback_file.to_string(), text }))
    }
}

/// What keeping the file `file` from the editor would do, given what is kept and the kept file
/// the editor was opened from (or last kept as), if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keeping {
    /// Nothing is kept under that name: it is added.
    New,
    /// It is the scenario the editor holds, kept again.
    Again,
    /// Another scenario is kept under that name: keeping would replace it, so ask first.
    Replaces,
}

/// Whether `new` can be kept beside `kept` (replacing any kept under its file name) within
/// [`MAX_TOTAL_BYTES`].
pub fn fits(kept: &[Authored], new: &Authored) -> bool {
    let others: usize = kept.iter().filter(|a| a.file != new.file).map(Authored::size).sum();
    others + new.size() <= MAX_TOTAL_BYTES
}

/// See [`Keeping`].
pub fn keeping(kept: &[Authored], file: &str, editing: Option<&str>) -> Keeping {
    if !kept.iter().any(|a| a.file == file) {
        Keeping::New
    } else if editing == Some(file) {
        Keeping::Again
    } else {
        Keeping::Replaces
    }
}

/// `html` with the ids of its headings taken out.
fn without_heading_ids(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<h") {
        let after = &rest[at..];
        let level = after.as_bytes().get(2).copied();
        if matches!(level, Some(b'1'..=b'6')) && after[3..].starts_with(" id=\"") {
            if let Some(close) = after[8..].find('"') {
                out.push_str(&rest[..at + 3]);
                rest = &after[8 + close + 1..];
                continue;
            }
        }
        out.push_str(&rest[..at + 2]);
        rest = &after[2..];
    }
    out.push_str(rest);
    out
}

/// `text` with a front-matter line `id = "old"` made `id = "new"`.
fn rename_in_front_matter(text: &str, old: &str, new: &str) -> String {
    let mut fences = 0;
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if line.trim() == "+++" {
            fences += 1;
        }
        let body = line.trim_end_matches(['\n', '\r']);
        let is_id = fences == 1
            && body.split_once('=').is_some_and(|(k, v)| k.trim() == "id" && v.trim().trim_matches('"') == old);
        if is_id {
            out.push_str(&format!("id = \"{new}\"{}", &line[body.len()..]));
        } else {
            out.push_str(line);
        }
    }
    out
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
    fn a_carried_draft_reads_back_whole_or_gives_back_its_text() {
        let whole = Draft { file: "my-case.md".into(), text: "+++\ntitle = \"x\"\n+++\n".into() };
        let stored = serde_json::to_string(&whole).unwrap();
        assert_eq!(Draft::read_carried(&stored, "my-scenario.md"), Some(CarriedDraft::Whole(whole.clone())));
        let recovered =
            |text: &str| Some(CarriedDraft::Recovered(Draft { file: "my-scenario.md".into(), text: text.into() }));
        // An older form that held the text alone, as a JSON string or under another shape.
        assert_eq!(Draft::read_carried("\"## a: b\"", "my-scenario.md"), recovered("## a: b"));
        assert_eq!(
            Draft::read_carried(r###"{"name":"x.md","text":"## a: b"}"###, "my-scenario.md"),
            recovered("## a: b")
        );
        // Not JSON at all (cut short, or raw text): the characters themselves.
        assert_eq!(
            Draft::read_carried(r###"{"file":"a.md","text":"## a: b"###, "my-scenario.md"),
            recovered(r###"{"file":"a.md","text":"## a: b"###)
        );
        // A file name no one could have typed is replaced, the text kept.
        let odd = serde_json::to_string(&Draft { file: "a\u{0}b".into(), text: "t".into() }).unwrap();
        assert_eq!(Draft::read_carried(&odd, "my-scenario.md"), recovered("t"));
        // Nothing typed: nothing to carry.
        assert_eq!(Draft::read_carried("", "my-scenario.md"), None);
        assert_eq!(Draft::read_carried(r#"{"file":"a.md","text":"  "}"#, "my-scenario.md"), None);
    }

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
    fn stored_heading_ids_are_taken_out_so_they_cannot_take_the_player_s() {
        // Defect 28, for scenarios kept before headings in scene text lost their ids.
        assert_eq!(
            without_heading_ids(
                "<h3 id=\"choice-1\">Choice 1</h3>\n<p>x <em>y</em></p><h2 id=\"scene-heading\">S</h2><hr />"
            ),
            "<h3>Choice 1</h3>\n<p>x <em>y</em></p><h2>S</h2><hr />"
        );
        assert_eq!(without_heading_ids("<p>h</p><h4>plain</h4>"), "<p>h</p><h4>plain</h4>");
    }

    #[test]
    fn a_rename_changes_an_id_line_in_the_front_matter_only() {
        let text = "+++\r\nid = \"kobe\"\r\ntitle = \"T\"\r\n+++\r\nid = \"kobe\" in the body\r\n";
        assert_eq!(
            rename_in_front_matter(text, "kobe", "kobe-local"),
            "+++\r\nid = \"kobe-local\"\r\ntitle = \"T\"\r\n+++\r\nid = \"kobe\" in the body\r\n"
        );
        assert_eq!(rename_in_front_matter("+++\ntitle = \"T\"\n+++\n", "kobe", "x"), "+++\ntitle = \"T\"\n+++\n");
    }

    #[test]
    fn only_the_vars_table_counts_as_variables() {
        let vars: String = (0..MAX_VARS).map(|i| format!("v{i} = 0\n")).collect();
        let log = "[[changes]]\ndate = 2026-12-06\nkind = \"minor\"\nwhat = \"W\"\nhash = \"0\"\n".repeat(3);
        let text = format!("+++\ntitle = \"T\"\n[vars]\n{vars}{log}+++\n## a: A\n");
        assert_eq!(too_big(&text), None, "a change log after the variables is not more variables");
        let text = format!("+++\n[vars]\n{vars}extra = 1\n+++\n");
        assert_eq!(too_big(&text).map(|(line, _)| line), Some(MAX_VARS + 3));
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

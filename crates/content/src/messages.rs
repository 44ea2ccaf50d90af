//! Checks the message files, `content/messages/<language>/*.ftl` (Project Fluent), and the Rust
//! that uses them: every problem with its file, line and column, as for the rest of `content/`.
//!
//! - [`check_files`] (run by the app's build script): each file parses; an id is defined once
//!   per language; a message or term a message refers to exists; every term is used; every
//!   language has the English (en-GB) ids, no others, and the same variables in each.
//! - [`check_use`] (a test): every message id the Rust uses is defined (the compiler refuses one
//!   that is not, at its use, through `rr_core::messages::defined`), every message defined is
//!   used, and each use passes exactly the variables the message has.
//! - [`check_words`] (a test): the app's sources ([`SHOWN`]) have no string literal left
//!   that looks like words a person reads (the value of a `class=` attribute is CSS, not words).

use crate::ContentError;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The message files' folder, from the project's root.
pub const DIR: &str = "content/messages";

/// The language every message is written in first, and the one the others are held to.
pub const SOURCE_LANG: &str = "en-GB";

/// The folders whose Rust draws what a person reads: every file in them is held by
/// [`check_words`] to have no words of its own (a new file is held as soon as it is added).
/// The content checker's own messages (`crates/content`, `crates/checker`) are not among them:
/// see `docs/messages.md`.
pub const SHOWN: &[&str] = &["src", "crates/core/src", "crates/quick/src"];

/// A saved part's name as a storage notice holds it: a key (tests match it), put into words by
/// `storage::part_words` (the `storage-part-*` messages).
const PART: &str = "a saved part's key, put into words by storage-part-*";

/// HTML markup around words that come from the message files.
const MARKUP: &str = "HTML markup: its words are put in from the message files";
/// Why a check failed, for a check whose failure is never shown (the data is set aside).
const NOT_SHOWN: &str = "why a check failed: only whether it failed is used, and the words are never shown";

/// String literals in the [`SHOWN`] folders' files that are not words a person reads, each with why.
pub const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "crates/core/src/messages.rs",
        "this message id is not defined in content/messages/en-GB/*.ftl (see docs/messages.md)",
        "a build error, read by a developer",
    ),
    (
        "crates/core/src/messages.rs",
        "# translation-status:",
        "a translated file's header line, read by translators in the file",
    ),
    (
        "crates/core/src/messages.rs",
        "# translated-from:",
        "a translated file's header line, read by translators in the file",
    ),
    ("crates/core/src/messages.rs", "reviewed by ", "the status line's syntax in a translated file, not shown"),
    ("src/ui/check.rs", "checklist filtering", "CSS classes"),
    ("src/ui/check.rs", "outcome-bar level-{}", "CSS classes"),
    ("src/ui/check.rs", "level-box level-{}", "CSS classes"),
    ("src/ui/check.rs", "field field-error", "CSS classes"),
    ("src/ui/check.rs", "judgement-reason-hint judgement-reason-error judgement-reason-warning", "element ids"),
    ("src/ui/check.rs", "judgement-reason-hint judgement-reason-error", "element ids"),
    ("src/ui/app.rs", "main [id='{section}']", "CSS selectors"),
    ("src/ui/app.rs", "main h1", "CSS selectors"),
    ("src/ui/contacts_page.rs", "field field-error", "CSS classes"),
    ("src/ui/contacts_page.rs", "input input-number", "CSS classes"),
    ("src/ui/referral_page.rs", "level-box level-{}", "CSS classes"),
    ("src/ui/referral_page.rs", "hint char-count at-limit", "CSS classes"),
    ("src/ui/referral_page.rs", "hint char-count", "CSS classes"),
    ("src/ui/referral_page.rs", "field field-error", "CSS classes"),
    ("src/ui/referral_page.rs", "action-when-hint action-when-warning", "element ids"),
    ("src/ui/guidance.rs", "prose nation-only only-{}", "CSS classes"),
    ("src/ui/state/library.rs", "the translations could not be loaded: {e}", "the browser console, for a developer"),
    (
        "src/ui/state/library.rs",
        "the translations took too long: starting in English",
        "the browser console, for a developer",
    ),
    ("src/lib.rs", "the build embeds a valid content library", "a panic message, for a developer"),
    ("src/lib.rs", "the build writes valid Welsh pages", "a panic message, for a developer (native only)"),
    ("src/lib.rs", "the build writes valid extra content", "a panic message, for a developer"),
    ("src/ui/author.rs", "author-text-hint author-position", "element ids"),
    ("src/ui/data_page.rs", "import-hint data-outcome", "element ids"),
    ("src/ui/path.rs", "choice-text visually-hidden", "CSS classes"),
    ("src/ui/state/library.rs", "content could not be loaded: {e}", "the browser console, for a developer"),
    ("src/ui/state/library.rs", "no window", "the browser console, for a developer"),
    ("src/ui/state/library.rs", "not a response", "the browser console, for a developer"),
    ("src/ui/state/library.rs", "not text", "the browser console, for a developer"),
    (
        "crates/core/src/screening/steps.rs",
        "Modern Slavery & Exploitation Helpline",
        "a helpline's name in content/, used to find it; its shown name is dial-mseh",
    ),
    (
        "crates/core/src/screening/steps.rs",
        "NSPCC Helpline",
        "a helpline's name in content/, used to find it; its shown name is dial-nspcc",
    ),
    ("crates/core/src/contacts.rs", "tel:{}", "a tel: address, not words"),
    ("crates/core/src/workshop/print.rs", r#"ul class=\"print-choices\""#, MARKUP),
    ("crates/core/src/workshop/session.rs", "its revision is beyond any real session", NOT_SHOWN),
    ("crates/core/src/workshop/session.rs", "it has a time beyond any real session", NOT_SHOWN),
    ("crates/core/src/workshop/session.rs", "its list of scenarios does not match where it is", NOT_SHOWN),
    ("crates/core/src/workshop/session.rs", "its text size is out of range", NOT_SHOWN),
    ("crates/core/src/workshop/session.rs", "a show of hands is out of range", NOT_SHOWN),
    ("crates/core/src/workshop/session.rs", "a decision is out of range", NOT_SHOWN),
    ("crates/core/src/workshop/session.rs", "it shows a part of a debrief that is not on screen", NOT_SHOWN),
    ("crates/core/src/workshop/session.rs", "it shows a decision that was never taken", NOT_SHOWN),
    ("crates/core/src/learning.rs", "the name is not one this app keeps", NOT_SHOWN),
    ("crates/core/src/learning.rs", "a time counted is out of range", NOT_SHOWN),
    (
        "crates/core/src/scenario/local.rs",
        r#"id = \"{new}\"{}"#,
        "a line of a scenario file's front matter (TOML), not words",
    ),
    (
        "crates/core/src/workshop/sync.rs",
        "messages serialise",
        "a panic message for a developer; serialising cannot fail",
    ),
    ("crates/core/src/storage/format.rs", "checklist answers", PART),
    ("crates/core/src/storage/format.rs", "referral notes", PART),
    ("crates/core/src/storage/format.rs", "scenario progress", PART),
    ("crates/core/src/storage/format.rs", "record of pages opened", PART),
    ("crates/core/src/storage/format.rs", "local contacts", PART),
    ("crates/core/src/storage/format.rs", "scenarios you wrote", PART),
    ("crates/core/src/storage/format.rs", "learning record", PART),
    ("crates/core/src/storage/format.rs", "shortcut setting", PART),
    ("crates/core/src/storage/format.rs", "workshop sessions", PART),
    ("crates/core/src/storage/format.rs", "checklist signs", PART),
    ("crates/core/src/storage/transfer.rs", "scenarios you wrote", PART),
    ("crates/core/src/storage/transfer.rs", "checklist signs", PART),
    (
        "crates/core/src/storage/format.rs",
        "a JSON object",
        "serde's expected text: the error it goes into is never shown",
    ),
];

/// Where each message or term is defined, and what it uses.
#[derive(Debug, Default)]
struct Defined {
    file: String,
    line: usize,
    variables: BTreeSet<String>,
}

/// One language's messages (by id; terms keep their leading `-`).
type Language = BTreeMap<String, Defined>;

/// Reads every language's files under `dir` (the project's `content/messages`), naming them
/// from the project's root.
fn read(dir: &Path, errors: &mut Vec<ContentError>) -> BTreeMap<String, Language> {
    let mut langs = BTreeMap::new();
    let mut dirs: Vec<PathBuf> =
        std::fs::read_dir(dir).into_iter().flatten().filter_map(|e| e.ok().map(|e| e.path())).collect();
    dirs.sort();
    for lang_dir in dirs.iter().filter(|p| p.is_dir()) {
        let tag = lang_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut files: Vec<PathBuf> =
            std::fs::read_dir(lang_dir).into_iter().flatten().filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        let mut lang = Language::new();
        let mut refs = Vec::new();
        for path in files.iter().filter(|p| p.extension().is_some_and(|x| x == "ftl")) {
            let rel = format!("{DIR}/{tag}/{}", path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default());
            match std::fs::read_to_string(path) {
                Ok(text) => read_file(&rel, &text, &mut lang, &mut refs, errors),
                Err(e) => errors.push(ContentError::new(&rel, 1, format!("cannot read the file: {e}"))),
            }
        }
        let mut used_terms = BTreeSet::new();
        for (file, line, from, to) in refs {
            if to.starts_with('-') {
                used_terms.insert(to.clone());
            }
            if !lang.contains_key(&to) {
                errors.push(ContentError::new(
                    &file,
                    line,
                    format!("'{from}' refers to '{to}', which is not defined in {tag}"),
                ));
            }
        }
        for (id, d) in lang.iter().filter(|(id, _)| id.starts_with('-') && !used_terms.contains(*id)) {
            errors.push(ContentError::new(
                &d.file,
                d.line,
                format!("the term '{id}' is not used by any message: use it or take it out"),
            ));
        }
        langs.insert(tag, lang);
    }
    langs
}

/// Reads one file into `lang`, noting each reference to another message or term in `refs`.
fn read_file(
    rel: &str,
    text: &str,
    lang: &mut Language,
    refs: &mut Vec<(String, usize, String, String)>,
    errors: &mut Vec<ContentError>,
) {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, problems)) => {
            for p in problems {
                let (line, column) = place(text, p.pos.start);
                errors.push(ContentError::at(
                    rel,
                    line,
                    column,
                    format!("this is not Fluent that can be read: {}", p.kind),
                ));
            }
            r
        }
    };
    for entry in &resource.body {
        let (id, patterns) = match entry {
            ast::Entry::Message(m) => {
                let mut p: Vec<&ast::Pattern<&str>> = m.value.iter().collect();
                p.extend(m.attributes.iter().map(|a| &a.value));
                (m.id.name.to_string(), p)
            }
            ast::Entry::Term(t) => {
                let mut p = vec![&t.value];
                p.extend(t.attributes.iter().map(|a| &a.value));
                (format!("-{}", t.id.name), p)
            }
            _ => continue,
        };
        let line = definition_line(text, &id);
        let mut uses = Uses::default();
        for p in patterns {
            uses.pattern(p);
        }
        refs.extend(uses.references.into_iter().map(|to| (rel.to_string(), line, id.clone(), to)));
        if let Some(first) = lang.get(&id) {
            let said = format!("'{id}' is already defined at {}:{}: give this one another id", first.file, first.line);
            errors.push(ContentError::new(rel, line, said));
            continue;
        }
        lang.insert(id, Defined { file: rel.to_string(), line, variables: uses.variables });
    }
}

/// The variables and the other messages and terms a pattern uses.
#[derive(Default)]
struct Uses {
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
}

impl Uses {
    fn pattern(&mut self, p: &ast::Pattern<&str>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, e: &ast::Expression<&str>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                for v in variants {
                    self.pattern(&v.value);
                }
            }
            ast::Expression::Inline(i) => self.inline(i),
        }
    }

    fn inline(&mut self, i: &ast::InlineExpression<&str>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_string());
            }
            ast::InlineExpression::MessageReference { id, .. } => {
                self.references.insert(id.name.to_string());
            }
            ast::InlineExpression::TermReference { id, arguments, .. } => {
                self.references.insert(format!("-{}", id.name));
                if let Some(args) = arguments {
                    self.arguments(args);
                }
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn arguments(&mut self, args: &ast::CallArguments<&str>) {
        for a in &args.positional {
            self.inline(a);
        }
        for a in &args.named {
            self.inline(&a.value);
        }
    }
}

/// The line an entry is defined on (`id =` at the start of a line), or 1.
fn definition_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map_or(1, |i| i + 1)
}

/// The 1-based line and column (in characters) of the byte `offset` in `text`.
fn place(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
    (line, column)
}

/// Checks the message files under `project`'s `content/messages`: see the module's comment.
pub fn check_files(project: &Path) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let langs = read(&project.join(DIR), &mut errors);
    let Some(source) = langs.get(SOURCE_LANG) else {
        errors.push(ContentError::new(
            DIR,
            1,
            format!("there are no {SOURCE_LANG} message files: every message is written in {SOURCE_LANG} first"),
        ));
        return errors;
    };
    for (tag, lang) in langs.iter().filter(|(tag, _)| *tag != SOURCE_LANG) {
        for (id, d) in source {
            match lang.get(id) {
                None => errors.push(ContentError::new(
                    &d.file,
                    d.line,
                    format!("'{id}' is not in {DIR}/{tag}: every language has every message"),
                )),
                Some(t) if t.variables != d.variables => errors.push(ContentError::new(
                    &t.file,
                    t.line,
                    format!(
                        "'{id}' has the variables {:?} here but {:?} in {SOURCE_LANG}: use the same ones",
                        t.variables, d.variables
                    ),
                )),
                Some(_) => {}
            }
        }
        for (id, t) in lang.iter().filter(|(id, _)| !source.contains_key(*id)) {
            errors.push(ContentError::new(
                &t.file,
                t.line,
                format!("'{id}' is not in {SOURCE_LANG}: write it there first, or take it out"),
            ));
        }
        check_headers(project, tag, &mut errors);
    }
    errors
}

/// Each translated file's first lines say how far it can be trusted and which English it was
/// made from (`rr_core::messages::Translation`). A file whose English has changed since is not
/// an error: the app says it is out of step until a translator updates it and the line.
fn check_headers(project: &Path, tag: &str, errors: &mut Vec<ContentError>) {
    use rr_core::messages::{fingerprint, header, parse_status, FROM_LINE, STATUS_LINE};
    let dir = project.join(DIR).join(tag);
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&dir).into_iter().flatten().filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    for path in files.iter().filter(|p| p.extension().is_some_and(|x| x == "ftl")) {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let rel = format!("{DIR}/{tag}/{name}");
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let english = std::fs::read_to_string(project.join(DIR).join(SOURCE_LANG).join(&name));
        let Ok(english) = english else {
            errors.push(ContentError::new(
                &rel,
                1,
                format!("there is no {DIR}/{SOURCE_LANG}/{name} to translate from"),
            ));
            continue;
        };
        if header(&text, STATUS_LINE).and_then(parse_status).is_none() {
            errors.push(ContentError::new(
                &rel,
                1,
                format!(
                    "start the file with '{STATUS_LINE} drafted' or '{STATUS_LINE} reviewed by <role> on <YYYY-MM-DD>'"
                ),
            ));
        }
        let from = header(&text, FROM_LINE).unwrap_or_default();
        let valid = from.len() == 16 && from.bytes().all(|b| b.is_ascii_hexdigit());
        if !valid {
            errors.push(ContentError::new(
                &rel,
                1,
                format!(
                    "name the English it was translated from in its first lines: '{FROM_LINE} {}' (the English as it is now)",
                    fingerprint(&english)
                ),
            ));
        }
    }
}

/// Every Rust file of the app's sources under `project`, named from its root.
fn rust_files(project: &Path) -> Vec<(String, String)> {
    fn walk(dir: &Path, rel: &str, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(dir).into_iter().flatten().filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for path in entries {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let rel = if rel.is_empty() { name } else { format!("{rel}/{name}") };
            if path.is_dir() {
                walk(&path, &rel, out);
            } else if rel.ends_with(".rs") {
                out.push((rel, std::fs::read_to_string(&path).unwrap_or_default()));
            }
        }
    }
    let mut out = Vec::new();
    walk(&project.join("src"), "src", &mut out);
    let mut crates: Vec<PathBuf> = std::fs::read_dir(project.join("crates"))
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    crates.sort();
    for c in crates {
        let name = c.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        walk(&c.join("src"), &format!("crates/{name}/src"), &mut out);
    }
    out
}

/// One use of a message in Rust: `msg!("id", a = ..)`, `message!(..)` or `defined("id")`.
#[derive(Debug, PartialEq)]
struct Use {
    line: usize,
    column: usize,
    id: String,
    /// The variables passed, or `None` where they are not checked here (`defined`).
    variables: Option<BTreeSet<String>>,
}

/// The uses of messages in `text`.
fn uses(text: &str) -> Vec<Use> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices('(') {
        let before = &text[..at];
        // Examples in comments are not uses.
        if before.rsplit('\n').next().is_some_and(|line| line.trim_start().starts_with("//")) {
            continue;
        }
        let checked = before.ends_with("msg!") || before.ends_with("message!");
        if !checked && !before.ends_with("defined") {
            continue;
        }
        let rest = &text[at + 1..];
        let Some(args) = balanced(rest) else { continue };
        let parts = split_top(args);
        let Some(id) =
            parts.first().map(|p| p.trim()).and_then(|p| p.strip_prefix('"')).and_then(|p| p.strip_suffix('"'))
        else {
            continue;
        };
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            continue;
        }
        let variables = checked.then(|| {
            parts[1..]
                .iter()
                .filter_map(|p| p.split_once('=').map(|(name, _)| name.trim().to_string()))
                .filter(|n| !n.is_empty())
                .collect()
        });
        let (line, column) = place(text, at + 1);
        out.push(Use { line, column, id: id.to_string(), variables });
    }
    out
}

/// Calls `visit(i, c, depth)` for each character of `text` outside string literals, with the
/// bracket depth before it, until `visit` returns false.
fn outside_strings(text: &str, mut visit: impl FnMut(usize, char, usize) -> bool) {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, c) in text.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        if c == '"' {
            in_string = true;
            continue;
        }
        if !visit(i, c, depth) {
            return;
        }
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
}

/// The text up to the parenthesis that closes one just opened, or `None`.
fn balanced(text: &str) -> Option<&str> {
    let mut end = None;
    outside_strings(text, |i, c, depth| {
        let closes = matches!(c, ')' | ']' | '}') && depth == 0;
        if closes {
            end = Some(i);
        }
        !closes
    });
    end.map(|i| &text[..i])
}

/// `text` split at its commas that are outside brackets and strings.
fn split_top(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    outside_strings(text, |i, c, depth| {
        if c == ',' && depth == 0 {
            out.push(&text[start..i]);
            start = i + 1;
        }
        true
    });
    if !text[start..].trim().is_empty() {
        out.push(&text[start..]);
    }
    out
}

/// Checks the Rust under `project` against the English message files: see the module's comment.
pub fn check_use(project: &Path) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let langs = read(&project.join(DIR), &mut errors);
    let empty = Language::new();
    let source = langs.get(SOURCE_LANG).unwrap_or(&empty);
    let mut used = BTreeSet::new();
    for (file, text) in rust_files(project) {
        // The checks' own tests write uses that are not real.
        if file == "crates/content/src/messages.rs" {
            continue;
        }
        for u in uses(&text) {
            match source.get(&u.id) {
                None => errors.push(ContentError::at(
                    &file,
                    u.line,
                    u.column,
                    format!("the message '{}' is not defined in {DIR}/{SOURCE_LANG}", u.id),
                )),
                Some(d) => {
                    if let Some(passed) = u.variables.as_ref().filter(|v| **v != d.variables) {
                        errors.push(ContentError::at(
                            &file,
                            u.line,
                            u.column,
                            format!(
                                "'{}' has the variables {:?} ({}:{}) but this passes {:?}",
                                u.id, d.variables, d.file, d.line, passed
                            ),
                        ));
                    }
                }
            }
            used.insert(u.id);
        }
    }
    for (id, d) in source.iter().filter(|(id, _)| !id.starts_with('-') && !used.contains(*id)) {
        errors.push(ContentError::new(
            &d.file,
            d.line,
            format!("'{id}' is not used anywhere in the Rust: use it or take it out"),
        ));
    }
    errors
}

/// A string literal in Rust source: where it starts and its text as written.
struct Literal<'a> {
    offset: usize,
    text: &'a str,
}

/// The string literals in `text` (plain, byte and raw), outside comments, up to a `#[cfg(test)]`.
fn literals(text: &str) -> Vec<Literal<'_>> {
    let end = text.find("#[cfg(test)]").unwrap_or(text.len());
    let bytes = &text.as_bytes()[..end];
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'\'' => {
                // A char literal ('a', '\n', '"') or a lifetime ('a).
                if bytes.get(i + 1) == Some(&b'\\') {
                    i += 2;
                    while i < bytes.len() && bytes[i] != b'\'' {
                        i += 1;
                    }
                    i += 1;
                } else if bytes.get(i + 2) == Some(&b'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            b'r' if (bytes.get(i + 1) == Some(&b'"') || bytes.get(i + 1) == Some(&b'#'))
                && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')) =>
            {
                let hashes = bytes[i + 1..].iter().take_while(|b| **b == b'#').count();
                let open = i + 1 + hashes;
                if bytes.get(open) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close = format!("\"{}", "#".repeat(hashes));
                let start = open + 1;
                let stop = text[start..end].find(&close).map_or(end, |n| start + n);
                out.push(Literal { offset: start, text: &text[start..stop] });
                i = stop + close.len();
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let stop = j.min(bytes.len());
                out.push(Literal { offset: start, text: &text[start..stop] });
                i = stop + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// Whether a string literal looks like words a person reads: a letter, and a space or a closing
/// mark of a sentence or heading, once format placeholders (`{}`, `{name}`) are taken out.
fn looks_like_words(literal: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0usize;
    // Format placeholders ({}, {name}) and HTML tags (<a href="…">) are not words; the text
    // between tags is.
    let mut tag = false;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            '<' if depth == 0 => tag = true,
            '>' if tag => tag = false,
            _ if depth == 0 && !tag => plain.push(c),
            _ => {}
        }
    }
    let plain = plain.replace("\\n", " ");
    let plain = plain.trim();
    // A CSS selector (#id, .class and what follows them) is not words.
    if plain.starts_with(['#', '.']) && !plain.ends_with(['.', '?', '!', ':']) {
        return false;
    }
    // One word is words too when it is written as a label ("Print", "Next"): a capital and
    // then small letters. Key names and the like that look so go in ALLOWED.
    let label = {
        let mut chars = plain.chars();
        chars.next().is_some_and(char::is_uppercase) && plain.len() > 1 && chars.all(char::is_lowercase)
    };
    label
        || plain.chars().any(char::is_alphabetic)
            && (plain.contains(' ') || plain.ends_with([':', '.', '?', '!']) || !plain.is_ascii())
}

/// Whether `lit` is the value of a `class=` attribute in a `view!`, or the format string that
/// makes it (CSS classes, never words).
fn is_class(text: &str, lit: &Literal<'_>) -> bool {
    let before = text[..lit.offset.saturating_sub(1)].trim_end();
    before.strip_suffix("format!(").unwrap_or(before).trim_end().ends_with("class=")
}

/// Checks that the files in the [`SHOWN`] folders under `project` hold no words a person reads:
/// see the module's comment and [`ALLOWED`].
pub fn check_words(project: &Path) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let files: Vec<(String, String)> = rust_files(project)
        .into_iter()
        .filter(|(f, _)| SHOWN.iter().any(|d| f.starts_with(&format!("{d}/"))))
        .collect();
    if files.is_empty() {
        errors.push(ContentError::new(SHOWN[0], 1, "no Rust files found to check for words"));
    }
    let mut needed = vec![false; ALLOWED.len()];
    for (file, text) in &files {
        let file = file.as_str();
        for lit in literals(text) {
            if !looks_like_words(lit.text) || is_class(text, &lit) {
                continue;
            }
            if let Some(i) = ALLOWED.iter().position(|(f, l, _)| *f == file && *l == lit.text) {
                needed[i] = true;
                continue;
            }
            let (line, column) = place(text, lit.offset);
            errors.push(ContentError::at(
                file,
                line,
                column,
                format!("\"{}\" looks like words a person reads: move it to {DIR}/{SOURCE_LANG} and use msg!, or add it to ALLOWED in crates/content/src/messages.rs with why", lit.text),
            ));
        }
    }
    // An exception no longer needed (the literal is gone, or the check no longer takes it for
    // words) is taken out, so the list stays the short list of real exceptions. Only where the
    // project's own files were read: a folder with other files needs none of them.
    if files.iter().any(|(f, _)| ALLOWED.iter().any(|(a, _, _)| a == f)) {
        for ((file, literal, _), needed) in ALLOWED.iter().zip(needed) {
            if !needed {
                errors.push(ContentError::new(
                    "crates/content/src/messages.rs",
                    1,
                    format!("ALLOWED holds \"{literal}\" for {file}, which no longer needs it: take it out"),
                ));
            }
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    fn say(errors: &[ContentError]) -> String {
        errors.iter().map(|e| format!("  {e}\n")).collect()
    }

    #[test]
    fn the_message_files_parse_and_every_language_has_the_same_messages() {
        let errors = check_files(&project());
        assert!(errors.is_empty(), "\n{}", say(&errors));
    }

    #[test]
    fn every_message_used_is_defined_every_one_defined_is_used_with_its_variables() {
        let errors = check_use(&project());
        assert!(errors.is_empty(), "\n{}", say(&errors));
    }

    #[test]
    fn the_apps_sources_have_no_words_outside_the_message_files() {
        let errors = check_words(&project());
        assert!(errors.is_empty(), "\n{}", say(&errors));
    }

    #[test]
    fn a_word_left_in_any_file_of_the_apps_sources_is_named_at_its_place() {
        // A new file, in a folder of its own: held as soon as it is added.
        let dir = std::env::temp_dir().join(format!("rr-words-{}", std::process::id()));
        let file = dir.join("src/ui/new_screen");
        std::fs::create_dir_all(&file).expect("a temporary folder");
        std::fs::write(
            file.join("mod.rs"),
            "fn f() {\n    view! { <p class=\"two classes\">\"Saved for now\"</p> <b>\"Print\"</b> }\n}\n",
        )
        .expect("writes");
        let errors = check_words(&dir);
        let _ = std::fs::remove_dir_all(&dir);
        let said = say(&errors);
        assert_eq!(errors.len(), 2, "{said}");
        assert!(said.contains("src/ui/new_screen/mod.rs:2:37") && said.contains("Saved for now"), "{said}");
        assert!(said.contains("\"Print\""), "{said}");
    }

    #[test]
    fn uses_are_found_with_their_variables() {
        let text = "let a = msg!(\"record-made\", when = f(x, y));\nlet b = crate::message!(\n    \"quoted\",\n    text = \"a, b\",\n);\nconst C: &str = defined(\"list-and\");";
        let found = uses(text);
        let names = |v: &[&str]| Some(v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>());
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!((found[0].line, found[0].id.as_str(), &found[0].variables), (1, "record-made", &names(&["when"])));
        assert_eq!((found[1].line, found[1].id.as_str(), &found[1].variables), (2, "quoted", &names(&["text"])));
        assert_eq!((found[2].id.as_str(), &found[2].variables), ("list-and", &None));
    }

    #[test]
    fn words_are_told_from_ids_selectors_and_format_strings() {
        for words in [
            "Why:",
            "Next steps",
            "A level is a prompt.",
            "‘nothing recorded’",
            "Made: {when}",
            "Print",
            "Next",
            "<p>Read more</p>",
        ] {
            assert!(looks_like_words(words), "{words}");
        }
        for not in [
            "refer-now",
            "#judgement-level",
            "{}. {}: {}",
            "- {line}",
            "\\n{}",
            "999",
            "kebab-case",
            "",
            "NSPCC",
            "ArrowLeft",
            "A",
            "<li><a href=\"{href}\">{}</a></li>",
            ".outcome-bar p",
            "#first-paint main",
        ] {
            assert!(!looks_like_words(not), "{not}");
        }
    }

    #[test]
    fn literals_skip_comments_chars_lifetimes_and_tests() {
        let text = "// \"a comment\"\nfn f<'a>(x: &'a str) -> char { let q = '\"'; g(\"one two\", r#\"raw \"words\"\"#) }\n/* \"block\" */\n#[cfg(test)]\nmod tests { \"in a test\" }";
        let found: Vec<&str> = literals(text).iter().map(|l| l.text).collect();
        assert_eq!(found, ["one two", "raw \"words\""]);
    }

    #[test]
    fn a_class_attribute_is_not_words() {
        let text = "view! { <p class=\"panel import-confirm\">\"Some words\"</p><p class=format!(\"a b-{}\", x)></p> }";
        let class: Vec<bool> = literals(text).iter().map(|l| is_class(text, l)).collect();
        assert_eq!(class, [true, false, true]);
    }

    #[test]
    fn a_broken_file_is_reported_at_its_line() {
        let dir = std::env::temp_dir().join(format!("rr-messages-{}", std::process::id()));
        let en = dir.join(DIR).join(SOURCE_LANG);
        let cy = dir.join(DIR).join("cy");
        std::fs::create_dir_all(&en).unwrap();
        std::fs::create_dir_all(&cy).unwrap();
        std::fs::write(en.join("a.ftl"), "one = One { $n }\ntwo = Two\nbroken = { $x\n").unwrap();
        std::fs::write(cy.join("a.ftl"), "one = Un { $m }\nthree = Tri\n").unwrap();
        let errors: Vec<String> = check_files(&dir).iter().map(ToString::to_string).collect();
        std::fs::remove_dir_all(&dir).unwrap();
        let has = |s: &str| errors.iter().any(|e| e.contains(s));
        assert!(has("content/messages/en-GB/a.ftl:4:1: this is not Fluent that can be read"), "{errors:?}");
        assert!(has("content/messages/cy/a.ftl:1: 'one' has the variables {\"m\"}"), "{errors:?}");
        assert!(has("content/messages/en-GB/a.ftl:2: 'two' is not in content/messages/cy"), "{errors:?}");
        assert!(has("content/messages/cy/a.ftl:2: 'three' is not in en-GB"), "{errors:?}");
    }
}

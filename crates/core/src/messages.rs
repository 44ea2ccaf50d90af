//! The words a person reads, from the message files: `content/messages/<language>/*.ftl`, in
//! Project Fluent's format, read with the `fluent-bundle` crate. `docs/messages.md` says why, and
//! how to add a message or a language.
//!
//! A string is looked up by its id with [`msg!`](crate::msg) (the words now, as a `String`) or
//! [`message!`](crate::message) (a [`Message`] to put into words later, in whatever language is
//! chosen then): `msg!("record-made", when = when)`. The id must be a literal defined in the
//! English (en-GB) files, or the build fails at the call; every variable is passed by name.
//!
//! The language is held in one place ([`set_lang`], [`lang`]); it starts as [`Lang::EnGb`].
//! The files are embedded when the crate is built and parsed once per language, on first use.
//! Nothing here panics on a phone: a message missing from a language falls back to English, one
//! missing from English (which the build refuses) to its id, and a variable not passed shows as
//! its name in braces. `rr-content`'s message checks refuse all three before a build ships.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

// The message files, embedded (`FILES`: language tag, path, text), and the ids the English
// files define (`IDS`), written by the build script from `content/messages/`.
include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    /// English, as written in the United Kingdom: the language every message is written in
    /// first, and the one a missing message falls back to.
    #[default]
    #[serde(rename = "en-GB")]
    EnGb,
    /// Welsh (Cymraeg). Its files say how far each can be trusted: [`translations`].
    #[serde(rename = "cy")]
    Cy,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::EnGb, Lang::Cy];

    /// The language's tag (BCP 47): its folder under `content/messages/`, and the page's `lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::EnGb => "en-GB",
            Lang::Cy => "cy",
        }
    }

    /// The language with this tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The language's name in itself, as the switch offers it ("English", "Cymraeg").
    pub fn own_name(self) -> String {
        match self {
            Lang::EnGb => crate::msg!("lang-name-en-gb"),
            Lang::Cy => crate::msg!("lang-name-cy"),
        }
    }

    /// The language an address asks for (`?lang=cy`): a shared link can carry it.
    pub fn from_query(search: &str) -> Option<Lang> {
        search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("lang=")).and_then(Lang::from_tag)
    }

    /// The address that opens the page at `hash` in this language: the language switch's link.
    pub fn switch_href(self, hash: &str) -> String {
        format!("?lang={}{hash}", self.tag())
    }

    /// The languages the switch offers when `self` is in use: every other one.
    pub fn others(self) -> impl Iterator<Item = Lang> {
        Lang::ALL.into_iter().filter(move |l| *l != self)
    }

    fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }
}

/// A message file: its language tag, its path in the project, and its text.
pub type File = (&'static str, &'static str, &'static str);

/// Every message file: the embedded ones (in the browser, English alone), then those loaded.
pub fn files() -> Vec<File> {
    LOADED.with(|loaded| FILES.iter().copied().chain(loaded.borrow().iter().copied()).collect())
}

/// Every message file of `lang`, as [`files`] gives them, by path.
pub fn files_of(lang: Lang) -> Vec<(String, String)> {
    files()
        .into_iter()
        .filter(|(tag, _, _)| *tag == lang.tag())
        .map(|(_, p, t)| (p.to_string(), t.to_string()))
        .collect()
}

/// Adds `lang`'s message files (path, text), fetched with its content: the browser's builds
/// embed English alone. Files already known are left as they are; the language's words are
/// put together afresh from then on.
pub fn load(lang: Lang, files: Vec<(String, String)>) {
    let known = self::files();
    LOADED.with(|loaded| {
        let mut loaded = loaded.borrow_mut();
        for (path, text) in files {
            if !known.iter().any(|(tag, p, _)| *tag == lang.tag() && *p == path) {
                // Kept for the rest of the visit, as the embedded files are.
                loaded.push((lang.tag(), Box::leak(path.into_boxed_str()), Box::leak(text.into_boxed_str())));
            }
        }
    });
    BUNDLES.with(|bundles| bundles[lang.index()].replace(None));
}

thread_local! {
    // The app runs on one thread; natively each test thread keeps its own. So the
    // non-concurrent bundle (no locks) is used, parsed at most once per language and thread
    // (and again after [`load`]).
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::EnGb) };
    static BUNDLES: [RefCell<Option<Rc<FluentBundle<FluentResource>>>>; Lang::ALL.len()] = Default::default();
    static LOADED: RefCell<Vec<File>> = const { RefCell::new(Vec::new()) };
}

/// The language the words are in now.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// The `lang` attribute for words from the content shown now: `en-GB` when they are English
/// (`translated` false) in a page in another language, so a screen reader reads them as
/// English; none when they are in the page's language.
pub fn english_unless(translated: bool) -> Option<&'static str> {
    (lang() != Lang::EnGb && !translated).then_some("en-GB")
}

/// Chooses the language for the words from now on.
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    // No bidi isolation marks (U+2068, U+2069) around variables: the words are copied into
    // records and matched by tests, and neither language written here runs right to left.
    bundle.set_use_isolating(false);
    for (_, _, text) in files().into_iter().filter(|(tag, _, _)| *tag == lang.tag()) {
        // A file that does not parse, or an id defined twice, is refused by the checks before a
        // build ships; here what did parse is kept, and the first definition wins.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// What a translated message file says of itself, in its first lines:
/// `# translation-status: drafted` (not yet checked by a translator) or
/// `# translation-status: reviewed by <role> on <YYYY-MM-DD>`, and
/// `# translated-from: <fingerprint>`, the [`fingerprint`] of the English file it was made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// The file, from the project's root.
    pub path: &'static str,
    /// Who reviewed it and when, or `None` while it is a draft.
    pub reviewed: Option<(String, String)>,
    /// The English has changed since the file was translated.
    pub out_of_step: bool,
}

/// The status line a translated file starts with.
pub const STATUS_LINE: &str = "# translation-status:";
/// The line naming the English it was made from.
pub const FROM_LINE: &str = "# translated-from:";

/// A text's fingerprint: 16 hex digits of its FNV-1a hash, comment lines (`#`) and trailing
/// space left out, so editing a comment does not put a translation out of step.
pub fn fingerprint(text: &str) -> String {
    let kept: String = text.lines().filter(|l| !l.starts_with('#')).flat_map(|l| [l, "\n"]).collect();
    format!("{:016x}", crate::text::fnv1a(kept.trim_end().as_bytes()))
}

/// A status line's value: `Some(None)` for a draft, `Some(Some((role, date)))` for a reviewed
/// file, `None` when it is neither.
pub fn parse_status(value: &str) -> Option<Option<(String, String)>> {
    let value = value.trim();
    if value == "drafted" {
        return Some(None);
    }
    let (role, date) = value.strip_prefix("reviewed by ")?.rsplit_once(" on ")?;
    let date_ok = date.len() == 10
        && date.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    (!role.trim().is_empty() && date_ok).then(|| Some((role.trim().to_string(), date.to_string())))
}

/// The header value after `prefix` in `text`'s first lines.
pub fn header<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    text.lines()
        .take_while(|l| l.starts_with('#') || l.trim().is_empty())
        .find_map(|l| l.strip_prefix(prefix))
        .map(str::trim)
}

/// Each message file of `lang` with its translation status; empty for English.
pub fn translations(lang: Lang) -> Vec<Translation> {
    if lang == Lang::EnGb {
        return Vec::new();
    }
    let all = files();
    all.iter()
        .filter(|(tag, _, _)| *tag == lang.tag())
        .map(|(_, path, text)| {
            let name = path.rsplit('/').next().unwrap_or_default();
            let english = all.iter().find(|(tag, p, _)| *tag == Lang::EnGb.tag() && p.ends_with(&format!("/{name}")));
            translation(path, text, english.map(|(_, _, en)| *en))
        })
        .collect()
}

/// What the words of `lang` can be trusted for, in one line for the footer and the record: `None`
/// for English; for a translation, whether any file is out of step with the English, else
/// whether every file has been reviewed (by whom, and when last), else that it is a draft.
pub fn status_line(lang: Lang) -> Option<String> {
    let files = translations(lang);
    if files.is_empty() {
        return None;
    }
    if files.iter().any(|t| t.out_of_step) {
        return Some(crate::msg!("page-translation-out-of-step"));
    }
    let reviewed: Option<Vec<&(String, String)>> = files.iter().map(|t| t.reviewed.as_ref()).collect();
    Some(match reviewed.and_then(|r| r.into_iter().max_by(|a, b| a.1.cmp(&b.1))) {
        Some((role, date)) => crate::msg!("page-translation-reviewed", role = role, date = date),
        None => crate::msg!("page-translation-drafted"),
    })
}

/// The status of the translated file `path` with `text`, made from `english` (its English file
/// as it is now, if there is one).
pub fn translation(path: &'static str, text: &str, english: Option<&str>) -> Translation {
    let from = header(text, FROM_LINE).unwrap_or_default();
    Translation {
        path,
        reviewed: header(text, STATUS_LINE).and_then(parse_status).flatten(),
        out_of_step: english.is_none_or(|en| fingerprint(en) != from),
    }
}

/// A value given to a message's variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Words, shown as they are.
    Text(String),
    /// A whole number: a message may choose its words by it (one sign, two signs).
    Number(i64),
    /// Another message, put into words in the same language.
    Message(Box<Message>),
    /// A list, joined in the same language's words.
    List(Join, Vec<Arg>),
}

/// How a list is joined, each with the language's own words (the `list-*` messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// "a", "a and b", "a, b and c".
    And,
    /// "a and b and c": each item joined with "and".
    EachAnd,
    /// "a, b, c".
    Comma,
    /// "a; b; c".
    Semicolon,
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(i64::from(n))
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n)
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}

/// A message with its variables, to be put into words when it is shown: an outcome holds these,
/// so it says the same in any language and the rules never need the words.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// The message `id` with `args`. Use [`message!`](crate::message), which checks the id.
    #[doc(hidden)]
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Message {
        Message { id, args }
    }

    /// The message's id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The words, in the language chosen now.
    pub fn text(&self) -> String {
        self.text_in(lang())
    }

    /// The words in `lang`.
    pub fn text_in(&self, lang: Lang) -> String {
        format(lang, self.id, &self.args)
            .or_else(|| (lang != Lang::EnGb).then(|| format(Lang::EnGb, self.id, &self.args)).flatten())
            .unwrap_or_else(|| self.id.to_string())
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// The message `id` in `lang` with `args`, or `None` when `lang` does not define it.
fn format(lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> Option<String> {
    let mut values = FluentArgs::new();
    for (name, arg) in args {
        values.set(*name, value(lang, arg));
    }
    // Taken out of the cell, so a message inside a message can be put together meanwhile.
    let bundle =
        BUNDLES.with(|bundles| bundles[lang.index()].borrow_mut().get_or_insert_with(|| Rc::new(bundle(lang))).clone());
    {
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, Some(&values), &mut errors).into_owned())
    }
}

fn value(lang: Lang, arg: &Arg) -> FluentValue<'static> {
    match arg {
        Arg::Text(text) => FluentValue::from(text.clone()),
        Arg::Number(n) => FluentValue::from(*n),
        Arg::Message(m) => FluentValue::from(m.text_in(lang)),
        Arg::List(join, items) => FluentValue::from(join_in(lang, *join, items)),
    }
}

fn join_in(lang: Lang, join: Join, items: &[Arg]) -> String {
    let words: Vec<String> = items
        .iter()
        .map(|a| match value(lang, a) {
            FluentValue::String(s) => s.into_owned(),
            FluentValue::Number(n) => n.as_string().into_owned(),
            _ => String::new(),
        })
        .collect();
    let pair = |id: &'static str, first: String, last: String| {
        Message::new(id, vec![("first", Arg::Text(first)), ("last", Arg::Text(last))]).text_in(lang)
    };
    const AND: &str = defined("list-and");
    const COMMA: &str = defined("list-comma");
    const SEMICOLON: &str = defined("list-semicolon");
    let (between, at_end) = match join {
        Join::And => (COMMA, AND),
        Join::EachAnd => (AND, AND),
        Join::Comma => (COMMA, COMMA),
        Join::Semicolon => (SEMICOLON, SEMICOLON),
    };
    let mut words = words.into_iter();
    let Some(mut out) = words.next() else { return String::new() };
    let mut rest: Vec<String> = words.collect();
    let last = rest.pop();
    for word in rest {
        out = pair(between, out, word);
    }
    match last {
        Some(last) => pair(at_end, out, last),
        None => out,
    }
}

/// `id`, when the English files define it; otherwise the build fails here. [`message!`](crate::message)
/// calls it at compile time, so an id that is used but not defined never builds.
pub const fn defined(id: &'static str) -> &'static str {
    let mut i = 0;
    while i < IDS.len() {
        if same(IDS[i], id) {
            return id;
        }
        i += 1;
    }
    panic!("this message id is not defined in content/messages/en-GB/*.ftl (see docs/messages.md)")
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A message to put into words later, in the language chosen then: `message!("id", name =
/// value, ...)`. The id must be a literal defined in the English files (the build fails
/// otherwise); each value is anything an [`Arg`] can be made from.
#[macro_export]
macro_rules! message {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message::new(
            {
                // A const item, not an inline const: `cargo check` evaluates it too.
                const ID: &str = $crate::messages::defined($id);
                ID
            },
            ::std::vec![$((::core::stringify!($name), $crate::messages::Arg::from($value))),*],
        )
    };
}

/// The words of a message now, in the language chosen: `msg!("id", name = value, ...)`, as
/// [`message!`](crate::message) but a `String`.
#[macro_export]
macro_rules! msg {
    ($($message:tt)*) => {
        $crate::message!($($message)*).text()
    };
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_welsh_file_is_a_draft_made_from_the_english_as_it_is_now() {
        let welsh = translations(Lang::Cy);
        let english = FILES.iter().filter(|(tag, _, _)| *tag == "en-GB").count();
        assert_eq!(welsh.len(), english, "{welsh:?}");
        for t in &welsh {
            let name = t.path.rsplit('/').next().unwrap_or_default();
            let english = FILES.iter().find(|(tag, p, _)| *tag == "en-GB" && p.ends_with(&format!("/{name}")));
            let now = english.map(|(_, _, en)| fingerprint(en)).unwrap_or_default();
            assert!(
                !t.out_of_step,
                "{} is out of step with its English: once its Welsh says what the English says now, write '{FROM_LINE} {now}'",
                t.path
            );
            assert_eq!(t.reviewed, None, "{}", t.path);
        }
    }

    #[test]
    fn a_change_to_the_english_puts_its_translation_out_of_step_and_a_comment_does_not() {
        let english = "# A comment.\nhello = Hello\n";
        let welsh =
            format!("# translation-status: drafted\n# translated-from: {}\nhello = Helo\n", fingerprint(english));
        assert!(!translation("cy/a.ftl", &welsh, Some(english)).out_of_step);
        assert!(!translation("cy/a.ftl", &welsh, Some("# Another comment.\nhello = Hello\n")).out_of_step);
        assert!(translation("cy/a.ftl", &welsh, Some("hello = Hello there\n")).out_of_step);
        assert!(translation("cy/a.ftl", &welsh, None).out_of_step, "no English left to be in step with");
    }

    #[test]
    fn an_address_can_carry_the_language_and_the_switch_keeps_the_screen() {
        assert_eq!(Lang::from_query("?lang=cy"), Some(Lang::Cy));
        assert_eq!(Lang::from_query("?x=1&lang=en-gb"), Some(Lang::EnGb));
        for none in ["", "?", "?lang=", "?lang=fr", "?language=cy", "?lang=cy%00"] {
            assert_eq!(Lang::from_query(none), None, "{none:?}");
        }
        assert_eq!(Lang::Cy.switch_href("#/check"), "?lang=cy#/check");
        assert_eq!(Lang::EnGb.others().collect::<Vec<_>>(), vec![Lang::Cy]);
        assert_eq!(Lang::Cy.others().collect::<Vec<_>>(), vec![Lang::EnGb]);
    }

    #[test]
    fn english_has_no_status_line_and_welsh_says_it_is_a_draft_in_welsh() {
        assert_eq!(status_line(Lang::EnGb), None);
        set_lang(Lang::Cy);
        let line = status_line(Lang::Cy).unwrap_or_default();
        set_lang(Lang::EnGb);
        assert_eq!(line, Message::new("page-translation-drafted", vec![]).text_in(Lang::Cy));
        assert_ne!(line, Message::new("page-translation-drafted", vec![]).text_in(Lang::EnGb));
    }

    #[test]
    fn the_status_line_is_a_draft_or_a_review_by_a_role_on_a_date() {
        assert_eq!(parse_status("drafted"), Some(None));
        assert_eq!(
            parse_status(" reviewed by Welsh translator (safeguarding) on 2026-12-06"),
            Some(Some(("Welsh translator (safeguarding)".into(), "2026-12-06".into())))
        );
        for bad in [
            "",
            "draft",
            "reviewed by  on 2026-12-06",
            "reviewed by a translator on 6 Dec 2026",
            "reviewed by x on 2026-1-06",
        ] {
            assert_eq!(parse_status(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn welsh_chooses_its_plural_forms_and_a_missing_message_falls_back_to_english() {
        let m = |n: i64| {
            Message::new("ws-pick-label", vec![("title", Arg::from("Kobe")), ("minutes", Arg::Number(n))])
                .text_in(Lang::Cy)
        };
        assert_eq!(m(2), "Kobe (tua 2 funud)", "two takes the soft mutation");
        assert_eq!(m(3), "Kobe (tua 3 munud)");
        assert_eq!(Message::new("no-such-id-anywhere", vec![]).text_in(Lang::Cy), "no-such-id-anywhere");
        let title = Message::new("level-concern-title", vec![]);
        assert_ne!(title.text_in(Lang::Cy), title.text_in(Lang::EnGb), "Welsh has its own words");
        assert_eq!(Lang::from_tag("CY"), Some(Lang::Cy));
        assert_eq!(Lang::Cy.own_name(), "Cymraeg");
    }

    use super::*;

    #[test]
    fn a_count_chooses_its_words_and_no_isolation_marks_are_added() {
        let one = crate::msg!("reason-harm", n = 1usize);
        let two = crate::msg!("reason-harm", n = 2usize);
        assert!(one.starts_with("1 sign that harm"), "{one}");
        assert!(two.starts_with("2 signs that harm"), "{two}");
        let line = crate::msg!("record-made", when = "today");
        assert_eq!(line, "Made: today");
    }

    #[test]
    fn lists_are_joined_in_the_languages_words() {
        let list =
            |join, items: &[&str]| join_in(Lang::EnGb, join, &items.iter().map(|s| Arg::from(*s)).collect::<Vec<_>>());
        assert_eq!(list(Join::And, &[]), "");
        assert_eq!(list(Join::And, &["a"]), "a");
        assert_eq!(list(Join::And, &["a", "b"]), "a and b");
        assert_eq!(list(Join::And, &["a", "b", "c"]), "a, b and c");
        assert_eq!(list(Join::EachAnd, &["a", "b", "c"]), "a and b and c");
        assert_eq!(list(Join::Semicolon, &["a", "b"]), "a; b");
    }

    #[test]
    fn a_missing_message_or_variable_never_panics() {
        assert_eq!(Message::new("no-such-message", Vec::new()).text(), "no-such-message");
        let text = Message::new("record-made", Vec::new()).text();
        assert!(text.starts_with("Made: "), "{text}");
    }
}

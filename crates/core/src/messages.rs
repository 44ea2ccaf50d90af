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
use std::cell::{Cell, OnceCell};
use std::fmt;

// The message files, embedded (`FILES`: language tag, path, text), and the ids the English
// files define (`IDS`), written by the build script from `content/messages/`.
include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// English, as written in the United Kingdom: the language every message is written in
    /// first, and the one a missing message falls back to.
    #[default]
    EnGb,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 1] = [Lang::EnGb];

    /// The language's tag (BCP 47): its folder under `content/messages/`, and the page's `lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::EnGb => "en-GB",
        }
    }

    /// The language with this tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }
}

/// Every message file: its language tag, its path in the project, and its text.
pub fn files() -> &'static [(&'static str, &'static str, &'static str)] {
    FILES
}

thread_local! {
    // The app runs on one thread; natively each test thread keeps its own. So the
    // non-concurrent bundle (no locks) is used, parsed at most once per language and thread.
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::EnGb) };
    static BUNDLES: [OnceCell<FluentBundle<FluentResource>>; Lang::ALL.len()] = Default::default();
}

/// The language the words are in now.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
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
    for (_, _, text) in FILES.iter().filter(|(tag, _, _)| *tag == lang.tag()) {
        // A file that does not parse, or an id defined twice, is refused by the checks before a
        // build ships; here what did parse is kept, and the first definition wins.
        let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
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
    BUNDLES.with(|bundles| {
        let bundle = bundles[lang.index()].get_or_init(|| bundle(lang));
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, Some(&values), &mut errors).into_owned())
    })
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

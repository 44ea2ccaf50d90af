//! The page's first script (`public/first-paint.js`) uses nothing outside its contract
//! (`rr_core::prerender::contract`): every `C.<group>.<name>` it reads is in the contract the
//! build writes, and every string it holds is the web platform's own vocabulary (tag, event and
//! attribute names the browser defines), never words, an address, a storage key, an id or a
//! class of the app's. The contract's names, in turn, are found in the pre-rendered markup.

use recognise_respond::prerender::{self, contract::contract};
use serde_json::Value;

const SCRIPT: &str = include_str!("../../public/first-paint.js");

/// Strings the script may hold: the web platform's names, each a name the browser defines
/// (element, attribute, event, link relation, fetch priority, MIME type, readyState, CSS
/// pseudo-class, JSON and URL syntax), not the app's.
const WEB_PLATFORM: &[&str] = &[
    // Elements the script makes.
    "link",
    "div",
    "h2",
    "ul",
    "li",
    "span",
    "a",
    "p",
    "strong",
    // Link relations, fetch destinations and priority, CORS mode, MIME type.
    "preload",
    "modulepreload",
    "fetch",
    "low",
    "anonymous",
    "application/wasm",
    // The stylesheet's fetch destination, and the selector of the page's own link to it.
    "style",
    "link[rel=stylesheet]",
    // Events, readyState, insertAdjacentHTML's place, a CSS pseudo-class.
    "load",
    "error",
    "click",
    "change",
    "storage",
    "loading",
    "readystatechange",
    "beforeend",
    ":checked",
    // ARIA and HTML attributes and their values.
    "aria-expanded",
    "aria-controls",
    "tabindex",
    "-1",
    "true",
    "false",
    "checkbox",
    // A RegExp flag (Unicode).
    "u",
    // JSON's null and empty list, `typeof`'s name, the announcement's separator, an id selector.
    "null",
    "[]",
    "string",
    ":",
    "#",
    "",
    // The separator of a class list.
    " ",
    // The dialling scheme (the dial rule, tested against the Rust one with tests/fixtures/dial.json).
    "tel:",
    "(0)",
    "+",
];

/// The script with its comments taken out (line comments only: it has no block comments).
fn code() -> String {
    SCRIPT.lines().map(|l| if l.trim_start().starts_with("//") { "" } else { l }).collect::<Vec<_>>().join("\n")
}

/// Every single-quoted string in the code.
fn strings(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        if c == '\'' {
            let mut s = String::new();
            let mut escaped = false;
            for c in chars.by_ref() {
                match (escaped, c) {
                    (false, '\\') => escaped = true,
                    (false, '\'') => break,
                    _ => {
                        s.push(c);
                        escaped = false;
                    }
                }
            }
            out.push(s);
        }
    }
    out
}

/// Every `C.a.b…` path the code reads, as its parts (stopping at a call or an index).
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut i = 0;
    while i + 1 < bytes.len() {
        let starts = bytes[i] == 'C' && bytes[i + 1] == '.' && (i == 0 || !word(bytes[i - 1]) && bytes[i - 1] != '.');
        if !starts {
            i += 1;
            continue;
        }
        let mut parts = Vec::new();
        let mut j = i + 1;
        while j < bytes.len() && bytes[j] == '.' {
            let start = j + 1;
            j = start;
            while j < bytes.len() && word(bytes[j]) {
                j += 1;
            }
            parts.push(bytes[start..j].iter().collect::<String>());
        }
        out.push(parts);
        i = j;
    }
    out
}

#[test]
fn the_first_paint_script_reads_only_what_its_contract_gives() {
    let code = code();
    assert!(
        !code.contains('"') && !code.contains('`'),
        "the script quotes with ' only, so every string it holds is checked"
    );
    let contract = serde_json::to_value(contract()).expect("the contract serialises");
    let used = paths(&code);
    assert!(used.len() > 60, "the script reads its contract ({} uses found)", used.len());
    for path in &used {
        let mut at = &contract;
        for (depth, part) in path.iter().enumerate() {
            // A file's address is filled by scripts/post-build.mjs: its key is in the contract,
            // its value (js, wasm) is not yet.
            if path[0] == "files" && depth == 2 {
                break;
            }
            // A list's or a string's own methods (indexOf, length).
            if !at.is_object() {
                break;
            }
            at = at
                .get(part)
                .unwrap_or_else(|| panic!("first-paint.js reads C.{} but the contract has no {part}", path.join(".")));
        }
        if path[0] != "files" {
            assert!(!matches!(at, Value::Null), "C.{} is empty", path.join("."));
        }
    }
    let strange: Vec<String> = strings(&code).into_iter().filter(|s| !WEB_PLATFORM.contains(&s.as_str())).collect();
    assert!(strange.is_empty(), "first-paint.js holds strings of its own (put them in the contract, crates/core/src/prerender/contract.rs): {strange:?}");
    // And nothing is given that is not used (apart from what the app reads of the same names).
    let groups: Vec<&String> = used.iter().filter_map(|p| p.first()).collect();
    for (group, value) in contract.as_object().expect("an object") {
        assert!(groups.contains(&group), "the contract gives {group}, which the script never reads");
        // Within a group of names, each name too (not within data: a map of nations' lines).
        let Some(names) = value.as_object().filter(|_| group != "files") else { continue };
        for name in names.keys() {
            let read = used.iter().any(|p| p.len() > 1 && p[0] == *group && p[1] == *name);
            assert!(read, "the contract gives {group}.{name}, which the script never reads");
        }
    }
}

#[test]
fn the_contracts_names_are_the_pre_rendered_markups_own() {
    let library = recognise_respond::full_library();
    let screens = prerender::screens(&library);
    let check = &screens.iter().find(|(name, _)| name == "check.html").expect("the checklist is pre-rendered").1;
    let index = prerender::frame(&library, &prerender::home());
    // The page's shell (index.html) holds the first paint's box itself.
    let shell = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).expect("index.html");
    let markup = format!("{shell}{index}{check}");
    let contract = serde_json::to_value(contract()).expect("the contract serialises");
    let dom = contract["dom"].as_object().expect("dom is an object");
    // Classes and ids the markup must carry, by the contract's name for them (a selector's
    // last class or id; a prefix, with something after it).
    for (name, value) in dom {
        let value = value.as_str().expect("a string");
        let last = value.rsplit([' ', '.', '#']).next().unwrap_or(value);
        let last = last.split('[').next().unwrap_or(last);
        let found = ["class=\"", " ", "id=\"", "<"].iter().any(|before| markup.contains(&format!("{before}{last}")));
        // Made by the script itself, as the app draws them (tests/e2e/markup.test.mjs compares).
        let js_only =
            ["only", "nation_only", "level_class", "nation_passage", "nation_switch", "contacts", "contact_role"];
        assert!(
            found || js_only.contains(&name.as_str()),
            "the contract's dom.{name} ({value}) is not in the pre-rendered markup"
        );
    }
    assert!(check.contains(&format!("{}=\"", prerender::contract::attrs::COUNTS)), "each group carries its counts");
}

#[test]
fn the_script_has_a_words_for_every_count_and_they_are_the_apps() {
    // A group's counts in the pre-rendered checklist are the app's own words for each number
    // of ticks (prerender::check::count, which the app's checklist draws).
    let library = recognise_respond::full_library();
    let group = library.sign_groups.first().expect("a group");
    let check = prerender::checklist(&library);
    let total = group.signs.len();
    let counts: Vec<String> = (0..=total).map(|n| prerender::check::count(n, total)).collect();
    let json = recognise_respond::text::escape_html(&serde_json::to_string(&counts).expect("serialises"));
    assert!(check.contains(&json), "{json}");
    assert_eq!(counts[0], format!("{total} signs, none ticked"));
    assert_eq!(counts[1], format!("1 of {total} ticked"));
}

#[test]
fn each_pre_rendered_sign_carries_the_level_the_core_gives_it_alone() {
    use recognise_respond::screening::{assess, Answers};
    let library = recognise_respond::full_library();
    let screens = prerender::screens(&library);
    let check = &screens.iter().find(|(name, _)| name == "check.html").expect("the checklist is pre-rendered").1;
    let attr = prerender::contract::attrs::ALONE;
    let mut levels = std::collections::BTreeSet::new();
    for sign in library.signs() {
        let answers = Answers { ticked: [sign.id.clone()].into_iter().collect(), ..Answers::default() };
        let level = assess(&library, &answers).level.id();
        let marked = format!("id=\"sign-{}\" aria-describedby=\"sign-{}-hint\" {attr}=\"{level}\"", sign.id, sign.id);
        assert!(check.contains(&marked), "the box of {} says its level alone is {level}", sign.id);
        levels.insert(level);
    }
    assert!(levels.len() >= 3, "signs alone give different levels: {levels:?}");
    let none = assess(&library, &Answers::default()).level.id();
    assert!(
        check.contains(&format!("<p aria-live=\"polite\" {attr}=\"{none}\">")),
        "the bar says the level for nothing ticked"
    );
    // Every level so given has a title the script can show, and the age they were worked out
    // with is the one the checklist starts with.
    let contract = serde_json::to_value(contract()).expect("the contract serialises");
    let age = contract["check"]["alone_age"].as_str().expect("the age the levels alone assume");
    assert!(check.contains(&format!("name=\"age\" id=\"{age}\" checked>")), "the checklist starts with {age} chosen");
    for level in levels.iter().chain([&none]) {
        assert!(contract["html"]["levels"][level].is_string(), "the contract names level {level}");
    }
}

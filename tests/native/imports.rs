//! No two modules import each other. A loop of two files (issue 28 found three: screening and
//! referral, workshop votes and session, the app's state and takeover) means neither can be read,
//! moved or tested without the other; each was broken by moving the shared piece to the module
//! that owns it. This test reads the source as text: for each file of the core, the content crate
//! and the app, the modules it names by `crate::…`, `super::…` or `self::…` (in `use` lines and in
//! paths in the code, comments, strings and tests left out), and fails if two files name each
//! other. A module and its own submodule are left out: a parent that declares and re-exports its
//! children while they use its types is how Rust modules are built. (`super::` is read as the
//! file's parent module, so a module written inline in a file would be misread if it used
//! `super::`; outside tests, none does.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module's path inside its crate (`["workshop", "votes"]`; the crate root is empty).
type Module = Vec<String>;

/// Loops known and not yet broken, as (crate folder, module, module). Each is to be broken as the
/// three were; remove it from here when it is.
const KNOWN: &[(&str, &str, &str)] = &[
    ("crates/content/src", "facts", "load"),
    ("src", "browser_storage", "ui::state"),
    ("src", "ui::workshop::plan", "ui::workshop::present"),
];

/// Every `.rs` file of the library crate rooted at `root` (its `lib.rs`), by module path.
/// Binaries (`main.rs`, `bin/`) are crates of their own and left out.
fn modules(root: &Path) -> BTreeMap<Module, PathBuf> {
    let mut out = BTreeMap::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(root).unwrap().with_extension("");
            let mut parts: Module = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
            if parts == ["main"] || parts[0] == "bin" {
                continue;
            }
            if parts == ["lib"] || parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            out.insert(parts, path);
        }
    }
    out
}

/// The code of a file without its tests (everything from the first `#[cfg(test)]`), its comments
/// and the insides of its string literals.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    let mut out = String::new();
    let mut in_string = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => {
                    in_string = false;
                    out.push('"');
                }
                '\n' => out.push('\n'),
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push('"');
        } else if c == '\'' && chars.peek() == Some(&'"') {
            // The character literal '"' opens no string.
            chars.next();
            chars.next();
            out.push_str("' '");
        } else if c == '/' && chars.peek() == Some(&'/') {
            while chars.peek().is_some_and(|&n| n != '\n') {
                chars.next();
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The paths a `use` tree names, its braces expanded: `super::{dom, state::X}` gives
/// `super::dom` and `super::state::X`.
fn expand(tree: &str) -> Vec<String> {
    let Some(open) = tree.find('{') else { return vec![tree.to_string()] };
    let (prefix, body) = (&tree[..open], &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())]);
    let mut items = vec![String::new()];
    let mut depth = 0;
    for c in body.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(String::new());
                continue;
            }
            _ => {}
        }
        items.last_mut().unwrap().push(c);
    }
    items.iter().filter(|i| !i.is_empty()).flat_map(|i| expand(i)).map(|p| format!("{prefix}{p}")).collect()
}

/// Every path in `code` that starts at `crate`, `super` or `self`: the `use` trees expanded,
/// and the paths written in the code itself.
fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + 4..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let end = rest.find(';').unwrap_or(rest.len());
        let tree: String = rest[..end].chars().filter(|c| !c.is_whitespace()).collect();
        out.extend(expand(&tree));
    }
    // Paths in the code: a word followed by `::` and more words.
    let chars: Vec<char> = code.chars().collect();
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let mut i = 0;
    while i < chars.len() {
        if word(chars[i]) && (i == 0 || !(word(chars[i - 1]) || chars[i - 1] == ':')) {
            let start = i;
            while i < chars.len() && (word(chars[i]) || (chars[i] == ':' && chars.get(i + 1) == Some(&':'))) {
                i += if chars[i] == ':' { 2 } else { 1 };
            }
            let path: String = chars[start..i].iter().collect();
            // (A path ending in `::` opens a `use` tree, read above.)
            if ["crate::", "super::", "self::"].iter().any(|p| path.starts_with(p)) && !path.ends_with("::") {
                out.push(path);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// The other modules of `all` that the file of module `here` names.
fn named_by(here: &Module, text: &str, all: &BTreeMap<Module, PathBuf>) -> BTreeSet<Module> {
    let mut out = BTreeSet::new();
    for path in paths(&code(text)) {
        let mut segments = path.split("::").filter(|s| !s.is_empty());
        let mut full: Module = match segments.next() {
            Some("crate") => Vec::new(),
            Some("super") => here[..here.len().saturating_sub(1)].to_vec(),
            Some("self") => here.clone(),
            _ => continue,
        };
        for s in segments {
            match s {
                "super" => {
                    full.pop();
                }
                "self" | "*" => {}
                _ => full.push(s.to_string()),
            }
        }
        // The longest leading part of the path that is a module with a file of its own.
        while !full.is_empty() && !all.contains_key(&full) {
            full.pop();
        }
        if &full != here && all.contains_key(&full) {
            out.insert(full);
        }
    }
    out
}

/// The pairs of modules under `root` that name each other, each as (module, module) in order.
fn loops(root: &Path) -> Vec<(String, String)> {
    let all = modules(root);
    let names: BTreeMap<&Module, BTreeSet<Module>> = all
        .iter()
        .map(|(module, path)| (module, named_by(module, &std::fs::read_to_string(path).unwrap(), &all)))
        .collect();
    let mut out = Vec::new();
    for (a, named) in &names {
        for b in named {
            let family = a.starts_with(b) || b.starts_with(a);
            if *a < b && !family && names.get(b).is_some_and(|n| n.contains(*a)) {
                out.push((a.join("::"), b.join("::")));
            }
        }
    }
    out
}

#[test]
fn no_two_modules_import_each_other() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for dir in ["crates/core/src", "crates/content/src", "src"] {
        for (a, b) in loops(&root.join(dir)) {
            found.push((dir, a, b));
        }
    }
    let known: Vec<(&str, String, String)> = KNOWN.iter().map(|(d, a, b)| (*d, a.to_string(), b.to_string())).collect();
    let new: Vec<_> = found.iter().filter(|f| !known.contains(f)).collect();
    assert!(new.is_empty(), "modules that import each other (make the dependency go one way): {new:?}");
    let gone: Vec<_> = known.iter().filter(|k| !found.contains(k)).collect();
    assert!(gone.is_empty(), "no longer a loop: take it out of KNOWN: {gone:?}");
}

#[test]
fn the_scan_finds_a_loop_written_in_either_form() {
    // Two modules naming each other, one in a `use` tree with braces, one by a path in the code;
    // a comment, a string and a test naming a module count for nothing.
    let all: BTreeMap<Module, PathBuf> = [vec![], vec!["a".to_string()], vec!["b".to_string()], vec!["c".to_string()]]
        .into_iter()
        .map(|m| (m, PathBuf::new()))
        .collect();
    let a = named_by(&vec!["a".into()], "use crate::{b::{X, Y}, c::Z};\nfn f() {}", &all);
    let b = named_by(&vec!["b".into()], "fn g() -> u8 { super::a::f(); '\"'; 1 }\n// crate::c\n", &all);
    let c = named_by(
        &vec!["c".into()],
        "const S: &str = \"crate::a::x\";\n#[cfg(test)]\nmod tests { use crate::b; }",
        &all,
    );
    assert_eq!(a, BTreeSet::from([vec!["b".to_string()], vec!["c".to_string()]]));
    assert_eq!(b, BTreeSet::from([vec!["a".to_string()]]));
    assert!(c.is_empty(), "{c:?}");
}

//! Reads the facts register, `content/facts.toml`, and writes one constant per fact into
//! `facts.rs`, so the core's own texts cite facts as content does: `facts::MSA_S51` is the
//! fact's words with its status mark, and a fact that is not in the register does not compile.
//!
//! The register has already been checked by the content crate when the app builds; here a fact
//! that cannot be read is simply left out (a text citing it then fails to compile, naming it).
//!
//! It also embeds the message files, `content/messages/<language>/*.ftl`, and lists the ids the
//! English ones define, so a message id used but not defined fails to compile at its use
//! (`messages::defined`). The content crate checks the files themselves (`rr_content::messages`).

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root =
        Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("../../content");
    let (facts_file, sources_file) = (root.join("facts.toml"), root.join("sources.toml"));
    println!("cargo:rerun-if-changed={}", facts_file.display());
    println!("cargo:rerun-if-changed={}", sources_file.display());
    let read =
        |p: &Path| -> toml::Table { std::fs::read_to_string(p).ok().and_then(|t| t.parse().ok()).unwrap_or_default() };
    let (register, sources) = (read(&facts_file), read(&sources_file));
    let empty = toml::Table::new();
    let facts = register.get("facts").and_then(toml::Value::as_table).unwrap_or(&empty);
    let mut out = String::new();
    let mut all = String::from("/// Every fact, by id, as cited.\npub const ALL: &[(&str, &str)] = &[\n");
    for (id, fact) in facts {
        let get = |k: &str| fact.get(k).and_then(toml::Value::as_str).unwrap_or_default();
        let title = sources.get(get("source")).and_then(|s| s.get("title")).and_then(toml::Value::as_str);
        let check = fact.get("check").and_then(toml::Value::as_str).or(title).unwrap_or_default();
        let cited = match get("status") {
            "partly" => format!("{} (check: {check})", get("text")),
            "not-confirmed" => format!("{} (not confirmed; check {check})", get("text")),
            _ => get("text").to_string(),
        };
        let name = id.to_uppercase().replace('-', "_");
        let _ = writeln!(out, "/// The fact `{id}` of the register, as cited.\npub const {name}: &str = {cited:?};");
        let _ = writeln!(all, "    ({id:?}, {name}),");
    }
    all.push_str("];\n");
    out.push_str(&all);
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&dir).join("facts.rs"), out).expect("OUT_DIR is writable");
    std::fs::write(Path::new(&dir).join("messages.rs"), messages(&root)).expect("OUT_DIR is writable");
}

/// The message files as Rust: `FILES` (language tag, path, embedded text) and `IDS` (the
/// messages the English files define; terms, written `-name`, are used only inside messages).
fn messages(content: &Path) -> String {
    let dir = content.join("messages");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files = Vec::new();
    let mut langs: Vec<_> = std::fs::read_dir(&dir).into_iter().flatten().filter_map(Result::ok).collect();
    langs.sort_by_key(std::fs::DirEntry::file_name);
    for lang in langs.iter().filter(|e| e.path().is_dir()) {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut ftl: Vec<_> = std::fs::read_dir(lang.path()).into_iter().flatten().filter_map(Result::ok).collect();
        ftl.sort_by_key(std::fs::DirEntry::file_name);
        for file in ftl.iter().filter(|f| f.path().extension().is_some_and(|x| x == "ftl")) {
            println!("cargo:rerun-if-changed={}", file.path().display());
            let tag = lang.file_name().to_string_lossy().into_owned();
            let rel = format!("content/messages/{tag}/{}", file.file_name().to_string_lossy());
            files.push((tag, rel, file.path()));
        }
    }
    let mut out =
        String::from("/// Every message file: language tag, path, text.\nconst FILES: &[(&str, &str, &str)] = &[\n");
    let mut ids = Vec::new();
    // The browser's builds carry English alone: another language's words travel in its own
    // content file, fetched only by a reader who chose it (`messages::load`). Natively (the
    // tests, the build scripts that pre-render the first paint) every language is here.
    let browser = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    for (tag, rel, path) in files.iter().filter(|(tag, _, _)| !browser || tag == "en-GB") {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        // Comments are for the people editing the file: the app carries the messages alone.
        // (A line starting with `#` is always a comment in Fluent; a value's next line is
        // indented.) The checks read the files themselves, with their line numbers.
        // A translation's two header lines stay: they say how far it can be trusted
        // (`messages::translations`).
        let header = |l: &str| l.starts_with("# translation-status:") || l.starts_with("# translated-from:");
        let messages: String =
            text.lines().filter(|l| !l.starts_with('#') || header(l)).flat_map(|l| [l, "\n"]).collect();
        let _ = writeln!(out, "    ({tag:?}, {rel:?}, {messages:?}),");
        if tag == "en-GB" {
            let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(partial, _)| partial);
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_string());
                }
            }
        }
    }
    out.push_str("];\n/// The ids of the messages the English files define.\nconst IDS: &[&str] = &[\n");
    for id in ids {
        let _ = writeln!(out, "    {id:?},");
    }
    out.push_str("];\n");
    out
}

//! Reads the facts register, `content/facts.toml`, and writes one constant per fact into
//! `facts.rs`, so the core's own texts cite facts as content does: `facts::MSA_S51` is the
//! fact's words with its status mark, and a fact that is not in the register does not compile.
//!
//! The register has already been checked by the content crate when the app builds; here a fact
//! that cannot be read is simply left out (a text citing it then fails to compile, naming it).

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
}

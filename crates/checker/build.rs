//! Puts every content file inside the checker as text (`files.rs`), so a trainer's scenario is
//! checked against the same sources, glossary, pages and wording rules the build uses.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let content =
        Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("../../content");
    println!("cargo:rerun-if-changed={}", content.display());
    let mut found = Vec::new();
    collect(&content, "", &mut found);
    found.sort();
    let mut out = String::from(
        "/// Every content file: its path inside content/, and its text.\npub const FILES: &[(&str, &str)] = &[\n",
    );
    for (rel, path) in found {
        println!("cargo:rerun-if-changed={path}");
        let _ = writeln!(out, "    ({rel:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&dir).join("files.rs"), out).expect("OUT_DIR is writable");
}

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, String)>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let rel = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if path.is_dir() {
            collect(&path, &format!("{rel}/"), out);
        } else if path.extension().is_some_and(|x| x == "md" || x == "toml") {
            let full = path.canonicalize().unwrap_or(path);
            out.push((rel, full.to_string_lossy().into_owned()));
        }
    }
}

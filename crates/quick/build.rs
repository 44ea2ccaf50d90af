//! Writes the checklist's signs (id, kind, forms, same-fact group and whether it is general: all
//! the screening rules read) as Rust, so the quick build carries neither the rest of the
//! content, nor a JSON parser, nor the message files: it gives a level's id, and the first
//! paint's contract its title in the page's language.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let content =
        Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("../../content");
    println!("cargo:rerun-if-changed={}", content.display());
    // The app's build reports content problems in full; here a broken file just stops the build.
    let library = rr_content::load::load(&content).unwrap_or_else(|errors| {
        eprintln!("content/ has {} problem(s): build the app to see them", errors.len());
        std::process::exit(1);
    });
    let mut out = String::from(
        "/// One sign: its id, kind, forms, same-fact group and whether it is general.\npub type QuickSign = (&'static str, SignKind, &'static [Form], Option<&'static str>, bool);\n/// Each sign of the checklist.\npub const SIGNS: &[QuickSign] = &[\n",
    );
    for sign in library.signs() {
        let forms: Vec<String> = sign.forms.iter().map(|f| format!("Form::{f:?}")).collect();
        let _ = writeln!(
            out,
            "    ({:?}, SignKind::{:?}, &[{}], {:?}, {}),",
            sign.id,
            sign.kind,
            forms.join(", "),
            sign.same_fact.as_deref(),
            sign.general
        );
    }
    out.push_str("];\n");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&dir).join("signs.rs"), out).expect("OUT_DIR is writable");
}

//! Checks every file in `content/` and embeds the result in the app.
//!
//! A broken content file fails the build here, with its file and line, so it never reaches a
//! phone. The same checking code is used by the native tests (`src/content/load.rs`).

#[path = "src/content/mod.rs"]
#[allow(dead_code, unreachable_pub, missing_docs)]
mod content;
#[path = "src/nation.rs"]
#[allow(dead_code, unreachable_pub, missing_docs)]
mod nation;
#[path = "src/scenario/mod.rs"]
#[allow(dead_code, unreachable_pub, missing_docs, unused_imports)]
mod scenario;
#[path = "src/route.rs"]
#[allow(dead_code, unreachable_pub, missing_docs)]
mod route;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/content");
    println!("cargo:rerun-if-changed=src/scenario");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let (result, warnings) = content::load::check(&root);
    for w in &warnings {
        println!("cargo:warning=content: {w}");
    }
    match result {
        Ok(library) => {
            let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
                .join("content.json");
            let json = serde_json::to_string(&library).expect("the library serialises");
            std::fs::write(out, json).expect("OUT_DIR is writable");
        }
        Err(errors) => {
            eprintln!(
                "\nThe content in content/ has {} problem(s). Fix them and build again:\n",
                errors.len()
            );
            for e in &errors {
                eprintln!("  {e}");
            }
            eprintln!();
            std::process::exit(1);
        }
    }
}

//! Checks every file in `content/` and embeds the result in the app.
//!
//! A broken content file fails the build here, with its file and line, so it never reaches a
//! phone. The same checking code is used by the native tests (`src/content/load.rs`).

#[path = "src/content/mod.rs"]
#[allow(dead_code, unreachable_pub, missing_docs, unused_imports)]
mod content;
#[path = "src/nation.rs"]
#[allow(dead_code, unreachable_pub, missing_docs)]
mod nation;
#[path = "src/route.rs"]
#[allow(dead_code, unreachable_pub, missing_docs)]
mod route;
#[path = "src/scenario/mod.rs"]
#[allow(dead_code, unreachable_pub, missing_docs, unused_imports)]
mod scenario;
#[path = "src/text.rs"]
#[allow(dead_code, unreachable_pub, missing_docs)]
mod text;

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
            let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
            // The core is embedded in the app; the rest becomes a file fetched after start,
            // named after its contents so a browser never pairs an old file with a new app.
            let (core, extra) = library.split();
            let core = serde_json::to_string(&core).expect("the library serialises");
            let extra = serde_json::to_string(&extra).expect("the extra content serialises");
            let name = format!("content-{:016x}.json", content::changes::fnv1a(extra.as_bytes()));
            std::fs::write(out.join("content.json"), core).expect("OUT_DIR is writable");
            std::fs::write(out.join("extra_file.rs"), format!("/// The file holding the rest of the content, next to index.html.\npub const EXTRA_FILE: &str = {name:?};\n")).expect("OUT_DIR is writable");
            std::fs::write(out.join("extra.json"), &extra).expect("OUT_DIR is writable");
            // Where scripts/post-build.mjs finds it to copy into dist/.
            let generated = Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("generated");
            let _ = std::fs::remove_dir_all(&generated);
            std::fs::create_dir_all(&generated).expect("target/ is writable");
            std::fs::write(generated.join(&name), &extra).expect("target/generated is writable");
        }
        Err(errors) => {
            eprintln!("\nThe content in content/ has {} problem(s). Fix them and build again:\n", errors.len());
            for e in &errors {
                eprintln!("  {e}");
            }
            eprintln!();
            std::process::exit(1);
        }
    }
}

//! Checks every file in `content/` with the content crate and embeds the result in the app.
//!
//! A broken content file fails the build here, with its file, line and column, so it never
//! reaches a phone. Everything written goes to `OUT_DIR`; `scripts/post-build.mjs` copies the
//! extra content file from there into `dist/`.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=content");
    let project = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let root = project.join("content");
    let (result, warnings) = rr_content::load::check(&root);
    for w in &warnings {
        println!("cargo:warning=content: {w}");
    }
    // The message files (content/messages/) are checked beside the rest of the content.
    let result = match (result, rr_content::messages::check_files(&project)) {
        (result, problems) if problems.is_empty() => result,
        (Ok(_), problems) => Err(problems),
        (Err(mut errors), problems) => {
            errors.extend(problems);
            Err(errors)
        }
    };
    let library = match result {
        Ok(library) => library,
        Err(errors) => {
            eprintln!("\nThe content in content/ has {} problem(s). Fix them and build again:\n", errors.len());
            for e in &errors {
                eprintln!("  {e}");
            }
            eprintln!();
            std::process::exit(1);
        }
    };
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    // What the page shows before the app starts (scripts/post-build.mjs puts it into dist/).
    let first_paint = serde_json::json!({
        "index": rr_core::prerender::frame(&library, &rr_core::prerender::home()),
        "screens": rr_core::prerender::screens(&library),
        "contract": rr_core::prerender::contract::contract(),
        "page": rr_core::prerender::page_words(),
        "langs": other_languages(&library),
    });
    // The core is embedded in the app; the rest becomes a file fetched after start, named after
    // its contents so a browser never pairs an old file with a new app.
    // The Welsh pages go to a file of their own, fetched only by a reader who chose Welsh.
    let mut library = library;
    let mut translations = library.split_translations();
    // The Welsh words of the app itself travel with the Welsh content: a phone reading English
    // never downloads them.
    translations.messages = rr_core::messages::files_of(rr_core::messages::Lang::Cy);
    let welsh = serde_json::to_string(&translations).expect("the Welsh pages serialise");
    let welsh_name = format!("content-cy-{:016x}.json", rr_content::changes::fnv1a(welsh.as_bytes()));
    let (core, extra) = library.split();
    let core = serde_json::to_string(&core).expect("the library serialises");
    let extra = serde_json::to_string(&extra).expect("the extra content serialises");
    let name = format!("content-{:016x}.json", rr_content::changes::fnv1a(extra.as_bytes()));
    let write = |file: &str, text: &str| std::fs::write(out.join(file), text).expect("OUT_DIR is writable");
    write("first-paint.json", &first_paint.to_string());
    write("content.json", &core);
    write("extra.json", &extra);
    // Also under its own name, where scripts/post-build.mjs finds it by the name in the app.
    write(&name, &extra);
    write("welsh.json", &welsh);
    write(&welsh_name, &welsh);
    write(
        "extra_file.rs",
        &format!("/// The file holding the rest of the content, next to index.html.\npub const EXTRA_FILE: &str = {name:?};\n/// The file holding the Welsh pages, next to index.html.\npub const WELSH_FILE: &str = {welsh_name:?};\n"),
    );
}

/// The first paint in each language but English: its folder under `pre/`, its frame and home
/// screen, and its other screens (`public/first-paint.js` fetches them when that is chosen),
/// made from the library with that language's words laid over the English (the checklist's
/// signs, the next steps, the glossary, the scenarios), as a reader of it has it.
fn other_languages(library: &rr_core::content::Library) -> serde_json::Value {
    use rr_core::messages::{set_lang, Lang};
    use rr_core::prerender::{self, contract};
    let mut english = library.clone();
    let welsh = english.split_translations();
    let library = &english.join_translations(welsh);
    let mut out = serde_json::Map::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::EnGb) {
        set_lang(lang);
        out.insert(
            lang.tag().to_string(),
            serde_json::json!({
                "dir": contract::lang_dir(lang),
                "index": prerender::frame(library, &prerender::home()),
                "screens": prerender::screens(library),
            }),
        );
        set_lang(Lang::EnGb);
    }
    out.into()
}

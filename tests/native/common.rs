//! The shared fixture: the library the build embeds (made once), the real content folder, and
//! throwaway copies of it that a test can break.

use recognise_respond::content::{ContentError, Library};
use rr_content::load::{check, load};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The whole library as the app has it (the embedded core joined with the fetched extra), made
/// once for every test.
pub fn library() -> &'static Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(recognise_respond::full_library)
}

/// The core embedded in the app alone: what a phone has before the extra content arrives.
pub fn core() -> &'static Library {
    static CORE: OnceLock<Library> = OnceLock::new();
    CORE.get_or_init(recognise_respond::library)
}

/// The real `content/` folder.
pub fn real_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// A throwaway copy of the real content folder that a test can break; removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    /// A fresh copy named after the test.
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("rr-{}-{name}", std::process::id())).join("content");
        let _ = fs::remove_dir_all(&dir);
        copy_dir(&real_content(), &dir);
        Scratch(dir)
    }

    /// Writes `text` to `rel` inside the copy.
    pub fn write(&self, rel: &str, text: &str) -> &Self {
        fs::write(self.0.join(rel), text).unwrap();
        self
    }

    /// The problems the loader finds (the copy must be broken).
    pub fn errors(&self) -> Vec<ContentError> {
        load(&self.0).expect_err("the broken content should be refused")
    }

    /// The problems and warnings the loader finds in files whose names end with `suffix`.
    pub fn findings(&self, suffix: &str) -> (Vec<ContentError>, Vec<ContentError>) {
        let (result, warnings) = check(&self.0);
        let mine = |e: &ContentError| e.file.ends_with(suffix);
        (
            result.err().unwrap_or_default().into_iter().filter(mine).collect(),
            warnings.into_iter().filter(mine).collect(),
        )
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(self.0.parent().unwrap());
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

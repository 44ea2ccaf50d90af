//! The shared fixture: the library the build embeds (made once), the real content folder, and
//! in-memory copies of its files that a test can break.

use recognise_respond::content::{ContentError, Library};
use rr_content::load::check_files;
use rr_content::Files;
use std::cell::RefCell;
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

/// The real content files in memory, read once.
fn real_files() -> &'static Files {
    static FILES: OnceLock<Files> = OnceLock::new();
    FILES.get_or_init(|| Files::read_dir(&real_content()))
}

/// A copy of the real content files, in memory, that a test can break (nothing on disk).
pub struct Scratch(RefCell<Files>);

impl Scratch {
    /// A fresh copy; `_name` says which test it is for, in the test's own words.
    pub fn new(_name: &str) -> Scratch {
        Scratch(RefCell::new(real_files().clone()))
    }

    /// Writes `text` to `rel` inside the copy.
    pub fn write(&self, rel: &str, text: &str) -> &Self {
        self.0.borrow_mut().set(rel, text);
        self
    }

    /// The text of `rel` in the copy.
    pub fn read(&self, rel: &str) -> String {
        self.0.borrow().text(rel).unwrap_or_else(|| panic!("no {rel} in the content")).to_string()
    }

    /// The copy's files as they are now.
    pub fn files(&self) -> Files {
        self.0.borrow().clone()
    }

    /// Takes `rel` out of the copy.
    pub fn remove(&self, rel: &str) -> &Self {
        self.0.borrow_mut().remove(rel);
        self
    }

    /// The library the copy makes, or its problems.
    pub fn load(&self) -> Result<Library, Vec<ContentError>> {
        check_files(&self.0.borrow()).0
    }

    /// The problems the loader finds (the copy must be broken).
    pub fn errors(&self) -> Vec<ContentError> {
        self.load().expect_err("the broken content should be refused")
    }

    /// The problems the loader finds, leaving out those about change logs: for tests of other
    /// rules, which edit real files (whose fingerprints then differ) or write new ones.
    pub fn errors_but_logs(&self) -> Vec<ContentError> {
        self.errors().into_iter().filter(|e| !about_a_log(e)).collect()
    }

    /// The problems and warnings the loader finds in files whose names end with `suffix`.
    pub fn findings(&self, suffix: &str) -> (Vec<ContentError>, Vec<ContentError>) {
        let (result, warnings) = check_files(&self.0.borrow());
        let mine = |e: &ContentError| e.file.ends_with(suffix);
        (
            result.err().unwrap_or_default().into_iter().filter(mine).collect(),
            warnings.into_iter().filter(mine).collect(),
        )
    }
}

/// Whether a problem is about a change log (none, one out of date, or a broken entry).
pub fn about_a_log(e: &ContentError) -> bool {
    e.message.contains("change log")
}

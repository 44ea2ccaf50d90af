//! Helpers shared by the native test binaries: the real content folder, and throwaway copies
//! of it that a test can break.

#![allow(dead_code)]

use recognise_respond::content::load::{check, load};
use recognise_respond::content::ContentError;
use std::fs;
use std::path::{Path, PathBuf};

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

//! Reading the content folder: listing its files, reading them, and naming them in messages.
//! Every loader uses these; none of them calls back into the loader.

use super::ContentError;
use std::fs;
use std::path::{Path, PathBuf};

/// The path shown in messages: `content/...` when under the project, else as given.
pub(super) fn display_path(root: &Path, path: &Path) -> String {
    let name = root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    match path.strip_prefix(root) {
        Ok(rel) => format!("{}/{}", name, rel.to_string_lossy()),
        Err(_) => path.to_string_lossy().into_owned(),
    }
}

/// The text of a content file, or `None` after reporting why it cannot be read.
pub(super) fn read(file: &str, path: &Path, errors: &mut Vec<ContentError>) -> Option<String> {
    fs::read_to_string(path)
        .map_err(|e| errors.push(ContentError::new(file, 1, format!("cannot read the file: {e}"))))
        .ok()
}

/// The files ending in `.ext` in `root/dir`, sorted by name. A missing folder is a problem.
pub(super) fn list_files(root: &Path, dir: &str, ext: &str, errors: &mut Vec<ContentError>) -> Vec<PathBuf> {
    let folder = root.join(dir);
    match fs::read_dir(&folder) {
        Ok(entries) => {
            let mut files: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == ext))
                .collect();
            files.sort();
            files
        }
        Err(e) => {
            errors.push(ContentError::new(display_path(root, &folder), 1, format!("cannot read the folder: {e}")));
            Vec::new()
        }
    }
}

/// Every `.md` and `.toml` file under `root`, at any depth, sorted by path.
pub(super) fn all_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    collect(root, &mut out);
    out.sort();
    out
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|x| x == "md" || x == "toml") {
            out.push(path);
        }
    }
}

//! One problem found in a content file, named by file and line.

use std::fmt;

/// A problem in a content file. It prints as `file:line: message`, the form editors and
/// terminals understand, so a trainer can jump straight to the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file, relative to the project (for example `content/guidance/nrm.md`).
    pub file: String,
    /// The 1-based line the problem is on.
    pub line: usize,
    /// What is wrong, in plain words, and what to do about it.
    pub message: String,
}

impl ContentError {
    /// A problem at `line` of `file`.
    pub fn new(file: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        ContentError {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for ContentError {}

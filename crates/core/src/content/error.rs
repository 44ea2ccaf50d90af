//! One problem found in a content file, named by file, line and (where known) column.

use std::fmt;

/// A problem in a content file. It prints as `file:line: message`, the form editors and
/// terminals understand, so a trainer can jump straight to the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file, relative to the project (for example `content/guidance/nrm.md`).
    pub file: String,
    /// The 1-based line the problem is on.
    pub line: usize,
    /// The 1-based column (in characters) where the problem starts; 0 when only the line is known.
    pub column: usize,
    /// What is wrong, in plain words, and what to do about it.
    pub message: String,
}

impl ContentError {
    /// A problem at `line` of `file`.
    pub fn new(file: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        ContentError { file: file.into(), line, column: 0, message: message.into() }
    }

    /// A problem at `line` and `column` of `file`.
    pub fn at(file: impl Into<String>, line: usize, column: usize, message: impl Into<String>) -> Self {
        ContentError { column, ..ContentError::new(file, line, message) }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.column > 0 {
            write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

impl std::error::Error for ContentError {}

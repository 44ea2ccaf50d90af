//! The content model: guidance pages, site pages, signs, nations' next steps, glossary,
//! bibliography and scenarios, as the app reads them. The `rr-content` crate fills it in from the
//! files in `content/` and checks every word; the app only ever deserialises a checked library.

mod error;
mod model;
mod shared;

pub use error::ContentError;
pub use model::{
    in_welsh, Change, ChangeKind, Extra, Form, GlossaryEntry, GlossaryText, Helpline, InWelsh, Library, Log, LogEntry,
    LogLine, Logged, NationSteps, Page, PageTranslation, Sign, SignGroup, SignGroupText, SignKind, SignText, Source,
    TranslationStatus, Translations, WelshFile, WelshReview, WelshState, CORE_PAGES,
};
pub use shared::{Scenarios, Shared};

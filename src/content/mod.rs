//! Content: the guidance pages, site pages and bibliography that trainers edit in `content/`.
//!
//! The flow is one way: files in `content/` are read and checked by [`load`] (natively, in the
//! build script and in tests), turned into a [`Library`], and embedded in the app as JSON. The
//! browser only ever deserialises a library that has already passed every check.

mod error;
mod model;

pub use error::ContentError;
pub use model::{
    Change, ChangeKind, Extra, Form, GlossaryEntry, Helpline, Library, NationSteps, Page, Sign, SignGroup, SignKind,
    Source, CORE_PAGES,
};

#[cfg(not(target_arch = "wasm32"))]
pub mod changes;
#[cfg(not(target_arch = "wasm32"))]
mod files;
#[cfg(not(target_arch = "wasm32"))]
mod front_matter;
#[cfg(not(target_arch = "wasm32"))]
mod glossary;
#[cfg(not(target_arch = "wasm32"))]
mod indicators;
#[cfg(not(target_arch = "wasm32"))]
mod language;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
#[cfg(not(target_arch = "wasm32"))]
mod markdown;
#[cfg(not(target_arch = "wasm32"))]
pub mod originality;
#[cfg(not(target_arch = "wasm32"))]
pub mod readability;
#[cfg(not(target_arch = "wasm32"))]
mod scenarios;

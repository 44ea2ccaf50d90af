//! Reading and checking the files trainers edit in `content/`: guidance and site pages,
//! indicator checklists, nations' next steps, glossary, bibliography and scenarios.
//!
//! The flow is one way: files are read and checked by [`load`], every problem collected with its
//! file, line and column ([`ContentError`]), and turned into the typed [`Library`] of
//! `rr_core::content`. The build script runs it and fails the build on any problem, so a broken
//! content file never reaches a phone. The crate builds for wasm32 too, so the same checks can
//! run in the browser.

#![warn(missing_docs, unreachable_pub)]

// The model this crate fills in lives in the core crate; these keep paths short inside.
pub use rr_core::content::{
    Change, ChangeKind, ContentError, Extra, Form, GlossaryEntry, Helpline, Library, Log, Logged, NationSteps, Page,
    PageTranslation, Sign, SignGroup, SignKind, Source, TranslationStatus, Translations, CORE_PAGES,
};
pub(crate) use rr_core::{nation, route, scenario, text};

pub mod changes;
mod checker;
pub mod facts;
pub use checker::{FileCheck, ScenarioChecker};
mod files;
pub use files::Files;
mod front_matter;
mod glossary;
mod indicators;
mod language;
pub mod load;
mod markdown;
pub mod messages;
pub mod originality;
pub mod readability;
mod scenarios;
pub mod translated;
pub mod translations;

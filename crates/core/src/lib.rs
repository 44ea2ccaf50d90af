//! The pure core of Recognise & Respond: the content model and every rule that works on it.
//! No browser, no files, no clock: serde only, so all of it is tested natively and the same code
//! runs in the WebAssembly app.
//!
//! [`content`] (the typed model) → [`screening`] (levels and next steps), [`scenario`] (the
//! engine), [`search`], [`workshop`] (one room's session), [`storage`] (the saved-data format,
//! export and import), with [`route`], [`nation`] and [`text`] beside them.

#![warn(missing_docs, unreachable_pub)]

pub mod contacts;
pub mod content;
pub mod facts;
pub mod identifiers;
pub mod learning;
pub mod messages;
pub mod nation;
pub mod practitioner;
pub mod prerender;
pub mod referral;
pub mod referral_notes;
pub mod route;
pub mod scenario;
pub mod screening;
pub mod search;
pub mod storage;
pub mod text;
pub mod workshop;

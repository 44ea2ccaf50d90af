//! What the app keeps on the device, and how.
//!
//! [`format`] is the saved-data format and its migrations, and [`transfer`] export and import:
//! plain Rust, tested natively. The app's `browser_storage` reads and writes it through
//! gloo-storage and turns every failure into a message for the person holding the device.

pub mod authored;
pub mod event;
pub mod format;
pub mod transfer;

pub use format::{
    decode, encode, session, Decoded, Notice, Progress, Saved, BACKUP_KEY, EVENT_KEY, FORMAT_VERSION, STORAGE_KEY,
};

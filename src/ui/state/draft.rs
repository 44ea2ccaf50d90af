//! The scenario being written on the author screen, held here while it is not kept, so a switch
//! to a new version (a reload) carries it across instead of losing it. It goes into session
//! storage only for that reload (this tab alone, gone when it closes), and Erase removes it.

use super::answers::session_storage;
use super::*;

/// Session-storage key for an unkept scenario carried across a switch to a new version.
pub(crate) const DRAFT_KEY: &str = rr_core::storage::session::DRAFT;

pub(crate) use crate::scenario::local::{CarriedDraft, Draft};

impl AppState {
    /// Remembers what the author screen holds that is not kept (`None` once nothing is).
    #[cfg_attr(not(feature = "desk"), allow(dead_code))]
    pub(crate) fn hold_draft(&self, draft: Option<Draft>) {
        self.draft.set_value(draft);
    }

    /// Keeps the held draft in session storage for one reload (a switch to a new version).
    pub(crate) fn carry_draft(&self) {
        let Some(draft) = self.draft.get_value() else { return };
        if let (Some(storage), Ok(text)) = (session_storage(), serde_json::to_string(&draft)) {
            let _ = storage.set_item(DRAFT_KEY, &text);
        }
    }
}

/// The draft carried across a reload, removed as it is read; what cannot be read whole still
/// gives back its text under `fallback_file` (see [`Draft::read_carried`]).
#[cfg_attr(not(feature = "desk"), allow(dead_code))]
pub(crate) fn take_carried_draft(fallback_file: &str) -> Option<CarriedDraft> {
    let storage = session_storage()?;
    let text = storage.get_item(DRAFT_KEY).ok().flatten()?;
    let _ = storage.remove_item(DRAFT_KEY);
    Draft::read_carried(&text, fallback_file)
}

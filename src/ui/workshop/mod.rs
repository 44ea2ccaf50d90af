//! Workshop mode: a trainer runs scenarios with a room from one laptop. The rules live in
//! [`crate::workshop`]; these screens only show the session and pass on the trainer's actions.
//!
//! - [`plan`]: plan a session, continue one, print, look back on past sessions.
//! - [`present`]: the trainer's view (notes, show of hands, timers, controls).
//! - [`room`]: the audience view for the projector.
//! - [`stage`]: what the room sees at each stage, shared by both views.
//! - [`link`]: keeping the windows in step, offline, and the trainer's actions.
//! - [`shortcuts`]: keyboard shortcuts, a clicker, and the help overlay.
//! - [`print`]: the handout and the facilitator sheet.

mod link;
mod plan;
mod present;
mod print;
mod room;
mod shortcuts;
mod stage;

pub(crate) use plan::{PastSession, Plan};
pub(crate) use present::Present;
pub(crate) use print::{Handout, Sheet};
pub(crate) use room::Room;

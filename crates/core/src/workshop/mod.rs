//! Workshop mode: a trainer runs scenarios with a room from one laptop, offline, with no
//! accounts. Plain Rust, tested natively; the UI only calls it.
//!
//! - [`session`]: what the room has done (its path, the show of hands at each decision) and
//!   what is on screen now, changed only through actions (next, back, reveal, vote, follow).
//! - [`votes`]: the split of a show of hands and the room's majority.
//! - [`timer`]: stopwatches for the scene and the session.
//! - [`sync`]: the messages that keep a presenter window and an audience window in step.
//! - [`agenda`]: the running order of a session and its time plan.
//! - [`fit`]: fitting each stage to the audience window.
//! - [`keys`]: the trainer's keyboard shortcuts (and a clicker's Page Down and Page Up).
//! - [`view`]: what the workshop screens show, as typed data the components draw.
//! - [`print`]: handouts and facilitator sheets, the only pages made as HTML text.

pub mod agenda;
pub mod fit;
pub mod keys;
pub mod print;
pub mod session;
pub mod sync;
pub mod timer;
pub mod view;
pub mod votes;

pub use session::{Action, Refusal, RoomDecision, RoomStep, Run, Session, Stage};

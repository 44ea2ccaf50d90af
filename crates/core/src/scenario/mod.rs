//! Case scenarios: the checked model, variables and conditions, and the engine that plays them.
//! Plain Rust, tested natively by playing every path; the UI only calls it.

pub mod engine;
pub mod explore;
pub mod expr;
pub mod local;
mod model;

pub use engine::{Decision, Play, Stale, Step};
pub use model::{Block, Choice, Ending, Outcome, Rating, Scenario, Scene};

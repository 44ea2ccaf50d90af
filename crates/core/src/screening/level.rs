//! Levels of concern, lowest to highest. The order matters: rules only ever raise a level.

use serde::{Deserialize, Serialize};

/// A level of concern. There is deliberately no level that means "no risk".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Nothing was ticked. Not a clearance.
    NothingRecorded,
    /// Only circumstances that make a child easier to target.
    BeAlert,
    /// Signs that exploitation may be happening.
    Concern,
    /// Refer to children's services and the police now.
    ReferNow,
    /// The child is in immediate danger: call 999.
    Emergency,
}

impl Level {
    /// Every level, lowest first.
    pub const ALL: [Level; 5] =
        [Level::NothingRecorded, Level::BeAlert, Level::Concern, Level::ReferNow, Level::Emergency];

    /// The heading shown for the level.
    pub fn title(self) -> &'static str {
        match self {
            Level::NothingRecorded => "No indicators recorded",
            Level::BeAlert => "Be alert",
            Level::Concern => "Concern: act today",
            Level::ReferNow => "High concern: refer now",
            Level::Emergency => "Immediate danger: call 999",
        }
    }

    /// One line on what the level means.
    pub fn summary(self) -> &'static str {
        match self {
            Level::NothingRecorded => "Nothing is ticked yet. This is not a finding that the child is unharmed.",
            Level::BeAlert => "Circumstances that exploiters look for. Stay alert, record what you see and talk to your safeguarding lead.",
            Level::Concern => "There are signs that the child may be being exploited. Talk to your safeguarding lead and children's services today.",
            Level::ReferNow => "The signs point to exploitation that may be happening now. Refer to children's services and the police now.",
            Level::Emergency => "Call 999 now. Then tell children's services.",
        }
    }

    /// A stable id, used in saved data and styles.
    pub fn id(self) -> &'static str {
        match self {
            Level::NothingRecorded => "nothing-recorded",
            Level::BeAlert => "be-alert",
            Level::Concern => "concern",
            Level::ReferNow => "refer-now",
            Level::Emergency => "emergency",
        }
    }

    /// The level with this id.
    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.id() == id)
    }
}

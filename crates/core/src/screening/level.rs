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

    /// The heading shown for the level, in the language chosen.
    pub fn title(self) -> String {
        match self {
            Level::NothingRecorded => crate::msg!("level-nothing-recorded-title"),
            Level::BeAlert => crate::msg!("level-be-alert-title"),
            Level::Concern => crate::msg!("level-concern-title"),
            Level::ReferNow => crate::msg!("level-refer-now-title"),
            Level::Emergency => crate::msg!("level-emergency-title"),
        }
    }

    /// One line on what the level means, in the language chosen.
    pub fn summary(self) -> String {
        match self {
            Level::NothingRecorded => crate::msg!("level-nothing-recorded-summary"),
            Level::BeAlert => crate::msg!("level-be-alert-summary"),
            Level::Concern => crate::msg!("level-concern-summary"),
            Level::ReferNow => crate::msg!("level-refer-now-summary"),
            Level::Emergency => crate::msg!("level-emergency-summary"),
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

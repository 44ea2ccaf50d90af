//! The four UK nations. Law, guidance and the bodies a practitioner contacts differ between
//! them, so every next step the app gives is for one chosen nation.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One of the four nations of the UK.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Nation {
    /// England.
    England,
    /// Wales.
    Wales,
    /// Scotland.
    Scotland,
    /// Northern Ireland.
    NorthernIreland,
}

impl Nation {
    /// Every nation, in the order the app lists them.
    pub const ALL: [Nation; 4] = [Nation::England, Nation::Wales, Nation::Scotland, Nation::NorthernIreland];

    /// The stable id used in content files, links and saved data.
    pub fn id(self) -> &'static str {
        match self {
            Nation::England => "england",
            Nation::Wales => "wales",
            Nation::Scotland => "scotland",
            Nation::NorthernIreland => "northern-ireland",
        }
    }

    /// The name shown to people.
    pub fn name(self) -> String {
        match self {
            Nation::England => crate::msg!("nation-england"),
            Nation::Wales => crate::msg!("nation-wales"),
            Nation::Scotland => crate::msg!("nation-scotland"),
            Nation::NorthernIreland => crate::msg!("nation-northern-ireland"),
        }
    }

    /// The nation with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Nation> {
        Nation::ALL.into_iter().find(|n| n.id() == id)
    }
}

impl fmt::Display for Nation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for n in Nation::ALL {
            assert_eq!(Nation::from_id(n.id()), Some(n));
        }
        assert_eq!(Nation::from_id("ulster"), None);
    }

    #[test]
    fn serde_uses_the_same_ids() {
        for n in Nation::ALL {
            let json = serde_json::to_string(&n).unwrap();
            assert_eq!(json, format!("\"{}\"", n.id()));
        }
    }
}

//! Who is reading: the kind of work the person does, asked once (optional) and kept on the device
//! like the nation, so the next steps are worded for them (a police officer is not told to tell
//! the police; a social worker is not told to tell children's services).

use serde::{Deserialize, Serialize};

/// The kind of work the person does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Practitioner {
    /// A police officer or police staff.
    Police,
    /// Children's social care (social work).
    SocialCare,
    /// Health.
    Health,
    /// Education.
    Education,
    /// A charity or the voluntary sector.
    Voluntary,
    /// Any other work.
    Other,
}

impl Practitioner {
    /// Every role, in the order the app lists them.
    pub const ALL: [Practitioner; 6] = [
        Practitioner::Police,
        Practitioner::SocialCare,
        Practitioner::Health,
        Practitioner::Education,
        Practitioner::Voluntary,
        Practitioner::Other,
    ];

    /// The stable id used in saved data and form fields.
    pub fn id(self) -> &'static str {
        match self {
            Practitioner::Police => "police",
            Practitioner::SocialCare => "social-care",
            Practitioner::Health => "health",
            Practitioner::Education => "education",
            Practitioner::Voluntary => "voluntary",
            Practitioner::Other => "other",
        }
    }

    /// The name shown to people.
    pub fn name(self) -> String {
        match self {
            Practitioner::Police => crate::msg!("nation-role-police"),
            Practitioner::SocialCare => crate::msg!("nation-role-social-care"),
            Practitioner::Health => crate::msg!("nation-role-health"),
            Practitioner::Education => crate::msg!("nation-role-education"),
            Practitioner::Voluntary => crate::msg!("nation-role-voluntary"),
            Practitioner::Other => crate::msg!("nation-role-other"),
        }
    }

    /// The role with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Practitioner> {
        Practitioner::ALL.into_iter().find(|r| r.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_serde_uses_them() {
        for r in Practitioner::ALL {
            assert_eq!(Practitioner::from_id(r.id()), Some(r));
            assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{}\"", r.id()));
        }
        assert_eq!(Practitioner::from_id("wizard"), None);
    }
}

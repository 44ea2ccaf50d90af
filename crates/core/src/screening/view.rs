//! What a screening shows, in one typed form: the screen, the record (copy and print) and the
//! referral summary draw the same lines from here, so a line is worded once and the three can
//! never say it differently.

use super::{JudgementUse, Outcome};

/// The judgement line: how the level to act on came from the computed level, or why a
/// judgement was not applied. `None` when no judgement is in use.
pub fn judgement_line(outcome: &Outcome) -> Option<String> {
    let computed = outcome.computed.title();
    match &outcome.judgement {
        JudgementUse::Lowered { reason } => {
            Some(crate::msg!("judgement-lowered", computed = computed, reason = reason))
        }
        JudgementUse::Raised { reason } if !reason.is_empty() => {
            Some(crate::msg!("judgement-raised", computed = computed, reason = reason))
        }
        JudgementUse::Raised { .. } => Some(crate::msg!("judgement-raised-no-reason", computed = computed)),
        JudgementUse::Refused(why) => Some(crate::msg!("judgement-refused", problem = why.message())),
        JudgementUse::None => None,
    }
}

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
            Some(format!("Computed level: {computed}. Lowered by professional judgement. Reason: {reason}"))
        }
        JudgementUse::Raised { reason } if !reason.is_empty() => {
            Some(format!("Computed level: {computed}. Raised by professional judgement. Reason: {reason}"))
        }
        JudgementUse::Raised { .. } => Some(format!("Computed level: {computed}. Raised by professional judgement.")),
        JudgementUse::Refused(why) => Some(format!("A professional judgement was not applied: {}", why.message())),
        JudgementUse::None => None,
    }
}

//! Screening: what a practitioner has noticed, turned into a level of concern, the reasons for
//! it, the forms of exploitation the signs point to, and the next steps for their nation.
//!
//! The rules keep the principles in `docs/screening.md`:
//! - kinds of sign are kept apart, and immediate danger always means 999;
//! - adding a sign never lowers the level; any sign that harm is happening means "refer now";
//!   one warning sign alone means "concern: act today", and so does a combination of warning
//!   signs; "refer now" without a sign of harm needs a pattern: several signs that point to the
//!   same form of exploitation ([`PATTERN_SPECIFIC`], [`PATTERN_ALL`]); signs that describe one
//!   fact count once; a child under 13 or with a learning disability who shows any sign of
//!   exploitation is always "refer now"; strengths are recorded and never lower the level;
//! - an empty checklist is never read as a clearance;
//! - every outcome says why; professional judgement may raise the level, or lower it only with a
//!   recorded reason that is shown beside the computed level.

mod dial;
mod level;
mod report;
mod steps;
pub mod view;

pub use dial::{level_dials, offers, Dial, Offer, EMERGENCY};
pub use level::Level;
pub use report::{plain_text, record, record_caution, record_title};
pub use steps::{next_steps, next_steps_for, strengths_step, Step};

use crate::content::{Form, Library, Sign, SignKind};
use crate::message;
use crate::messages::{Arg, Join, Message};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The id of the sign that triggers the learning-disability override.
pub const LEARNING_DISABILITY: &str = "learning-disability";
/// How many different things noticed (warning signs, each fact once) make a combination.
///
/// Source: the 2021 briefing (`briefing-2021`, on the Newcastle indicator list): one indicator
/// may not mean a child faces exploitation, but a combination, read in context, should result in
/// concern for the child's welfare. So a combination gives "concern: act today", the level the
/// briefing's words support, and no more: two signs of any kind (a self-harming child who sees
/// less of her friends) do not on their own send a practitioner to the police.
pub const COMBINATION: usize = 2;

/// How many different things noticed, each a warning sign of one form in particular (not a
/// general sign), make a pattern that points to that form: "refer now".
///
/// Reason: several signs that fit the way the sources describe one form of exploitation (the
/// 2021 briefing's accounts of grooming for criminal exploitation, county lines, sexual
/// exploitation, forced labour, domestic servitude and organ trafficking; the 2012 review's
/// account of children trafficked into the UK) are no longer a coincidence of ordinary
/// explanations; the screening principles (docs/screening.md, principle 2) name
/// "several signs pointing to the same form" as the pattern that makes "refer now". Two such
/// signs, describing different facts, are the fewest that can agree.
pub const PATTERN_SPECIFIC: usize = 2;

/// How many different things noticed that point to one form make a pattern when at least one of
/// them is a sign of that form in particular and the others are general signs that point to it
/// too (for example a child who goes missing and has unexplained money, and is seen with people
/// known to exploit children sexually). Three: "several" is more than the two that make a
/// combination, and one sign must be specific, so general signs alone, however many, stay a
/// combination ("concern: act today"): no source treats a count of general signs as a pattern.
pub const PATTERN_ALL: usize = 3;

/// What a level is, said on every outcome and in every record. What one sign means is said as
/// the 2021 briefing says it: it may have another explanation, and it still needs action. No
/// source gives how many children with a sign are or are not exploited, so nothing here does.
pub fn what_a_level_means() -> String {
    crate::msg!("what-a-level-means")
}

/// The guidance section that says what screening tools can and cannot do.
pub const LIMITS_PAGE: (&str, &str) = ("screening-tools", "what-a-level-means");

/// How old the child is, as far as the practitioner knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Age {
    /// Not known, but may be under 18: treated as a child.
    #[default]
    NotKnown,
    /// Under 13.
    Under13,
    /// 13 to 17.
    From13To17,
}

impl Age {
    /// The age band in words, as the record gives it.
    pub fn label(self) -> String {
        match self {
            Age::NotKnown => crate::msg!("age-not-known"),
            Age::Under13 => crate::msg!("age-under-13"),
            Age::From13To17 => crate::msg!("age-13-to-17"),
        }
    }
}

/// What the practitioner has recorded. Nothing here identifies a child.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// Is the child in immediate danger?
    pub immediate_danger: bool,
    /// The child's age band.
    pub age: Age,
    /// The ids of the signs ticked.
    pub ticked: BTreeSet<String>,
    /// The practitioner's own judgement, if they gave one.
    pub judgement: Option<Judgement>,
    /// Notes gathered for a referral, kept with the answers (and only if they are kept).
    #[serde(skip_serializing_if = "crate::referral_notes::Draft::is_empty")]
    pub referral: crate::referral_notes::Draft,
}

/// A practitioner's decision to set a different level from the computed one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Judgement {
    /// The level they chose.
    pub level: Level,
    /// Why. Required to lower a level.
    pub reason: String,
}

impl Judgement {
    /// A judgement as the app keeps it: its reason cleaned like every other free text
    /// ([`crate::text::clean`]).
    pub fn new(level: Level, reason: &str) -> Judgement {
        Judgement { level, reason: Judgement::clean_reason(reason) }
    }

    /// A reason as the app keeps it: several lines allowed, no control or direction characters.
    pub fn clean_reason(reason: &str) -> String {
        crate::text::clean(reason, crate::text::Lines::Many)
    }
}

impl Answers {
    /// Cleans every piece of free text in the answers (the judgement's reason, the referral
    /// notes and actions) as the app writes it, for answers read from storage or a file. Says
    /// whether anything changed.
    pub fn clean_text(&mut self) -> bool {
        let mut changed = self.referral.clean();
        if let Some(j) = &mut self.judgement {
            let reason = Judgement::clean_reason(&j.reason);
            changed |= reason != j.reason;
            j.reason = reason;
        }
        changed
    }
}

/// Why the level is what it is: one rule that applied, and the signs behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    /// Which rule this is: a stable id (`danger`, `harm`, `override`, `pattern`, `combination`,
    /// `warning` or `circumstances`).
    pub rule: &'static str,
    /// The level this rule gives at least.
    pub gives: Level,
    /// The rule, in plain words (put into words when shown: [`Reason::text`]).
    pub words: Message,
    /// The ids of the signs behind it.
    pub signs: Vec<String>,
}

impl Reason {
    fn new(rule: &'static str, gives: Level, words: Message, signs: Vec<String>) -> Reason {
        Reason { rule, gives, words, signs }
    }

    /// The rule, in plain words, in the language chosen.
    pub fn text(&self) -> String {
        view::rule_text(&self.words)
    }
}

/// What became of a practitioner's judgement.
#[derive(Debug, Clone, PartialEq)]
pub enum JudgementUse {
    /// No judgement was given, or it matches the computed level.
    None,
    /// The level was raised.
    Raised {
        /// Why, if the practitioner said.
        reason: String,
    },
    /// The level was lowered, shown beside the computed level.
    Lowered {
        /// Why: always given.
        reason: String,
    },
    /// The judgement was not applied, and why.
    Refused(JudgementProblem),
}

/// Why a judgement cannot be applied. Each problem belongs to one field of the judgement form
/// ([`JudgementProblem::field`]), where it is shown; its words are [`JudgementProblem::message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JudgementProblem {
    /// No level was chosen (the form asks for one; a kept judgement always has one).
    NoLevel,
    /// Immediate danger cannot be lowered.
    DangerCannotBeLowered,
    /// A level cannot be lowered to "nothing recorded" while signs are recorded.
    NotToNothingRecorded,
    /// A lower level needs a reason, and none was given.
    NoReason,
}

/// A field of the judgement form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JudgementField {
    /// The level to act on.
    Level,
    /// The reason.
    Reason,
}

impl JudgementField {
    /// The form control's id.
    pub fn id(self) -> &'static str {
        match self {
            JudgementField::Level => "judgement-level",
            JudgementField::Reason => "judgement-reason",
        }
    }

    /// The CSS selector of the form control, to move focus to it.
    pub fn selector(self) -> &'static str {
        match self {
            JudgementField::Level => "#judgement-level",
            JudgementField::Reason => "#judgement-reason",
        }
    }
}

impl JudgementProblem {
    /// The field to change, where the problem is shown and focus goes.
    pub fn field(self) -> JudgementField {
        match self {
            JudgementProblem::NoReason => JudgementField::Reason,
            JudgementProblem::NoLevel
            | JudgementProblem::DangerCannotBeLowered
            | JudgementProblem::NotToNothingRecorded => JudgementField::Level,
        }
    }

    /// The problem in words for the practitioner: what to do.
    pub fn message(self) -> String {
        match self {
            JudgementProblem::NoLevel => crate::msg!("judgement-problem-no-level"),
            JudgementProblem::DangerCannotBeLowered => crate::msg!("judgement-problem-danger"),
            JudgementProblem::NotToNothingRecorded => crate::msg!("judgement-problem-not-to-nothing"),
            JudgementProblem::NoReason => crate::msg!("judgement-problem-no-reason"),
        }
    }
}

/// The outcome of a screening.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The level the rules give.
    pub computed: Level,
    /// The level to act on (the computed level unless judgement changed it).
    pub level: Level,
    /// What became of the practitioner's judgement.
    pub judgement: JudgementUse,
    /// Why, rule by rule, highest first.
    pub reasons: Vec<Reason>,
    /// The forms of exploitation the signs point to, with how many signs point to each, most first.
    pub forms: Vec<(Form, usize)>,
    /// The strengths noted: recorded, never used to lower the level.
    pub strengths: Vec<String>,
    /// Things every reader of this outcome must know (put into words when shown:
    /// [`Outcome::note_texts`]).
    pub notes: Vec<Message>,
}

impl Outcome {
    /// The notes in words, in the language chosen.
    pub fn note_texts(&self) -> Vec<String> {
        self.notes.iter().map(view::note_text).collect()
    }

    /// The ids of the signs behind the reasons, each once, in the order the reasons give them.
    pub fn signs(&self) -> Vec<&str> {
        let mut seen = std::collections::BTreeSet::new();
        self.reasons.iter().flat_map(|r| r.signs.iter()).map(String::as_str).filter(|id| seen.insert(*id)).collect()
    }
}

/// The ticked signs sorted by kind, in the checklist's order.
#[derive(Default)]
struct ByKind<'a> {
    circumstances: Vec<&'a Sign>,
    warnings: Vec<&'a Sign>,
    harm: Vec<&'a Sign>,
    strengths: Vec<&'a Sign>,
}

/// The ids of `signs`, in their order.
fn ids(signs: &[&Sign]) -> Vec<String> {
    signs.iter().map(|s| s.id.clone()).collect()
}

/// Screens `answers` against the checklist in `library`. Unknown sign ids are ignored (they may
/// come from an older version of the checklist).
pub fn assess(library: &Library, answers: &Answers) -> Outcome {
    let mut by = ByKind::default();
    let mut form_counts = [0usize; Form::ALL.len()];
    for sign in library.signs().filter(|s| answers.ticked.contains(&s.id)) {
        let list = match sign.kind {
            SignKind::Circumstance => &mut by.circumstances,
            SignKind::Warning => &mut by.warnings,
            SignKind::Harm => &mut by.harm,
            SignKind::Strength => &mut by.strengths,
        };
        list.push(sign);
        if sign.kind.is_sign_of_exploitation() {
            for form in &sign.forms {
                if let Some(i) = Form::ALL.iter().position(|f| f == form) {
                    form_counts[i] += 1;
                }
            }
        }
    }
    let reasons = reasons(answers, &by);
    let computed = reasons.iter().map(|r| r.gives).max().unwrap_or(Level::NothingRecorded);
    let (level, judgement) = apply_judgement(computed, answers.judgement.as_ref());

    let mut forms: Vec<(Form, usize)> = Form::ALL.iter().copied().zip(form_counts).filter(|(_, n)| *n > 0).collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.1));
    let any_exploitation = !by.warnings.is_empty() || !by.harm.is_empty();
    let notes = notes(computed, answers.age, any_exploitation);
    Outcome { computed, level, judgement, reasons, forms, strengths: ids(&by.strengths), notes }
}

/// The forms that the ticked warning signs make a pattern for, with the signs behind each: see
/// [`PATTERN_SPECIFIC`] and [`PATTERN_ALL`]. Signs that describe one fact count once.
fn patterns<'a>(warnings: &[&'a Sign]) -> Vec<(Form, Vec<&'a Sign>)> {
    let mut out = Vec::new();
    for form in Form::ALL {
        let pointing: Vec<&Sign> = warnings.iter().copied().filter(|s| s.forms.contains(&form)).collect();
        if pointing.is_empty() {
            continue;
        }
        let all = distinct(pointing.iter().map(|s| s.fact()));
        let specific = distinct(pointing.iter().filter(|s| !s.general).map(|s| s.fact()));
        if specific >= PATTERN_SPECIFIC || (specific > 0 && all >= PATTERN_ALL) {
            out.push((form, pointing));
        }
    }
    out
}

/// How many different facts there are among `facts` (a few dozen at most: compared in a list,
/// which keeps the quick build small).
fn distinct<'a>(facts: impl Iterator<Item = &'a str>) -> usize {
    let mut seen: Vec<&str> = Vec::new();
    for fact in facts {
        if !seen.contains(&fact) {
            seen.push(fact);
        }
    }
    seen.len()
}

/// The groups of ticked signs that describe one fact, each quoted and joined ("A" and "B").
fn same_facts(warnings: &[&Sign]) -> Vec<Arg> {
    // Only a sign with a `same_fact` can share its fact: every other sign's fact is its own id,
    // and the content check refuses a `same_fact` named like a sign.
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for s in warnings.iter().filter(|s| s.same_fact.is_some()) {
        match groups.iter_mut().find(|(fact, _)| *fact == s.fact()) {
            Some((_, texts)) => texts.push(&s.text),
            None => groups.push((s.fact(), vec![&s.text])),
        }
    }
    groups
        .into_iter()
        .filter(|(_, texts)| texts.len() > 1)
        .map(|(_, texts)| {
            Arg::List(Join::EachAnd, texts.iter().map(|t| Arg::from(message!("quoted", text = *t))).collect())
        })
        .collect()
}

/// Every rule that applies, highest level first.
fn reasons(answers: &Answers, by: &ByKind) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if answers.immediate_danger {
        reasons.push(Reason::new("danger", Level::Emergency, message!("reason-danger"), Vec::new()));
    }
    if !by.harm.is_empty() {
        let text = message!("reason-harm", n = by.harm.len());
        reasons.push(Reason::new("harm", Level::ReferNow, text, ids(&by.harm)));
    }
    if !by.harm.is_empty() || !by.warnings.is_empty() {
        let override_for = match (answers.age, answers.ticked.contains(LEARNING_DISABILITY)) {
            (Age::Under13, true) => Some(message!("reason-override-under-13-disability")),
            (Age::Under13, false) => Some(message!("reason-override-under-13")),
            (_, true) => Some(message!("reason-override-disability")),
            _ => None,
        };
        if let Some(text) = override_for {
            let exploitation = by.harm.iter().chain(&by.warnings).map(|s| s.id.clone()).collect();
            reasons.push(Reason::new("override", Level::ReferNow, text, exploitation));
        }
    }
    let patterns = patterns(&by.warnings);
    if !patterns.is_empty() {
        // The rule: several warning signs that point to one form of exploitation (see
        // PATTERN_SPECIFIC and PATTERN_ALL for the sources and the reason).
        let forms: Vec<Arg> = patterns.iter().map(|(f, _)| Arg::from(f.in_sentence())).collect();
        let mut seen = BTreeSet::new();
        let signs: Vec<String> = patterns
            .iter()
            .flat_map(|(_, signs)| signs)
            .filter(|s| seen.insert(s.id.as_str()))
            .map(|s| s.id.clone())
            .collect();
        let text = message!("reason-pattern", forms = Arg::List(Join::And, forms));
        reasons.push(Reason::new("pattern", Level::ReferNow, text, signs));
    }
    let facts: BTreeSet<&str> = by.warnings.iter().map(|s| s.fact()).collect();
    let same = same_facts(&by.warnings);
    let counted_once = if same.is_empty() {
        Arg::from("")
    } else {
        Arg::from(message!("reason-counted-once", pairs = Arg::List(Join::Semicolon, same)))
    };
    let n = facts.len();
    let what_raises =
        if patterns.is_empty() { message!("reason-what-raises") } else { message!("reason-what-raises-pattern") };
    if n >= COMBINATION {
        let text = message!("reason-combination", n = n, counted_once = counted_once, what_raises = what_raises);
        reasons.push(Reason::new("combination", Level::Concern, text, ids(&by.warnings)));
    } else if n > 0 {
        let text = message!("reason-warning", counted_once = counted_once, what_raises = what_raises);
        reasons.push(Reason::new("warning", Level::Concern, text, ids(&by.warnings)));
    }
    if !by.circumstances.is_empty() {
        let text = message!("reason-circumstances", n = by.circumstances.len());
        reasons.push(Reason::new("circumstances", Level::BeAlert, text, ids(&by.circumstances)));
    }
    reasons.sort_by_key(|r| std::cmp::Reverse(r.gives));
    reasons
}

/// What every reader of the outcome must know.
fn notes(computed: Level, age: Age, any_exploitation: bool) -> Vec<Message> {
    let mut notes = Vec::new();
    if computed == Level::NothingRecorded {
        notes.push(message!("note-nothing-recorded"));
    }
    if age == Age::NotKnown {
        // Modern Slavery Act 2015 s51 (the facts sheet, source uk-facts-2026, section 3): a public authority supporting a
        // possible trafficking victim who may be under 18 treats them as a child until a local
        // authority assesses their age or it is otherwise decided.
        notes.push(message!(
            "note-age-not-known",
            section = crate::facts::MSA_S51,
            presumption = crate::facts::MSA_S51_PRESUMPTION,
            end = crate::facts::MSA_S51_END,
        ));
    }
    if any_exploitation {
        notes.push(message!("note-child-trafficking", test = crate::facts::CHILD_TRAFFICKING_TEST));
    }
    notes.push(message!("note-local-procedures"));
    notes.push(message!("note-immediate-danger"));
    notes
}

/// Why a judgement cannot be applied to the `computed` level, if it cannot.
pub fn judgement_problem(computed: Level, judgement: &Judgement) -> Option<JudgementProblem> {
    let lower = judgement.level < computed;
    if lower && computed == Level::Emergency {
        Some(JudgementProblem::DangerCannotBeLowered)
    } else if lower && judgement.level == Level::NothingRecorded {
        Some(JudgementProblem::NotToNothingRecorded)
    } else if lower && Judgement::clean_reason(&judgement.reason).trim().is_empty() {
        Some(JudgementProblem::NoReason)
    } else {
        None
    }
}

fn apply_judgement(computed: Level, judgement: Option<&Judgement>) -> (Level, JudgementUse) {
    let Some(j) = judgement else { return (computed, JudgementUse::None) };
    let reason = Judgement::clean_reason(&j.reason).trim().to_string();
    if let Some(problem) = judgement_problem(computed, j) {
        (computed, JudgementUse::Refused(problem))
    } else if j.level == computed {
        (computed, JudgementUse::None)
    } else if j.level > computed {
        (j.level, JudgementUse::Raised { reason })
    } else {
        (j.level, JudgementUse::Lowered { reason })
    }
}

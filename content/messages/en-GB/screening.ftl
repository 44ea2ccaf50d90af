# The screening's words: levels of concern, the reasons for a level, the notes every outcome
# carries, the judgement line and its problems, and the record a person copies or prints.
#
# Format: Project Fluent (https://projectfluent.org). One message per line: a value that runs
# onto a second line keeps the line break. Variables are written { $name }; a count chooses its
# words with a selector, for example { $n -> [one] ... *[other] ... }. docs/messages.md says how
# to add or change a message. Every language's file has the same ids and the same variables.

# Terms: names used inside other messages.
-app-name = Recognise & Respond

## Levels of concern: the heading shown for each level, and one line on what it means.

level-nothing-recorded-title = No indicators recorded
level-be-alert-title = Be alert
level-concern-title = Concern: act today
level-refer-now-title = High concern: refer now
level-emergency-title = Immediate danger: call 999

level-nothing-recorded-summary = Nothing is ticked yet. This is not a finding that the child is unharmed.
level-be-alert-summary = Circumstances that exploiters look for. Stay alert, record what you see and talk to your safeguarding lead.
level-concern-summary = There are signs that the child may be being exploited. Talk to your safeguarding lead and children's services today.
level-refer-now-summary = The signs point to exploitation that may be happening now. Refer to children's services and the police now.
level-emergency-summary = Call 999 now. Then tell children's services.

# Said on every outcome and in every record.
what-a-level-means = A level is a prompt to talk to someone, not a finding. One warning sign on its own may have another explanation, and it still needs action today. No checklist can rule exploitation out.

## The child's age band, as the record gives it.

age-not-known = Not known, but may be under 18 (treated as a child)
age-under-13 = Under 13
age-13-to-17 = 13 to 17

## Why the level is what it is: one message per rule.

reason-danger = You said the child is in immediate danger. Call 999 now.
# $n: how many signs of harm were ticked.
reason-harm =
    { $n ->
        [one] { $n } sign that harm is happening now. Any one of these is enough to refer now.
       *[other] { $n } signs that harm is happening now. Any one of these is enough to refer now.
    }
reason-override-under-13-disability = The child is under 13 and has a learning disability and shows signs of exploitation. Such a child is always referred now.
reason-override-under-13 = The child is under 13 and shows signs of exploitation. Such a child is always referred now.
reason-override-disability = The child has a learning disability and shows signs of exploitation. Such a child is always referred now.
# $forms: the forms of exploitation, as a list ("criminal exploitation and sexual exploitation").
reason-pattern = A pattern: several warning signs point to the same form of exploitation ({ $forms }), at least one of them a sign of that form in particular. Each may have another explanation, but signs that fit one form as the sources describe it (the 2021 briefing; for children moved into the UK, the 2012 review) are enough to refer now, even with no sign that harm is happening.
# $n: how many different things were noticed (2 or more). $counted_once: empty, or
# reason-counted-once. $what_raises: reason-what-raises or reason-what-raises-pattern.
reason-combination = { $n } different warning signs together.{ $counted_once } The 2021 briefing says that signs read together, in context, should make you concerned for the child: act today, and talk to your safeguarding lead and children's services. { $what_raises }
reason-warning = 1 warning sign.{ $counted_once } On its own it may have another explanation (2021 briefing), and it still needs action today: talk to your safeguarding lead and children's services. { $what_raises }
# Begins with a space: it follows a sentence inside reason-combination and reason-warning.
# $pairs: the signs that describe one thing, each group a list, groups separated by list-semicolon.
reason-counted-once = {" "}{ $pairs } describe the same thing, so they count as one.
reason-what-raises = Several signs that point to one form of exploitation, or any sign that harm is happening, mean refer now.
reason-what-raises-pattern = The pattern above makes the level refer now.
# $n: how many circumstances were ticked.
reason-circumstances =
    { $n ->
        [one] { $n } circumstance that makes a child easier to target. These are not signs of exploitation on their own, and never its cause.
       *[other] { $n } circumstances that make a child easier to target. These are not signs of exploitation on their own, and never its cause.
    }

## What every reader of an outcome must know.

note-nothing-recorded = No indicators were recorded. An empty checklist does not show that a child is safe: signs are often hidden, and children rarely tell. If you are still worried, act on your professional judgement.
# $section, $presumption, $end: facts from the register (content/facts.toml), as cited.
note-age-not-known = The child's age is not known, so here they are treated as a child. In England and Wales, under { $section } of the Modern Slavery Act 2015, { $presumption }. This lasts { $end }. Scotland and Northern Ireland have their own rules: see the guidance on age.
# $test: the legal test, from the register (content/facts.toml).
note-child-trafficking = For a child, trafficking needs only two things: { $test }. A child cannot consent to it. A referral to the National Referral Mechanism does not need the child's consent.
note-local-procedures = Your local safeguarding procedures apply. This checklist supports your professional judgement; it does not replace it.
note-immediate-danger = If a child is in immediate danger, call 999.

## A practitioner's judgement: the line shown beside the level, and why one cannot be applied.

# $computed: the computed level's title. $reason: what the practitioner typed.
judgement-lowered = Computed level: { $computed }. Lowered by professional judgement. Reason: { $reason }
judgement-raised = Computed level: { $computed }. Raised by professional judgement. Reason: { $reason }
judgement-raised-no-reason = Computed level: { $computed }. Raised by professional judgement.
# $problem: one of the judgement-problem messages.
judgement-refused = A professional judgement was not applied: { $problem }
judgement-problem-no-level = Choose the level to act on.
judgement-problem-danger = Immediate danger cannot be lowered: call 999.
judgement-problem-not-to-nothing = A level cannot be lowered to ‘nothing recorded’ while signs are recorded.
judgement-problem-no-reason = Give your reason for lowering the level.

## The record: the outcome as plain text, copied and printed the same.

record-title = Indicator check record
record-caution = The checklist asks for no names or other details that identify a child, but this record includes what you typed (reasons and actions) and any local contacts you saved, which may name a team or a person, and the app cannot find a name in what was typed. Read it before you share it, and take out anything that identifies the child. Case records may be disclosable.
# $title: record-title.
record-heading = { -app-name }: { $title }
# $when: the date and time in words.
record-made = Made: { $when }
record-age = Age: { $age }
record-nation = UK nation: { $nation }
record-nation-not-chosen = not chosen (the next steps do not name the bodies in a nation)
record-level = Level of concern: { $level }
record-next-steps = Next steps:
record-next-steps-in = Next steps ({ $nation }):
# $n: the step's number. $title and $text: the step's.
record-step = { $n }. { $title }: { $text }
record-contacts = Your local contacts (saved on this device):
# $role: the contact's role; $name: the name the person saved.
record-contact = { $role }: { $number }
record-contact-named = { $role }: { $name }, { $number }
record-why = Why:
# $sign: the sign's words; $source: the source's title; $basis: what the source says.
record-sign = { $sign } (source: { $source }; { $basis })
record-strengths = Strengths noted (they help plan support and never lower the level):
# $forms: a list of record-form, separated by list-comma.
record-forms = Forms of exploitation the signs point to: { $forms }
record-form = { $form } ({ $n })
record-notes = Notes:
record-actions = Actions taken:
record-version = Content version: { $version }
record-welsh-content-drafted = The Welsh of the checklist and the next steps is a draft: a Welsh translator has not yet checked it.
# $role: the reviewer's role (never a name); $date: the date of the oldest review.
record-welsh-content-reviewed = The Welsh of the checklist and the next steps was reviewed by { $role } on { $date }.
record-welsh-content-out-of-step = The English of the checklist or the next steps has changed since their Welsh was made: where the two differ, the English is right.

## Lists and quotation, so the words that join a list belong to the language.

# "a and b"; a longer "and" list is "a, b and c" (list-comma, then list-and).
list-and = { $first } and { $last }
list-comma = { $first }, { $last }
list-semicolon = { $first }; { $last }
# A sign quoted in a reason.
quoted = “{ $text }”

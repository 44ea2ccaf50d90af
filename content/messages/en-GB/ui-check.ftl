# The indicator checklist screen (src/ui/check.rs): the groups of signs, the filter, the outcome
# beside it, the judgement form and keeping the answers; and the record's controls (src/ui/record.rs).
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.

## The checklist.

# What the sign filter shows when nothing matches. $filter: what was typed, in the quoted message.
check-filter-none = No sign matches { $filter }. Try another word, or clear the box to see every sign.
# What the sign filter shows. $n: how many signs match (1 or more). $filter: as above.
check-filter-matches =
    { $n ->
        [one] { $n } sign matches { $filter }.
       *[other] { $n } signs match { $filter }.
    }
# While filtering, which group a sign is in. $group: the group's title, in the quoted message.
check-sign-in-group = In { $group }.
# When immediate danger is ticked. $number: 999, drawn as a link.
check-danger-call = Call { $number } now.

## The outcome.

check-go-to-outcome = Go to the outcome
check-outcome = Outcome
check-what-a-checklist-can-do = What a checklist can and cannot do
check-next-steps = Next steps
# $nation: the UK nation chosen.
check-next-steps-in = Next steps in { $nation }
check-choose-nation = Choose your UK nation to see who to contact there.
check-add-local-contacts = Add the numbers you ring in your area, so they show here
check-prepare-referral = Prepare your referral
check-prepare-referral-hint = What to gather, who completes it in your nation, and a summary of your notes to copy or print.
check-why = Why
check-where-signs-come-from = Where each sign comes from
# After a sign. $source: the source's title. $basis: where in it the sign comes from.
check-sign-source = ({ $source }: { $basis })
check-strengths = Strengths noted
check-strengths-hint = Strengths help plan support. They never lower the level of concern.
check-forms = The signs point to
# After a form of exploitation. $n: how many ticked signs point to it.
check-form-signs =
    { $n ->
        [one] ({ $n } sign)
       *[other] ({ $n } signs)
    }
check-forms-hint = Children rarely face only one form of exploitation.
check-remember = Remember
check-keep-record = Keep a record
check-keep-record-hint = The record has the date and time, the age band, your nation, every judgement with its reason, any actions you logged, your saved contacts and the content version. It asks for no names, but the app cannot find one you typed: read it before you share it. Case records may be disclosable. Copying and printing give the same record.
# $sources: the sources' titles, as a list. $reviewed: the date the steps were reviewed, in words.
check-steps-sources = Sources for these steps: { $sources }. Reviewed { $reviewed }.
check-helplines = Helplines
# $compiled: the date the numbers were compiled (the register's sheet date). $reviewed: the date
# the list was reviewed, in words.
check-helplines-hint = Numbers and hours from the services' own pages (dated 2019 to 2024, compiled { $compiled }); this list was reviewed { $reviewed }. Where hours are not confirmed, check them.

## The record's controls.

check-record-copy = Copy as text
check-record-print = Print
check-record-show = Show the record as plain text
check-record-label = The record as plain text

## Professional judgement.

# $level: the title of the level now to act on, in the quoted message.
check-judgement-applied = Applied. The level to act on is now { $level }.
check-judgement-removed = Your judgement was removed. The computed level applies.
check-judgement-summary = Use your professional judgement
check-judgement-intro = You can set a higher level at any time. To set a lower one, record why: the computed level stays on the record beside yours.
check-judgement-level = Level to act on
check-judgement-choose-level = Choose a level
check-judgement-reason = Your reason
# $computed: the computed level's title, in the quoted message. $names_hint: why names cannot be
# checked for (identifiers.rs).
check-judgement-reason-hint = Needed to lower the level below { $computed }. Do not include names or identifying details: your reason goes into the record you copy or print. { $names_hint }
check-judgement-apply = Apply judgement
check-judgement-remove = Remove judgement

## Keeping the answers.

check-your-answers = Your answers
check-keep-answers = Keep my answers on this device
check-keep-answers-hint = Off unless you turn it on. Anyone using this browser could see them.
check-clear-answers = Clear all answers

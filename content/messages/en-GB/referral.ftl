# Preparing a National Referral Mechanism referral: the notes' labels, hints and headings, their
# character counts, the action log, who completes the referral, and the summary to copy or print.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

## The notes: the label beside each box, the hint under it, and its heading in the summary.

referral-age-label = How the child's age is known
referral-account-label = The child's account, in their own words
referral-seen-label = When and where the signs were seen, and by whom
referral-safety-label = Immediate safety: what has been done, and what is still needed
referral-agencies-label = Other agencies involved
referral-age-hint = For example: from a document, from what the child said, or from an assessment.
referral-account-hint = Write what the child said as they said it, and when. No names.
referral-seen-hint = Dates and kinds of place, not addresses. Ask colleagues who saw the child.
referral-safety-hint = What was done to protect the child now, by which service, and when.
referral-agencies-hint = Services, not people: for example school, health, youth justice.
referral-age-heading = How the age is known
referral-account-heading = The child's account, in their own words
referral-seen-heading = When and where the signs were seen
referral-safety-heading = Immediate safety
referral-agencies-heading = Other agencies involved

## How much a note holds. $max: the most characters a note holds, with a comma between thousands.

referral-note-limit = You can enter up to { $max } characters.
referral-note-full = You have no characters left. A note holds { $max } characters: shorten it to add more.
# $n: how many characters are left; $count: the same, with a comma between thousands.
referral-note-left =
    { $n ->
        [one] You have { $count } character left.
       *[other] You have { $count } characters left.
    }
# $n: how many characters too many; $count: the same, with a comma between thousands; $max: as above.
referral-note-over =
    { $n ->
        [one] You have { $count } character too many. Only the first { $max } are kept.
       *[other] You have { $count } characters too many. Only the first { $max } are kept.
    }

## The action log.

referral-when-hint = For example: 14:20 today, or yesterday evening. Leave it empty to use the date and time you add the action.
referral-action-empty = Write what was done or who was told.
# $max: how many actions the log holds.
referral-action-full = The log holds { $max } actions. Remove one to add another.
# An action with no time given, in place of when it was done.
referral-action-no-time = time not given

## Who completes a child's referral, by nation.

# $duty: the Duty to Notify, as the register words it (msa-s52-child).
referral-who-england-wales = Children's services usually complete a child's referral; police forces and some named charities are also First Responder Organisations; { $duty }.
referral-who-scotland = Social work normally completes a child's referral, after an Inter-agency Referral Discussion (IRD) under child protection procedures.
referral-who-northern-ireland = The Health and Social Care (HSC) Trust is the First Responder for children.
referral-who-no-nation = Only a First Responder Organisation can submit the referral; for a child this is usually children's services (social work in Scotland; the HSC Trust in Northern Ireland).

## The summary, line by line.

referral-summary-title = { -app-name }: preparing a National Referral Mechanism referral
# $when: the date and time it was made.
referral-summary-made = Made: { $when }
# $nation: the nation's name, or referral-summary-nation-not-chosen.
referral-summary-nation = UK nation: { $nation }
referral-summary-nation-not-chosen = not chosen
# $who: who completes it (the referral-who-* messages).
referral-summary-who = Who completes it: { $who }
# $level: the level's title.
referral-summary-level = Level of concern from the checklist: { $level }
# $age: the age band.
referral-summary-age = Age band: { $age }
# $heading: the note's heading.
referral-summary-heading = { $heading }:
referral-summary-not-written = Not written yet.
referral-summary-signs = Signs recorded on the checklist:
referral-summary-no-signs = None ticked.
referral-summary-actions = Actions taken:
referral-summary-no-actions = None logged yet.
referral-summary-caution = Names, addresses, dates of birth and other details that identify the child go only into the referral form itself. This summary holds the notes as they were typed: the app warns about some identifying details but cannot find names, so read it before you share it. The form's sections and whether it must be finished in one sitting were not confirmed for this app: check the current NRM guidance on GOV.UK.
# $version: the content's version.
referral-summary-version = Content version: { $version }

# The referral screen (src/ui/referral_page.rs): what to gather, who completes the referral, and
# a summary of the notes to copy or print.
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.

## The summary's controls.

referral-page-copy = Copy the summary
referral-page-print = Print the summary
referral-page-show = Show the summary as plain text
referral-page-label = The summary as plain text

## The screen.

referral-page-title = Prepare your referral
referral-page-lead = What to gather before a child is referred to the National Referral Mechanism (NRM), and a summary to copy or print for whoever completes the referral.
# $level: the level of concern from the checklist.
referral-page-from-checklist = From your checklist: { $level }
referral-page-not-due = A referral is usually prepared once a check reaches concern. If your professional judgement says otherwise, record it on the checklist.
referral-page-back = Back to the checklist
referral-page-guidance = What to gather, and who completes the referral
# $page: the guidance page's title, drawn as a link. $date: when it was last reviewed, in words.
referral-page-from-guidance = From the guidance page { $page }, last reviewed { $date }.
referral-page-notes = Your notes
referral-page-notes-hint = Write no names, addresses, dates of birth or other details that identify the child. Your notes stay in this browser's memory with your checklist answers, and are gone when you close it, unless you choose to keep your answers.
referral-page-summary = Your summary
referral-page-summary-hint = In the order of this screen: the outcome of your check, your notes, the signs ticked and the actions logged, as you wrote them. Your saved contacts are not added. The app cannot find names in what you typed, so read the summary before you share it.

## The log of actions taken.

# $when: when the action was taken, as typed or the time now in words.
referral-page-added = Added to the log: { $when }.
referral-page-removed = Removed from the log.
referral-page-actions = Actions taken
referral-page-actions-hint = Who was told and when, and what was done. Roles and services, not names: the app cannot find a name you type.
referral-page-time-not-given = Time not given
referral-page-remove = Remove
# After "Remove", for screen readers. $n: the action's place in the log.
referral-page-remove-which = action { $n }
referral-page-what = What was done, or who was told
referral-page-what-hint = For example: told the designated safeguarding lead; rang the children's services front door.
referral-page-when = When
referral-page-add = Add to the log

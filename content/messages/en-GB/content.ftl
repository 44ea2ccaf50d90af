# The content's own names: the kinds of sign, the forms of exploitation, the kinds of change in
# a page's log, and what each logged content file is shown as.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

## The kinds of sign, as the label beside a sign.

content-kind-circumstance = Circumstance
content-kind-warning = Warning sign
content-kind-harm = Sign that harm is happening
content-kind-strength = Strength

## The forms of exploitation: the name shown, and the same words inside a sentence.

content-form-criminal = Criminal exploitation
content-form-sexual = Sexual exploitation
content-form-labour = Labour exploitation
content-form-domestic-servitude = Domestic servitude
content-form-trafficking = Trafficking (being moved to be exploited)
content-form-organ-removal = Organ removal
content-form-online = Online exploitation
content-form-criminal-in-sentence = criminal exploitation
content-form-sexual-in-sentence = sexual exploitation
content-form-labour-in-sentence = labour exploitation
content-form-domestic-servitude-in-sentence = domestic servitude
content-form-trafficking-in-sentence = trafficking (being moved to be exploited)
content-form-organ-removal-in-sentence = organ removal
content-form-online-in-sentence = online exploitation

## The kinds of change, beside each change in a log.

content-change-significant = Significant change
content-change-new = New text
content-change-minor = Minor amendment
content-change-link = Updated link

## What a logged content file is shown as in the log of changes.

# $title: the scenario's title.
content-logged-scenario = Scenario: { $title }
# $id: the id of a scenario that is no longer in the content.
content-logged-scenario-gone = Scenario { $id }
content-logged-glossary = Glossary
# $title: the checklist group's title, or its slug when it is no longer in the content.
content-logged-signs = Check signs: { $title }
content-logged-nations = Next steps and helplines for each nation
content-logged-sources = Sources (the bibliography shown with each page)

## How far the Welsh of a scenario, the glossary, the checklist or the next steps can be trusted,
## at the top of its screen (only in Welsh).

content-welsh-out-of-step = The English has changed since this Welsh was made, so parts of it may be out of date: where the two differ, the English is right.
# $parts: a list of the checklist groups whose English has changed, separated by list-comma.
content-welsh-out-of-step-parts = The English of these parts has changed since their Welsh was made, so they may be out of date: { $parts }. Where the two differ, the English is right.
content-welsh-read-english = Read this in English

## In the log of changes: whether each change is in the Welsh yet, and each review of the Welsh.

content-welsh-has-change = Welsh: has this change.
content-welsh-lacks-change = Welsh: not yet updated with this change.
content-welsh-may-lack-change = Welsh: may not have this change yet.
content-welsh-read-english-change = Read the English
# $role: the reviewer's role (never a name).
content-welsh-reviewed = Welsh translation reviewed by { $role }.

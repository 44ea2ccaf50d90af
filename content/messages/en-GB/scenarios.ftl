# The scenarios: how a choice is rated, how an ending went, and what is wrong with a scenario
# written on a device (the author screen says it, as do the content checks).
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

## How a choice is rated, and how an ending went for the child.

scenarios-rating-good = Good practice
scenarios-rating-ok = Defensible, with gaps
scenarios-rating-poor = Poor practice
scenarios-rating-harmful = Likely to cause harm
scenarios-outcome-good = A good outcome for the child
scenarios-outcome-mixed = A mixed outcome
scenarios-outcome-poor = A poor outcome for the child
# The same, within a sentence (after a scenario's title or "ending:").
scenarios-outcome-good-in-sentence = a good outcome for the child
scenarios-outcome-mixed-in-sentence = a mixed outcome
scenarios-outcome-poor-in-sentence = a poor outcome for the child

## A scenario written on a device: how it is marked wherever it is listed.

scenarios-mark = Written locally, not reviewed

## What is wrong with a scenario's conditions and changes. $text: what was written.

scenarios-kind-bool = true or false
scenarios-kind-int = a whole number
scenarios-not-a-comparison = '{ $text }' is not a comparison: use ==, !=, <, <=, > or >=
scenarios-not-a-value = '{ $text }' is not a whole number, true or false
scenarios-bad-condition = cannot read the condition '{ $text }': write it like 'trust >= 1', 'referred' or 'not referred', joined with 'and'
scenarios-not-a-number = '{ $text }' is not a whole number
scenarios-bad-change = cannot read the change '{ $text }': write it like 'trust + 1' or 'referred = true'
scenarios-not-a-name = '{ $text }' is not a variable name: use lowercase letters, digits and _

## Where a play could stop or a scene is never reached. $scene: the scene's id.

# $choice: the choice's id.
scenarios-not-offered = choice '{ $choice }' is not offered in scene '{ $scene }'
scenarios-no-such-scene = scene '{ $scene }' does not exist
scenarios-no-variables = no variables
scenarios-unlinked = scene '{ $scene }' cannot be reached: no choice leads to it
scenarios-missing-scene = a choice or the start names a scene that does not exist
# $values: the variables' values that show it ("trust = 0, referred = false").
scenarios-all-blocked = in scene '{ $scene }' every choice can be blocked by its condition (for example with { $values })
# $values: as above.
scenarios-no-way-out = from scene '{ $scene }' no ending can be reached (for example with { $values }): add a way out
scenarios-never-reached = scene '{ $scene }' can never be reached: the conditions on the choices leading to it never all hold
# $steps: how many decisions a random play takes at most.
scenarios-random-stuck = a random play of { $steps } decisions never reached an ending; it was last in scene '{ $scene }'

## Why a scenario written on a device cannot be used. $kb: a size in KB (1,000 bytes).

scenarios-too-large = it is larger than a scenario can be here ({ $kb } KB once read)
scenarios-too-long = it is longer than { $kb } KB
scenarios-unreadable = it could not be read
# $file: the file's name.
scenarios-file-name = its file name '{ $file }' does not match its id
# $max: the most scenes.
scenarios-too-many-scenes = it has more than { $max } scenes
# $max: the most variables.
scenarios-too-many-vars = it has more than { $max } variables
scenarios-no-start = its start scene is missing
scenarios-same-scene = two scenes are called '{ $scene }'
# $max: the most choices a scene can have.
scenarios-too-many-choices = scene '{ $scene }' has more than { $max } choices
scenarios-dead-end = scene '{ $scene }' has no choices and is not an ending, so a play would stop there
scenarios-same-choice = two choices in scene '{ $scene }' have the same id
scenarios-bad-target = a choice in '{ $scene }' leads to a scene that does not exist
scenarios-not-plain = the text of scene '{ $scene }' holds something other than plain text and links inside the app (such as an image)
# $problem: where it could get stuck (one of the messages above).
scenarios-stuck = a play could get stuck in it: { $problem }
# $problem: what changed (one of the messages above).
scenarios-changed = it does not pass the checks it passed when it was kept: { $problem }

## A file refused before it is read. $max: the limit.

# $kb: the file's size in KB; $max: the most KB a scenario can be.
scenarios-file-too-large = the file is { $kb } KB; a scenario can be at most { $max } KB here
scenarios-file-brackets = the file has more than { $max } '[' (links and conditions), more than a scenario can have here
scenarios-file-emphasis = the file has more than { $max } '*' and '_' (choices and emphasis), more than a scenario can have here
scenarios-file-nesting = this line nests more deeply than a scenario can here (more than { $max } characters of quotes, lists and indentation before its text)
scenarios-file-vars = a scenario can have at most { $max } variables here
scenarios-file-scenes = a scenario can have at most { $max } scenes here

# The author screen (desk build): writing a scenario, checking it as the build does, trying it,
# keeping it on this device and exporting it.
#
# Format: Project Fluent (https://projectfluent.org), as screening.ftl says. One message per
# line; each variable is described in a comment above its message.

author-title = Write a scenario
author-lead = Write a case scenario for your own training, check it as the app checks its own, try it from any scene, and keep it on this device.
author-intro = Scenarios written here stay on this device. They appear in the scenario list and in workshop mode marked “written locally, not reviewed”. Export the file to share it, or to offer it for review so it can join the app.

## The checker: starting it, and a check that gave no answer.

author-loading = Loading the checker…
author-checker-offline = The checker is not on this device yet, and there is no connection. It is fetched the first time this screen opens while online, and kept for offline use from then on. Connect once and choose Try again.
author-checker-failed = The checker could not be started. Check your connection and choose Try again; once it has started here, it also works offline.
author-no-checker = This copy of the app has no checker.
author-wrong-checker = This checker is not the one this app expects. Reload the page.
author-try-again = Try again
# $seconds: the longest a check may take.
author-too-long =
    { $seconds ->
        [one] This check took too long and was stopped (a check may take at most { $seconds } second), so nothing is listed for the text as it is now. A very long or deeply nested file can do this: shorten it, or choose Retry.
       *[other] This check took too long and was stopped (a check may take at most { $seconds } seconds), so nothing is listed for the text as it is now. A very long or deeply nested file can do this: shorten it, or choose Retry.
    }
author-checker-broke = The checker stopped working during this check, so nothing is listed for the text as it is now. It starts again with your next change, or choose Retry.
author-retry = Retry

## The scenario file.

author-file-heading = The scenario file
author-template = Start from the template
author-open-label = Or open a scenario file (.md)
author-file-label = File name
author-file-hint = The scenario's id with .md, in lowercase letters, digits and hyphens, such as my-case.md.
author-text-label = Scenario text
author-text-hint = Front matter between +++ lines, then scenes. Problems are listed below the box as you type.
# $line, $column: where the cursor is.
author-cursor = Cursor at line { $line }, column { $column }.
# $kb: the largest a scenario file can be, in kilobytes.
author-file-too-large = That file is larger than a scenario can be here ({ $kb } KB at most). The editor has not changed.
author-file-unreadable = The file could not be read. The editor has not changed.
author-not-utf8 = That file is not plain text (UTF-8), so it cannot be a scenario file. The editor has not changed.
# $file: the file's name.
author-opened = Opened { $file }.
# $file: the file's name.
author-opened-kept = Opened { $file } from this device.
author-carried = The scenario you were writing was carried across the switch to the new version. It is not kept on this device yet: check it, then keep or export it.
author-recovered = The scenario you were writing was carried across the switch to the new version, but could not be read back whole: the text that could be recovered is in the editor, under a new file name. Check it before you keep or export it.

## The check.

author-check-heading = Check
author-checking = Checking…
author-no-problems = No problems found. It can be tried, kept and exported.
# $problems: how many problems. $warnings: how many warnings.
author-counts-fix =
    { $problems ->
        [one] { $problems } problem
       *[other] { $problems } problems
    } and { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }. Choose one to go to its line.
# $problems: how many problems (none). $warnings: how many warnings.
author-counts-keep =
    { $problems ->
        [one] { $problems } problem
       *[other] { $problems } problems
    } and { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }. Warnings do not stop it being kept.
author-problems = Problems
author-warnings = Warnings
# $line, $column: where the problem is.
author-line-column = Line { $line }, column { $column }
# $line: the line the problem is on.
author-line = Line { $line }

## Keeping and exporting.

author-keep = Keep on this device
author-export = Export the file
author-fix-first = Fix the problems listed first: only a scenario with none can be kept.
# $why: why it cannot be kept.
author-cannot-keep = This scenario cannot be kept here: { $why }.
# $n: the most scenarios written here that a device keeps.
author-too-many = This device already keeps { $n } scenarios written here, the most it keeps. Export one and delete it first.
# $mb: the most the scenarios written here may take together, in megabytes.
author-too-big = The scenarios written here would take more than { $mb } MB together, the most this device keeps so that an export of everything can always be imported again. Export one and delete it first.
author-not-kept = It could not be kept on this device; the message above says why. Your text is still in the editor: export it to keep it.
# $title: the scenario's title.
author-kept = “{ $title }” is kept on this device, in the scenario list and workshop mode, marked as written here and not reviewed.
# $title: the scenario's title. $file: the file name of the one it replaced.
author-kept-replacing = “{ $title }” is kept on this device, in the scenario list and workshop mode, marked as written here and not reviewed. It replaces the scenario that was kept as { $file }.
author-not-checked = It was not kept: the text in the editor could not be checked.
author-checking-first = Checking the text as it is now before keeping it…
author-changed-while-asked = The text changed while you were asked: choose Keep on this device again.
# $file: the file name. $free: a file name not yet used.
author-replace-ask = Another scenario is already kept on this device as { $file }. Keeping this one under that name replaces it. To keep both, give this one another file name, such as { $free }.
# $file: the file name. $title: the title of the scenario kept under it. $free: a file name not yet used.
author-replace-ask-titled = Another scenario is already kept on this device as { $file } (“{ $title }”). Keeping this one under that name replaces it. To keep both, give this one another file name, such as { $free }.
author-replace-yes = Yes, replace it
author-keep-both = No, keep both
# $file: the file name.
author-exported = Exported as { $file }.
author-export-refused = The browser did not let the app save the file.

## The scenarios kept on this device.

author-yours-heading = Your scenarios on this device
# $title: the scenario's title.
author-deleted = “{ $title }” was deleted from this device.
author-none-yet = None yet.
# After the scenario's title. $file: its file name. $when: when it was kept, in words.
author-kept-when = ({ $file }), kept { $when }
author-edit = Edit
author-play = Play
author-export-one = Export
author-delete = Delete
# $title: the scenario's title.
author-delete-ask = Delete “{ $title }” from this device? Export it first to keep a copy.
author-delete-yes = Yes, delete it
author-keep-it = No, keep it

## Trying it.

author-try-heading = Try it
author-start-at = Start at
author-variables = Variables at that scene
author-play-here = Play from here
author-scene-gone = That scene is no longer in the file.
author-no-variables = No variables.
# $vars: each variable with its value ("listened = true"), as a list.
author-variables-now = Variables now: { $vars }.
author-not-plain = This text cannot be shown: it holds something other than plain text and links inside the app.
author-presenter-notes = Presenter notes:
author-stop = Stop trying

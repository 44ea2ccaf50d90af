# What is kept on the device: what the app says when saved data could not all be read, why an
# import is refused, what an import did, and what is kept, one line for each kind of data.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

## The parts of what is kept, as named inside the messages below ("Your saved { $part }").

storage-part-nation = nation
storage-part-role = role
storage-part-checklist-answers = checklist answers
storage-part-referral-notes = referral notes
storage-part-scenario-progress = scenario progress
storage-part-reflections = reflections
storage-part-pages-opened = record of pages opened
storage-part-local-contacts = local contacts
storage-part-scenarios-you-wrote = scenarios you wrote
storage-part-learning-record = learning record
storage-part-shortcut-setting = shortcut setting
storage-part-language = language
storage-part-workshop-sessions = workshop sessions
storage-part-checklist-signs = checklist signs

## Said when the app starts and its saved data could not all be used.

storage-notice-unreadable = Your saved settings could not be read, so the app started with none. A copy of what was stored has been kept on this device.
# $version: the format the data was written in.
storage-notice-newer = Your saved settings come from a newer version of this app (format { $version }). The app used what it could read and kept a copy of the rest on this device.
# $part: the part (a storage-part-* message).
storage-notice-field-dropped = Your saved { $part } could not be read, so the app left that part out. A copy of what was stored has been kept on this device.
# $version: the older format the data was in.
storage-notice-migrated = Your saved settings were updated from an older format (version { $version }). Nothing was lost.
# $n: how many workshop sessions were kept; $max: how many this app keeps.
storage-notice-capped = { $n } workshop sessions were kept, more than the { $max } this app keeps, so the oldest were set aside. A copy of what was stored has been kept on this device.
# $part: the part (a storage-part-* message).
storage-notice-set-aside = Some of your saved { $part } could not be used, so they were set aside. A copy of what was stored has been kept on this device.

## Why an import is refused. Each ends with storage-unchanged, passed as $unchanged.

storage-unchanged = Nothing on this device has been changed.
# $kb: the file's size in KB.
storage-import-too-large = This file is too large to be an export from this app ({ $kb } KB). { $unchanged }
storage-import-empty = This file is empty. { $unchanged }
storage-import-truncated = This file has been cut short, perhaps while it was being copied. Export it again and try once more. { $unchanged }
storage-import-malformed = This file could not be read. It may be damaged, or not an export from this app. { $unchanged }
storage-import-not-an-export = This file is not an export from { -app-name }. { $unchanged }
# $version: the format the file was written in.
storage-import-newer = This file comes from a newer version of this app (format { $version }). Update the app on this device first. { $unchanged }
# $part: the part (a storage-part-* message).
storage-import-bad-part = The { $part } in this file could not be read. { $unchanged }
# $key: the name that appears twice, quoted (the quoted message).
storage-import-duplicate = This file has been altered: { $key } appears twice in one place. Export it again from the other device. { $unchanged }
storage-import-inconsistent = This file has been altered: its format and the version of its data disagree. { $unchanged }
# $file: the scenario's file name, quoted (the quoted message); $why: what is wrong with it.
storage-import-scenario = The scenario { $file } in this file, written on a device, cannot be used here: { $why }. Open the file in the author screen on that device, correct it and export again. { $unchanged }
# $what: what they are (a storage-part-* message); $ids: their ids, joined by list-comma.
storage-import-unknown = This file names { $what } this version of the app does not have: { $ids }. { $unchanged }

## What an import did on the way.

# $n: how many sessions the file held; $max: how many this app keeps.
storage-imported-capped = The file held { $n } workshop sessions; the newest { $max } were imported, as this app keeps at most { $max }.
# $old: the scenario's file name as written; $new: the name it was imported as.
storage-imported-renamed = The scenario written on a device as { $old } has the same name as one of this app's own scenarios, so it was imported as { $new }. Its text is unchanged apart from its name.
# $ids: the scenarios' ids, joined by list-comma.
storage-imported-left-out = The file held progress or workshop records for scenarios that are neither among this app's own nor among the scenarios in the file: { $ids }. They may have been written on a device and deleted since. Those records were left out; everything else was imported.

## What is kept: each kind of data, and a line on what is kept of it.

storage-kept-nation = Your UK nation
storage-kept-role = Your role
storage-kept-checklist = Checklist answers
storage-kept-scenarios = Scenario progress
storage-kept-pages = Pages opened
storage-kept-contacts = Local contacts
storage-kept-workshops = Workshop sessions
storage-kept-authored = Scenarios you wrote
storage-kept-learner = Learning record
storage-kept-keys = Workshop shortcuts
storage-kept-not-kept = Not kept
storage-kept-none = None
# $n: how many signs are ticked.
storage-kept-checklist-detail = Kept: { $n ->
        [one] { $n } sign ticked
       *[other] { $n } signs ticked
    }
# $started: how many scenarios were started; $finished: how many plays were finished.
storage-kept-scenarios-detail = { $started ->
        [one] { $started } scenario started
       *[other] { $started } scenarios started
    }; { $finished ->
        [one] { $finished } play finished
       *[other] { $finished } plays finished
    }
# $n: how many guidance pages were opened.
storage-kept-pages-detail = { $n ->
        [one] { $n } guidance page
       *[other] { $n } guidance pages
    }, with the date of the newest change seen (to show what changed since)
# $n: how many contacts are kept.
storage-kept-contacts-detail = { $n ->
        [one] { $n } contact
       *[other] { $n } contacts
    }: the names and numbers you saved for your area
# $n: how many workshop sessions are kept.
storage-kept-workshops-detail = { $n ->
        [one] { $n } session
       *[other] { $n } sessions
    }: the room's path and show of hands only
# $n: how many scenario files; $files: their file names, joined by list-comma.
storage-kept-authored-detail = { $n ->
        [one] { $n } scenario file
       *[other] { $n } scenario files
    } written in the author screen: { $files }
storage-kept-learner-empty = No name and no time counted
# $name: storage-kept-learner-no-name or storage-kept-learner-name; $minutes: the minutes
# counted; $n: how many scenarios and guidance pages they were counted on.
storage-kept-learner-detail = { $name }; about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } counted on { $n ->
        [one] { $n } scenario or guidance page
       *[other] { $n } scenarios and guidance pages
    }
storage-kept-learner-no-name = No name
storage-kept-learner-name = The name for your certificate
storage-kept-keys-off = Single-key shortcuts off
storage-kept-keys-on = As the app starts (on)

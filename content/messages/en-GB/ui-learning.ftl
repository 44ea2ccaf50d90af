# The learning record (desk build): scenarios finished, time spent, reflections, guidance read,
# the certificate of completion and the CSV export.
#
# Format: Project Fluent (https://projectfluent.org), as screening.ftl says. One message per
# line; each variable is described in a comment above its message. Where a sentence holds a
# link, it is split around the link's words; the spaces between the parts are in the Rust.

learning-title = Your learning record
learning-lead = What you have done in this app on this device, for your own continuing professional development. It has no score and is not a qualification or an accredited course.
# Before the link learning-kept-link.
learning-kept = It is kept only on this device, with the rest of what the app keeps (see
learning-kept-link = Your data
# After the link learning-kept-link.
learning-kept-after = ). Erasing your data erases it too.
learning-print = Print this record
learning-print-certificate = Print a certificate of completion
learning-export = Export as CSV
# $file: the name of the file written.
learning-exported = Your learning record was saved as { $file }.
learning-export-refused = The browser did not let the app save the file.
learning-saved = Saved on this device.

## The learner's name, for the certificate.

learning-name-heading = Your name for the certificate
learning-name-label = Your name, as it should appear on the certificate
learning-name-hint = Optional. Kept only on this device with the rest of your record, exported with it and erased with it. Leave it empty to write your name on the printed certificate by hand.
learning-save-name = Save name
learning-name-not-saved = Not saved on this device (the message at the top says why).

## Time spent.

learning-time-heading = Time spent
learning-no-time = No time counted yet.
# $minutes: a number of minutes.
learning-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
# $day: a date in words.
learning-on-day = on { $day }
# $from, $to: dates in words.
learning-from-to = from { $from } to { $to }
# $time: learning-minutes. $days: learning-on-day or learning-from-to.
learning-time-total = { $time } in all, { $days }.
# $title: a scenario's title. $time: learning-minutes.
learning-time-scenario = { $title }: { $time }
# $time: learning-minutes.
learning-time-reading = Reading guidance: { $time }

## Scenarios finished.

learning-scenarios-heading = Scenarios finished
# Before the link learning-try-scenario.
learning-none-yet = None yet.
learning-try-scenario = Try a scenario
# After the link learning-try-scenario.
learning-none-yet-after = ; each one you finish is listed here.
# $when: when it was finished, in words. $minutes: how long it took.
learning-finished =
    { $minutes ->
        [one] Finished { $when }. About { $minutes } minute from start to end.
       *[other] Finished { $when }. About { $minutes } minutes from start to end.
    }
# $ending: the heading of the ending reached.
learning-ending = Ending: { $ending }
# $n: how many decisions were taken.
learning-decisions =
    { $n ->
        [one] Your { $n } decision
       *[other] Your { $n } decisions
    }

## Reflections.

learning-reflections-heading = Your reflections
# Followed by a note on names that cannot be checked for.
learning-reflection-hint = Optional, and only for you: what you learned, what you would do differently. Do not write anything that identifies a real child or family.
# $title: the scenario's title.
learning-reflection-label = Reflection on { $title }
learning-save-reflection = Save reflection
# For screen readers, after learning-save-reflection. $title: the scenario's title.
learning-save-reflection-on = on { $title }
learning-reflection-not-saved = Not saved on this device (the message at the top says why). It stays in the box until you close the app: copy it somewhere if you want to keep it.

## Guidance pages.

learning-pages-read-heading = Guidance pages read
# $read_minutes: how long on a page makes it read (crates/core/src/learning.rs).
learning-pages-read-none = None yet (a page counts as read after { $read_minutes ->
        [one] { $read_minutes } minute
       *[other] { $read_minutes } minutes
    } on it).
learning-pages-opened-heading = Guidance pages opened
learning-pages-opened-none = None yet.

## The certificate of completion.

learning-certificate = Certificate of completion
learning-certificate-app = { -app-name }
learning-certificate-no-name = Name: ____________________________________
# $name: the learner's name.
learning-certificate-name = Name: { $name }
# $days: learning-on-day or learning-from-to. $time: learning-minutes.
learning-certificate-practised-time = practised spotting and responding to child trafficking and exploitation { $days }, spending { $time } in all:
# $days: learning-on-day or learning-from-to.
learning-certificate-practised-days = practised spotting and responding to child trafficking and exploitation { $days }:
learning-certificate-practised = practised spotting and responding to child trafficking and exploitation:
learning-time-not-counted = time not counted
# $title: a scenario's title. $time: learning-minutes or learning-time-not-counted.
learning-certificate-finished = { $title }: { $time }, finished
# $title: a scenario's title. $time: learning-minutes or learning-time-not-counted.
learning-certificate-not-finished = { $title }: { $time }, not finished
# $time: learning-minutes. $pages: how many guidance pages were read.
learning-certificate-reading =
    { $pages ->
        [one] Reading guidance: { $time }; { $pages } page read
       *[other] Reading guidance: { $time }; { $pages } pages read
    }
# $pages: the titles of the pages read, as a list.
learning-certificate-pages = Guidance pages read: { $pages }.
# $rule: how time is counted.
learning-certificate-rule = How time is counted: { $rule }
learning-certificate-note = A record of practice, kept by the learner on their own device. It has no score and claims no accreditation.

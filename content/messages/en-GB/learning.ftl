# The learning record: how time is counted, the certificate's names, and the CSV files' column
# headings.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

# The rule for counting time, as the record and certificate say it. The figures are the app's
# own settings (crates/core/src/learning.rs), passed in: $idle_minutes (no input for this long
# stops the count), $cap_times (a scenario counts at most this many times its estimated length),
# $page_minutes (a guidance page counts at most this long), $read_minutes (a page counts as read
# after this long).
learning-time-rule = Time is counted only while a scenario or guidance page is open, on screen and in use on this device: it stops after { $idle_minutes ->
        [one] { $idle_minutes } minute
       *[other] { $idle_minutes } minutes
    } with no key press, click, touch or scroll, and counts at most { $cap_times ->
        [2] twice
        [3] three times
       *[other] { $cap_times } times
    } a scenario's estimated length and { $page_minutes ->
        [one] { $page_minutes } minute
       *[other] { $page_minutes } minutes
    } a guidance page. A page counts as read after { $read_minutes ->
        [one] { $read_minutes } minute
       *[other] { $read_minutes } minutes
    } on it.
# $id: the id of a scenario no longer in the content.
learning-scenario-gone = { $id } (no longer in the app)

## The learning record as CSV: its column headings.

learning-csv-finished = Finished
learning-csv-scenario = Scenario
learning-csv-minutes = Minutes
learning-csv-ending = Ending
learning-csv-decisions = Decisions
learning-csv-reflection = Reflection

## A workshop session as CSV: its column headings.

learning-csv-decision = Decision
learning-csv-scene = Scene
learning-csv-room-chose = The room chose
learning-csv-rating = Rating
# $letter: the choice's letter (A, B, C…).
learning-csv-hands = Hands for { $letter }

# translation-status: drafted
# translated-from: ab69e13fc71ad33a
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
learning-time-rule = Dim ond tra bo senario neu dudalen canllawiau ar agor, ar y sgrin ac yn cael defnydd ar y ddyfais hon y caiff amser ei gyfrif: mae'n stopio ar ôl { $idle_minutes ->
        [zero] { $idle_minutes } munud
        [one] { $idle_minutes } munud
        [two] { $idle_minutes } funud
        [few] { $idle_minutes } munud
        [many] { $idle_minutes } munud
       *[other] { $idle_minutes } munud
    } heb bwyso bysell, clicio, cyffwrdd na sgrolio, ac mae'n cyfrif hyd at { $cap_times ->
        [zero] { $cap_times } gwaith
        [one] unwaith
        [two] ddwywaith
        [few] deirgwaith
        [many] { $cap_times } gwaith
       *[other] { $cap_times } gwaith
    } amser amcangyfrifedig senario a hyd at { $page_minutes ->
        [zero] { $page_minutes } munud
        [one] { $page_minutes } munud
        [two] { $page_minutes } funud
        [few] { $page_minutes } munud
        [many] { $page_minutes } munud
       *[other] { $page_minutes } munud
    } ar gyfer tudalen canllawiau. Mae tudalen yn cyfrif fel un a ddarllenwyd ar ôl { $read_minutes ->
        [zero] { $read_minutes } munud
        [one] { $read_minutes } munud
        [two] { $read_minutes } funud
        [few] { $read_minutes } munud
        [many] { $read_minutes } munud
       *[other] { $read_minutes } munud
    } arni.
# $id: the id of a scenario no longer in the content.
learning-scenario-gone = { $id } (ddim yn yr ap mwyach)

## The learning record as CSV: its column headings.

learning-csv-finished = Gorffennwyd
learning-csv-scenario = Senario
learning-csv-minutes = Munudau
learning-csv-ending = Diweddglo
learning-csv-decisions = Penderfyniadau
learning-csv-reflection = Myfyrdod

## A workshop session as CSV: its column headings.

learning-csv-decision = Penderfyniad
learning-csv-scene = Golygfa
learning-csv-room-chose = Dewisodd yr ystafell
learning-csv-rating = Gradd
# $letter: the choice's letter (A, B, C…).
learning-csv-hands = Dwylo i { $letter }

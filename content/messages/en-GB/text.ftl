# Dates in words.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

# A month's name. $month: its number, 1 to 12.
text-month =
    { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
# A date as GOV.UK writes it ("23 November 2026"). $day: the day of the month; $month:
# text-month; $year: the year.
text-long-date = { $day } { $month } { $year }

# translation-status: drafted
# translated-from: 8ae113c95d80a3f8
# Dates in words.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

# A month's name. $month: its number, 1 to 12.
text-month =
    { $month ->
        [1] Ionawr
        [2] Chwefror
        [3] Mawrth
        [4] Ebrill
        [5] Mai
        [6] Mehefin
        [7] Gorffennaf
        [8] Awst
        [9] Medi
        [10] Hydref
        [11] Tachwedd
       *[12] Rhagfyr
    }
# A date as GOV.UK writes it ("23 November 2026"). $day: the day of the month; $month:
# text-month; $year: the year.
text-long-date = { $day } { $month } { $year }

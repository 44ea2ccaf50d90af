# translation-status: drafted
# translated-from: 4b04eb317c301558
# Search (src/ui/search.rs): the search box on the home screen and the search screen.
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.

search-page-loading = Wrthi'n llwytho'r canllawiau…
# $query: what was searched for, in the quoted message.
search-page-none = Dim canlyniadau ar gyfer { $query }. Gwiriwch y sillafu neu rhowch gynnig ar air arall.
# $n: how many results are shown (fewer than the most shown).
search-page-results =
    { $n ->
        [zero] { $n } canlyniad
        [one] { $n } canlyniad
        [two] { $n } ganlyniad
        [few] { $n } chanlyniad
        [many] { $n } chanlyniad
       *[other] { $n } canlyniad
    }
# $n: how many results are shown: the most there can be, so there may be more.
search-page-best = Dyma'r { $n } canlyniad gorau
search-page-title = Chwilio

# Search (src/ui/search.rs): the search box on the home screen and the search screen.
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.

search-page-loading = Loading the guidance…
# $query: what was searched for, in the quoted message.
search-page-none = No results for { $query }. Check the spelling or try another word.
# $n: how many results are shown (fewer than the most shown).
search-page-results =
    { $n ->
        [one] { $n } result
       *[other] { $n } results
    }
# $n: how many results are shown: the most there can be, so there may be more.
search-page-best = Showing the best { $n } results
search-page-title = Search

# The first screens' words: the frame around every screen (skip link, header, the 999 line, the
# nation line, footer), the home screen, a guidance page's opening and the checklist. The page
# the server sends is made from these at build time (crates/core/src/prerender.rs), the app
# draws the same words from the same messages, and the page's first script gets the few it
# needs from them too (crates/core/src/prerender/contract.rs), so taking over changes no word.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. Variables are
# written { $name }; docs/messages.md says how to add or change a message. Every language's
# file has the same ids and the same variables.

## The page itself: its title in the browser and on the home screen, its description for
## search engines and the installed app, and what shows where scripts are off.

page-title = { -app-name }
page-description = Guidance, indicator checklists and case scenarios for people in the UK who may meet a trafficked or exploited child. Works offline; nothing leaves your device.
page-noscript = This app needs JavaScript and WebAssembly turned on. If a child is in immediate danger, call 999.

## The frame around every screen.

page-skip-link = Skip to main content
# The app's name, as the header's link home and the home screen's heading give it.
page-app-name = { -app-name }
# The main navigation: its name for a screen reader, and its links.
page-nav-label = Main
page-nav-guidance = Guidance
page-nav-check = Check signs
page-nav-scenarios = Scenarios
page-nav-search = Search
# The 999 line: its name for a screen reader, and its words. $number: the emergency number, a link.
page-emergency-label = Emergency
page-emergency = Child in immediate danger? Call { $number }
# The nation line: its name for a screen reader; with no nation chosen (on the home screen,
# which asks the question itself, and elsewhere, with $choose: a link to choose one); and with
# one chosen ($nation: its name, in bold), followed by a link to change it (a word, then words
# only a screen reader hears).
page-nation-line-label = Your UK nation
page-nation-line-none-home = No UK nation chosen yet.
page-nation-line-none = No UK nation chosen. { $choose }
page-nation-line-choose = Choose your nation
page-nation-line-for = Next steps are for { $nation }.
page-nation-line-change = Change
page-nation-line-change-hidden = UK nation
# The footer's links.
page-footer-contacts = Contacts and helplines
page-footer-record = Your learning record
page-footer-glossary = Glossary
page-footer-about = About
page-footer-privacy = Privacy
page-footer-data = Your data
page-footer-changes = What changed
page-footer-workshop = Workshop mode
page-footer-nation = Change UK nation
# $date: when the content was last reviewed, in words.
page-footer-reviewed = Content last reviewed { $date }. This app does not replace your local safeguarding procedures.
# Under a printed page. $version: the content's version.
page-print-version = { -app-name }. Content version { $version }. Check the app for the current version.

## The home screen.

page-home-lead = For anyone in the UK who may meet a trafficked or exploited child. Works offline. Nothing you enter leaves this device.
page-home-search-label = Search guidance, glossary and signs
page-home-search-hint = For example: NRM, county lines, age assessment, guardian.
# The three ways in: each one's name and what it offers.
page-way-guidance = Guidance
page-way-guidance-hint = Short pages on the law and good practice, with their sources.
page-way-check = Check signs
page-way-check-hint = Tick what you have noticed. See the level of concern, why, and what to do next.
page-way-scenarios = Scenarios
page-way-scenarios-hint = Practise the decisions on realistic cases, with feedback and a debrief.
# The way to the learning record, under the ways in: the link, then what follows it.
page-home-record = Your learning record
page-home-record-rest = : the scenarios you finished, time spent and pages read, with a certificate for CPD.
# The local contacts kept on this device, on the home screen: the heading, each contact's line
# ($role: who it is; $name: the name kept for them; $number: the number, a link; a contact with
# no name kept has the second line), and the link to change them.
page-contacts-heading = Your local contacts
page-contacts-line = { $role }: { $name } – { $number }
page-contacts-line-unnamed = { $role }: { $number }
page-contacts-change = Change your contacts

## A guidance page's opening.

# $nations: the UK nations the page covers, as a list.
page-applies-to = Applies to: { $nations }
# A page written a version for each nation: the button that shows every nation's version.
page-every-nation = Show every nation's version

## The checklist.

page-check-title = Check signs
page-check-jump = Go to the outcome: level, next steps and why
page-check-lead = Tick what you have noticed. The outcome at the end updates as you go.
page-check-privacy = Nothing here asks for anything that identifies a child. Your answers stay in this browser's memory and are gone when you close it, unless you choose to keep them.
page-check-danger-heading = Immediate danger
page-check-danger = The child is in immediate danger now
page-check-age-heading = How old is the child?
page-check-age-hint = If you are not sure, anyone who may be under 18 is treated as a child.
page-check-age-not-known = Not known, but may be under 18
page-check-age-under-13 = Under 13
page-check-age-13-to-17 = 13 to 17
page-check-barriers = Why the child may not tell you
page-check-barriers-page = Read this page with its sources
page-check-filter-label = Find a sign
page-check-filter-hint = Type a word, for example missing, phone or debt.
page-check-open-all = Open every group
page-check-fold-all = Fold every group
# Beside a group's heading: how many of its $total signs are ticked ($ticked).
page-check-count =
    { $ticked ->
        [0] { $total ->
            [one] { $total } sign, none ticked
           *[other] { $total } signs, none ticked
        }
       *[other] { $ticked } of { $total } ticked
    }
# Under a group's intro: its guidance pages ($pages, a list of links).
page-check-read-more = Read more: { $pages }
# The bar at the foot of the checklist, before anything is ticked and before the app has
# started; then, for a screen reader, what precedes the level shown in it.
page-check-bar = The level of concern shows here as you tick.
page-check-bar-now = Level of concern now is

## A translation's status, in the footer and the record (only in a language other than English).

page-translation-drafted = This translation is a draft: a Welsh translator has not yet checked it.
# $role: who reviewed it (a role, not a name). $date: when, as YYYY-MM-DD.
page-translation-reviewed = Translation reviewed by { $role } on { $date }.
page-translation-out-of-step = Some English words have changed since this translation was made: where the two differ, the English is right.

# translation-status: drafted
# translated-from: eb16484d2caa4c2e
# The frame around every screen (src/ui/layout.rs, app.rs, offline.rs, said.rs, dom.rs): the
# skip link, the header, the 999 line, the nation line, messages, the footer, the page's title,
# loading, the offer of a new version, and what an action says.
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.

## The page's title.

# $title: the screen's title.
frame-page-title = { $title } – { -app-name }

## What an action says.

# An error, said after an action and put before the page's title (the GOV.UK pattern). $text:
# what went wrong (empty for the mark alone: the page's title, or before words drawn apart).
frame-error = Gwall: { $text }
frame-copied = Wedi'i gopïo. Gludwch ef yn eich cofnod achos.
# $shown_in: the name of the part of the screen that shows the text, in the quoted message.
frame-copy-refused = Nid oedd y porwr hwn yn caniatáu copïo. Agorwch { $shown_in } a'i gopïo oddi yno.

## The header and the lines under it (the rest are the first paint's: pages.ftl).

# A message about saved data is taken away.
frame-dismiss = Diystyru

## While the rest of the content arrives.

frame-content-failed = Nid oedd modd llwytho'r rhan hon o'r ap. Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni. Mae rhestr wirio'r arwyddion yn gweithio hebddi.
frame-try-again = Ceisio eto
frame-loading = Wrthi'n llwytho…

## An address the app does not know.

frame-not-found-title = Heb ddod o hyd i'r dudalen
frame-not-found = Efallai fod yr URL wedi'i deipio'n anghywir, neu fod y dudalen wedi symud.
frame-go-home = Mynd i'r sgrin gartref

## A new version of the app.

frame-update-ready = Mae fersiwn newydd o'r ap hwn yn barod. Newidiwch iddi pan fydd yn gyfleus i chi; ni fydd dim rydych chi wedi'i gadw yn cael ei golli.
frame-update-switch = Newid i'r fersiwn newydd

## The language switch. Each language's name is written in that language, the same in every file.

lang-name-en-gb = English
lang-name-cy = Cymraeg

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
frame-error = Error: { $text }
frame-copied = Copied. Paste it into your case record.
# $shown_in: the name of the part of the screen that shows the text, in the quoted message.
frame-copy-refused = This browser did not allow copying. Open { $shown_in } and copy it from there.

## The header and the lines under it (the rest are the first paint's: pages.ftl).

# A message about saved data is taken away.
frame-dismiss = Dismiss

## While the rest of the content arrives.

frame-content-failed = This part of the app could not be loaded. Check your connection, then try again. The indicator checklist works without it.
frame-try-again = Try again
frame-loading = Loading…

## An address the app does not know.

frame-not-found-title = Page not found
frame-not-found = The address may be mistyped, or the page may have moved.
frame-go-home = Go to the home screen

## A new version of the app.

frame-update-ready = A new version of this app is ready. Switch when it suits you; nothing you have kept is lost.
frame-update-switch = Switch to the new version

## The language switch. Each language's name is written in that language, the same in every file.

lang-name-en-gb = English
lang-name-cy = Cymraeg

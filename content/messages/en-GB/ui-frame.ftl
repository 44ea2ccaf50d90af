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

## The header and the lines under it.

frame-skip-link = Skip to main content
frame-brand = { -app-name }
# The main menu's name, for screen readers.
frame-nav-label = Main
# The 999 line's name, for screen readers.
frame-emergency-label = Emergency
# $number: 999, drawn as a link.
frame-emergency = Child in immediate danger? Call { $number }
# The nation line's name, for screen readers.
frame-nation-line-label = Your UK nation
# $nation: the UK nation chosen, drawn in bold.
frame-nation-is = Next steps are for { $nation }.
frame-nation-change = Change
# After "Change", for screen readers.
frame-nation-change-hidden = UK nation
# On the home screen, which asks the question itself.
frame-no-nation-yet = No UK nation chosen yet.
frame-no-nation = No UK nation chosen.
frame-choose-nation = Choose your nation
# A message about saved data is taken away.
frame-dismiss = Dismiss

## The footer, and the line printed at the end of every page.

# $date: when the content was last reviewed, in words.
frame-reviewed = Content last reviewed { $date }. This app does not replace your local safeguarding procedures.
# $version: the content's version.
frame-print-version = { -app-name }. Content version { $version }. Check the app for the current version.

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

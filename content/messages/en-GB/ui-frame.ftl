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
# what went wrong (empty in the title's mark).
frame-error = Error: { $text }
frame-copied = Copied. Paste it into your case record.
# $shown_in: the name of the part of the screen that shows the text, in the quoted message.
frame-copy-refused = This browser did not allow copying. Open { $shown_in } and copy it from there.

# The referral screen (src/ui/referral_page.rs): what to gather, who completes the referral, and
# a summary of the notes to copy or print.
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.

## The summary's controls.

referral-page-copy = Copy the summary
referral-page-print = Print the summary
referral-page-show = Show the summary as plain text
referral-page-label = The summary as plain text

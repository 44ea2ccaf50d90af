# The nation screen and its questions (src/ui/nation_page.rs): which UK nation the person works
# in, and (optionally) the kind of work they do. The nation question is asked on the home screen
# and beside the outcome too.
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.

## The nation question.

nation-page-question = Which UK nation do you work in?
nation-page-hint = The law, and who you contact, differ between nations. Your answer is kept on this device only. You can change it at any time.
# Follows "Error: " (frame-error).
nation-page-error = Choose the UK nation you work in, then use this nation.
nation-page-use = Use this nation
# $nation: the nation chosen.
nation-page-saved = Saved. Next steps will be for { $nation }.
# $nation: the nation chosen, which the device refused to keep.
nation-page-not-kept = Next steps will be for { $nation }, for now: this choice could not be kept on this device.

## The role question.

nation-page-role-question = What kind of work do you do? (optional)
nation-page-role-hint = The next steps are worded for it: a police officer is not told to tell the police. Kept on this device only.
# Follows "Error: " (frame-error).
nation-page-role-error = Choose the kind of work you do, then save it.
nation-page-role-save = Save my role
# $role: the kind of work chosen.
nation-page-role-saved = Saved. Next steps are worded for: { $role }.
# $role: the kind of work chosen, which the device refused to keep.
nation-page-role-not-kept = Next steps are worded for: { $role }, for now: this choice could not be kept on this device.

## The nation screen.

nation-page-title = Your UK nation
nation-page-forget = Forget my nation
nation-page-forget-role = Forget my role

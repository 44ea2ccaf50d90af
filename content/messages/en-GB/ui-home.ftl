# The home screen (src/ui/home.rs). Its ways in and lead come from the first paint's words.
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.


# translation-status: drafted
# translated-from: a7b3aab92355f0f0
# The four UK nations' names, and the kinds of work a person may say they do (the next steps
# are worded for them).
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

nation-england = Lloegr
nation-wales = Cymru
nation-scotland = yr Alban
nation-northern-ireland = Gogledd Iwerddon

nation-role-police = Heddlu
nation-role-social-care = Gwasanaethau cymdeithasol i blant
nation-role-health = Iechyd
nation-role-education = Addysg
nation-role-voluntary = Elusen neu'r sector gwirfoddol
nation-role-other = Gwaith arall

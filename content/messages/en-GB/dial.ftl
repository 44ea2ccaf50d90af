# The names of the national numbers a next step offers, as in "Call { $name }".
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

dial-emergency = emergency services
dial-police-non-emergency = the police non-emergency number
dial-nspcc = the NSPCC Helpline
dial-mseh = the Modern Slavery & Exploitation Helpline
# A saved contact with a name. $role: the contact's role; $name: the name the person gave it.
dial-saved-named = { $role } ({ $name })

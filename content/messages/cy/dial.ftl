# translation-status: drafted
# translated-from: bb51f3d7eaffe6df
# The names of the national numbers a next step offers, as in "Call { $name }".
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

dial-emergency = y gwasanaethau brys
dial-police-non-emergency = rhif di-argyfwng yr heddlu
dial-nspcc = Llinell Gymorth yr NSPCC
dial-mseh = Llinell Gymorth Caethwasiaeth Fodern a Chamfanteisio
# A saved contact with a name. $role: the contact's role; $name: the name the person gave it.
dial-saved-named = { $role } ({ $name })

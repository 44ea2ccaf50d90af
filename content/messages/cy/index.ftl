# translation-status: drafted
# translated-from: 66d1921dfd761f23
# Search: the label beside each kind of result, and the words a helpline or contact is found by.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

index-kind-page = Canllawiau
index-kind-section = Adran o'r canllawiau
index-kind-term = Geirfa
index-kind-sign = Arwydd ar y rhestr wirio
index-kind-scenario = Senario
index-kind-helpline = Llinell gymorth
index-kind-contact = Eich cyswllt

# Found by, not shown: a helpline's name is searched with this. $name: the helpline's name.
index-helpline-title = Llinell gymorth { $name }
# Found by, not shown: the words a person may search for to find a phone number.
index-phone-words = rhif ffôn ffonio cysylltu cyswllt
# Found by, not shown: as index-phone-words, for the person's own local contacts.
index-local-phone-words = rhif ffôn ffonio cysylltu cyswllt lleol

# Search: the label beside each kind of result, and the words a helpline or contact is found by.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

index-kind-page = Guidance
index-kind-section = Guidance section
index-kind-term = Glossary
index-kind-sign = Checklist sign
index-kind-scenario = Scenario
index-kind-helpline = Helpline
index-kind-contact = Your contact

# Found by, not shown: a helpline's name is searched with this. $name: the helpline's name.
index-helpline-title = { $name } helpline
# Found by, not shown: the words a person may search for to find a phone number.
index-phone-words = phone number call contact
# Found by, not shown: as index-phone-words, for the person's own local contacts.
index-local-phone-words = phone number call contact local

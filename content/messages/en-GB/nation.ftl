# The four UK nations' names, and the kinds of work a person may say they do (the next steps
# are worded for them).
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

nation-england = England
nation-wales = Wales
nation-scotland = Scotland
nation-northern-ireland = Northern Ireland

nation-role-police = Police
nation-role-social-care = Children's social care
nation-role-health = Health
nation-role-education = Education
nation-role-voluntary = Charity or voluntary sector
nation-role-other = Other work

# The screens' titles, for the browser tab and history.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

route-home = Home
route-guidance = Guidance
route-glossary = Glossary
route-search = Search
route-check = Check signs
route-scenarios = Scenarios
route-nation = Your UK nation
route-about = About
route-privacy = Privacy
route-data = Your data on this device
route-changes = What changed
route-contacts = Contacts and helplines
route-record = Your learning record
route-refer = Prepare your referral
route-author = Write a scenario
route-workshop = Workshop mode
route-present = Presenter view
route-room = Audience view
# $title: the scenario's title, or route-scenario-not-found.
route-handout = Handout: { $title }
# $title: the scenario's title, or route-scenario-not-found.
route-sheet = Facilitator sheet: { $title }
route-scenario-not-found = not found
route-session = Past workshop session
route-not-found = Page not found

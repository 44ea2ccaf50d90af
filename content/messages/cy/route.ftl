# translation-status: drafted
# translated-from: afab457d540f1c8a
# The screens' titles, for the browser tab and history.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

route-home = Hafan
route-guidance = Canllawiau
route-glossary = Geirfa
route-search = Chwilio
route-check = Gwirio arwyddion
route-scenarios = Senarios
route-nation = Eich gwlad yn y DU
route-about = Ynghylch
route-privacy = Preifatrwydd
route-data = Eich data ar y ddyfais hon
route-changes = Beth sydd wedi newid
route-contacts = Cysylltiadau a llinellau cymorth
route-record = Eich cofnod dysgu
route-refer = Paratoi eich atgyfeiriad
route-author = Ysgrifennu senario
route-workshop = Modd gweithdy
route-present = Golwg y cyflwynydd
route-room = Golwg y gynulleidfa
# $title: the scenario's title, or route-scenario-not-found.
route-handout = Taflen: { $title }
# $title: the scenario's title, or route-scenario-not-found.
route-sheet = Taflen yr hwylusydd: { $title }
route-scenario-not-found = heb ei ganfod
route-session = Sesiwn gweithdy blaenorol
route-not-found = Tudalen heb ei chanfod

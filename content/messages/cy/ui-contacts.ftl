# translation-status: drafted
# translated-from: 8f7f891d08b43c66
# The contacts screen (src/ui/contacts_page.rs): the person's own local contacts, a contacts file
# for an area, and the national helplines; and the local contacts shown in the next steps and on
# the home screen.
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.

## The form and what saving it says.

# One problem in the error summary. $role: the contact's role. $problem: what is wrong.
contacts-page-problem = { $role }: { $problem }
contacts-page-none-kept = Nid oes unrhyw gysylltiadau'n cael eu cadw ar y ddyfais hon nawr.
# $n: how many contacts were saved (1 or more).
contacts-page-saved =
    { $n ->
        [zero] Cafodd eich { $n } cyswllt eu cadw ar y ddyfais hon.
        [one] Cafodd eich cyswllt ei gadw ar y ddyfais hon.
        [two] Cafodd eich { $n } gyswllt eu cadw ar y ddyfais hon.
        [few] Cafodd eich { $n } chyswllt eu cadw ar y ddyfais hon.
        [many] Cafodd eich { $n } chyswllt eu cadw ar y ddyfais hon.
       *[other] Cafodd eich { $n } cyswllt eu cadw ar y ddyfais hon.
    }
contacts-page-not-saved = Nid oedd modd cadw eich cysylltiadau ar y ddyfais hon, felly ni newidiwyd dim: y cysylltiadau a ddangosir mewn mannau eraill yw'r rhai a gadwyd o'r blaen o hyd. Mae'r hyn a deipioch chi yn dal yn y ffurflen.

## The contacts file.

# $file: the file's name.
contacts-page-file-saved = Cafodd y ffeil gysylltiadau ei chadw fel { $file }. Rhowch hi i gydweithwyr yn eich ardal i'w hagor yma.
contacts-page-file-not-saved = Ni wnaeth y porwr adael i'r ap gadw'r ffeil.
contacts-page-file-too-large = Mae'r ffeil hon yn rhy fawr i fod yn ffeil gysylltiadau. Ni newidiwyd dim.
contacts-page-file-unreadable = Nid oedd modd darllen y ffeil. Ni newidiwyd dim.
contacts-page-file-not-kept = Nid oedd modd cadw'r cysylltiadau ar y ddyfais hon. Ni newidiwyd dim.
# $problem: what is wrong with the file.
contacts-page-file-refused = { $problem } Ni newidiwyd dim.

## The screen.

contacts-page-title = Cysylltiadau a llinellau cymorth
contacts-page-lead = Cadwch y rhifau rydych chi'n eu ffonio go iawn yn eich ardal. Maen nhw'n aros ar y ddyfais hon, ac yn ymddangos yn y camau nesaf ar ôl gwiriad, yn y cofnod rydych chi'n ei gopïo neu'n ei argraffu, ac ar y sgrin gartref.
contacts-page-hint = Dim ond rhifau gwasanaethau, byth unrhyw beth am blentyn. Nid oes dim yn cael ei chwilio na'i anfon: yr unig wiriad ar rif yw ei fod yn edrych fel rhif ffôn.
contacts-page-name = Enw'r tîm neu'r person (dewisol)
contacts-page-number = Rhif ffôn
contacts-page-save = Cadw'r cysylltiadau ar y ddyfais hon
contacts-page-file-heading = Ffeil gysylltiadau ar gyfer eich ardal
contacts-page-file-intro = Gall hyfforddwr neu arweinydd gadw'r cysylltiadau ar gyfer ardal fel ffeil a'i rhoi i gydweithwyr. Mae agor ffeil gysylltiadau yma yn disodli'r cysylltiadau ar y ddyfais hon; nid oes dim arall yn newid.
contacts-page-file-save = Cadw ffeil gysylltiadau
contacts-page-file-open = Agor ffeil gysylltiadau
contacts-page-helplines = Llinellau cymorth cenedlaethol
contacts-page-check = Gwirio arwyddion
contacts-page-data = Eich data ar y ddyfais hon
contacts-page-error-summary = Mae problem

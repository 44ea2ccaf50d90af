# translation-status: drafted
# translated-from: 0e72d04272724afb
# The nation screen and its questions (src/ui/nation_page.rs): which UK nation the person works
# in, and (optionally) the kind of work they do. The nation question is asked on the home screen
# and beside the outcome too.
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.

## The nation question.

nation-page-question = Ym mha un o wledydd y DU rydych chi'n gweithio?
nation-page-hint = Mae'r gyfraith, a phwy rydych chi'n cysylltu â nhw, yn wahanol o wlad i wlad. Dim ond ar y ddyfais hon y caiff eich ateb ei gadw. Gallwch ei newid unrhyw bryd.
# Follows "Error: " (frame-error).
nation-page-error = Dewiswch y wlad yn y DU rydych chi'n gweithio ynddi, yna defnyddiwch y wlad hon.
nation-page-use = Defnyddio'r wlad hon
# $nation: the nation chosen.
nation-page-saved = Wedi'i gadw. Bydd y camau nesaf ar gyfer { $nation }.
# $nation: the nation chosen, which the device refused to keep.
nation-page-not-kept = Bydd y camau nesaf ar gyfer { $nation }, am y tro: nid oedd modd cadw'r dewis hwn ar y ddyfais hon.

## The role question.

nation-page-role-question = Pa fath o waith rydych chi'n ei wneud? (dewisol)
nation-page-role-hint = Mae'r camau nesaf wedi'u geirio ar ei gyfer: ni ddywedir wrth swyddog heddlu am ddweud wrth yr heddlu. Dim ond ar y ddyfais hon y caiff ei gadw.
# Follows "Error: " (frame-error).
nation-page-role-error = Dewiswch y math o waith rydych chi'n ei wneud, yna cadwch ef.
nation-page-role-save = Cadw fy rôl
# $role: the kind of work chosen.
nation-page-role-saved = Wedi'i gadw. Mae'r camau nesaf wedi'u geirio ar gyfer: { $role }.
# $role: the kind of work chosen, which the device refused to keep.
nation-page-role-not-kept = Mae'r camau nesaf wedi'u geirio ar gyfer: { $role }, am y tro: nid oedd modd cadw'r dewis hwn ar y ddyfais hon.

## The nation screen.

nation-page-title = Eich gwlad yn y DU
nation-page-forget = Anghofio fy ngwlad
nation-page-forget-role = Anghofio fy rôl

# translation-status: drafted
# translated-from: b44ea8297c3dab03
# The content's own names: the kinds of sign, the forms of exploitation, the kinds of change in
# a page's log, and what each logged content file is shown as.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

## The kinds of sign, as the label beside a sign.

content-kind-circumstance = Amgylchiad
content-kind-warning = Arwydd rhybudd
content-kind-harm = Arwydd bod niwed yn digwydd
content-kind-strength = Cryfder

## The forms of exploitation: the name shown, and the same words inside a sentence.

content-form-criminal = Camfanteisio troseddol
content-form-sexual = Camfanteisio'n rhywiol
content-form-labour = Camfanteisio ar lafur
content-form-domestic-servitude = Caethwasanaeth ddomestig
content-form-trafficking = Masnachu pobl (cael eu symud er mwyn camfanteisio arnynt)
content-form-organ-removal = Tynnu organau
content-form-online = Camfanteisio ar-lein
content-form-criminal-in-sentence = camfanteisio troseddol
content-form-sexual-in-sentence = camfanteisio'n rhywiol
content-form-labour-in-sentence = camfanteisio ar lafur
content-form-domestic-servitude-in-sentence = caethwasanaeth ddomestig
content-form-trafficking-in-sentence = masnachu pobl (cael eu symud er mwyn camfanteisio arnynt)
content-form-organ-removal-in-sentence = tynnu organau
content-form-online-in-sentence = camfanteisio ar-lein

## The kinds of change, beside each change in a log.

content-change-significant = Newid sylweddol
content-change-new = Testun newydd
content-change-minor = Diwygiad bach
content-change-link = Dolen wedi'i diweddaru

## What a logged content file is shown as in the log of changes.

# $title: the scenario's title.
content-logged-scenario = Senario: { $title }
# $id: the id of a scenario that is no longer in the content.
content-logged-scenario-gone = Senario { $id }
content-logged-glossary = Geirfa
# $title: the checklist group's title, or its slug when it is no longer in the content.
content-logged-signs = Gwirio arwyddion: { $title }
content-logged-nations = Camau nesaf a llinellau cymorth ar gyfer pob gwlad
content-logged-sources = Ffynonellau (y llyfryddiaeth a ddangosir gyda phob tudalen)

## How far the Welsh of a scenario, the glossary, the checklist or the next steps can be trusted,
## at the top of its screen (only in Welsh).

content-welsh-out-of-step = Mae'r Saesneg wedi newid ers gwneud y Gymraeg hon, felly gall rhannau ohoni fod yn hen: lle mae'r ddwy'n wahanol, y Saesneg sy'n gywir.
# $parts: a list of the checklist groups whose English has changed, separated by list-comma.
content-welsh-out-of-step-parts = Mae Saesneg y rhannau hyn wedi newid ers gwneud eu Cymraeg, felly gallan nhw fod yn hen: { $parts }. Lle mae'r ddwy'n wahanol, y Saesneg sy'n gywir.
content-welsh-read-english = Darllen hwn yn Saesneg

## In the log of changes: whether each change is in the Welsh yet, and each review of the Welsh.

content-welsh-has-change = Cymraeg: mae'r newid hwn ynddi.
content-welsh-lacks-change = Cymraeg: heb ei diweddaru gyda'r newid hwn eto.
content-welsh-may-lack-change = Cymraeg: efallai nad yw'r newid hwn ynddi eto.
content-welsh-read-english-change = Darllen y Saesneg
# $role: the reviewer's role (never a name).
content-welsh-reviewed = Adolygwyd y cyfieithiad Cymraeg gan { $role }.

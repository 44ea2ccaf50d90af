# translation-status: drafted
# translated-from: f239099d5cfb7085
# The referral screen (src/ui/referral_page.rs): what to gather, who completes the referral, and
# a summary of the notes to copy or print.
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.

## The summary's controls.

referral-page-copy = Copïo'r crynodeb
referral-page-print = Argraffu'r crynodeb
referral-page-show = Dangos y crynodeb fel testun plaen
referral-page-label = Y crynodeb fel testun plaen

## The screen.

referral-page-title = Paratoi eich atgyfeiriad
referral-page-lead = Beth i'w gasglu cyn i blentyn gael ei atgyfeirio i'r Mecanwaith Atgyfeirio Cenedlaethol (NRM), a chrynodeb i'w gopïo neu ei argraffu ar gyfer pwy bynnag sy'n cwblhau'r atgyfeiriad.
# $level: the level of concern from the checklist.
referral-page-from-checklist = O'ch rhestr wirio: { $level }
referral-page-not-due = Fel arfer, caiff atgyfeiriad ei baratoi pan fydd gwiriad yn cyrraedd lefel pryder. Os yw eich barn broffesiynol yn dweud fel arall, cofnodwch hynny ar y rhestr wirio.
referral-page-back = Yn ôl i'r rhestr wirio
referral-page-guidance = Beth i'w gasglu, a phwy sy'n cwblhau'r atgyfeiriad
# $page: the guidance page's title, drawn as a link. $date: when it was last reviewed, in words.
referral-page-from-guidance = O'r dudalen ganllawiau { $page }, a adolygwyd ddiwethaf ar { $date }.
referral-page-notes = Eich nodiadau
referral-page-notes-hint = Peidiwch ag ysgrifennu enwau, cyfeiriadau, dyddiadau geni na manylion eraill sy'n dangos pwy yw'r plentyn. Mae eich nodiadau'n aros yng nghof y porwr hwn gyda'ch atebion i'r rhestr wirio, ac maen nhw'n diflannu pan fyddwch yn ei gau, oni bai eich bod yn dewis cadw eich atebion.
referral-page-summary = Eich crynodeb
referral-page-summary-hint = Yn nhrefn y sgrin hon: canlyniad eich gwiriad, eich nodiadau, yr arwyddion a diciwyd a'r camau a gofnodwyd, fel y gwnaethoch chi eu hysgrifennu. Nid yw'r cysylltiadau rydych chi wedi'u cadw yn cael eu hychwanegu. Ni all yr ap ddod o hyd i enwau yn yr hyn a deipioch chi, felly darllenwch y crynodeb cyn i chi ei rannu.

## The log of actions taken.

# $when: when the action was taken, as typed or the time now in words.
referral-page-added = Ychwanegwyd at y log: { $when }.
referral-page-removed = Tynnwyd o'r log.
referral-page-actions = Camau a gymerwyd
referral-page-actions-hint = Pwy a gafodd wybod a phryd, a beth a wnaed. Rolau a gwasanaethau, nid enwau: ni all yr ap ddod o hyd i enw rydych chi'n ei deipio.
referral-page-time-not-given = Amser heb ei roi
referral-page-remove = Tynnu
# After "Remove", for screen readers. $n: the action's place in the log.
referral-page-remove-which = cam { $n }
referral-page-what = Beth a wnaed, neu bwy a gafodd wybod
referral-page-what-hint = Er enghraifft: dywedwyd wrth yr arweinydd diogelu dynodedig; ffoniwyd drws ffrynt y gwasanaethau plant.
referral-page-when = Pryd
referral-page-add = Ychwanegu at y log

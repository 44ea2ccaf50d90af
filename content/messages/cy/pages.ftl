# translation-status: drafted
# translated-from: 63adc61ff8e95ea9
# The first screens' words: the frame around every screen (skip link, header, the 999 line, the
# nation line, footer), the home screen, a guidance page's opening and the checklist. The page
# the server sends is made from these at build time (crates/core/src/prerender.rs), the app
# draws the same words from the same messages, and the page's first script gets the few it
# needs from them too (crates/core/src/prerender/contract.rs), so taking over changes no word.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. Variables are
# written { $name }; docs/messages.md says how to add or change a message. Every language's
# file has the same ids and the same variables.

## The page itself: its title in the browser and on the home screen, its description for
## search engines and the installed app, and what shows where scripts are off.

page-title = { -app-name }
page-description = Canllawiau, rhestrau gwirio arwyddion a senarios achos i bobl yn y DU a allai ddod ar draws plentyn sydd wedi'i fasnachu neu sy'n dioddef camfanteisio. Mae'n gweithio all-lein; nid oes dim yn gadael eich dyfais.
page-noscript = Mae angen troi JavaScript a WebAssembly ymlaen i ddefnyddio'r ap hwn. Os yw plentyn mewn perygl uniongyrchol, ffoniwch 999.

## The frame around every screen.

page-skip-link = Neidio i'r prif gynnwys
# The app's name, as the header's link home and the home screen's heading give it.
page-app-name = { -app-name }
# The main navigation: its name for a screen reader, and its links.
page-nav-label = Prif ddewislen
page-nav-guidance = Canllawiau
page-nav-check = Gwirio arwyddion
page-nav-scenarios = Senarios
page-nav-search = Chwilio
# The 999 line: its name for a screen reader, and its words. $number: the emergency number, a link.
page-emergency-label = Argyfwng
page-emergency = Plentyn mewn perygl uniongyrchol? Ffoniwch { $number }
# The nation line: its name for a screen reader; with no nation chosen (on the home screen,
# which asks the question itself, and elsewhere, with $choose: a link to choose one); and with
# one chosen ($nation: its name, in bold), followed by a link to change it (a word, then words
# only a screen reader hears).
page-nation-line-label = Eich gwlad yn y DU
page-nation-line-none-home = Dim gwlad yn y DU wedi'i dewis eto.
page-nation-line-none = Dim gwlad yn y DU wedi'i dewis. { $choose }
page-nation-line-choose = Dewiswch eich gwlad
page-nation-line-for = Mae'r camau nesaf ar gyfer { $nation }.
page-nation-line-change = Newid
page-nation-line-change-hidden = gwlad yn y DU
# The footer's links.
page-footer-contacts = Cysylltiadau a llinellau cymorth
page-footer-record = Eich cofnod dysgu
page-footer-glossary = Geirfa
page-footer-about = Ynghylch
page-footer-privacy = Preifatrwydd
page-footer-data = Eich data
page-footer-changes = Beth sydd wedi newid
page-footer-workshop = Modd gweithdy
page-footer-nation = Newid gwlad yn y DU
# $date: when the content was last reviewed, in words.
page-footer-reviewed = Adolygwyd y cynnwys ddiwethaf ar { $date }. Nid yw'r ap hwn yn cymryd lle eich gweithdrefnau diogelu lleol.
# Under a printed page. $version: the content's version.
page-print-version = { -app-name }. Fersiwn y cynnwys { $version }. Edrychwch ar yr ap i weld y fersiwn gyfredol.

## The home screen.

page-home-lead = I unrhyw un yn y DU a allai ddod ar draws plentyn sydd wedi'i fasnachu neu sy'n dioddef camfanteisio. Mae'n gweithio all-lein. Nid yw dim a roddwch i mewn yn gadael y ddyfais hon.
page-home-search-label = Chwilio'r canllawiau, yr eirfa a'r arwyddion
page-home-search-hint = Er enghraifft: NRM, llinellau cyffuriau, asesiad oedran, gwarcheidwad.
# The three ways in: each one's name and what it offers.
page-way-guidance = Canllawiau
page-way-guidance-hint = Tudalennau byr ar y gyfraith ac arfer da, gyda'u ffynonellau.
page-way-check = Gwirio arwyddion
page-way-check-hint = Ticiwch yr hyn y sylwoch arno. Gwelwch lefel y pryder, pam, a beth i'w wneud nesaf.
page-way-scenarios = Senarios
page-way-scenarios-hint = Ymarferwch y penderfyniadau ar achosion realistig, gydag adborth ac ôl-drafodaeth.
# The way to the learning record, under the ways in: the link, then what follows it.
page-home-record = Eich cofnod dysgu
page-home-record-rest = : y senarios a orffennoch chi, yr amser a dreuliwyd a'r tudalennau a ddarllenwyd, gyda thystysgrif ar gyfer DPP.
# The local contacts kept on this device, on the home screen: the heading, each contact's line
# ($role: who it is; $name: the name kept for them; $number: the number, a link; a contact with
# no name kept has the second line), and the link to change them.
page-contacts-heading = Eich cysylltiadau lleol
page-contacts-line = { $role }: { $name } – { $number }
page-contacts-line-unnamed = { $role }: { $number }
page-contacts-change = Newid eich cysylltiadau

## A guidance page's opening.

# $nations: the UK nations the page covers, as a list.
page-applies-to = Yn berthnasol i: { $nations }
# A page written a version for each nation: the button that shows every nation's version.
page-every-nation = Dangos fersiwn pob gwlad

## The checklist.

page-check-title = Gwirio arwyddion
page-check-jump = Mynd i'r canlyniad: lefel, camau nesaf a pham
page-check-lead = Ticiwch yr hyn y sylwoch arno. Mae'r canlyniad ar y diwedd yn newid wrth i chi fynd.
page-check-privacy = Nid oes dim byd yma'n gofyn am unrhyw beth sy'n dangos pwy yw plentyn. Mae eich atebion yn aros yng nghof y porwr hwn ac maen nhw'n diflannu pan fyddwch yn ei gau, oni bai eich bod yn dewis eu cadw.
page-check-danger-heading = Perygl uniongyrchol
page-check-danger = Mae'r plentyn mewn perygl uniongyrchol nawr
page-check-age-heading = Faint yw oed y plentyn?
page-check-age-hint = Os nad ydych chi'n siŵr, caiff unrhyw un a allai fod o dan 18 ei drin fel plentyn.
page-check-age-not-known = Anhysbys, ond gallai fod o dan 18
page-check-age-under-13 = O dan 13
page-check-age-13-to-17 = 13 i 17
page-check-barriers = Pam efallai na fydd y plentyn yn dweud wrthych
page-check-barriers-page = Darllenwch y dudalen hon gyda'i ffynonellau
page-check-filter-label = Dod o hyd i arwydd
page-check-filter-hint = Teipiwch air, er enghraifft ar goll, ffôn neu dyled.
page-check-open-all = Agor pob grŵp
page-check-fold-all = Cau pob grŵp
# Beside a group's heading: how many of its $total signs are ticked ($ticked).
page-check-count =
    { $ticked ->
        [0] { $total ->
            [zero] { $total } arwydd, dim un wedi'i dicio
            [one] { $total } arwydd, dim un wedi'i dicio
            [two] { $total } arwydd, dim un wedi'i dicio
            [few] { $total } arwydd, dim un wedi'i dicio
            [many] { $total } arwydd, dim un wedi'i dicio
           *[other] { $total } arwydd, dim un wedi'i dicio
        }
       *[other] { $ticked } o { $total } wedi'u ticio
    }
# Under a group's intro: its guidance pages ($pages, a list of links).
page-check-read-more = Darllen rhagor: { $pages }
# The bar at the foot of the checklist, before anything is ticked and before the app has
# started; then, for a screen reader, what precedes the level shown in it.
page-check-bar = Mae lefel y pryder yn ymddangos yma wrth i chi dicio.
page-check-bar-now = Lefel y pryder nawr yw

## A translation's status, in the footer and the record (only in a language other than English).

page-translation-drafted = Drafft yw'r cyfieithiad hwn: nid yw cyfieithydd Cymraeg wedi'i wirio eto.
# $role: who reviewed it (a role, not a name). $date: when, as YYYY-MM-DD.
page-translation-reviewed = Adolygwyd y cyfieithiad gan { $role } ar { $date }.
page-translation-out-of-step = Mae rhai geiriau Saesneg wedi newid ers gwneud y cyfieithiad hwn: lle mae'r ddau'n wahanol, y Saesneg sy'n gywir.

# translation-status: drafted
# translated-from: 5d9d7a843e08cb52
# The local contacts: each role's name (the front door differs by nation), what is wrong with a
# number or name typed, and what opening a contacts file did.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

## The roles' names.

contacts-front-door-england = Drws ffrynt y gwasanaethau plant neu MASH
contacts-front-door-wales = Drws ffrynt y gwasanaethau plant neu MASH
contacts-front-door-scotland = Gwaith cymdeithasol (plant a theuluoedd)
contacts-front-door-northern-ireland = Gwasanaethau plant yr Ymddiriedolaeth Iechyd a Gofal Cymdeithasol
contacts-front-door = Drws ffrynt y gwasanaethau plant, MASH, gwaith cymdeithasol neu wasanaethau plant yr Ymddiriedolaeth
contacts-out-of-hours = Tîm gwaith cymdeithasol y tu allan i oriau
contacts-police = Pwynt cyswllt unigol yr heddlu neu'r llinell ddi-argyfwng
contacts-safeguarding-lead = Eich arweinydd diogelu
contacts-exploitation-team = Tîm camfanteisio lleol

## What is wrong with a number or name typed.

contacts-number-empty = Rhowch rif ffôn
contacts-number-characters = Dim ond digidau, bylchau, cromfachau a chysylltnodau, a + ar y dechrau, all fod mewn rhif ffôn
contacts-number-plus-44-0 = Ar ôl +44, gadewch allan y 0 sy'n dechrau'r cod ardal, neu ysgrifennwch ef fel (0)
contacts-number-international = Gwiriwch y rhif: ar ôl cod y wlad mae'n rhy fyr neu'n rhy hir
# $n: how many digits the number has.
contacts-number-uk-length = Mae 10 neu 11 digid mewn rhif yn y DU sy'n dechrau â 0; mae { $n } yn hwn
contacts-number-short = Rhowch rif llawn sy'n dechrau â 0 neu +, neu rif byr fel 101
# $max: the most characters a name can have.
contacts-name-too-long = Gall enw fod yn { $max } nod ar y mwyaf
# The same, within a sentence (why a contact in a file is refused).
contacts-name-too-long-in-sentence = gall enw fod yn { $max } nod ar y mwyaf

## Opening a contacts file.

# $n: how many contacts are kept now.
contacts-opened-now =
    { $n ->
        [0] Nid yw'n cynnwys unrhyw gysylltiadau, felly nid oes dim un yn cael ei gadw ar y ddyfais hon nawr.
        [one] Mae { $n } cyswllt yn cael ei gadw ar y ddyfais hon nawr, yn lle unrhyw rai a oedd gennych.
        [two] Mae { $n } cyswllt yn cael eu cadw ar y ddyfais hon nawr, yn lle unrhyw rai a oedd gennych.
        [few] Mae { $n } cyswllt yn cael eu cadw ar y ddyfais hon nawr, yn lle unrhyw rai a oedd gennych.
        [many] Mae { $n } cyswllt yn cael eu cadw ar y ddyfais hon nawr, yn lle unrhyw rai a oedd gennych.
       *[other] Mae { $n } cyswllt yn cael eu cadw ar y ddyfais hon nawr, yn lle unrhyw rai a oedd gennych.
    }
# $now: contacts-opened-now.
contacts-opened = Agorwyd y ffeil cysylltiadau. { $now }
# $in_file: how many contacts the file held. $now: contacts-opened-now. $roles: how many roles
# the app keeps a contact for. $left_out: how many of the file's contacts were left out.
contacts-opened-left-out = Agorwyd y ffeil cysylltiadau. Roedd { $in_file ->
        [zero] { $in_file } cyswllt
        [one] { $in_file } cyswllt
        [two] { $in_file } cyswllt
        [few] { $in_file } cyswllt
        [many] { $in_file } cyswllt
       *[other] { $in_file } cyswllt
    } ynddi; { $now } Mae'r ap yn cadw un cyswllt ar gyfer pob un o'i { $roles } rôl, felly { $left_out ->
        [zero] gadawyd { $left_out } allan
        [one] gadawyd { $left_out } allan
        [two] gadawyd { $left_out } allan
        [few] gadawyd { $left_out } allan
        [many] gadawyd { $left_out } allan
       *[other] gadawyd { $left_out } allan
    }: os oedd mwy nag un cyswllt ar gyfer rôl yn y ffeil, cadwyd yr un olaf ar gyfer y rôl honno.
contacts-file-too-large = Mae'r ffeil hon yn rhy fawr i fod yn ffeil cysylltiadau.
contacts-file-not-contacts = Nid ffeil cysylltiadau yw'r ffeil hon.
contacts-file-damaged = Nid ffeil cysylltiadau yw'r ffeil hon, neu mae wedi'i difrodi.
contacts-file-newer = Daw'r ffeil cysylltiadau hon o fersiwn fwy newydd o'r ap. Diweddarwch yr ap, yna rhowch gynnig arall arni.
contacts-file-too-many = Mae'r ffeil hon yn cynnwys mwy o gysylltiadau nag sydd o rolau.
# $role: the contact's role, quoted (the quoted message). $error: what is wrong with it.
contacts-file-refused = Gwrthodwyd y cyswllt ar gyfer { $role }: { $error }.

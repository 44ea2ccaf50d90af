# translation-status: drafted
# translated-from: 4972aa27adc4142e
# The author screen (desk build): writing a scenario, checking it as the build does, trying it,
# keeping it on this device and exporting it.
#
# Format: Project Fluent (https://projectfluent.org), as screening.ftl says. One message per
# line; each variable is described in a comment above its message.

author-title = Ysgrifennu senario
author-lead = Ysgrifennwch senario achos ar gyfer eich hyfforddiant eich hun, gwiriwch ef fel y mae'r ap yn gwirio ei senarios ei hun, rhowch gynnig arno o unrhyw olygfa, a chadwch ef ar y ddyfais hon.
author-intro = Mae senarios a ysgrifennir yma yn aros ar y ddyfais hon. Maen nhw'n ymddangos yn y rhestr senarios ac yn y modd gweithdy, wedi'u marcio “wedi'i ysgrifennu'n lleol, heb ei adolygu”. Allforiwch y ffeil i'w rhannu, neu i'w chynnig i'w hadolygu fel y gall ymuno â'r ap.

## The checker: starting it, and a check that gave no answer.

author-loading = Wrthi'n llwytho'r gwiriwr…
author-checker-offline = Nid yw'r gwiriwr ar y ddyfais hon eto, ac nid oes cysylltiad. Caiff ei nôl y tro cyntaf y bydd y sgrin hon yn agor tra byddwch ar-lein, a'i gadw i'w ddefnyddio all-lein o hynny ymlaen. Cysylltwch unwaith a dewiswch “Ceisio eto”.
author-checker-failed = Nid oedd modd cychwyn y gwiriwr. Gwiriwch eich cysylltiad a dewiswch “Ceisio eto”; unwaith y bydd wedi cychwyn yma, mae hefyd yn gweithio all-lein.
author-no-checker = Nid oes gan y copi hwn o'r ap wiriwr.
author-wrong-checker = Nid hwn yw'r gwiriwr y mae'r ap hwn yn ei ddisgwyl. Ail-lwythwch y dudalen.
author-try-again = Ceisio eto
# $seconds: the longest a check may take.
author-too-long =
    { $seconds ->
        [zero] Cymerodd y gwiriad hwn ormod o amser a chafodd ei atal (gall gwiriad gymryd { $seconds } eiliad ar y mwyaf), felly nid oes dim wedi'i restru ar gyfer y testun fel y mae nawr. Gall ffeil hir iawn, neu ffeil wedi'i nythu'n ddwfn iawn, wneud hyn: byrhewch hi, neu dewiswch “Ailgeisio”.
        [one] Cymerodd y gwiriad hwn ormod o amser a chafodd ei atal (gall gwiriad gymryd { $seconds } eiliad ar y mwyaf), felly nid oes dim wedi'i restru ar gyfer y testun fel y mae nawr. Gall ffeil hir iawn, neu ffeil wedi'i nythu'n ddwfn iawn, wneud hyn: byrhewch hi, neu dewiswch “Ailgeisio”.
        [two] Cymerodd y gwiriad hwn ormod o amser a chafodd ei atal (gall gwiriad gymryd { $seconds } eiliad ar y mwyaf), felly nid oes dim wedi'i restru ar gyfer y testun fel y mae nawr. Gall ffeil hir iawn, neu ffeil wedi'i nythu'n ddwfn iawn, wneud hyn: byrhewch hi, neu dewiswch “Ailgeisio”.
        [few] Cymerodd y gwiriad hwn ormod o amser a chafodd ei atal (gall gwiriad gymryd { $seconds } eiliad ar y mwyaf), felly nid oes dim wedi'i restru ar gyfer y testun fel y mae nawr. Gall ffeil hir iawn, neu ffeil wedi'i nythu'n ddwfn iawn, wneud hyn: byrhewch hi, neu dewiswch “Ailgeisio”.
        [many] Cymerodd y gwiriad hwn ormod o amser a chafodd ei atal (gall gwiriad gymryd { $seconds } eiliad ar y mwyaf), felly nid oes dim wedi'i restru ar gyfer y testun fel y mae nawr. Gall ffeil hir iawn, neu ffeil wedi'i nythu'n ddwfn iawn, wneud hyn: byrhewch hi, neu dewiswch “Ailgeisio”.
       *[other] Cymerodd y gwiriad hwn ormod o amser a chafodd ei atal (gall gwiriad gymryd { $seconds } eiliad ar y mwyaf), felly nid oes dim wedi'i restru ar gyfer y testun fel y mae nawr. Gall ffeil hir iawn, neu ffeil wedi'i nythu'n ddwfn iawn, wneud hyn: byrhewch hi, neu dewiswch “Ailgeisio”.
    }
author-checker-broke = Peidiodd y gwiriwr â gweithio yn ystod y gwiriad hwn, felly nid oes dim wedi'i restru ar gyfer y testun fel y mae nawr. Bydd yn dechrau eto gyda'ch newid nesaf, neu dewiswch “Ailgeisio”.
author-retry = Ailgeisio

## The scenario file.

author-file-heading = Y ffeil senario
author-template = Dechrau o'r templed
author-open-label = Neu agorwch ffeil senario (.md)
author-file-label = Enw'r ffeil
author-file-hint = ID y senario gyda .md, mewn llythrennau bach, digidau a chysylltnodau, fel my-case.md.
author-text-label = Testun y senario
author-text-hint = Y deunydd blaen (front matter) rhwng llinellau +++, yna'r golygfeydd. Caiff problemau eu rhestru o dan y blwch wrth i chi deipio.
# $line, $column: where the cursor is.
author-cursor = Mae'r cyrchwr ar linell { $line }, colofn { $column }.
# $kb: the largest a scenario file can be, in kilobytes.
author-file-too-large = Mae'r ffeil honno'n fwy nag y gall senario fod yma ({ $kb } KB ar y mwyaf). Nid yw'r golygydd wedi newid.
author-file-unreadable = Nid oedd modd darllen y ffeil. Nid yw'r golygydd wedi newid.
author-not-utf8 = Nid yw'r ffeil honno'n destun plaen (UTF-8), felly ni all fod yn ffeil senario. Nid yw'r golygydd wedi newid.
# $file: the file's name.
author-opened = Agorwyd { $file }.
# $file: the file's name.
author-opened-kept = Agorwyd { $file } o'r ddyfais hon.
author-carried = Cafodd y senario roeddech chi'n ei ysgrifennu ei gario drosodd wrth newid i'r fersiwn newydd. Nid yw wedi'i gadw ar y ddyfais hon eto: gwiriwch ef, yna cadwch ef neu ei allforio.
author-recovered = Cafodd y senario roeddech chi'n ei ysgrifennu ei gario drosodd wrth newid i'r fersiwn newydd, ond nid oedd modd ei ddarllen yn ôl yn gyfan: mae'r testun y gellid ei adfer yn y golygydd, dan enw ffeil newydd. Gwiriwch ef cyn i chi ei gadw neu ei allforio.

## The check.

author-check-heading = Gwirio
author-checking = Wrthi'n gwirio…
author-no-problems = Ni chanfuwyd unrhyw broblemau. Gellir rhoi cynnig arno, ei gadw a'i allforio.
# $problems: how many problems. $warnings: how many warnings.
author-counts-fix =
    { $problems ->
        [zero] { $problems } problem
        [one] { $problems } broblem
        [two] { $problems } broblem
        [few] { $problems } problem
        [many] { $problems } phroblem
       *[other] { $problems } problem
    } { $warnings ->
        [zero] a { $warnings } rhybudd
        [one] ac { $warnings } rhybudd
        [two] a { $warnings } rybudd
        [few] a { $warnings } rhybudd
        [many] a { $warnings } rhybudd
       *[other] a { $warnings } rhybudd
    }. Dewiswch un i fynd i'w linell.
# $problems: how many problems (none). $warnings: how many warnings.
author-counts-keep =
    { $problems ->
        [zero] { $problems } problem
        [one] { $problems } broblem
        [two] { $problems } broblem
        [few] { $problems } problem
        [many] { $problems } phroblem
       *[other] { $problems } problem
    } { $warnings ->
        [zero] a { $warnings } rhybudd
        [one] ac { $warnings } rhybudd
        [two] a { $warnings } rybudd
        [few] a { $warnings } rhybudd
        [many] a { $warnings } rhybudd
       *[other] a { $warnings } rhybudd
    }. Nid yw rhybuddion yn ei atal rhag cael ei gadw.
author-problems = Problemau
author-warnings = Rhybuddion
# $line, $column: where the problem is.
author-line-column = Llinell { $line }, colofn { $column }
# $line: the line the problem is on.
author-line = Llinell { $line }

## Keeping and exporting.

author-keep = Cadw ar y ddyfais hon
author-export = Allforio'r ffeil
author-fix-first = Cywirwch y problemau a restrir yn gyntaf: dim ond senario heb unrhyw broblemau y gellir ei gadw.
# $why: why it cannot be kept.
author-cannot-keep = Ni ellir cadw'r senario hwn yma: { $why }.
# $n: the most scenarios written here that a device keeps.
author-too-many = Mae'r ddyfais hon eisoes yn cadw { $n } senario a ysgrifennwyd yma, sef y nifer mwyaf y mae'n ei gadw. Allforiwch un a'i ddileu yn gyntaf.
# $mb: the most the scenarios written here may take together, in megabytes.
author-too-big = Byddai'r senarios a ysgrifennwyd yma yn cymryd mwy na { $mb } MB gyda'i gilydd, sef y mwyaf y mae'r ddyfais hon yn ei gadw fel y bydd modd mewnforio allforiad o bopeth eto bob amser. Allforiwch un a'i ddileu yn gyntaf.
author-not-kept = Nid oedd modd ei gadw ar y ddyfais hon; mae'r neges uchod yn dweud pam. Mae eich testun yn dal yn y golygydd: allforiwch ef i'w gadw.
# $title: the scenario's title.
author-kept = Mae “{ $title }” wedi'i gadw ar y ddyfais hon, yn y rhestr senarios ac yn y modd gweithdy, wedi'i farcio fel un a ysgrifennwyd yma ac nad yw wedi'i adolygu.
# $title: the scenario's title. $file: the file name of the one it replaced.
author-kept-replacing = Mae “{ $title }” wedi'i gadw ar y ddyfais hon, yn y rhestr senarios ac yn y modd gweithdy, wedi'i farcio fel un a ysgrifennwyd yma ac nad yw wedi'i adolygu. Mae'n cymryd lle'r senario a oedd wedi'i gadw fel { $file }.
author-not-checked = Ni chafodd ei gadw: nid oedd modd gwirio'r testun yn y golygydd.
author-checking-first = Wrthi'n gwirio'r testun fel y mae nawr cyn ei gadw…
author-changed-while-asked = Newidiodd y testun tra oeddech chi'n cael eich holi: dewiswch “Cadw ar y ddyfais hon” eto.
# $file: the file name. $free: a file name not yet used.
author-replace-ask = Mae senario arall eisoes wedi'i gadw ar y ddyfais hon fel { $file }. Bydd cadw'r un hwn dan yr enw hwnnw yn cymryd ei le. I gadw'r ddau, rhowch enw ffeil arall i'r un hwn, fel { $free }.
# $file: the file name. $title: the title of the scenario kept under it. $free: a file name not yet used.
author-replace-ask-titled = Mae senario arall eisoes wedi'i gadw ar y ddyfais hon fel { $file } (“{ $title }”). Bydd cadw'r un hwn dan yr enw hwnnw yn cymryd ei le. I gadw'r ddau, rhowch enw ffeil arall i'r un hwn, fel { $free }.
author-replace-yes = Ie, rhoi hwn yn ei le
author-keep-both = Na, cadw'r ddau
# $file: the file name.
author-exported = Allforiwyd fel { $file }.
author-export-refused = Ni wnaeth y porwr adael i'r ap gadw'r ffeil.

## The scenarios kept on this device.

author-yours-heading = Eich senarios ar y ddyfais hon
# $title: the scenario's title.
author-deleted = Cafodd “{ $title }” ei ddileu o'r ddyfais hon.
author-none-yet = Dim un eto.
# After the scenario's title. $file: its file name. $when: when it was kept, in words.
author-kept-when = ({ $file }), wedi'i gadw ar { $when }
author-edit = Golygu
author-play = Chwarae
author-export-one = Allforio
author-delete = Dileu
# $title: the scenario's title.
author-delete-ask = Dileu “{ $title }” o'r ddyfais hon? Allforiwch ef yn gyntaf i gadw copi.
author-delete-yes = Ie, ei ddileu
author-keep-it = Na, ei gadw

## Trying it.

author-try-heading = Rhoi cynnig arno
author-start-at = Dechrau yn
author-variables = Newidynnau yn yr olygfa honno
author-play-here = Chwarae o'r fan hon
author-scene-gone = Nid yw'r olygfa honno yn y ffeil mwyach.
author-no-variables = Dim newidynnau.
# $vars: each variable with its value ("listened = true"), as a list.
author-variables-now = Newidynnau nawr: { $vars }.
author-not-plain = Ni ellir dangos y testun hwn: mae'n cynnwys rhywbeth heblaw testun plaen a dolenni o fewn yr ap.
author-presenter-notes = Nodiadau'r cyflwynydd:
author-stop = Rhoi'r gorau i roi cynnig arno

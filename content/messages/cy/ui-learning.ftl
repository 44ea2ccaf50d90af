# translation-status: drafted
# translated-from: 89b4506964f2b613
# The learning record (desk build): scenarios finished, time spent, reflections, guidance read,
# the certificate of completion and the CSV export.
#
# Format: Project Fluent (https://projectfluent.org), as screening.ftl says. One message per
# line; each variable is described in a comment above its message. Where a sentence holds a
# link, it is split around the link's words; the spaces between the parts are in the Rust.

learning-title = Eich cofnod dysgu
learning-lead = Yr hyn rydych chi wedi'i wneud yn yr ap hwn ar y ddyfais hon, ar gyfer eich datblygiad proffesiynol parhaus eich hun. Does dim sgôr iddo, ac nid yw'n gymhwyster nac yn gwrs achrededig.
# Before the link learning-kept-link.
learning-kept = Dim ond ar y ddyfais hon y caiff ei gadw, gyda gweddill yr hyn y mae'r ap yn ei gadw (gweler
learning-kept-link = Eich data
# After the link learning-kept-link.
learning-kept-after = ). Mae dileu eich data yn ei ddileu hefyd.
learning-print = Argraffu'r cofnod hwn
learning-print-certificate = Argraffu tystysgrif cwblhau
learning-export = Allforio fel CSV
# $file: the name of the file written.
learning-exported = Cafodd eich cofnod dysgu ei gadw fel { $file }.
learning-export-refused = Ni wnaeth y porwr adael i'r ap gadw'r ffeil.
learning-saved = Wedi'i gadw ar y ddyfais hon.

## The learner's name, for the certificate.

learning-name-heading = Eich enw ar gyfer y dystysgrif
learning-name-label = Eich enw, fel y dylai ymddangos ar y dystysgrif
learning-name-hint = Dewisol. Dim ond ar y ddyfais hon y caiff ei gadw, gyda gweddill eich cofnod; caiff ei allforio gydag ef a'i ddileu gydag ef. Gadewch ef yn wag i ysgrifennu eich enw â llaw ar y dystysgrif wedi'i hargraffu.
learning-save-name = Cadw'r enw
learning-name-not-saved = Heb ei gadw ar y ddyfais hon (mae'r neges ar y brig yn dweud pam).

## Time spent.

learning-time-heading = Amser a dreuliwyd
learning-no-time = Dim amser wedi'i gyfrif eto.
# $minutes: a number of minutes.
learning-minutes =
    { $minutes ->
        [zero] { $minutes } munud
        [one] { $minutes } munud
        [two] { $minutes } funud
        [few] { $minutes } munud
        [many] { $minutes } munud
       *[other] { $minutes } munud
    }
# $day: a date in words.
learning-on-day = ar { $day }
# $from, $to: dates in words.
learning-from-to = o { $from } i { $to }
# $time: learning-minutes. $days: learning-on-day or learning-from-to.
learning-time-total = { $time } i gyd, { $days }.
# $title: a scenario's title. $time: learning-minutes.
learning-time-scenario = { $title }: { $time }
# $time: learning-minutes.
learning-time-reading = Darllen canllawiau: { $time }

## Scenarios finished.

learning-scenarios-heading = Senarios a orffennwyd
# Before the link learning-try-scenario.
learning-none-yet = Dim eto.
learning-try-scenario = Rhowch gynnig ar senario
# After the link learning-try-scenario.
learning-none-yet-after = ; bydd pob un y byddwch chi'n ei orffen yn cael ei restru yma.
# $when: when it was finished, in words. $minutes: how long it took.
learning-finished =
    { $minutes ->
        [zero] Wedi'i orffen ar { $when }. Tua { $minutes } munud o'r dechrau i'r diwedd.
        [one] Wedi'i orffen ar { $when }. Tua { $minutes } munud o'r dechrau i'r diwedd.
        [two] Wedi'i orffen ar { $when }. Tua { $minutes } funud o'r dechrau i'r diwedd.
        [few] Wedi'i orffen ar { $when }. Tua { $minutes } munud o'r dechrau i'r diwedd.
        [many] Wedi'i orffen ar { $when }. Tua { $minutes } munud o'r dechrau i'r diwedd.
       *[other] Wedi'i orffen ar { $when }. Tua { $minutes } munud o'r dechrau i'r diwedd.
    }
# $ending: the heading of the ending reached.
learning-ending = Diweddglo: { $ending }
# $n: how many decisions were taken.
learning-decisions =
    { $n ->
        [zero] Eich { $n } penderfyniad
        [one] Eich { $n } penderfyniad
        [two] Eich { $n } benderfyniad
        [few] Eich { $n } phenderfyniad
        [many] Eich { $n } phenderfyniad
       *[other] Eich { $n } penderfyniad
    }

## Reflections.

learning-reflections-heading = Eich myfyrdodau
# Followed by a note on names that cannot be checked for.
learning-reflection-hint = Dewisol, a dim ond i chi: beth ddysgoch chi, beth fyddech chi'n ei wneud yn wahanol. Peidiwch ag ysgrifennu dim sy'n dangos pwy yw plentyn neu deulu go iawn.
# $title: the scenario's title.
learning-reflection-label = Myfyrdod ar { $title }
learning-save-reflection = Cadw'r myfyrdod
# For screen readers, after learning-save-reflection. $title: the scenario's title.
learning-save-reflection-on = ar { $title }
learning-reflection-not-saved = Heb ei gadw ar y ddyfais hon (mae'r neges ar y brig yn dweud pam). Mae'n aros yn y blwch nes i chi gau'r ap: copïwch ef i rywle os ydych chi am ei gadw.

## Guidance pages.

learning-pages-read-heading = Tudalennau canllawiau a ddarllenwyd
# $read_minutes: how long on a page makes it read (crates/core/src/learning.rs).
learning-pages-read-none = Dim eto (mae tudalen yn cyfrif fel un a ddarllenwyd ar ôl { $read_minutes ->
        [zero] { $read_minutes } munud
        [one] { $read_minutes } munud
        [two] { $read_minutes } funud
        [few] { $read_minutes } munud
        [many] { $read_minutes } munud
       *[other] { $read_minutes } munud
    } arni).
learning-pages-opened-heading = Tudalennau canllawiau a agorwyd
learning-pages-opened-none = Dim eto.

## The certificate of completion.

learning-certificate = Tystysgrif cwblhau
learning-certificate-app = { -app-name }
learning-certificate-no-name = Enw: ____________________________________
# $name: the learner's name.
learning-certificate-name = Enw: { $name }
# $days: learning-on-day or learning-from-to. $time: learning-minutes.
learning-certificate-practised-time = wedi ymarfer adnabod ac ymateb i fasnachu plant a chamfanteisio ar blant { $days }, gan dreulio { $time } i gyd:
# $days: learning-on-day or learning-from-to.
learning-certificate-practised-days = wedi ymarfer adnabod ac ymateb i fasnachu plant a chamfanteisio ar blant { $days }:
learning-certificate-practised = wedi ymarfer adnabod ac ymateb i fasnachu plant a chamfanteisio ar blant:
learning-time-not-counted = amser heb ei gyfrif
# $title: a scenario's title. $time: learning-minutes or learning-time-not-counted.
learning-certificate-finished = { $title }: { $time }, wedi'i orffen
# $title: a scenario's title. $time: learning-minutes or learning-time-not-counted.
learning-certificate-not-finished = { $title }: { $time }, heb ei orffen
# $time: learning-minutes. $pages: how many guidance pages were read.
learning-certificate-reading =
    { $pages ->
        [zero] Darllen canllawiau: { $time }; { $pages } tudalen wedi'u darllen
        [one] Darllen canllawiau: { $time }; { $pages } dudalen wedi'i darllen
        [two] Darllen canllawiau: { $time }; { $pages } dudalen wedi'u darllen
        [few] Darllen canllawiau: { $time }; { $pages } tudalen wedi'u darllen
        [many] Darllen canllawiau: { $time }; { $pages } thudalen wedi'u darllen
       *[other] Darllen canllawiau: { $time }; { $pages } tudalen wedi'u darllen
    }
# $pages: the titles of the pages read, as a list.
learning-certificate-pages = Tudalennau canllawiau a ddarllenwyd: { $pages }.
# $rule: how time is counted.
learning-certificate-rule = Sut mae amser yn cael ei gyfrif: { $rule }
learning-certificate-note = Cofnod o ymarfer, wedi'i gadw gan y dysgwr ar eu dyfais eu hunain. Does dim sgôr iddo, ac nid yw'n honni unrhyw achrediad.

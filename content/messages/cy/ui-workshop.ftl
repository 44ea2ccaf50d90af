# translation-status: drafted
# translated-from: a6fde6f0f60ae504
# Workshop mode (desk build): planning a session, the presenter and audience views, the stage,
# the keyboard shortcuts, printing and past sessions; and, in the phone build, the wait while
# the desk tools load.
#
# Format: Project Fluent (https://projectfluent.org), as screening.ftl says. One message per
# line; each variable is described in a comment above its message. Where a sentence holds a
# link, it is split around the link's words; the spaces between the parts are in the Rust.

## The phone build, opening a desk screen.

ws-desk-opening = Wrthi'n agor yr offer bwrdd gwaith (modd gweithdy, ysgrifennu senarios, eich data a'ch cofnod dysgu)…
ws-desk-offline = Nid yw'r offer bwrdd gwaith (modd gweithdy, ysgrifennu senarios, eich data a'ch cofnod dysgu) wedi cael eu llwytho i lawr i'r ddyfais hon eto, ac mae'n ymddangos ei bod all-lein. Mae popeth arall yn gweithio all-lein, ac mae atebion eich rhestr wirio yma o hyd.
ws-desk-connect = Cysylltwch â'r rhyngrwyd a rhowch gynnig arall arni, neu ewch yn ôl.
ws-desk-try-again = Rhoi cynnig arall arni
ws-desk-home = Mynd i'r sgrin gartref

## Shared by several workshop screens.

# The title when no scenario is on screen.
ws-fallback-title = Gweithdy
# $at: the scenario's place in the session. $count: how many scenarios the session has.
ws-place = Senario { $at } o { $count }
ws-back = Yn ôl i'r modd gweithdy
ws-open-audience = Agor ffenestr y gynulleidfa
ws-export = Allforio'r sesiwn hon fel CSV
ws-none-yet = Dim eto.
ws-your-notes = Eich nodiadau
# $problem: what is wrong with what was typed, a whole sentence.
ws-error = Gwall: { $problem }

## The workshop screen: plan a session.

ws-title = Modd gweithdy
ws-lead = Cynhaliwch senarios gyda phobl mewn ystafell o'r gliniadur hwn: yr achos ar y taflunydd, eich nodiadau ar eich sgrin, yr ystafell yn codi dwylo ym mhob penderfyniad, ac ôl-drafodaeth ar y llwybr a gymerodd yr ystafell. Mae'n gweithio all-lein, heb gyfrifon.
# Before the link ws-own-case-link.
ws-own-case = I gynnal eich achos eich hun,
ws-own-case-link = ysgrifennwch senario
# After the link ws-own-case-link.
ws-own-case-after = yn gyntaf: bydd yn cael ei restru yma pan fydd wedi'i gadw ar y gliniadur hwn.
ws-nothing-asked = Does dim byd am y bobl yn yr ystafell yn cael ei ofyn na'i gadw: dim ond y llwybr a gymerodd yr ystafell a faint o ddwylo a godwyd, ar y gliniadur hwn.
ws-in-progress-heading = Sesiwn ar waith
# $when: when it started, in words. $titles: the scenarios it runs.
ws-in-progress-started = Dechreuodd ar { $when }. { $titles }
ws-continue = Parhau yng ngolwg y cyflwynydd
ws-plan-heading = Cynllunio sesiwn
ws-which = Pa senarios fyddwch chi'n eu cynnal?
ws-pick-error = Gwall: Dewiswch o leiaf un senario.
# $title: the scenario's title. $minutes: how long it takes.
ws-pick-label =
    { $minutes ->
        [zero] { $title } (tua { $minutes } munud)
        [one] { $title } (tua { $minutes } munud)
        [two] { $title } (tua { $minutes } funud)
        [few] { $title } (tua { $minutes } munud)
        [many] { $title } (tua { $minutes } munud)
       *[other] { $title } (tua { $minutes } munud)
    }
ws-how-show = Sut byddwch chi'n ei ddangos?
ws-two-windows = Dwy ffenestr: golwg y gynulleidfa ar y taflunydd (llusgwch ei ffenestr yno a phwyswch F i lenwi'r sgrin), golwg y cyflwynydd ar y sgrin hon
ws-one-window = Un ffenestr, a ddangosir i'r ystafell: mae eich nodiadau'n aros yn gudd nes i chi bwyso N
ws-length-label = Pa mor hir yw'r sesiwn? (munudau)
ws-order-heading = Trefn y senarios a chynllun amser
ws-order-empty = Ticiwch y senarios i'w cynnal: maen nhw'n cael eu rhestru yma yn y drefn y byddan nhw'n cael eu cynnal, gyda'r amser y mae pob un yn dechrau.
# $start: the minute it starts at. $title: the scenario's title. $minutes: how long it takes.
ws-order-slot =
    { $minutes ->
        [zero] O funud { $start }: { $title } (tua { $minutes } munud)
        [one] O funud { $start }: { $title } (tua { $minutes } munud)
        [two] O funud { $start }: { $title } (tua { $minutes } funud)
        [few] O funud { $start }: { $title } (tua { $minutes } munud)
        [many] O funud { $start }: { $title } (tua { $minutes } munud)
       *[other] O funud { $start }: { $title } (tua { $minutes } munud)
    }
ws-up = I fyny
# For screen readers, after ws-up. $title: the scenario's title.
ws-up-which = : { $title } yn gynharach
ws-down = I lawr
# For screen readers, after ws-down. $title: the scenario's title.
ws-down-which = : { $title } yn hwyrach
ws-start = Dechrau'r sesiwn
ws-shortcuts-heading = Llwybrau byr wrth gyflwyno
ws-print-heading = Argraffu
ws-print-intro = Mae taflen yn cynnwys yr achos, ei benderfyniadau a lle ar gyfer nodiadau. Mae taflen hwylusydd yn cynnwys eich nodiadau, gradd pob dewis, i ble mae'n arwain a'r canllawiau y tu ôl iddo.
ws-handout = taflen
ws-sheet = taflen hwylusydd
# For screen readers, after ws-handout and ws-sheet. $title: the scenario's title.
ws-for-title = ar gyfer { $title }
ws-past-heading = Sesiynau blaenorol
# $n: how many sessions are kept at most.
ws-past-kept = Mae'r { $n } sesiwn ddiwethaf yn cael eu cadw ar y gliniadur hwn; mae rhai hŷn yn cael eu gollwng.
ws-deleted = Cafodd cofnod y sesiwn ei ddileu o'r gliniadur hwn.
# $when: when it started, in words.
ws-session-of = Sesiwn ar { $when }
ws-delete = Dileu'r cofnod hwn
# For screen readers, after ws-delete. $when: when the session started, in words.
ws-delete-of = o'r sesiwn ar { $when }

## A past session, and exporting its record.

ws-not-found = Heb ddod o hyd i'r sesiwn
ws-not-found-text = Nid yw'r sesiwn hon yn cael ei chadw ar y ddyfais hon. Efallai ei bod wedi cael ei dileu neu ei chlirio, yma neu mewn tab neu ffenestr arall.
# $when: when it started, in words.
ws-session-title = Sesiwn weithdy ar { $when }
ws-print-record = Argraffu'r cofnod hwn
ws-no-decisions = Ni wnaeth yr ystafell unrhyw benderfyniadau yn y senario hwn.
# $file: the name of the file written.
ws-exported = Cafodd y sesiwn ei chadw fel { $file }.
ws-export-refused = Ni wnaeth y porwr adael i'r ap gadw'r ffeil.
ws-export-gone = Nid yw'r sesiwn hon yn cael ei chadw ar y ddyfais hon mwyach (cafodd ei dileu neu ei chlirio, efallai mewn tab neu ffenestr arall), felly does dim i'w allforio.

## The presenter view.

# $why: why it is not kept, a few words (state-why-*).
ws-not-kept = Nid yw cofnod y sesiwn yn cael ei gadw ar y ddyfais hon: { $why }. Mae'r sesiwn yn parhau yn y ffenestr hon, ond bydd ei chofnod yn cael ei golli pan fydd y ffenestr yn cau.
# $stage: what the projector shows.
ws-on-projector = Ar y taflunydd: { $stage }.
ws-leave-not-kept = Gadael (nid yw'r sesiwn yn cael ei chadw)
ws-leave = Gadael (mae'r sesiwn yn cael ei chadw)
ws-scene-timer = Golygfa
# $time: the time, in words.
ws-scene-time = Amser ar yr olygfa hon: { $time }
ws-session-timer = Sesiwn
# $time: the time, in words.
ws-session-time = Amser ers i'r sesiwn ddechrau: { $time }
ws-paused = (wedi'i oedi)
ws-resume-timers = Ailddechrau'r amseryddion
ws-pause-timers = Oedi'r amseryddion
ws-shortcuts = Llwybrau byr
ws-audience-open = Mae ffenestr y gynulleidfa ar agor ac yn dilyn.
ws-audience-closed = Agorwch ffenestr y gynulleidfa a'i symud i'r taflunydd, neu dangoswch y ffenestr hon i'r ystafell.
# Before the link ws-no-session-link.
ws-no-session = Does dim sesiwn weithdy ar waith.
ws-no-session-link = Cynlluniwch sesiwn
# After the link ws-no-session-link.
ws-no-session-after = yn gyntaf.
ws-room-sees = Beth mae'r ystafell yn ei weld
ws-controls = Symud drwy'r sesiwn
ws-back-button = Yn ôl
ws-reveal = Datgelu adborth
# Followed by what Next does now.
ws-next = Nesaf:
ws-hands-heading = Codi dwylo
ws-hands-hint = Gadewch i'r ystafell drafod, cyfrifwch y dwylo ar gyfer pob dewis, yna dilynwch y mwyafrif neu dewiswch lwybr.
# $rating: how good the choice is. $target: the heading of the scene it leads to.
ws-leads-to = { $rating } · yn arwain at: { $target }
# $letter: the choice's letter.
ws-fewer = Un llaw yn llai i { $letter }
# $letter: the choice's letter.
ws-more = Un llaw arall i { $letter }
# $letter: the choice's letter.
ws-hands-for = Dwylo i { $letter }
# $letter: the choice's letter.
ws-follow = Dilyn { $letter }
# $n: how many hands were counted in all.
ws-hands-counted =
    { $n ->
        [zero] Cyfrifwyd { $n } llaw.
        [one] Cyfrifwyd { $n } llaw.
        [two] Cyfrifwyd { $n } law.
        [few] Cyfrifwyd { $n } llaw.
        [many] Cyfrifwyd { $n } llaw.
       *[other] Cyfrifwyd { $n } llaw.
    }
ws-follow-majority = Dilyn y mwyafrif (M)
ws-questions = Cwestiynau i'r ystafell
ws-no-notes = Dim nodiadau ar gyfer yr olygfa hon.
# $label: how good the choice is.
ws-feedback = Adborth: { $label }
ws-over = Mae'r sesiwn ar ben
ws-over-text = Mae llwybr yr ystafell drwy bob senario, gyda'r dwylo a godwyd, yn cael ei gadw ar y gliniadur hwn. Allforiwch ef ar gyfer eich cofnodion, neu argraffwch ef.
ws-print-session = Argraffu cofnod y sesiwn

## The audience view and the stage.

# Before the link ws-room-none-link.
ws-room-none = Does dim sesiwn weithdy ar waith eto. Dechreuwch un o
ws-room-none-link = sgrin y gweithdy
# After the link ws-room-none-link.
ws-room-none-after = yn ffenestr y cyflwynydd; bydd yr olwg hon yn ei dilyn.
ws-missing = Nid yw'r senario hwn yn yr ap mwyach, felly does dim modd ei ddangos. Ewch yn ôl, neu dewch â'r sesiwn i ben.
ws-talk = Trafodwch hyn
ws-decide = Beth fyddech chi'n ei wneud?
ws-room-chose = Dewisodd yr ystafell
ws-split = Sut y rhannodd yr ystafell
ws-end = Diwedd y sesiwn
ws-thanks = Diolch am gymryd rhan.

## The keyboard shortcuts.

ws-keys-heading = Llwybrau byr y bysellfwrdd
ws-clicker = Mae botymau ymlaen ac yn ôl cliciwr cyflwyno yn gweithio fel Nesaf ac Yn ôl.
ws-close = Cau
ws-key = Bysell
ws-what-it-does = Beth mae'n ei wneud
ws-single-keys = Llwybrau byr un fysell (R, M, T, N, F, + a −, ?)
ws-single-keys-hint = Dad-diciwch i'w diffodd ar y gliniadur hwn, os ydych chi'n defnyddio mewnbwn llais neu os gallech chi bwyso bysell drwy gamgymeriad. Mae'r saethau, cliciwr a phob botwm yn dal i weithio. Nid yw llythrennau sy'n cael eu teipio mewn blwch byth yn llwybrau byr.
ws-keys-kept = Wedi'i gadw ar y gliniadur hwn.
ws-keys-not-kept = Wedi'i newid am y tro, ond heb ei gadw ar y gliniadur hwn (mae'r neges ar y brig yn dweud pam).

## Printing a scenario.

ws-print-handout = Argraffu'r daflen hon
ws-print-sheet = Argraffu'r daflen hwylusydd hon

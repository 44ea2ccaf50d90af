# translation-status: drafted
# translated-from: 50d0906c80228c8e
# Workshop mode: the stages of a session, what the trainer's Next does, why an action did
# nothing, the plan's length, the shortcuts, the debriefs, what a screen reader in the room
# hears, the presenter's notes, and the printed handout and facilitator sheet.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

## The stages, in a few words (for the presenter and screen readers).

workshop-stage-intro = cyflwyniad y senario
workshop-stage-scene = yr olygfa
workshop-stage-discuss = y cwestiynau trafod
workshop-stage-decide = y dewisiadau a'r bleidlais drwy godi dwylo
workshop-stage-chosen = y llwybr a ddewiswyd (adborth yn gudd)
workshop-stage-revealed = yr adborth
workshop-stage-ending = sut y daeth yr achos i ben
workshop-stage-debrief = yr ôl-drafodaeth ar lwybr yr ystafell
workshop-stage-finished = diwedd y sesiwn

## Why an action did nothing.

workshop-refusal-no-hands = Does dim dwylo wedi'u cyfrif eto. Rhowch nifer y dwylo a godwyd, neu dewiswch pa lwybr i'w ddilyn.
workshop-refusal-tied = Mae'r ystafell wedi'i rhannu'n gyfartal. Dewiswch pa lwybr i'w ddilyn.
workshop-refusal-at-start = Dyma ddechrau'r sesiwn.
workshop-refusal-at-end = Dyma ddiwedd y sesiwn.
workshop-refusal-nothing-to-reveal = Dewiswch lwybr yn gyntaf; yna gellir datgelu ei adborth.
workshop-refusal-not-offered = Nid yw'r dewis hwnnw ar gael yma.
workshop-refusal-missing = Nid yw'r senario hwn yn yr ap mwyach, felly does dim modd ei ddangos.

## What the trainer's Next button will do.

workshop-next-missing = Nid yw'r senario hwn yn yr ap mwyach
workshop-next-first-scene = Dangos yr olygfa gyntaf
workshop-next-discuss = Dangos y cwestiynau trafod
workshop-next-decide = Dangos y dewisiadau ar gyfer pleidlais drwy godi dwylo
workshop-next-follow = Dilyn y mwyafrif
workshop-next-reveal = Datgelu'r adborth
workshop-next-ending = Dangos sut y daeth yr achos i ben
workshop-next-scene = Dangos yr olygfa nesaf
workshop-next-debrief = Dangos yr ôl-drafodaeth
workshop-next-debrief-part = Dangos rhan nesaf yr ôl-drafodaeth
workshop-next-scenario = Dechrau'r senario nesaf
workshop-next-end = Dod â'r sesiwn i ben
workshop-next-over = Mae'r sesiwn ar ben

## The plan: what the scenarios take against the session's length. $n: the scenarios'
## minutes; $length: the session's length in minutes; $left, $over: the difference.

workshop-agenda-left = Tua { $n } munud o senarios mewn sesiwn { $length } munud: { $left } munud ar ôl ar gyfer trafod, egwyliau a chwestiynau.
workshop-agenda-full = Mae tua { $n } munud o senarios yn llenwi'r sesiwn { $length } munud, heb amser ar ôl ar gyfer trafod nac egwyliau.
workshop-agenda-over = Tua { $n } munud o senarios: { $over } munud yn fwy na'r sesiwn { $length } munud. Tynnwch un allan neu cynlluniwch sesiwn hirach.
# $max: the longest session, in minutes.
workshop-agenda-length-refused = Rhowch hyd y sesiwn fel nifer o funudau, o 1 i { $max }.
# $max: the most hands.
workshop-hands-refused = Rhowch y dwylo fel rhif cyfan o 0 i { $max }.

## The shortcuts: keys, then what they do.

workshop-notes-by-button = Mewn un ffenestr, dim ond gyda'r botwm Eich nodiadau y mae eich nodiadau'n cael eu dangos, felly ni fydd bysell a bwyswyd drwy gamgymeriad byth yn eu rhoi ar y sgrin y mae'r ystafell yn ei gweld.
workshop-key-next = → neu Page Down
workshop-key-next-does = Nesaf: symud ymlaen, dilyn y mwyafrif, datgelu'r adborth
workshop-key-back = ← neu Page Up
workshop-key-back-does = Un cam yn ôl
workshop-key-reveal = R
workshop-key-reveal-does = Datgelu'r adborth ar y llwybr a ddewiswyd
workshop-key-majority = M
workshop-key-majority-does = Dilyn y llwybr a ddewisodd y rhan fwyaf o'r ystafell
workshop-key-timers = T
workshop-key-timers-does = Oedi neu ailddechrau'r amseryddion
workshop-key-notes = N
workshop-key-notes-does = Dangos neu guddio eich nodiadau (dwy ffenestr; gydag un ffenestr, defnyddiwch y botwm Eich nodiadau)
workshop-key-size = + neu −
workshop-key-size-does = Testun mwy neu lai i'r ystafell
workshop-key-full-screen = F
workshop-key-full-screen-does = Llenwi'r sgrin â'r ffenestr hon, neu stopio
workshop-key-help = ?
workshop-key-help-does = Dangos y llwybrau byr hyn
workshop-key-close = Esc
workshop-key-close-does = Cau'r rhestr hon

## The debriefs.

workshop-debrief-solo = Ôl-drafodaeth: y llwybr a gymeroch chi
workshop-debrief-you-chose = Dewisoch chi
# $n: how many decisions; $good, $ok, $poor, $harmful: how many of each rating.
workshop-debrief-tally =
    { $n ->
        [zero] { $n } penderfyniad: { $good } yn arfer da, { $ok } yn amddiffynadwy gyda bylchau, { $poor } yn wael, { $harmful } yn debygol o achosi niwed.
        [one] { $n } penderfyniad: { $good } yn arfer da, { $ok } yn amddiffynadwy gyda bylchau, { $poor } yn wael, { $harmful } yn debygol o achosi niwed.
        [two] { $n } benderfyniad: { $good } yn arfer da, { $ok } yn amddiffynadwy gyda bylchau, { $poor } yn wael, { $harmful } yn debygol o achosi niwed.
        [few] { $n } phenderfyniad: { $good } yn arfer da, { $ok } yn amddiffynadwy gyda bylchau, { $poor } yn wael, { $harmful } yn debygol o achosi niwed.
        [many] { $n } phenderfyniad: { $good } yn arfer da, { $ok } yn amddiffynadwy gyda bylchau, { $poor } yn wael, { $harmful } yn debygol o achosi niwed.
       *[other] { $n } penderfyniad: { $good } yn arfer da, { $ok } yn amddiffynadwy gyda bylchau, { $poor } yn wael, { $harmful } yn debygol o achosi niwed.
    }
workshop-debrief-room = Ôl-drafodaeth: llwybr yr ystafell
workshop-debrief-room-chose = Dewisodd yr ystafell
# $title: the case's title; $outcome: how it ended, in small letters.
workshop-debrief-ended = { $title }: { $outcome }

## The stage as the room and the presenter see it.

workshop-feedback-hidden-presenter = Mae'r adborth wedi'i guddio rhag yr ystafell. Pwyswch Datgelu adborth (R) i'w ddangos.
workshop-feedback-hidden-room = Bydd yr adborth yn ymddangos pan fydd yr hyfforddwr yn ei ddatgelu.
workshop-not-finished = heb ei orffen

## What a screen reader in the room hears when the stage changes.

workshop-announce-missing = Nid yw'r senario hwn yn yr ap mwyach.
# $stage: the stage (a workshop-stage-* message).
workshop-announce-stage = Nawr yn dangos { $stage }
# $stage: the stage; $part: which part of the debrief; $parts: how many parts.
workshop-announce-stage-part = Nawr yn dangos { $stage }, rhan { $part } o { $parts }
# $counts: each choice's letter and hands ("A 3"), joined by list-comma.
workshop-announce-hands = Dwylo: { $counts }.

## The presenter's notes and the past sessions.

# $minutes: the scenario's length; $warnings: its content warnings, joined by list-comma.
workshop-notes-intro = Tua { $minutes } munud. Gwiriwch fod yr ystafell yn barod ar gyfer: { $warnings }.
# $titles: the scenarios' titles, joined by list-semicolon.
workshop-titles = Senarios: { $titles }.
workshop-past-finished = Wedi'i gorffen.
workshop-past-not-finished = Heb ei gorffen.
# $id: the id of a scenario no longer in the content.
workshop-scenario-gone = { $id } (ddim yn yr ap mwyach)

## The printed handout and facilitator sheet.

workshop-print-handout = Taflen
workshop-print-sheet = Taflen hwylusydd
workshop-print-depends = Mae rhywfaint o'r hyn sy'n digwydd yma'n dibynnu ar benderfyniadau cynharach.
workshop-print-what-would-you-do = Beth fyddech chi'n ei wneud?
workshop-print-letters-differ = Dim ond ar ôl rhai penderfyniadau cynharach y mae rhai o'r dewisiadau hyn ar gael, felly gall y llythrennau ar y sgrin fod yn wahanol.
workshop-print-your-notes = Eich nodiadau
# $start: the first scene's heading; $reviewed: when the scenario was reviewed.
workshop-print-starts = Yn dechrau gyda: { $start }. Adolygwyd { $reviewed }.
# Begins with a space: it follows a scene's heading. $outcome: how the case ended, in small letters.
workshop-print-ending = {" "}(diweddglo: { $outcome })
workshop-print-notes = Nodiadau
workshop-print-questions = Cwestiynau i'r ystafell
workshop-print-choices = Dewisiadau
# $rating: the choice's rating; $target: the heading of the scene it leads to.
workshop-print-leads-to = { $rating }. Yn arwain at: { $target }.
workshop-print-reflect = Cwestiynau i fyfyrio arnynt
workshop-print-content-warning = Rhybudd cynnwys:{" "}
# $warnings: the case's content warnings, joined by list-comma; $minutes: its length.
workshop-print-deals-with = mae'r achos hwn yn trafod { $warnings }. Tua { $minutes } munud.
# $links: the guidance links, joined by list-semicolon.
workshop-print-guidance = Canllawiau: { $links }

## Times and counts, in words.

# A timer's time for a screen reader. $hours, $minutes, $seconds: whole numbers.
workshop-time-hours = { $hours ->
        [zero] { $hours } awr
        [one] { $hours } awr
        [two] { $hours } awr
        [few] { $hours } awr
        [many] { $hours } awr
       *[other] { $hours } awr
    } { $minutes ->
        [zero] { $minutes } munud
        [one] { $minutes } munud
        [two] { $minutes } funud
        [few] { $minutes } munud
        [many] { $minutes } munud
       *[other] { $minutes } munud
    } { $seconds ->
        [zero] { $seconds } eiliad
        [one] { $seconds } eiliad
        [two] { $seconds } eiliad
        [few] { $seconds } eiliad
        [many] { $seconds } eiliad
       *[other] { $seconds } eiliad
    }
workshop-time-minutes = { $minutes ->
        [zero] { $minutes } munud
        [one] { $minutes } munud
        [two] { $minutes } funud
        [few] { $minutes } munud
        [many] { $minutes } munud
       *[other] { $minutes } munud
    } { $seconds ->
        [zero] { $seconds } eiliad
        [one] { $seconds } eiliad
        [two] { $seconds } eiliad
        [few] { $seconds } eiliad
        [many] { $seconds } eiliad
       *[other] { $seconds } eiliad
    }
workshop-time-seconds = { $seconds ->
        [zero] { $seconds } eiliad
        [one] { $seconds } eiliad
        [two] { $seconds } eiliad
        [few] { $seconds } eiliad
        [many] { $seconds } eiliad
       *[other] { $seconds } eiliad
    }
# How many hands went up for a choice, and their share of all hands. $hands: a count; $percent: a whole number.
workshop-hands-share = { $hands ->
        [zero] { $hands } llaw
        [one] { $hands } llaw
        [two] { $hands } law
        [few] { $hands } llaw
        [many] { $hands } llaw
       *[other] { $hands } llaw
    } ({ $percent }%)

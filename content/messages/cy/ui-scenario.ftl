# translation-status: drafted
# translated-from: 24d9c15ea46ab0ea
# The scenarios for a learner alone (the list, one scenario scene by scene, its feedback) and the
# pieces a path through a scenario is drawn with, shared with workshop mode (the debrief).
#
# Format: Project Fluent (https://projectfluent.org), as screening.ftl says. One message per
# line; each variable is described in a comment above its message. Where a sentence holds a
# link, it is split around the link's words; the spaces between the parts are in the Rust.

## The list of scenarios.

scenario-list-title = Senarios
scenario-list-lead = Achosion realistig i ymarfer y penderfyniadau y gallech chi eu hwynebu. Ar ôl pob penderfyniad fe welwch chi pam mae'n helpu neu'n niweidio, ac ar y diwedd ceir ôl-drafodaeth ar y llwybr a gymeroch chi.
scenario-list-kept = Dim ond ar y ddyfais hon y caiff eich cynnydd ei gadw. Does dim yn cael ei anfon i unman.
# Before the link scenario-list-workshop-link.
scenario-list-group = Hyfforddi grŵp?
scenario-list-workshop-link = Modd gweithdy
# After scenario-list-workshop-link, before scenario-list-author-link.
scenario-list-workshop = yn dangos achos ar daflunydd, yn cofnodi'r dwylo a godir yn yr ystafell ym mhob penderfyniad ac yn argraffu taflenni. Gall hyfforddwyr hefyd
scenario-list-author-link = ysgrifennu senario
# After scenario-list-author-link.
scenario-list-author = eu hunain.
# $minutes: how long the case takes. $warnings: what it deals with, as a list.
scenario-card-meta =
    { $minutes ->
        [zero] Tua { $minutes } munud. Yn trafod: { $warnings }.
        [one] Tua { $minutes } munud. Yn trafod: { $warnings }.
        [two] Tua { $minutes } funud. Yn trafod: { $warnings }.
        [few] Tua { $minutes } munud. Yn trafod: { $warnings }.
        [many] Tua { $minutes } munud. Yn trafod: { $warnings }.
       *[other] Tua { $minutes } munud. Yn trafod: { $warnings }.
    }
scenario-status-not-started = Heb ddechrau
scenario-status-in-progress = Ar y gweill
# $n: how many times it was finished. $ending: the heading of the last ending reached.
scenario-status-finished = Wedi'i orffen { $n ->
        [zero] { $n } gwaith
        [one] unwaith
        [two] ddwywaith
        [few] { $n } gwaith
        [many] { $n } gwaith
       *[other] { $n } gwaith
    }. Y diweddglo olaf: { $ending }
# $n: how many times it was finished. $ending: the heading of the last ending reached.
scenario-status-playing-again = Ar y gweill. Wedi'i orffen o'r blaen ({ $n ->
        [zero] { $n } gwaith
        [one] unwaith
        [two] dwywaith
        [few] { $n } gwaith
        [many] { $n } gwaith
       *[other] { $n } gwaith
    }); y diweddglo olaf: { $ending }
scenario-clear-progress = Clirio fy nghynnydd yn y senarios
scenario-progress-cleared = Mae eich cynnydd yn y senarios wedi cael ei glirio o'r ddyfais hon.
scenario-progress-changed = Cafodd eich cynnydd yn y senario hwn ei newid mewn tab neu ffenestr arall (ei glirio, neu ei chwarae ymhellach), felly mae'r dudalen hon nawr yn dangos yr hyn sy'n cael ei gadw. Ni chafodd dim ei ychwanegu ato.

## One scenario.

# $mark: the mark of a scenario written on this device.
scenario-local-mark = { $mark }.
scenario-local-note = Ysgrifennodd hyfforddwr y senario hwn ar y ddyfais hon gyda sgrin awduro'r ap. Fe wnaeth yr ap wirio ei ffurf, ond does neb wedi adolygu'r hyn y mae'n ei ddweud.
scenario-changed = Mae'r senario hwn wedi newid ers i chi gadw eich lle ynddo, felly mae'n dechrau eto o'r dechrau.
scenario-content-warning = Rhybudd cynnwys:
# $warnings: what the case deals with, as a list.
scenario-deals-with = mae'r achos hwn yn trafod { $warnings }.
# $minutes: how long the case takes.
scenario-takes =
    { $minutes ->
        [zero] Mae'n cymryd tua { $minutes } munud. Gallwch chi stopio unrhyw bryd; mae eich lle'n cael ei gadw ar y ddyfais hon.
        [one] Mae'n cymryd tua { $minutes } munud. Gallwch chi stopio unrhyw bryd; mae eich lle'n cael ei gadw ar y ddyfais hon.
        [two] Mae'n cymryd tua { $minutes } funud. Gallwch chi stopio unrhyw bryd; mae eich lle'n cael ei gadw ar y ddyfais hon.
        [few] Mae'n cymryd tua { $minutes } munud. Gallwch chi stopio unrhyw bryd; mae eich lle'n cael ei gadw ar y ddyfais hon.
        [many] Mae'n cymryd tua { $minutes } munud. Gallwch chi stopio unrhyw bryd; mae eich lle'n cael ei gadw ar y ddyfais hon.
       *[other] Mae'n cymryd tua { $minutes } munud. Gallwch chi stopio unrhyw bryd; mae eich lle'n cael ei gadw ar y ddyfais hon.
    }
scenario-start = Dechrau'r senario
scenario-what-do-you-do = Beth ydych chi'n ei wneud?
scenario-choose-error = Gwall: Dewiswch un o'r opsiynau, yna pwyswch Dewis.
scenario-choose = Dewis
scenario-you-chose = Dewisoch chi:
scenario-continue = Parhau
scenario-start-again = Dechrau eto
scenario-try-another = Rhoi cynnig ar senario arall
scenario-learning-record = Eich cofnod dysgu
scenario-go-back = Mynd yn ôl un penderfyniad

## A path through a scenario, and its debrief (also in workshop mode).

# Before the links to the guidance a choice rests on.
path-guidance = Canllawiau:
# $n: how many hands were raised in all.
path-hands-total =
    { $n ->
        [zero] Codwyd { $n } llaw i gyd.
        [one] Codwyd { $n } llaw i gyd.
        [two] Codwyd { $n } law i gyd.
        [few] Codwyd { $n } llaw i gyd.
        [many] Codwyd { $n } llaw i gyd.
       *[other] Codwyd { $n } llaw i gyd.
    }
# $part: this part's number. $parts: how many parts.
path-part = Rhan { $part } o { $parts }
# $who: who chose ("You chose", "The room chose").
path-who-chose = { $who }:
path-no-hands = Ni chafodd unrhyw ddwylo eu cyfrif.
path-reflect = Cwestiynau i fyfyrio arnynt

# translation-status: drafted
# translated-from: cd69db67e1941513
# The screening's words: levels of concern, the reasons for a level, the notes every outcome
# carries, the judgement line and its problems, and the record a person copies or prints.
#
# Format: Project Fluent (https://projectfluent.org). One message per line: a value that runs
# onto a second line keeps the line break. Variables are written { $name }; a count chooses its
# words with a selector, for example { $n -> [one] ... *[other] ... }. docs/messages.md says how
# to add or change a message. Every language's file has the same ids and the same variables.

# Terms: names used inside other messages.
-app-name = Recognise & Respond

## Levels of concern: the heading shown for each level, and one line on what it means.

level-nothing-recorded-title = Dim arwyddion wedi'u cofnodi
level-be-alert-title = Byddwch yn wyliadwrus
level-concern-title = Pryder: gweithredwch heddiw
level-refer-now-title = Pryder mawr: atgyfeiriwch nawr
level-emergency-title = Perygl uniongyrchol: ffoniwch 999

level-nothing-recorded-summary = Nid oes dim wedi'i dicio eto. Nid yw hyn yn ganfyddiad nad yw'r plentyn wedi cael niwed.
level-be-alert-summary = Amgylchiadau y mae pobl sy'n camfanteisio ar blant yn chwilio amdanynt. Byddwch yn wyliadwrus, cofnodwch yr hyn a welwch a siaradwch â'ch arweinydd diogelu.
level-concern-summary = Mae arwyddion y gallai rhywun fod yn camfanteisio ar y plentyn. Siaradwch â'ch arweinydd diogelu a'r gwasanaethau plant heddiw.
level-refer-now-summary = Mae'r arwyddion yn awgrymu camfanteisio a allai fod yn digwydd nawr. Atgyfeiriwch at y gwasanaethau plant a'r heddlu nawr.
level-emergency-summary = Ffoniwch 999 nawr. Yna rhowch wybod i'r gwasanaethau plant.

# Said on every outcome and in every record.
what-a-level-means = Anogaeth i siarad â rhywun yw lefel, nid canfyddiad. Gall fod esboniad arall dros un arwydd rhybudd ar ei ben ei hun, ac mae angen gweithredu arno heddiw o hyd. Ni all unrhyw restr wirio ddiystyru camfanteisio.

## The child's age band, as the record gives it.

age-not-known = Anhysbys, ond gallai fod o dan 18 (caiff ei drin fel plentyn)
age-under-13 = O dan 13
age-13-to-17 = 13 i 17

## Why the level is what it is: one message per rule.

reason-danger = Dywedoch fod y plentyn mewn perygl uniongyrchol. Ffoniwch 999 nawr.
# $n: how many signs of harm were ticked.
reason-harm =
    { $n ->
        [zero] { $n } arwydd bod niwed yn digwydd nawr. Mae unrhyw un o'r rhain yn ddigon i atgyfeirio nawr.
        [one] { $n } arwydd bod niwed yn digwydd nawr. Mae unrhyw un o'r rhain yn ddigon i atgyfeirio nawr.
        [two] { $n } arwydd bod niwed yn digwydd nawr. Mae unrhyw un o'r rhain yn ddigon i atgyfeirio nawr.
        [few] { $n } arwydd bod niwed yn digwydd nawr. Mae unrhyw un o'r rhain yn ddigon i atgyfeirio nawr.
        [many] { $n } arwydd bod niwed yn digwydd nawr. Mae unrhyw un o'r rhain yn ddigon i atgyfeirio nawr.
       *[other] { $n } arwydd bod niwed yn digwydd nawr. Mae unrhyw un o'r rhain yn ddigon i atgyfeirio nawr.
    }
reason-override-under-13-disability = Mae'r plentyn o dan 13, mae ganddo anabledd dysgu ac mae arwyddion o gamfanteisio. Caiff plentyn fel hwn ei atgyfeirio nawr bob amser.
reason-override-under-13 = Mae'r plentyn o dan 13 ac mae arwyddion o gamfanteisio. Caiff plentyn fel hwn ei atgyfeirio nawr bob amser.
reason-override-disability = Mae gan y plentyn anabledd dysgu ac mae arwyddion o gamfanteisio. Caiff plentyn fel hwn ei atgyfeirio nawr bob amser.
# $forms: the forms of exploitation, as a list ("criminal exploitation and sexual exploitation").
reason-pattern = Patrwm: mae sawl arwydd rhybudd yn awgrymu'r un math o gamfanteisio ({ $forms }), ac mae o leiaf un ohonynt yn arwydd o'r math hwnnw yn benodol. Gall fod esboniad arall dros bob un, ond mae arwyddion sy'n cyd-fynd ag un math, fel y mae'r ffynonellau'n ei ddisgrifio (papur briffio 2021; ar gyfer plant a symudwyd i'r DU, adolygiad 2012), yn ddigon i atgyfeirio nawr, hyd yn oed heb arwydd bod niwed yn digwydd.
# $n: how many different things were noticed (2 or more). $counted_once: empty, or
# reason-counted-once. $what_raises: reason-what-raises or reason-what-raises-pattern.
reason-combination = { $n } arwydd rhybudd gwahanol gyda'i gilydd.{ $counted_once } Mae papur briffio 2021 yn dweud y dylai arwyddion a ddarllenir gyda'i gilydd, yn eu cyd-destun, wneud i chi bryderu am y plentyn: gweithredwch heddiw, a siaradwch â'ch arweinydd diogelu a'r gwasanaethau plant. { $what_raises }
reason-warning = 1 arwydd rhybudd.{ $counted_once } Ar ei ben ei hun, gall fod esboniad arall drosto (papur briffio 2021), ac mae angen gweithredu arno heddiw o hyd: siaradwch â'ch arweinydd diogelu a'r gwasanaethau plant. { $what_raises }
# Begins with a space: it follows a sentence inside reason-combination and reason-warning.
# $pairs: the signs that describe one thing, each group a list, groups separated by list-semicolon.
reason-counted-once = {" "}Mae { $pairs } yn disgrifio'r un peth, felly maen nhw'n cyfrif fel un.
reason-what-raises = Mae sawl arwydd sy'n awgrymu un math o gamfanteisio, neu unrhyw arwydd bod niwed yn digwydd, yn golygu atgyfeirio nawr.
reason-what-raises-pattern = Oherwydd y patrwm uchod, y lefel yw atgyfeirio nawr.
# $n: how many circumstances were ticked.
reason-circumstances =
    { $n ->
        [zero] { $n } amgylchiad sy'n ei gwneud yn haws targedu plentyn. Nid arwyddion o gamfanteisio yw'r rhain ar eu pen eu hunain, ac nid nhw sy'n ei achosi byth.
        [one] { $n } amgylchiad sy'n ei gwneud yn haws targedu plentyn. Nid arwyddion o gamfanteisio yw'r rhain ar eu pen eu hunain, ac nid nhw sy'n ei achosi byth.
        [two] { $n } amgylchiad sy'n ei gwneud yn haws targedu plentyn. Nid arwyddion o gamfanteisio yw'r rhain ar eu pen eu hunain, ac nid nhw sy'n ei achosi byth.
        [few] { $n } amgylchiad sy'n ei gwneud yn haws targedu plentyn. Nid arwyddion o gamfanteisio yw'r rhain ar eu pen eu hunain, ac nid nhw sy'n ei achosi byth.
        [many] { $n } amgylchiad sy'n ei gwneud yn haws targedu plentyn. Nid arwyddion o gamfanteisio yw'r rhain ar eu pen eu hunain, ac nid nhw sy'n ei achosi byth.
       *[other] { $n } amgylchiad sy'n ei gwneud yn haws targedu plentyn. Nid arwyddion o gamfanteisio yw'r rhain ar eu pen eu hunain, ac nid nhw sy'n ei achosi byth.
    }

## What every reader of an outcome must know.

note-nothing-recorded = Ni chofnodwyd unrhyw arwyddion. Nid yw rhestr wirio wag yn dangos nad oes niwed yn digwydd i blentyn: mae arwyddion yn aml yn gudd, ac anaml y mae plant yn dweud. Os ydych chi'n dal i boeni, gweithredwch ar sail eich barn broffesiynol.
# $section, $presumption, $end: facts from the register (content/facts.toml), as cited.
note-age-not-known = Nid yw oedran y plentyn yn hysbys, felly caiff ei drin fel plentyn yma. Yng Nghymru a Lloegr, o dan { $section } o Ddeddf Caethwasiaeth Fodern 2015, { $presumption }. Mae hyn yn para { $end }. Mae gan yr Alban a Gogledd Iwerddon eu rheolau eu hunain: gweler y canllawiau ar oedran.
# $test: the legal test, from the register (content/facts.toml).
note-child-trafficking = Yn achos plentyn, dim ond dau beth sydd eu hangen ar gyfer masnachu pobl: { $test }. Ni all plentyn gydsynio iddo. Nid oes angen cydsyniad y plentyn ar gyfer atgyfeiriad i'r Mecanwaith Atgyfeirio Cenedlaethol.
note-local-procedures = Mae eich gweithdrefnau diogelu lleol yn berthnasol. Mae'r rhestr wirio hon yn cefnogi eich barn broffesiynol; nid yw'n cymryd ei lle.
note-immediate-danger = Os yw plentyn mewn perygl uniongyrchol, ffoniwch 999.

## A practitioner's judgement: the line shown beside the level, and why one cannot be applied.

# $computed: the computed level's title. $reason: what the practitioner typed.
judgement-lowered = Lefel a gyfrifwyd: { $computed }. Wedi'i gostwng ar sail barn broffesiynol. Rheswm: { $reason }
judgement-raised = Lefel a gyfrifwyd: { $computed }. Wedi'i chodi ar sail barn broffesiynol. Rheswm: { $reason }
judgement-raised-no-reason = Lefel a gyfrifwyd: { $computed }. Wedi'i chodi ar sail barn broffesiynol.
# $problem: one of the judgement-problem messages.
judgement-refused = Ni chafodd barn broffesiynol ei rhoi ar waith: { $problem }
judgement-problem-no-level = Dewiswch y lefel i weithredu arni.
judgement-problem-danger = Ni ellir gostwng perygl uniongyrchol: ffoniwch 999.
judgement-problem-not-to-nothing = Ni ellir gostwng lefel i ‘dim wedi'i gofnodi’ tra bo arwyddion wedi'u cofnodi.
judgement-problem-no-reason = Rhowch eich rheswm dros ostwng y lefel.

## The record: the outcome as plain text, copied and printed the same.

record-title = Cofnod gwirio arwyddion
record-caution = Nid yw'r rhestr wirio'n gofyn am enwau na manylion eraill sy'n dangos pwy yw plentyn, ond mae'r cofnod hwn yn cynnwys yr hyn a deipiwyd gennych (rhesymau a chamau a gymerwyd) ac unrhyw gysylltiadau lleol a gadwyd gennych, a allai enwi tîm neu berson, ac ni all yr ap ddod o hyd i enw yn yr hyn a deipiwyd. Darllenwch ef cyn i chi ei rannu, a thynnwch allan unrhyw beth sy'n dangos pwy yw'r plentyn. Mae'n bosibl y bydd rhaid datgelu cofnodion achos.
# $title: record-title.
record-heading = { -app-name }: { $title }
# $when: the date and time in words.
record-made = Gwnaed: { $when }
record-age = Oedran: { $age }
record-nation = Gwlad yn y DU: { $nation }
record-nation-not-chosen = heb ei dewis (nid yw'r camau nesaf yn enwi'r cyrff mewn gwlad)
record-level = Lefel y pryder: { $level }
record-next-steps = Camau nesaf:
record-next-steps-in = Camau nesaf ({ $nation }):
# $n: the step's number. $title and $text: the step's.
record-step = { $n }. { $title }: { $text }
record-contacts = Eich cysylltiadau lleol (wedi'u cadw ar y ddyfais hon):
# $role: the contact's role; $name: the name the person saved.
record-contact = { $role }: { $number }
record-contact-named = { $role }: { $name }, { $number }
record-why = Pam:
# $sign: the sign's words; $source: the source's title; $basis: what the source says.
record-sign = { $sign } (ffynhonnell: { $source }; { $basis })
record-strengths = Cryfderau a nodwyd (maen nhw'n helpu i gynllunio cymorth a dydyn nhw byth yn gostwng y lefel):
# $forms: a list of record-form, separated by list-comma.
record-forms = Mathau o gamfanteisio y mae'r arwyddion yn eu hawgrymu: { $forms }
record-form = { $form } ({ $n })
record-notes = Nodiadau:
record-actions = Camau a gymerwyd:
record-version = Fersiwn y cynnwys: { $version }
record-welsh-content-drafted = Drafft yw Cymraeg y rhestr wirio a'r camau nesaf: nid yw cyfieithydd Cymraeg wedi'i gwirio eto.
# $role: the reviewer's role (never a name); $date: the date of the oldest review.
record-welsh-content-reviewed = Adolygwyd Cymraeg y rhestr wirio a'r camau nesaf gan { $role } ar { $date }.
record-welsh-content-out-of-step = Mae Saesneg y rhestr wirio neu'r camau nesaf wedi newid ers gwneud eu Cymraeg: lle mae'r ddwy'n wahanol, y Saesneg sy'n gywir.

## Lists and quotation, so the words that join a list belong to the language.

# "a and b"; a longer "and" list is "a, b and c" (list-comma, then list-and).
list-and = { $first } a { $last }
list-comma = { $first }, { $last }
list-semicolon = { $first }; { $last }
# A sign quoted in a reason.
quoted = “{ $text }”

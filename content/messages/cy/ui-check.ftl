# translation-status: drafted
# translated-from: 242d9357f1fb44bf
# The indicator checklist screen (src/ui/check.rs): the groups of signs, the filter, the outcome
# beside it, the judgement form and keeping the answers; and the record's controls (src/ui/record.rs).
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.

## The checklist.

# What the sign filter shows when nothing matches. $filter: what was typed, in the quoted message.
check-filter-none = Nid oes arwydd yn cyfateb i { $filter }. Rhowch gynnig ar air arall, neu cliriwch y blwch i weld pob arwydd.
# What the sign filter shows. $n: how many signs match (1 or more). $filter: as above.
check-filter-matches =
    { $n ->
        [zero] Mae { $n } arwydd yn cyfateb i { $filter }.
        [one] Mae { $n } arwydd yn cyfateb i { $filter }.
        [two] Mae { $n } arwydd yn cyfateb i { $filter }.
        [few] Mae { $n } arwydd yn cyfateb i { $filter }.
        [many] Mae { $n } arwydd yn cyfateb i { $filter }.
       *[other] Mae { $n } arwydd yn cyfateb i { $filter }.
    }
# While filtering, which group a sign is in. $group: the group's title, in the quoted message.
check-sign-in-group = Yn y grŵp { $group }.
# When immediate danger is ticked. $number: 999, drawn as a link.
check-danger-call = Ffoniwch { $number } nawr.

## The outcome.

check-go-to-outcome = Mynd i'r canlyniad
check-outcome = Canlyniad
check-what-a-checklist-can-do = Beth all rhestr wirio ei wneud, a beth na all ei wneud
check-next-steps = Camau nesaf
# $nation: the UK nation chosen.
check-next-steps-in = Camau nesaf ar gyfer { $nation }
check-choose-nation = Dewiswch eich gwlad yn y DU i weld â phwy i gysylltu yno.
check-add-local-contacts = Ychwanegwch y rhifau rydych chi'n eu ffonio yn eich ardal, fel eu bod yn ymddangos yma
check-prepare-referral = Paratoi eich atgyfeiriad
check-prepare-referral-hint = Beth i'w gasglu, pwy sy'n ei gwblhau yn eich gwlad chi, a chrynodeb o'ch nodiadau i'w gopïo neu ei argraffu.
check-why = Pam
check-where-signs-come-from = O ble y daw pob arwydd
# After a sign. $source: the source's title. $basis: where in it the sign comes from.
check-sign-source = ({ $source }: { $basis })
check-strengths = Cryfderau a nodwyd
check-strengths-hint = Mae cryfderau'n helpu i gynllunio cymorth. Nid ydyn nhw byth yn gostwng lefel y pryder.
check-forms = Mae'r arwyddion yn awgrymu
# After a form of exploitation. $n: how many ticked signs point to it.
check-form-signs =
    { $n ->
        [zero] ({ $n } arwydd)
        [one] ({ $n } arwydd)
        [two] ({ $n } arwydd)
        [few] ({ $n } arwydd)
        [many] ({ $n } arwydd)
       *[other] ({ $n } arwydd)
    }
check-forms-hint = Anaml y mae plant yn wynebu un math o gamfanteisio yn unig.
check-remember = Cofiwch
check-keep-record = Cadw cofnod
check-keep-record-hint = Mae'r cofnod yn cynnwys y dyddiad a'r amser, y band oedran, eich gwlad, pob barn gyda'i rheswm, unrhyw gamau a gofnodwyd gennych, eich cysylltiadau a gadwyd a fersiwn y cynnwys. Nid yw'n gofyn am enwau, ond ni all yr ap ddod o hyd i enw y gwnaethoch ei deipio: darllenwch ef cyn i chi ei rannu. Mae'n bosibl y bydd rhaid datgelu cofnodion achos. Mae copïo ac argraffu yn rhoi'r un cofnod.
# $sources: the sources' titles, as a list. $reviewed: the date the steps were reviewed, in words.
check-steps-sources = Ffynonellau'r camau hyn: { $sources }. Adolygwyd ar { $reviewed }.
check-helplines = Llinellau cymorth
# $compiled: the date the numbers were compiled (the register's sheet date). $reviewed: the date
# the list was reviewed, in words.
check-helplines-hint = Rhifau ac oriau o dudalennau'r gwasanaethau eu hunain (dyddiedig 2019 i 2024, wedi'u casglu ar { $compiled }); adolygwyd y rhestr hon ar { $reviewed }. Lle nad yw'r oriau wedi'u cadarnhau, gwiriwch nhw.

## The record's controls.

check-record-copy = Copïo fel testun
check-record-print = Argraffu
check-record-show = Dangos y cofnod fel testun plaen
check-record-label = Y cofnod fel testun plaen

## Professional judgement.

# $level: the title of the level now to act on, in the quoted message.
check-judgement-applied = Wedi'i rhoi ar waith. Y lefel i weithredu arni nawr yw { $level }.
check-judgement-removed = Mae eich barn wedi'i thynnu. Mae'r lefel a gyfrifwyd yn berthnasol.
check-judgement-summary = Defnyddiwch eich barn broffesiynol
check-judgement-intro = Gallwch osod lefel uwch ar unrhyw adeg. I osod un is, cofnodwch pam: mae'r lefel a gyfrifwyd yn aros ar y cofnod wrth ymyl eich un chi.
check-judgement-level = Y lefel i weithredu arni
check-judgement-choose-level = Dewiswch lefel
check-judgement-reason = Eich rheswm
# $computed: the computed level's title, in the quoted message. $names_hint: why names cannot be
# checked for (identifiers.rs).
check-judgement-reason-hint = Mae ei angen i ostwng y lefel islaw { $computed }. Peidiwch â chynnwys enwau na manylion sy'n dangos pwy yw rhywun: mae eich rheswm yn mynd i'r cofnod rydych chi'n ei gopïo neu'n ei argraffu. { $names_hint }
check-judgement-apply = Rhoi'r farn ar waith
check-judgement-remove = Tynnu'r farn

## Keeping the answers.

check-your-answers = Eich atebion
check-keep-answers = Cadw fy atebion ar y ddyfais hon
check-keep-answers-hint = I ffwrdd oni bai eich bod yn ei droi ymlaen. Gallai unrhyw un sy'n defnyddio'r porwr hwn eu gweld.
check-clear-answers = Clirio pob ateb

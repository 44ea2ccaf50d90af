# translation-status: drafted
# translated-from: df56c7c5e08be8a7
# Preparing a National Referral Mechanism referral: the notes' labels, hints and headings, their
# character counts, the action log, who completes the referral, and the summary to copy or print.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

## The notes: the label beside each box, the hint under it, and its heading in the summary.

referral-age-label = Sut mae oedran y plentyn yn hysbys
referral-account-label = Hanes y plentyn, yn ei eiriau ei hun
referral-seen-label = Pryd a ble y gwelwyd yr arwyddion, a chan bwy
referral-safety-label = Diogelwch uniongyrchol: beth sydd wedi'i wneud, a beth sydd ei angen o hyd
referral-agencies-label = Asiantaethau eraill sy'n ymwneud â'r plentyn
referral-age-hint = Er enghraifft: o ddogfen, o'r hyn a ddywedodd y plentyn, neu o asesiad.
referral-account-hint = Ysgrifennwch yr hyn a ddywedodd y plentyn, fel y'i dywedodd, a phryd. Dim enwau.
referral-seen-hint = Dyddiadau a mathau o le, nid cyfeiriadau. Gofynnwch i gydweithwyr a welodd y plentyn.
referral-safety-hint = Beth a wnaed i amddiffyn y plentyn nawr, gan ba wasanaeth, a phryd.
referral-agencies-hint = Gwasanaethau, nid pobl: er enghraifft ysgol, iechyd, cyfiawnder ieuenctid.
referral-age-heading = Sut mae'r oedran yn hysbys
referral-account-heading = Hanes y plentyn, yn ei eiriau ei hun
referral-seen-heading = Pryd a ble y gwelwyd yr arwyddion
referral-safety-heading = Diogelwch uniongyrchol
referral-agencies-heading = Asiantaethau eraill sy'n ymwneud â'r plentyn

## How much a note holds. $max: the most characters a note holds, with a comma between thousands.

referral-note-limit = Gallwch roi hyd at { $max } nod.
referral-note-full = Nid oes gennych unrhyw nodau ar ôl. Mae lle i { $max } nod mewn nodyn: byrhewch ef i ychwanegu rhagor.
# $n: how many characters are left; $count: the same, with a comma between thousands.
referral-note-left =
    { $n ->
        [zero] Mae gennych { $count } nod ar ôl.
        [one] Mae gennych { $count } nod ar ôl.
        [two] Mae gennych { $count } nod ar ôl.
        [few] Mae gennych { $count } nod ar ôl.
        [many] Mae gennych { $count } nod ar ôl.
       *[other] Mae gennych { $count } nod ar ôl.
    }
# $n: how many characters too many; $count: the same, with a comma between thousands; $max: as above.
referral-note-over =
    { $n ->
        [zero] Mae gennych { $count } nod yn ormod. Dim ond y { $max } cyntaf sy'n cael eu cadw.
        [one] Mae gennych { $count } nod yn ormod. Dim ond y { $max } cyntaf sy'n cael eu cadw.
        [two] Mae gennych { $count } nod yn ormod. Dim ond y { $max } cyntaf sy'n cael eu cadw.
        [few] Mae gennych { $count } nod yn ormod. Dim ond y { $max } cyntaf sy'n cael eu cadw.
        [many] Mae gennych { $count } nod yn ormod. Dim ond y { $max } cyntaf sy'n cael eu cadw.
       *[other] Mae gennych { $count } nod yn ormod. Dim ond y { $max } cyntaf sy'n cael eu cadw.
    }

## The action log.

referral-when-hint = Er enghraifft: 14:20 heddiw, neu nos ddoe. Gadewch ef yn wag i ddefnyddio'r dyddiad a'r amser y byddwch yn ychwanegu'r cam.
referral-action-empty = Ysgrifennwch beth a wnaed neu wrth bwy y dywedwyd.
# $max: how many actions the log holds.
referral-action-full = Mae lle i { $max } cam yn y log. Tynnwch un i ychwanegu un arall.
# An action with no time given, in place of when it was done.
referral-action-no-time = amser heb ei nodi

## Who completes a child's referral, by nation.

# $duty: the Duty to Notify, as the register words it (msa-s52-child).
referral-who-england-wales = Y gwasanaethau plant sydd fel arfer yn cwblhau atgyfeiriad plentyn; mae heddluoedd a rhai elusennau a enwir hefyd yn Sefydliadau Ymatebwyr Cyntaf; { $duty }.
referral-who-scotland = Gwaith cymdeithasol sydd fel arfer yn cwblhau atgyfeiriad plentyn, ar ôl Trafodaeth Atgyfeirio Rhyngasiantaethol (IRD) o dan weithdrefnau amddiffyn plant.
referral-who-northern-ireland = Yr Ymddiriedolaeth Iechyd a Gofal Cymdeithasol (HSC) yw'r Ymatebwr Cyntaf ar gyfer plant.
referral-who-no-nation = Dim ond Sefydliad Ymatebwr Cyntaf sy'n gallu cyflwyno'r atgyfeiriad; ar gyfer plentyn, y gwasanaethau plant sy'n gwneud hyn fel arfer (gwaith cymdeithasol yn yr Alban; yr Ymddiriedolaeth HSC yng Ngogledd Iwerddon).

## The summary, line by line.

referral-summary-title = { -app-name }: paratoi atgyfeiriad i'r Mecanwaith Atgyfeirio Cenedlaethol
# $when: the date and time it was made.
referral-summary-made = Gwnaed: { $when }
# $nation: the nation's name, or referral-summary-nation-not-chosen.
referral-summary-nation = Gwlad yn y DU: { $nation }
referral-summary-nation-not-chosen = heb ei dewis
# $who: who completes it (the referral-who-* messages).
referral-summary-who = Pwy sy'n ei gwblhau: { $who }
# $level: the level's title.
referral-summary-level = Lefel y pryder o'r rhestr wirio: { $level }
# $age: the age band.
referral-summary-age = Band oedran: { $age }
# $heading: the note's heading.
referral-summary-heading = { $heading }:
referral-summary-not-written = Heb ei ysgrifennu eto.
referral-summary-signs = Arwyddion a gofnodwyd ar y rhestr wirio:
referral-summary-no-signs = Dim un wedi'i dicio.
referral-summary-actions = Camau a gymerwyd:
referral-summary-no-actions = Dim un wedi'i gofnodi eto.
referral-summary-caution = Mae enwau, cyfeiriadau, dyddiadau geni a manylion eraill sy'n dangos pwy yw'r plentyn yn mynd i'r ffurflen atgyfeirio ei hun yn unig. Mae'r crynodeb hwn yn cynnwys y nodiadau fel y cawsant eu teipio: mae'r ap yn rhybuddio am rai manylion sy'n dangos pwy yw rhywun ond ni all ddod o hyd i enwau, felly darllenwch ef cyn i chi ei rannu. Ni chadarnhawyd adrannau'r ffurflen, nac a oes rhaid ei chwblhau mewn un sesiwn, ar gyfer yr ap hwn: edrychwch ar ganllawiau cyfredol yr NRM ar GOV.UK.
# $version: the content's version.
referral-summary-version = Fersiwn y cynnwys: { $version }

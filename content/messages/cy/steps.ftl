# translation-status: drafted
# translated-from: ec09557c35f21bf1
# The next steps for a level of concern: each step's title (what to do, starting with a verb)
# and its text (how, and who to contact), and where to find a local number when none is saved.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

## Texts said in several steps.

steps-record-text = Ysgrifennwch yr hyn y sylwoch arno, pryd, a geiriau'r plentyn ei hun. Mae'n bosibl y bydd rhaid datgelu cofnodion yn nes ymlaen: cofnodwch ffeithiau, nid dyfaliadau, a dim mwy o fanylion personol nag sydd eu hangen ar eich gweithdrefnau.
steps-no-nation-text = Ni ddewiswyd gwlad yn y DU, felly nid yw'r cam hwn yn enwi'r cyrff yn eich gwlad chi. Dilynwch eich gweithdrefnau diogelu lleol.

## Where to find a local number when the person has not saved one.

steps-no-nation-find = Mae rhifau'r gwasanaethau plant, yn ystod oriau swyddfa a'r tu allan iddynt, ar wefan y cyngor lleol (yng Ngogledd Iwerddon, gwefan yr Ymddiriedolaeth Iechyd a Gofal Cymdeithasol) ac yn eich gweithdrefnau diogelu lleol.
steps-front-door-find = Dewch o hyd i'r rhifau ar wefan y cyngor (yng Ngogledd Iwerddon, gwefan yr Ymddiriedolaeth) neu yn eich gweithdrefnau diogelu lleol, a chadwch nhw yn eich cysylltiadau.
steps-lead-find = Mae polisi diogelu eich sefydliad yn enwi eich arweinydd diogelu a sut i gysylltu â nhw.
steps-force-find = Mae gweithdrefnau eich heddlu ar gyfer camfanteisio ar blant yn dweud wrth bwy i ddweud a sut i gysylltu â nhw.
steps-guardian-find = Mae gwefan y gwasanaeth gwarcheidwaid ei hun yn dweud sut i atgyfeirio; gall y gwasanaethau plant ddweud wrthych beth yw'r drefn yn eich ardal.
steps-police-find = Mae gwefan eich heddlu yn rhoi ei rif di-argyfwng.

## The steps.

steps-record-title = Cofnodwch yr hyn y sylwoch arno
steps-strengths-title = Adeiladwch ar y cryfderau a nodwyd gennych
steps-strengths-text = Dywedwch wrth y bobl y byddwch yn cysylltu â nhw beth sy'n mynd yn dda i'r plentyn: gall oedolyn y mae'r plentyn yn ymddiried ynddo, yr ysgol neu le diogel fod yn rhan o'r cynllun. Nid yw cryfderau'n gostwng lefel y pryder.
steps-emergency-police-title = Trefnwch help i'r plentyn nawr
steps-emergency-police-text = Mae'r plentyn mewn perygl uniongyrchol. Galwch am help brys ar 999 neu drwy ddulliau eich heddlu eich hun, ac arhoswch gyda'r plentyn os gallwch wneud hynny heb eich rhoi eich hun mewn perygl.
steps-emergency-title = Ffoniwch 999 nawr
steps-emergency-text = Mae'r plentyn mewn perygl uniongyrchol. Arhoswch gyda'r plentyn os gallwch wneud hynny heb eich rhoi eich hun mewn perygl, a dywedwch wrth y sawl sy'n ateb yr alwad eich bod yn credu bod rhywun yn camfanteisio ar y plentyn.
steps-talk-today-title = Siaradwch â'ch arweinydd diogelu heddiw
steps-talk-today-text = Rhannwch yr hyn y sylwoch arno. Peidiwch ag aros am ragor o arwyddion cyn gweithredu.
steps-nrm-concern-title = Gwnewch yn siŵr bod atgyfeiriad i'r Mecanwaith Atgyfeirio Cenedlaethol yn cael ei wneud os yw'n bosibl bod y plentyn wedi'i fasnachu neu fod rhywun wedi camfanteisio arno
# $nrm: the nation's words on the National Referral Mechanism, from content/nations.toml.
steps-nrm-concern-text = Dylid atgyfeirio pob plentyn y mae'n bosibl ei fod wedi'i fasnachu neu fod rhywun wedi camfanteisio arno: penderfynwch ar hyn gyda'r gwasanaethau plant heddiw, a pheidiwch ag aros nes eich bod yn siŵr. { $nrm }
steps-talk-title = Siaradwch â'ch arweinydd diogelu
steps-talk-text = Mae pobl sy'n camfanteisio ar blant yn chwilio am blant yn yr amgylchiadau hyn. Cytunwch pwy fydd yn cadw mewn cysylltiad â'r plentyn a beth fyddai'n gwneud i chi weithredu.
steps-watch-title = Daliwch ati i gadw llygad am arwyddion o gamfanteisio
steps-watch-text = Os sylwch ar unrhyw un o'r arwyddion ar y rhestr wirio hon, dewch yn ôl a'u ticio: bydd y lefel yn codi.
steps-judgement-title = Gweithredwch ar sail eich barn os ydych chi'n dal i boeni
steps-judgement-text = Siaradwch â'ch arweinydd diogelu. Yn aml nid yw plant yn dweud, ac mae llawer o arwyddion yn gudd.
steps-social-care-now-title = Dechreuwch eich gweithdrefnau amddiffyn plant nawr
# $out_of_hours: the nation's words on the out-of-hours team, from content/nations.toml.
steps-social-care-now-text = Rydych chi'n gweithio yn y gwasanaethau plant: gweithredwch ar hyn nawr o dan eich gweithdrefnau lleol a rhowch wybod i'ch rheolwr neu'r tîm dyletswydd. { $out_of_hours }
steps-social-care-title = Codwch y mater yn eich tîm heddiw
# $out_of_hours: the nation's words on the out-of-hours team, from content/nations.toml.
steps-social-care-text = Rydych chi'n gweithio yn y gwasanaethau plant: trafodwch y mater â'ch rheolwr o dan eich gweithdrefnau lleol. { $out_of_hours }
steps-children-services-now-title = Rhowch wybod i'r gwasanaethau plant nawr
steps-children-services-title = Cysylltwch â'r gwasanaethau plant
steps-police-now-no-nation-title = Rhowch wybod i'r gwasanaethau plant nawr a gweithredwch o dan weithdrefnau eich heddlu
steps-now-no-nation-title = Rhowch wybod i'r gwasanaethau plant a'r heddlu nawr
steps-nrm-title = Gwnewch yn siŵr bod atgyfeiriad i'r Mecanwaith Atgyfeirio Cenedlaethol yn cael ei wneud
steps-nrm-no-nation-text = Nid oes angen i blentyn gytuno iddo. Diogelwch y plentyn yn gyntaf.
steps-police-role-title = Gweithredwch o dan weithdrefnau eich heddlu
steps-police-role-text = Chi yw'r heddlu, felly eich cam chi yw hwn: dilynwch weithdrefnau eich heddlu ar gyfer camfanteisio ar blant a rhowch wybod i'ch goruchwyliwr.
steps-police-title = Rhowch wybod i'r heddlu
# $name: the nation's guardian service, from content/nations.toml.
steps-guardian-title = Atgyfeiriwch y plentyn at warcheidwad: { $name }
# $name: the nation's protection for a child accused of an offence, from content/nations.toml.
steps-non-prosecution-title = Os yw'r plentyn wedi'i gyhuddo o drosedd: { $name }
# $text: the nation's words on that protection, from content/nations.toml.
steps-non-prosecution-text = Gwelwch y plentyn cyn gweld y drosedd. { $text }

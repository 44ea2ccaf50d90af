# translation-status: drafted
# translated-from: 500b725457f3879d
# The scenarios: how a choice is rated, how an ending went, and what is wrong with a scenario
# written on a device (the author screen says it, as do the content checks).
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

## How a choice is rated, and how an ending went for the child.

scenarios-rating-good = Arfer da
scenarios-rating-ok = Amddiffynadwy, gyda bylchau
scenarios-rating-poor = Arfer gwael
scenarios-rating-harmful = Yn debygol o achosi niwed
scenarios-outcome-good = Canlyniad da i'r plentyn
scenarios-outcome-mixed = Canlyniad cymysg
scenarios-outcome-poor = Canlyniad gwael i'r plentyn
# The same, within a sentence (after a scenario's title or "ending:").
scenarios-outcome-good-in-sentence = canlyniad da i'r plentyn
scenarios-outcome-mixed-in-sentence = canlyniad cymysg
scenarios-outcome-poor-in-sentence = canlyniad gwael i'r plentyn

## A scenario written on a device: how it is marked wherever it is listed.

scenarios-mark = Wedi'i ysgrifennu'n lleol, heb ei adolygu

## What is wrong with a scenario's conditions and changes. $text: what was written.

scenarios-kind-bool = true neu false
scenarios-kind-int = rhif cyfan
scenarios-not-a-comparison = nid yw '{ $text }' yn gymhariaeth: defnyddiwch ==, !=, <, <=, > neu >=
scenarios-not-a-value = nid yw '{ $text }' yn rif cyfan, yn true nac yn false
scenarios-bad-condition = does dim modd darllen yr amod '{ $text }': ysgrifennwch ef fel 'trust >= 1', 'referred' neu 'not referred', wedi'u cysylltu ag 'and'
scenarios-not-a-number = nid yw '{ $text }' yn rif cyfan
scenarios-bad-change = does dim modd darllen y newid '{ $text }': ysgrifennwch ef fel 'trust + 1' neu 'referred = true'
scenarios-not-a-name = nid yw '{ $text }' yn enw newidyn: defnyddiwch lythrennau bach, digidau a _

## Where a play could stop or a scene is never reached. $scene: the scene's id.

# $choice: the choice's id.
scenarios-not-offered = nid yw'r dewis '{ $choice }' ar gael yn yr olygfa '{ $scene }'
scenarios-no-such-scene = nid yw'r olygfa '{ $scene }' yn bodoli
scenarios-no-variables = dim newidynnau
scenarios-unlinked = does dim modd cyrraedd yr olygfa '{ $scene }': does dim dewis yn arwain ati
scenarios-missing-scene = mae dewis neu'r man cychwyn yn enwi golygfa nad yw'n bodoli
# $values: the variables' values that show it ("trust = 0, referred = false").
scenarios-all-blocked = yn yr olygfa '{ $scene }' gall amod pob dewis ei rwystro (er enghraifft gyda { $values })
# $values: as above.
scenarios-no-way-out = o'r olygfa '{ $scene }' does dim modd cyrraedd unrhyw ddiweddglo (er enghraifft gyda { $values }): ychwanegwch ffordd allan
scenarios-never-reached = does dim modd byth cyrraedd yr olygfa '{ $scene }': nid yw'r amodau ar y dewisiadau sy'n arwain ati byth i gyd yn wir ar yr un pryd
# $steps: how many decisions a random play takes at most.
scenarios-random-stuck = ni chyrhaeddodd chwarae ar hap o { $steps } penderfyniad unrhyw ddiweddglo; yr olygfa olaf oedd '{ $scene }'

## Why a scenario written on a device cannot be used. $kb: a size in KB (1,000 bytes).

scenarios-too-large = mae'n fwy nag y gall senario fod yma ({ $kb } KB ar ôl ei ddarllen)
scenarios-too-long = mae'n hirach na { $kb } KB
scenarios-unreadable = doedd dim modd ei ddarllen
# $file: the file's name.
scenarios-file-name = nid yw enw ei ffeil, '{ $file }', yn cyfateb i'w id
# $max: the most scenes.
scenarios-too-many-scenes = mae ganddo fwy na { $max } golygfa
# $max: the most variables.
scenarios-too-many-vars = mae ganddo fwy na { $max } newidyn
scenarios-no-start = mae ei olygfa gychwyn ar goll
scenarios-same-scene = mae dwy olygfa o'r enw '{ $scene }'
# $max: the most choices a scene can have.
scenarios-too-many-choices = mae gan yr olygfa '{ $scene }' fwy na { $max } dewis
scenarios-dead-end = does gan yr olygfa '{ $scene }' ddim dewisiadau ac nid yw'n ddiweddglo, felly byddai chwarae'n stopio yno
scenarios-same-choice = mae gan ddau ddewis yn yr olygfa '{ $scene }' yr un id
scenarios-bad-target = mae dewis yn '{ $scene }' yn arwain at olygfa nad yw'n bodoli
scenarios-not-plain = mae testun yr olygfa '{ $scene }' yn cynnwys rhywbeth heblaw testun plaen a dolenni o fewn yr ap (fel delwedd)
# $problem: where it could get stuck (one of the messages above).
scenarios-stuck = gallai chwarae fynd yn sownd ynddo: { $problem }
# $problem: what changed (one of the messages above).
scenarios-changed = nid yw'n pasio'r gwiriadau a basiodd pan gafodd ei gadw: { $problem }

## A file refused before it is read. $max: the limit.

# $kb: the file's size in KB; $max: the most KB a scenario can be.
scenarios-file-too-large = mae'r ffeil yn { $kb } KB; gall senario fod yn { $max } KB ar y mwyaf yma
scenarios-file-brackets = mae gan y ffeil fwy na { $max } '[' (dolenni ac amodau), mwy nag y gall senario ei gael yma
scenarios-file-emphasis = mae gan y ffeil fwy na { $max } '*' a '_' (dewisiadau a phwyslais), mwy nag y gall senario ei gael yma
scenarios-file-nesting = mae'r llinell hon yn nythu'n ddyfnach nag y gall senario yma (mwy na { $max } nod o ddyfyniadau, rhestrau a mewnoliad cyn ei thestun)
scenarios-file-vars = gall senario gael { $max } newidyn ar y mwyaf yma
scenarios-file-scenes = gall senario gael { $max } golygfa ar y mwyaf yma

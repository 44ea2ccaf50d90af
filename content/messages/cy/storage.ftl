# translation-status: drafted
# translated-from: 11668b58aea2568f
# What is kept on the device: what the app says when saved data could not all be read, why an
# import is refused, what an import did, and what is kept, one line for each kind of data.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

## The parts of what is kept, as named inside the messages below ("Your saved { $part }").

storage-part-nation = gwlad
storage-part-role = rôl
storage-part-checklist-answers = atebion i'r rhestr wirio
storage-part-referral-notes = nodiadau atgyfeirio
storage-part-scenario-progress = cynnydd yn y senarios
storage-part-reflections = myfyrdodau
storage-part-pages-opened = cofnod o'r tudalennau a agorwyd
storage-part-local-contacts = cysylltiadau lleol
storage-part-scenarios-you-wrote = senarios a ysgrifennwyd gennych
storage-part-learning-record = cofnod dysgu
storage-part-shortcut-setting = gosodiad llwybrau byr
storage-part-language = iaith
storage-part-workshop-sessions = sesiynau gweithdy
storage-part-checklist-signs = arwyddion y rhestr wirio

## Said when the app starts and its saved data could not all be used.

storage-notice-unreadable = Nid oedd modd darllen eich gosodiadau a gadwyd, felly dechreuodd yr ap hebddynt. Mae copi o'r hyn a storiwyd wedi'i gadw ar y ddyfais hon.
# $version: the format the data was written in.
storage-notice-newer = Daw eich gosodiadau a gadwyd o fersiwn fwy newydd o'r ap hwn (fformat { $version }). Defnyddiodd yr ap yr hyn y gallai ei ddarllen, a chadwodd gopi o'r gweddill ar y ddyfais hon.
# $part: the part (a storage-part-* message).
storage-notice-field-dropped = Nid oedd modd darllen eich { $part } a gadwyd, felly gadawodd yr ap y rhan honno allan. Mae copi o'r hyn a storiwyd wedi'i gadw ar y ddyfais hon.
# $version: the older format the data was in.
storage-notice-migrated = Cafodd eich gosodiadau a gadwyd eu diweddaru o fformat hŷn (fersiwn { $version }). Ni chollwyd dim.
# $n: how many workshop sessions were kept; $max: how many this app keeps.
storage-notice-capped = Roedd { $n } sesiwn weithdy wedi'u cadw, mwy na'r { $max } y mae'r ap hwn yn eu cadw, felly rhoddwyd y rhai hynaf o'r neilltu. Mae copi o'r hyn a storiwyd wedi'i gadw ar y ddyfais hon.
# $part: the part (a storage-part-* message).
storage-notice-set-aside = Nid oedd modd defnyddio rhai o'ch { $part } a gadwyd, felly cawsant eu rhoi o'r neilltu. Mae copi o'r hyn a storiwyd wedi'i gadw ar y ddyfais hon.

## Why an import is refused. Each ends with storage-unchanged, passed as $unchanged.

storage-unchanged = Nid oes dim ar y ddyfais hon wedi'i newid.
# $kb: the file's size in KB.
storage-import-too-large = Mae'r ffeil hon yn rhy fawr i fod yn ffeil a allforiwyd o'r ap hwn ({ $kb } KB). { $unchanged }
storage-import-empty = Mae'r ffeil hon yn wag. { $unchanged }
storage-import-truncated = Mae'r ffeil hon wedi'i thorri'n fyr, efallai wrth iddi gael ei chopïo. Allforiwch hi eto a rhowch gynnig arall arni. { $unchanged }
storage-import-malformed = Nid oedd modd darllen y ffeil hon. Efallai ei bod wedi'i difrodi, neu nad yw'n ffeil a allforiwyd o'r ap hwn. { $unchanged }
storage-import-not-an-export = Nid yw'r ffeil hon yn ffeil a allforiwyd o { -app-name }. { $unchanged }
# $version: the format the file was written in.
storage-import-newer = Daw'r ffeil hon o fersiwn fwy newydd o'r ap hwn (fformat { $version }). Diweddarwch yr ap ar y ddyfais hon yn gyntaf. { $unchanged }
# $part: the part (a storage-part-* message).
storage-import-bad-part = Nid oedd modd darllen y canlynol yn y ffeil hon: { $part }. { $unchanged }
# $key: the name that appears twice, quoted (the quoted message).
storage-import-duplicate = Mae'r ffeil hon wedi cael ei newid: mae { $key } yn ymddangos ddwywaith yn yr un lle. Allforiwch hi eto o'r ddyfais arall. { $unchanged }
storage-import-inconsistent = Mae'r ffeil hon wedi cael ei newid: nid yw ei fformat a fersiwn ei data yn cytuno. { $unchanged }
# $file: the scenario's file name, quoted (the quoted message); $why: what is wrong with it.
storage-import-scenario = Mae'r senario { $file } yn y ffeil hon wedi'i ysgrifennu ar ddyfais, ac ni ellir ei ddefnyddio yma: { $why }. Agorwch y ffeil yn y sgrin awduro ar y ddyfais honno, cywirwch hi a'i hallforio eto. { $unchanged }
# $what: what they are (a storage-part-* message); $ids: their ids, joined by list-comma.
storage-import-unknown = Mae'r ffeil hon yn enwi { $what } nad ydynt yn y fersiwn hon o'r ap: { $ids }. { $unchanged }

## What an import did on the way.

# $n: how many sessions the file held; $max: how many this app keeps.
storage-imported-capped = Roedd { $n } sesiwn weithdy yn y ffeil; mewnforiwyd y { $max } mwyaf newydd, gan fod yr ap hwn yn cadw { $max } ar y mwyaf.
# $old: the scenario's file name as written; $new: the name it was imported as.
storage-imported-renamed = Mae gan y senario a ysgrifennwyd ar ddyfais fel { $old } yr un enw ag un o senarios yr ap hwn ei hun, felly cafodd ei fewnforio fel { $new }. Nid yw ei destun wedi newid ar wahân i'w enw.
# $ids: the scenarios' ids, joined by list-comma.
storage-imported-left-out = Roedd y ffeil yn cynnwys cofnodion cynnydd neu gofnodion gweithdy ar gyfer senarios nad ydynt ymhlith senarios yr ap hwn ei hun nac ymhlith y senarios yn y ffeil: { $ids }. Efallai eu bod wedi'u hysgrifennu ar ddyfais a'u dileu ers hynny. Cafodd y cofnodion hynny eu gadael allan; mewnforiwyd popeth arall.

## What is kept: each kind of data, and a line on what is kept of it.

storage-kept-nation = Eich gwlad yn y DU
storage-kept-role = Eich rôl
storage-kept-checklist = Atebion i'r rhestr wirio
storage-kept-scenarios = Cynnydd yn y senarios
storage-kept-pages = Tudalennau a agorwyd
storage-kept-contacts = Cysylltiadau lleol
storage-kept-workshops = Sesiynau gweithdy
storage-kept-authored = Senarios a ysgrifennwyd gennych
storage-kept-learner = Cofnod dysgu
storage-kept-keys = Llwybrau byr y gweithdy
storage-kept-not-kept = Heb ei gadw
storage-kept-none = Dim
# $n: how many signs are ticked.
storage-kept-checklist-detail = Wedi'u cadw: { $n ->
        [zero] { $n } arwydd wedi'u ticio
        [one] { $n } arwydd wedi'i dicio
        [two] { $n } arwydd wedi'u ticio
        [few] { $n } arwydd wedi'u ticio
        [many] { $n } arwydd wedi'u ticio
       *[other] { $n } arwydd wedi'u ticio
    }
# $started: how many scenarios were started; $finished: how many plays were finished.
storage-kept-scenarios-detail = { $started ->
        [zero] { $started } senario wedi'u dechrau
        [one] { $started } senario wedi'i ddechrau
        [two] { $started } senario wedi'u dechrau
        [few] { $started } senario wedi'u dechrau
        [many] { $started } senario wedi'u dechrau
       *[other] { $started } senario wedi'u dechrau
    }; { $finished ->
        [zero] { $finished } tro wedi'u cwblhau
        [one] { $finished } tro wedi'i gwblhau
        [two] { $finished } dro wedi'u cwblhau
        [few] { $finished } thro wedi'u cwblhau
        [many] { $finished } thro wedi'u cwblhau
       *[other] { $finished } tro wedi'u cwblhau
    }
# $n: how many guidance pages were opened.
storage-kept-pages-detail = { $n ->
        [zero] { $n } tudalen ganllawiau
        [one] { $n } dudalen ganllawiau
        [two] { $n } dudalen ganllawiau
        [few] { $n } tudalen ganllawiau
        [many] { $n } thudalen ganllawiau
       *[other] { $n } tudalen ganllawiau
    }, gyda dyddiad y newid diweddaraf a welwyd (i ddangos beth sydd wedi newid ers hynny)
# $n: how many contacts are kept.
storage-kept-contacts-detail = { $n ->
        [zero] { $n } cyswllt
        [one] { $n } cyswllt
        [two] { $n } gyswllt
        [few] { $n } chyswllt
        [many] { $n } chyswllt
       *[other] { $n } cyswllt
    }: yr enwau a'r rhifau a gadwoch ar gyfer eich ardal
# $n: how many workshop sessions are kept.
storage-kept-workshops-detail = { $n ->
        [zero] { $n } sesiwn
        [one] { $n } sesiwn
        [two] { $n } sesiwn
        [few] { $n } sesiwn
        [many] { $n } sesiwn
       *[other] { $n } sesiwn
    }: llwybr yr ystafell a'r codi dwylo yn unig
# $n: how many scenario files; $files: their file names, joined by list-comma.
storage-kept-authored-detail = { $n ->
        [zero] { $n } ffeil senario
        [one] { $n } ffeil senario
        [two] { $n } ffeil senario
        [few] { $n } ffeil senario
        [many] { $n } ffeil senario
       *[other] { $n } ffeil senario
    } a ysgrifennwyd yn y sgrin awduro: { $files }
storage-kept-learner-empty = Dim enw, a dim amser wedi'i gyfrif
# $name: storage-kept-learner-no-name or storage-kept-learner-name; $minutes: the minutes
# counted; $n: how many scenarios and guidance pages they were counted on.
storage-kept-learner-detail = { $name }; tua { $minutes ->
        [zero] { $minutes } munud
        [one] { $minutes } munud
        [two] { $minutes } funud
        [few] { $minutes } munud
        [many] { $minutes } munud
       *[other] { $minutes } munud
    } a gyfrifwyd ar { $n ->
        [zero] { $n } senario neu dudalen ganllawiau
        [one] { $n } senario neu dudalen ganllawiau
        [two] { $n } senario neu dudalen ganllawiau
        [few] { $n } senario neu dudalen ganllawiau
        [many] { $n } senario neu dudalen ganllawiau
       *[other] { $n } senario neu dudalen ganllawiau
    }
storage-kept-learner-no-name = Dim enw
storage-kept-learner-name = Yr enw ar gyfer eich tystysgrif
storage-kept-keys-off = Llwybrau byr un fysell wedi'u diffodd
storage-kept-keys-on = Fel y mae'r ap yn dechrau (ymlaen)

# translation-status: drafted
# translated-from: 6ce134b171ff3156
# What the app says about the data it keeps on this device: a change not kept (storage missing,
# full or refused), data that could not be read, and what another tab or window did.
#
# Format: Project Fluent (https://projectfluent.org), as screening.ftl says. One message per
# line; each variable is described in a comment above its message.

## Said when the app starts, of the storage itself.

state-storage-unavailable = Nid yw'r porwr hwn yn gadael i'r ap gadw dim ar y ddyfais hon (mae hyn yn digwydd mewn rhai moddau pori preifat). Mae'r ap yn gweithio, ond bydd eich dewisiadau'n cael eu hanghofio pan fyddwch yn ei gau.
state-storage-read-only = Nid oedd modd darllen eich holl ddata a gadwyd, ac nid oes lle ar y ddyfais hon i gadw copi ohono, felly ni fydd yr ap yn ysgrifennu drosto. Mae'r ap yn gweithio, ond ni fydd dewisiadau newydd yn cael eu cadw nes bod lle ar y ddyfais hon, neu nes i chi ddileu neu fewnforio ar y sgrin “Eich data”.

## A change that was not kept: the whole message, in the messages area.

state-not-kept = Ni chafodd hyn ei gadw ar y ddyfais hon, felly bydd yn cael ei anghofio pan fyddwch yn cau'r ap.
state-not-kept-unreadable = Nid oedd modd darllen popeth sydd wedi'i storio ar y ddyfais hon, ac nid oes lle i gadw copi ohono, felly ni wnaeth yr ap ysgrifennu drosto. Ni chafodd hyn ei gadw.
state-not-kept-full = Mae storfa'r ddyfais hon yn llawn, felly ni chafodd y newid hwn ei gadw ar y ddyfais hon. Mae'r ap yn dal i weithio, ond bydd y newid yn cael ei anghofio pan fyddwch yn ei gau.
state-not-kept-refused = Ni wnaeth y porwr adael i'r ap gadw'r newid hwn ar y ddyfais hon. Mae'r ap yn dal i weithio, ond bydd y newid yn cael ei anghofio pan fyddwch yn ei gau.
state-not-kept-superseded = Ni chafodd yr hyn rydych chi newydd ei wneud yma ei gadw, felly ni ddaw dim a gafodd ei ddileu neu ei ddisodli yn ôl.

## Why a change was not kept, in a few words to follow "not kept: " in a notice beside it.

state-why-unavailable = nid yw'r porwr hwn yn gadael i'r ap gadw dim ar y ddyfais hon
state-why-unreadable = nid oedd modd darllen popeth sydd wedi'i storio, ac nid oes lle i gadw copi ohono
state-why-full = mae storfa'r ddyfais hon yn llawn
state-why-refused = ni wnaeth y porwr adael i'r ap ei gadw
state-why-not-read-back = nid oedd modd darllen yr hyn a ysgrifennwyd yn ôl yn union yr un fath
state-why-superseded = cafodd popeth ei ddileu neu ei ddisodli mewn tab neu ffenestr arall ychydig cyn hynny

## Why an imported file was not kept: each follows data-import-failed ("The file could not be imported.").

state-import-unavailable = Nid yw'r porwr hwn yn gadael i'r ap gadw dim ar y ddyfais hon (mae hyn yn digwydd mewn rhai moddau pori preifat). Nid oes dim ar y ddyfais hon wedi'i newid.
state-import-full = Mae storfa'r ddyfais hon yn llawn, felly nid oes lle i'r hyn sydd yn y ffeil. Nid oes dim ar y ddyfais hon wedi'i newid.
state-import-refused = Ni wnaeth y porwr adael i'r ap ei chadw ar y ddyfais hon. Nid oes dim ar y ddyfais hon wedi'i newid.
state-import-not-read-back = Nid oedd modd darllen yr hyn a ysgrifennwyd yn ôl yn union yr un fath, felly efallai mai dim ond rhan ohono sydd ar y ddyfais hon. Mewnforiwch y ffeil eto, neu dilëwch bopeth ac yna mewnforiwch hi.

## What another tab or window of the app did.

state-erased-elsewhere = Cafodd popeth roedd yr ap hwn wedi'i gadw ar y ddyfais hon ei ddileu mewn tab neu ffenestr arall. Mae'r tab hwn wedi anghofio'r cyfan hefyd.
state-imported-elsewhere = Cafodd yr hyn y mae'r ap hwn yn ei gadw ar y ddyfais hon ei ddisodli gan ffeil a fewnforiwyd mewn tab neu ffenestr arall. Mae'r tab hwn yn ei ddangos nawr.
state-cleared-elsewhere = Cafodd yr atebion i'r rhestr wirio a oedd wedi'u cadw ar y ddyfais hon eu clirio, neu nid ydynt yn cael eu cadw mwyach, mewn tab neu ffenestr arall. Mae'r tab hwn wedi'u clirio hefyd.
state-kept-elsewhere = Mae tab neu ffenestr arall bellach yn cadw ei atebion ei hun i'r rhestr wirio ar y ddyfais hon. Dim ond yn y cof y mae'r atebion yn y tab hwn o hyd: ticiwch “Cadw fy atebion ar y ddyfais hon” yma i gadw'r rhain yn lle hynny.
state-answers-replaced-elsewhere = Mae'r atebion hyn wedi cymryd lle'r atebion i'r rhestr wirio yr oedd tab neu ffenestr arall wedi'u cadw ar y ddyfais hon.

## The scenarios written on this device.

# $old: the name it was kept as. $new: the name it is kept as now.
state-scenario-renamed = Mae gan eich senario a gadwyd fel { $old } yr un enw ag un o senarios yr ap hwn ei hun, felly mae bellach wedi'i gadw fel { $new }. Nid yw ei destun wedi newid ar wahân i'w enw.

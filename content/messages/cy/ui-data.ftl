# translation-status: drafted
# translated-from: 3d03bf6c805260e7
# The "Your data on this device" screen (desk build): what is kept, export, import and erase.
#
# Format: Project Fluent (https://projectfluent.org), as screening.ftl says. One message per
# line; each variable is described in a comment above its message.

data-title = Eich data ar y ddyfais hon
data-lead = Dyma bopeth y mae'r ap yn ei gadw, yn y porwr hwn yn unig. Nid oes dim byth yn cael ei anfon i unman.
data-table-caption = Beth sy'n cael ei gadw ar y ddyfais hon
data-column-what = Beth
data-column-here = Ar y ddyfais hon
data-size = Maint
data-size-nothing = Nid oes dim yn cael ei gadw
# $bytes: the size in bytes of the data kept.
data-size-bytes =
    { $bytes ->
        [zero] { $bytes } beit
        [one] { $bytes } beit
        [two] { $bytes } feit
        [few] { $bytes } beit
        [many] { $bytes } beit
       *[other] { $bytes } beit
    }
# $bytes: the size in bytes of the data kept. $copy: the size in bytes of the copy of data that could not be read.
data-size-bytes-and-copy =
    { $bytes ->
        [zero] { $bytes } beit, ynghyd â chopi { $copy } beit o ddata a gadwyd nad oedd yr ap yn gallu ei ddarllen
        [one] { $bytes } beit, ynghyd â chopi { $copy } beit o ddata a gadwyd nad oedd yr ap yn gallu ei ddarllen
        [two] { $bytes } feit, ynghyd â chopi { $copy } beit o ddata a gadwyd nad oedd yr ap yn gallu ei ddarllen
        [few] { $bytes } beit, ynghyd â chopi { $copy } beit o ddata a gadwyd nad oedd yr ap yn gallu ei ddarllen
        [many] { $bytes } beit, ynghyd â chopi { $copy } beit o ddata a gadwyd nad oedd yr ap yn gallu ei ddarllen
       *[other] { $bytes } beit, ynghyd â chopi { $copy } beit o ddata a gadwyd nad oedd yr ap yn gallu ei ddarllen
    }
data-cache-hint = Mae'r ap hefyd yn cadw ei ffeiliau ei hun (ar gyfer gweithio all-lein) yn storfa dros dro (cache) y porwr. Nid ydynt yn cynnwys unrhyw wybodaeth amdanoch chi.

## Moving the data: export and import.

data-move-heading = Symud eich data i ddyfais arall
data-export-button = Allforio fy nata i ffeil
# $file: the name of the file written.
data-exported = Cafodd eich data ei allforio i ffeil o'r enw { $file }.
data-export-refused = Ni wnaeth y porwr adael i'r ap gadw'r ffeil.
data-import-label = Mewnforio ffeil a allforiwyd o'r ap hwn
data-import-hint = Caiff y ffeil ei gwirio yn gyntaf. Mae mewnforio yn disodli'r hyn sy'n cael ei gadw ar y ddyfais hon.
data-file-unreadable = Nid oedd modd darllen y ffeil. Nid oes dim ar y ddyfais hon wedi'i newid.
data-file-holds = Mae'r ffeil hon yn cynnwys:
# One part of what a file holds. $what: the part ("Nation"). $detail: what it holds of it.
data-file-holds-part = { $what }: { $detail }
data-replace-button = Rhoi'r ffeil hon yn lle fy nata
data-cancel = Canslo
# Followed, each after a space, by any notes on what was changed as it was imported.
data-imported = Cafodd y ffeil ei mewnforio. Mae'r hyn sydd ynddi wedi cymryd lle'r hyn a oedd yn cael ei gadw ar y ddyfais hon.
# $why: why it could not be kept, a whole statement (state-import-*).
data-import-failed = Nid oedd modd mewnforio'r ffeil. { $why }

## Erasing everything.

data-erase-heading = Dileu popeth
data-erase-what = Mae'n tynnu eich gwlad, unrhyw atebion a gadwyd, yr holl gynnydd yn y senarios a'r holl sesiynau gweithdy oddi ar y ddyfais hon, a ffeiliau all-lein yr ap lle mae'r porwr yn caniatáu hynny.
data-erase-button = Dileu popeth
data-erase-question = Dileu popeth y mae'r ap hwn yn ei gadw ar y ddyfais hon? Ni ellir dadwneud hyn.
data-erase-offline = Mae hyn hefyd yn tynnu copi all-lein yr ap. Hyd nes y byddwch yn agor yr ap nesaf gyda chysylltiad, ni fydd yn agor heb un.
data-erase-yes = Ie, dileu popeth
data-erased = Mae popeth yr oedd yr ap hwn yn ei gadw ar y ddyfais hon wedi'i ddileu. Cafodd copi all-lein yr ap ei dynnu hefyd: bydd yn cael ei gadw eto y tro nesaf y byddwch yn agor yr ap gyda chysylltiad.
data-erase-refused = Ni wnaeth y porwr adael i'r ap ddileu'r hyn y mae'n ei gadw. Rhowch gynnig arall arni, neu cliriwch ddata'r wefan hon yng ngosodiadau'r porwr.

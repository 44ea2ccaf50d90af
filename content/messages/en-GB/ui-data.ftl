# The "Your data on this device" screen (desk build): what is kept, export, import and erase.
#
# Format: Project Fluent (https://projectfluent.org), as screening.ftl says. One message per
# line; each variable is described in a comment above its message.

data-title = Your data on this device
data-lead = This is everything the app keeps, in this browser only. Nothing is ever sent anywhere.
data-table-caption = What is kept on this device
data-column-what = What
data-column-here = On this device
data-size = Size
data-size-nothing = Nothing is kept
# $bytes: the size in bytes of the data kept.
data-size-bytes =
    { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }
# $bytes: the size in bytes of the data kept. $copy: the size in bytes of the copy of data that could not be read.
data-size-bytes-and-copy =
    { $bytes ->
        [one] { $bytes } byte, plus a { $copy }-byte copy of saved data the app could not read
       *[other] { $bytes } bytes, plus a { $copy }-byte copy of saved data the app could not read
    }
data-cache-hint = The app also keeps its own files (for working offline) in the browser's cache. They hold no information about you.

## Moving the data: export and import.

data-move-heading = Move your data to another device
data-export-button = Export my data to a file
# $file: the name of the file written.
data-exported = Your data was exported to a file named { $file }.
data-export-refused = The browser did not let the app save the file.
data-import-label = Import a file exported from this app
data-import-hint = The file is checked first. Importing replaces what is kept on this device.
data-file-unreadable = The file could not be read. Nothing on this device has been changed.
data-file-holds = This file holds:
# One part of what a file holds. $what: the part ("Nation"). $detail: what it holds of it.
data-file-holds-part = { $what }: { $detail }
data-replace-button = Replace my data with this file
data-cancel = Cancel
# Followed, each after a space, by any notes on what was changed as it was imported.
data-imported = The file was imported. What it holds has replaced what was kept on this device.
# $why: why it could not be kept, a whole statement (state-import-*).
data-import-failed = The file could not be imported. { $why }

## Erasing everything.

data-erase-heading = Erase everything
data-erase-what = Removes your nation, any kept answers, all scenario progress and workshop sessions from this device, and the app's offline files where the browser allows.
data-erase-button = Erase everything
data-erase-question = Erase everything this app keeps on this device? This cannot be undone.
data-erase-offline = This also removes the app's offline copy. Until you next open the app with a connection, it will not open without one.
data-erase-yes = Yes, erase everything
data-erased = Everything this app kept on this device has been erased. The offline copy of the app was removed too: it will be kept again the next time you open the app with a connection.
data-erase-refused = The browser did not let the app erase what it keeps. Try again, or clear this site's data in the browser's settings.

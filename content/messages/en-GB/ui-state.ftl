# What the app says about the data it keeps on this device: a change not kept (storage missing,
# full or refused), data that could not be read, and what another tab or window did.
#
# Format: Project Fluent (https://projectfluent.org), as screening.ftl says. One message per
# line; each variable is described in a comment above its message.

## Said when the app starts, of the storage itself.

state-storage-unavailable = This browser is not letting the app keep anything on this device (this happens in some private browsing modes). The app works, but your choices will be forgotten when you close it.
state-storage-read-only = Your saved data could not all be read, and this device has no room to keep a copy of it, so the app will not write over it. The app works, but new choices will not be kept until there is space on this device, or until you erase or import on the Your data screen.

## A change that was not kept: the whole message, in the messages area.

state-not-kept = This was not kept on this device, so it will be forgotten when you close the app.
state-not-kept-unreadable = What is stored on this device could not all be read, and there is no room to keep a copy of it, so the app did not write over it. This was not kept.
state-not-kept-full = This device's storage is full, so this change was not kept on this device. The app still works, but the change will be forgotten when you close it.
state-not-kept-refused = The browser did not let the app keep this change on this device. The app still works, but the change will be forgotten when you close it.
state-not-kept-superseded = What you just did here was not kept, so nothing erased or replaced comes back.

## Why a change was not kept, in a few words to follow "not kept: " in a notice beside it.

state-why-unavailable = this browser is not letting the app keep anything on this device
state-why-unreadable = what is stored could not all be read, and there is no room to keep a copy of it
state-why-full = this device's storage is full
state-why-refused = the browser did not let the app keep it
state-why-not-read-back = what was written could not be read back the same
state-why-superseded = everything was erased or replaced in another tab or window just before

## Why an imported file was not kept: each follows data-import-failed ("The file could not be imported.").

state-import-unavailable = This browser is not letting the app keep anything on this device (this happens in some private browsing modes). Nothing on this device has been changed.
state-import-full = This device's storage is full, so there is no room for what the file holds. Nothing on this device has been changed.
state-import-refused = The browser did not let the app keep it on this device. Nothing on this device has been changed.
state-import-not-read-back = What was written could not be read back the same, so this device may hold only part of it. Import the file again, or erase everything and then import it.

## What another tab or window of the app did.

state-erased-elsewhere = Everything this app kept on this device was erased in another tab or window. This tab has forgotten it too.
state-imported-elsewhere = What this app keeps on this device was replaced by a file imported in another tab or window. This tab now shows it.
state-cleared-elsewhere = The checklist answers kept on this device were cleared, or are no longer kept, in another tab or window. This tab has cleared them too.
state-kept-elsewhere = Another tab or window is now keeping its own checklist answers on this device. The answers in this tab are still held only in memory: tick “Keep my answers on this device” here to keep these instead.
state-answers-replaced-elsewhere = These answers replaced the checklist answers another tab or window had kept on this device.

## The scenarios written on this device.

# $old: the name it was kept as. $new: the name it is kept as now.
state-scenario-renamed = Your scenario kept as { $old } has the same name as one of this app's own scenarios, so it is now kept as { $new }. Its text is unchanged apart from its name.

# The contacts screen (src/ui/contacts_page.rs): the person's own local contacts, a contacts file
# for an area, and the national helplines; and the local contacts shown in the next steps and on
# the home screen.
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.

## The form and what saving it says.

# One problem in the error summary. $role: the contact's role. $problem: what is wrong.
contacts-page-problem = { $role }: { $problem }
contacts-page-none-kept = No contacts are kept on this device now.
# $n: how many contacts were saved (1 or more).
contacts-page-saved =
    { $n ->
        [one] Your contact was saved on this device.
       *[other] Your { $n } contacts were saved on this device.
    }
contacts-page-not-saved = Your contacts could not be saved on this device, so nothing was changed: the contacts shown elsewhere are still the ones kept before. What you typed is still in the form.

## The contacts file.

# $file: the file's name.
contacts-page-file-saved = The contacts file was saved as { $file }. Give it to colleagues in your area to open here.
contacts-page-file-not-saved = The browser did not let the app save the file.
contacts-page-file-too-large = This file is too large to be a contacts file. Nothing was changed.
contacts-page-file-unreadable = The file could not be read. Nothing was changed.
contacts-page-file-not-kept = The contacts could not be saved on this device. Nothing was changed.
# $problem: what is wrong with the file.
contacts-page-file-refused = { $problem } Nothing was changed.

## The screen.

contacts-page-title = Contacts and helplines
contacts-page-lead = Save the numbers you actually ring in your area. They stay on this device, and appear in the next steps after a check, in the record you copy or print, and on the home screen.
contacts-page-hint = Only the numbers of services, never anything about a child. Nothing is looked up or sent: a number is only checked to look like a phone number.
contacts-page-name = Name of the team or person (optional)
contacts-page-number = Phone number
contacts-page-save = Save contacts on this device
contacts-page-file-heading = A contacts file for your area
contacts-page-file-intro = A trainer or lead can save the contacts for an area as a file and give it to colleagues. Opening a contacts file here replaces the contacts on this device; nothing else is changed.
contacts-page-file-save = Save a contacts file
contacts-page-file-open = Open a contacts file
contacts-page-helplines = National helplines
contacts-page-check = Check signs
contacts-page-data = Your data on this device
contacts-page-error-summary = There is a problem

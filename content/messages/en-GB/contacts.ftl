# The local contacts: each role's name (the front door differs by nation), what is wrong with a
# number or name typed, and what opening a contacts file did.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

## The roles' names.

contacts-front-door-england = Children's services front door or MASH
contacts-front-door-wales = Children's services front door or MASH
contacts-front-door-scotland = Social work (children and families)
contacts-front-door-northern-ireland = Health and Social Care Trust's children's services
contacts-front-door = Children's services front door, MASH, social work or Trust children's services
contacts-out-of-hours = Out-of-hours social work team
contacts-police = Police single point of contact or non-emergency line
contacts-safeguarding-lead = Your safeguarding lead
contacts-exploitation-team = Local exploitation team

## What is wrong with a number or name typed.

contacts-number-empty = Enter a phone number
contacts-number-characters = A phone number can only have digits, spaces, brackets and hyphens, and a + at the start
contacts-number-plus-44-0 = After +44, leave out the 0 that starts the area code, or write it as (0)
contacts-number-international = Check the number: after the country code it is too short or too long
# $n: how many digits the number has.
contacts-number-uk-length = A UK number starting with 0 has 10 or 11 digits; this has { $n }
contacts-number-short = Enter a full number starting with 0 or +, or a short number such as 101
# $max: the most characters a name can have.
contacts-name-too-long = A name can be { $max } characters at most
# The same, within a sentence (why a contact in a file is refused).
contacts-name-too-long-in-sentence = a name can be { $max } characters at most

## Opening a contacts file.

# $n: how many contacts are kept now.
contacts-opened-now =
    { $n ->
        [0] It holds no contacts, so none are kept on this device now.
        [one] { $n } contact is now kept on this device, in place of any you had.
       *[other] { $n } contacts are now kept on this device, in place of any you had.
    }
# $now: contacts-opened-now.
contacts-opened = The contacts file was opened. { $now }
# $in_file: how many contacts the file held. $now: contacts-opened-now. $roles: how many roles
# the app keeps a contact for. $left_out: how many of the file's contacts were left out.
contacts-opened-left-out = The contacts file was opened. It held { $in_file ->
        [one] { $in_file } contact
       *[other] { $in_file } contacts
    }; { $now } The app keeps one contact for each of its { $roles } roles, so { $left_out ->
        [one] { $left_out } was
       *[other] { $left_out } were
    } left out: where the file gave a role more than once, the last one for that role was kept.
contacts-file-too-large = This file is too large to be a contacts file.
contacts-file-not-contacts = This file is not a contacts file.
contacts-file-damaged = This file is not a contacts file, or it is damaged.
contacts-file-newer = This contacts file comes from a newer version of the app. Update the app, then try again.
contacts-file-too-many = This file holds more contacts than there are roles.
# $role: the contact's role, quoted (the quoted message). $error: what is wrong with it.
contacts-file-refused = The contact for { $role } is refused: { $error }.

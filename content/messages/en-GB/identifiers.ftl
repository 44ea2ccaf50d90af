# The guard for details that could identify a child: the kinds of detail it looks for, and its
# warnings.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

identifiers-email = an email address
identifiers-handle = a social media handle
identifiers-phone = a phone number
identifiers-nhs-number = an NHS number
identifiers-national-insurance = a National Insurance number
identifiers-home-office = a Home Office reference
identifiers-long-number = a long reference number
identifiers-postcode = a postcode
identifiers-address = a street address
identifiers-vehicle = a vehicle registration
identifiers-date = a full date, such as a date of birth

# $found: the kinds of detail found, as a list ("a phone number and a postcode").
identifiers-reflection-warning = This looks as if it holds { $found }. Leave out anything that could identify a real child or family: your reflection is printed and exported with your learning record.
# $found: the kinds of detail found, as a list ("a phone number and a postcode").
identifiers-warning = This looks as if it holds { $found }. Leave out anything that could identify the child: it belongs only in the referral form itself.
# Said beside every box the guard watches: it cannot see names.
identifiers-names-hint = Names cannot be checked for: the app cannot tell a name from other words, so read what you wrote before you copy or print it.

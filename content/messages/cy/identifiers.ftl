# translation-status: drafted
# translated-from: e80c75bd17daa037
# The guard for details that could identify a child: the kinds of detail it looks for, and its
# warnings.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

identifiers-email = e-bost
identifiers-handle = enw defnyddiwr ar y cyfryngau cymdeithasol
identifiers-phone = rhif ffôn
identifiers-nhs-number = rhif GIG
identifiers-national-insurance = rhif Yswiriant Gwladol
identifiers-home-office = cyfeirnod y Swyddfa Gartref
identifiers-long-number = cyfeirnod hir
identifiers-postcode = cod post
identifiers-address = rhif tŷ ac enw stryd
identifiers-vehicle = rhif cofrestru cerbyd
identifiers-date = dyddiad llawn, fel dyddiad geni

# $found: the kinds of detail found, as a list ("a phone number and a postcode").
identifiers-reflection-warning = Mae'n ymddangos bod hyn yn cynnwys { $found }. Gadewch allan unrhyw beth a allai ddangos pwy yw plentyn neu deulu go iawn: mae eich myfyrdod yn cael ei argraffu a'i allforio gyda'ch cofnod dysgu.
# $found: the kinds of detail found, as a list ("a phone number and a postcode").
identifiers-warning = Mae'n ymddangos bod hyn yn cynnwys { $found }. Gadewch allan unrhyw beth a allai ddangos pwy yw'r plentyn: dim ond yn y ffurflen atgyfeirio ei hun y mae'n perthyn.
# Said beside every box the guard watches: it cannot see names.
identifiers-names-hint = Ni ellir gwirio am enwau: ni all yr ap wahaniaethu rhwng enw a geiriau eraill, felly darllenwch yr hyn a ysgrifennoch cyn i chi ei gopïo neu ei argraffu.

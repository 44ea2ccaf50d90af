# translation-status: drafted
# translated-from: 5184a374ea4d4af2
# The guidance screens (src/ui/guidance.rs): the list of pages, one page with its sources and
# dates, and what changed; and the glossary (src/ui/glossary.rs). The pages' own words are in
# content/.
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.

## The list of pages.

guidance-title = Canllawiau
guidance-lead = Tudalennau byr am yr hyn y mae'r gyfraith yn ei ddweud a sut olwg sydd ar arfer da. Mae pob tudalen yn rhestru ei ffynonellau.

## One page.

# The name, for screen readers, of the notice of what changed.
guidance-changes-label = Newidiadau ers i chi agor y dudalen hon ddiwethaf
# Before what changed. $date: the day, in words.
guidance-updated-on = Diweddarwyd ar { $date }:
guidance-all-changes = Popeth a newidiodd
# $nation: the nation chosen, which the page does not cover.
guidance-not-covered = Nid yw'r dudalen hon yn cwmpasu { $nation }. Gwiriwch eich gweithdrefnau lleol.
# $date: when the page was last reviewed, in words.
guidance-reviewed = Adolygwyd ddiwethaf ar { $date }.
# $date: when the page last changed, in words.
guidance-changed = Newidiwyd ddiwethaf ar { $date }.
# $version: the content's version.
guidance-version = Fersiwn { $version } o'r cynnwys.
guidance-practise = Ymarfer hyn mewn senario
guidance-sources = Ffynonellau

## A page read in Welsh: how far its translation can be trusted.

guidance-welsh-drafted = Cyfieithiad drafft: nid yw cyfieithydd Cymraeg wedi'i wirio eto.
# $role: who reviewed the translation (a role, never a name); $date: when, in words.
guidance-welsh-reviewed = Cyfieithiad wedi'i adolygu gan { $role } ar { $date }.
guidance-welsh-out-of-step = Mae'r dudalen Saesneg wedi newid ers gwneud y cyfieithiad hwn, felly gall rhannau ohono fod yn hen.
guidance-welsh-show-english = Darllen y dudalen hon yn Saesneg
guidance-welsh-show-welsh = Darllen y cyfieithiad Cymraeg
guidance-welsh-missing = Nid yw'r dudalen hon wedi'i chyfieithu i'r Gymraeg eto, felly mae'n cael ei dangos yn Saesneg.

## What changed.

guidance-what-changed = Beth sydd wedi newid
guidance-what-changed-lead = Pob newid i'r canllawiau, y senarios, yr eirfa, y rhestr wirio, y camau nesaf a'r ffynonellau, y diweddaraf yn gyntaf, gyda'r hyn a newidiodd. Mae tudalen sydd wedi newid ers i chi ei hagor ddiwethaf ar y ddyfais hon yn dweud hynny ar y brig.

## The glossary.

guidance-glossary = Geirfa
guidance-glossary-lead = Termau a byrfoddau a ddefnyddir yn yr ap hwn, mewn geiriau plaen. Ar dudalennau canllawiau, tapiwch fyrfodd i'w weld yn llawn.
# $page: the guidance page's title, drawn as a link.
guidance-glossary-read-more = Darllen rhagor: { $page }
# $source: the source's title, drawn as a citation.
guidance-glossary-source = Ffynhonnell: { $source }

# The guidance screens (src/ui/guidance.rs): the list of pages, one page with its sources and
# dates, and what changed; and the glossary (src/ui/glossary.rs). The pages' own words are in
# content/.
#
# Format: Project Fluent. One message per line; docs/messages.md says how to add or change one.

## The list of pages.

guidance-title = Guidance
guidance-lead = Short pages on what the law says and what good practice looks like. Each page lists its sources.

## One page.

# The name, for screen readers, of the notice of what changed.
guidance-changes-label = Changes since you last opened this page
# Before what changed. $date: the day, in words.
guidance-updated-on = Updated on { $date }:
guidance-all-changes = Everything that changed
# $nation: the nation chosen, which the page does not cover.
guidance-not-covered = This page does not cover { $nation }. Check your local procedures.
# $date: when the page was last reviewed, in words.
guidance-reviewed = Last reviewed { $date }.
# $date: when the page last changed, in words.
guidance-changed = Last changed { $date }.
# $version: the content's version.
guidance-version = Content version { $version }.
guidance-practise = Practise this in a scenario
guidance-sources = Sources

## A page read in Welsh: how far its translation can be trusted.

guidance-welsh-drafted = Drafted translation: not yet checked by a Welsh translator.
# $role: who reviewed the translation (a role, never a name); $date: when, in words.
guidance-welsh-reviewed = Translation reviewed by { $role } on { $date }.
guidance-welsh-out-of-step = The English page has changed since this translation was made, so parts of it may be out of date.
guidance-welsh-show-english = Read this page in English
guidance-welsh-show-welsh = Read the Welsh translation
guidance-welsh-missing = This page has not been translated into Welsh yet, so it is shown in English.

## What changed.

guidance-what-changed = What changed
guidance-what-changed-lead = Every change to the guidance, the scenarios, the glossary, the checklist, the next steps and the sources, newest first, with what changed. A page changed since you last opened it on this device says so at the top.

## The glossary.

guidance-glossary = Glossary
guidance-glossary-lead = Terms and abbreviations used in this app, in plain words. In guidance pages, tap an abbreviation to see it in full.
# $page: the guidance page's title, drawn as a link.
guidance-glossary-read-more = Read more: { $page }
# $source: the source's title, drawn as a citation.
guidance-glossary-source = Source: { $source }

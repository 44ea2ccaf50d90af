# Workshop mode: the stages of a session, what the trainer's Next does, why an action did
# nothing, the plan's length, the shortcuts, the debriefs, what a screen reader in the room
# hears, the presenter's notes, and the printed handout and facilitator sheet.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

## The stages, in a few words (for the presenter and screen readers).

workshop-stage-intro = the scenario's introduction
workshop-stage-scene = the scene
workshop-stage-discuss = the discussion questions
workshop-stage-decide = the choices and the show of hands
workshop-stage-chosen = the path chosen (feedback hidden)
workshop-stage-revealed = the feedback
workshop-stage-ending = how the case ended
workshop-stage-debrief = the debrief of the room's path
workshop-stage-finished = the end of the session

## Why an action did nothing.

workshop-refusal-no-hands = No hands counted yet. Enter the show of hands, or choose which path to follow.
workshop-refusal-tied = The room is tied. Choose which path to follow.
workshop-refusal-at-start = This is the start of the session.
workshop-refusal-at-end = This is the end of the session.
workshop-refusal-nothing-to-reveal = Choose a path first; its feedback can then be revealed.
workshop-refusal-not-offered = That choice is not offered here.
workshop-refusal-missing = This scenario is no longer in the app, so it cannot be shown.

## What the trainer's Next button will do.

workshop-next-missing = This scenario is no longer in the app
workshop-next-first-scene = Show the first scene
workshop-next-discuss = Show the discussion questions
workshop-next-decide = Show the choices for a show of hands
workshop-next-follow = Follow the majority
workshop-next-reveal = Reveal the feedback
workshop-next-ending = Show how the case ended
workshop-next-scene = Show the next scene
workshop-next-debrief = Show the debrief
workshop-next-debrief-part = Show the next part of the debrief
workshop-next-scenario = Start the next scenario
workshop-next-end = End the session
workshop-next-over = The session is over

## The plan: what the scenarios take against the session's length. $n: the scenarios'
## minutes; $length: the session's length in minutes; $left, $over: the difference.

workshop-agenda-left = About { $n } minutes of scenarios in a { $length }-minute session: { $left } minutes left for discussion, breaks and questions.
workshop-agenda-full = About { $n } minutes of scenarios fill the { $length }-minute session, with no time left for discussion or breaks.
workshop-agenda-over = About { $n } minutes of scenarios: { $over } minutes more than the { $length }-minute session. Take one out or plan a longer session.
# $max: the longest session, in minutes.
workshop-agenda-length-refused = Enter the session's length as a number of minutes, from 1 to { $max }.
# $max: the most hands.
workshop-hands-refused = Enter the hands as a whole number from 0 to { $max }.

## The shortcuts: keys, then what they do.

workshop-notes-by-button = In one window your notes are shown only with the Your notes button, so a key pressed by mistake never puts them on the screen the room sees.
workshop-key-next = → or Page Down
workshop-key-next-does = Next: move on, follow the majority, reveal the feedback
workshop-key-back = ← or Page Up
workshop-key-back-does = Back one step
workshop-key-reveal = R
workshop-key-reveal-does = Reveal the feedback on the path chosen
workshop-key-majority = M
workshop-key-majority-does = Follow the path most of the room chose
workshop-key-timers = T
workshop-key-timers-does = Pause or resume the timers
workshop-key-notes = N
workshop-key-notes-does = Show or hide your notes (two windows; with one window, use the Your notes button)
workshop-key-size = + or −
workshop-key-size-does = Larger or smaller text for the room
workshop-key-full-screen = F
workshop-key-full-screen-does = Fill the screen with this window, or stop
workshop-key-help = ?
workshop-key-help-does = Show these shortcuts
workshop-key-close = Esc
workshop-key-close-does = Close this list

## The debriefs.

workshop-debrief-solo = Debrief: the path you took
workshop-debrief-you-chose = You chose
# $n: how many decisions; $good, $ok, $poor, $harmful: how many of each rating.
workshop-debrief-tally =
    { $n ->
        [one] { $n } decision: { $good } good practice, { $ok } defensible with gaps, { $poor } poor, { $harmful } likely to cause harm.
       *[other] { $n } decisions: { $good } good practice, { $ok } defensible with gaps, { $poor } poor, { $harmful } likely to cause harm.
    }
workshop-debrief-room = Debrief: the room's path
workshop-debrief-room-chose = The room chose
# $title: the case's title; $outcome: how it ended, in small letters.
workshop-debrief-ended = { $title }: { $outcome }

## The stage as the room and the presenter see it.

workshop-feedback-hidden-presenter = The feedback is hidden from the room. Press Reveal feedback (R) to show it.
workshop-feedback-hidden-room = The feedback will appear when the trainer reveals it.
workshop-not-finished = not finished

## What a screen reader in the room hears when the stage changes.

workshop-announce-missing = This scenario is no longer in the app.
# $stage: the stage (a workshop-stage-* message).
workshop-announce-stage = Now showing { $stage }
# $stage: the stage; $part: which part of the debrief; $parts: how many parts.
workshop-announce-stage-part = Now showing { $stage }, part { $part } of { $parts }
# $counts: each choice's letter and hands ("A 3"), joined by list-comma.
workshop-announce-hands = Hands: { $counts }.

## The presenter's notes and the past sessions.

# $minutes: the scenario's length; $warnings: its content warnings, joined by list-comma.
workshop-notes-intro = About { $minutes } minutes. Check the room is ready for: { $warnings }.
# $titles: the scenarios' titles, joined by list-semicolon.
workshop-titles = Scenarios: { $titles }.
workshop-past-finished = Finished.
workshop-past-not-finished = Not finished.
# $id: the id of a scenario no longer in the content.
workshop-scenario-gone = { $id } (no longer in the app)

## The printed handout and facilitator sheet.

workshop-print-handout = Handout
workshop-print-sheet = Facilitator sheet
workshop-print-depends = Some of what happens here depends on earlier decisions.
workshop-print-what-would-you-do = What would you do?
workshop-print-letters-differ = Some of these choices are offered only after certain earlier decisions, so the letters on the screen may differ.
workshop-print-your-notes = Your notes
# $start: the first scene's heading; $reviewed: when the scenario was reviewed.
workshop-print-starts = Starts at: { $start }. Reviewed { $reviewed }.
# Begins with a space: it follows a scene's heading. $outcome: how the case ended, in small letters.
workshop-print-ending = {" "}(ending: { $outcome })
workshop-print-notes = Notes
workshop-print-questions = Questions for the room
workshop-print-choices = Choices
# $rating: the choice's rating; $target: the heading of the scene it leads to.
workshop-print-leads-to = { $rating }. Leads to: { $target }.
workshop-print-reflect = Questions to reflect on
workshop-print-content-warning = Content warning:{" "}
# $warnings: the case's content warnings, joined by list-comma; $minutes: its length.
workshop-print-deals-with = this case deals with { $warnings }. About { $minutes } minutes.
# $links: the guidance links, joined by list-semicolon.
workshop-print-guidance = Guidance: { $links }

## Times and counts, in words.

# A timer's time for a screen reader. $hours, $minutes, $seconds: whole numbers.
workshop-time-hours = { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }
workshop-time-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }
workshop-time-seconds = { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }
# How many hands went up for a choice, and their share of all hands. $hands: a count; $percent: a whole number.
workshop-hands-share = { $hands ->
        [one] { $hands } hand
       *[other] { $hands } hands
    } ({ $percent }%)

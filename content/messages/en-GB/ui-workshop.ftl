# Workshop mode (desk build): planning a session, the presenter and audience views, the stage,
# the keyboard shortcuts, printing and past sessions; and, in the phone build, the wait while
# the desk tools load.
#
# Format: Project Fluent (https://projectfluent.org), as screening.ftl says. One message per
# line; each variable is described in a comment above its message. Where a sentence holds a
# link, it is split around the link's words; the spaces between the parts are in the Rust.

## The phone build, opening a desk screen.

ws-desk-opening = Opening the desk tools (workshop mode, writing scenarios, your data and your learning record)…
ws-desk-offline = The desk tools (workshop mode, writing scenarios, your data and your learning record) have not been downloaded to this device yet, and it seems to be offline. Everything else works offline, and your checklist answers are still here.
ws-desk-connect = Connect to the internet and try again, or go back.
ws-desk-try-again = Try again
ws-desk-home = Go to the home screen

## Shared by several workshop screens.

# The title when no scenario is on screen.
ws-fallback-title = Workshop
# $at: the scenario's place in the session. $count: how many scenarios the session has.
ws-place = Scenario { $at } of { $count }
ws-back = Back to workshop mode
ws-open-audience = Open the audience window
ws-export = Export this session as CSV
ws-none-yet = None yet.
ws-your-notes = Your notes
# $problem: what is wrong with what was typed, a whole sentence.
ws-error = Error: { $problem }

## The workshop screen: plan a session.

ws-title = Workshop mode
ws-lead = Run scenarios with a room from this laptop: the case on the projector, your notes on your screen, the room's show of hands at each decision, and a debrief of the path the room took. It works offline, with no accounts.
# Before the link ws-own-case-link.
ws-own-case = To run a case of your own,
ws-own-case-link = write a scenario
# After the link ws-own-case-link.
ws-own-case-after = first: it is listed here once kept on this laptop.
ws-nothing-asked = Nothing about the people in the room is asked for or kept: only the path the room took and how many hands went up, on this laptop.
ws-in-progress-heading = Session in progress
# $when: when it started, in words. $titles: the scenarios it runs.
ws-in-progress-started = Started { $when }. { $titles }
ws-continue = Continue in the presenter view
ws-plan-heading = Plan a session
ws-which = Which scenarios will you run?
ws-pick-error = Error: Choose at least one scenario.
# $title: the scenario's title. $minutes: how long it takes.
ws-pick-label =
    { $minutes ->
        [one] { $title } (about { $minutes } minute)
       *[other] { $title } (about { $minutes } minutes)
    }
ws-how-show = How will you show it?
ws-two-windows = Two windows: the audience view on the projector (drag its window there and press F to fill the screen), the presenter view on this screen
ws-one-window = One window, shown to the room: your notes stay hidden until you press N
ws-length-label = How long is the session? (minutes)
ws-order-heading = Running order and time plan
ws-order-empty = Tick the scenarios to run: they are listed here in the order they will run, with when each starts.
# $start: the minute it starts at. $title: the scenario's title. $minutes: how long it takes.
ws-order-slot =
    { $minutes ->
        [one] From minute { $start }: { $title } (about { $minutes } minute)
       *[other] From minute { $start }: { $title } (about { $minutes } minutes)
    }
ws-up = Up
# For screen readers, after ws-up. $title: the scenario's title.
ws-up-which = : { $title } earlier
ws-down = Down
# For screen readers, after ws-down. $title: the scenario's title.
ws-down-which = : { $title } later
ws-start = Start the session
ws-shortcuts-heading = Shortcuts while presenting
ws-print-heading = Print
ws-print-intro = A handout has the case, its decisions and space for notes. A facilitator sheet has your notes, the rating of every choice, where it leads and the guidance behind it.
ws-handout = handout
ws-sheet = facilitator sheet
# For screen readers, after ws-handout and ws-sheet. $title: the scenario's title.
ws-for-title = for { $title }
ws-past-heading = Past sessions
# $n: how many sessions are kept at most.
ws-past-kept = The last { $n } sessions are kept on this laptop; older ones are let go.
ws-deleted = The session record was deleted from this laptop.
# $when: when it started, in words.
ws-session-of = Session of { $when }
ws-delete = Delete this record
# For screen readers, after ws-delete. $when: when the session started, in words.
ws-delete-of = of { $when }

## A past session, and exporting its record.

ws-not-found = Session not found
ws-not-found-text = This session is not kept on this device. It may have been deleted or erased, here or in another tab or window.
# $when: when it started, in words.
ws-session-title = Workshop session of { $when }
ws-print-record = Print this record
ws-no-decisions = The room did not take any decisions in this scenario.
# $file: the name of the file written.
ws-exported = The session was saved as { $file }.
ws-export-refused = The browser did not let the app save the file.
ws-export-gone = This session is no longer kept on this device (it was deleted or erased, perhaps in another tab or window), so there is nothing to export.

## The presenter view.

# $why: why it is not kept, a few words (state-why-*).
ws-not-kept = The session record is not being kept on this device: { $why }. The session goes on in this window, but its record will be lost when the window closes.
# $stage: what the projector shows.
ws-on-projector = On the projector: { $stage }.
ws-leave-not-kept = Leave (the session is not being kept)
ws-leave = Leave (the session is kept)
ws-scene-timer = Scene
# $time: the time, in words.
ws-scene-time = Time on this scene: { $time }
ws-session-timer = Session
# $time: the time, in words.
ws-session-time = Time since the session started: { $time }
ws-paused = (paused)
ws-resume-timers = Resume timers
ws-pause-timers = Pause timers
ws-shortcuts = Shortcuts
ws-audience-open = The audience window is open and following.
ws-audience-closed = Open the audience window and move it to the projector, or show this window to the room.
# Before the link ws-no-session-link.
ws-no-session = No workshop session is running.
ws-no-session-link = Plan a session
# After the link ws-no-session-link.
ws-no-session-after = first.
ws-room-sees = What the room sees
ws-controls = Move through the session
ws-back-button = Back
ws-reveal = Reveal feedback
# Followed by what Next does now.
ws-next = Next:
ws-hands-heading = Show of hands
ws-hands-hint = Let the room discuss, count the hands for each choice, then follow the majority or choose a path.
# $rating: how good the choice is. $target: the heading of the scene it leads to.
ws-leads-to = { $rating } · leads to: { $target }
# $letter: the choice's letter.
ws-fewer = One fewer hand for { $letter }
# $letter: the choice's letter.
ws-more = One more hand for { $letter }
# $letter: the choice's letter.
ws-hands-for = Hands for { $letter }
# $letter: the choice's letter.
ws-follow = Follow { $letter }
# $n: how many hands were counted in all.
ws-hands-counted =
    { $n ->
        [one] { $n } hand counted.
       *[other] { $n } hands counted.
    }
ws-follow-majority = Follow the majority (M)
ws-questions = Questions for the room
ws-no-notes = No notes for this scene.
# $label: how good the choice is.
ws-feedback = Feedback: { $label }
ws-over = The session is over
ws-over-text = The room's path through each scenario, with the show of hands, is kept on this laptop. Export it for your records, or print it.
ws-print-session = Print the session record

## The audience view and the stage.

# Before the link ws-room-none-link.
ws-room-none = No workshop session is running yet. Start one from the
ws-room-none-link = workshop screen
# After the link ws-room-none-link.
ws-room-none-after = in the presenter's window; this view will follow it.
ws-missing = This scenario is no longer in the app, so it cannot be shown. Go back, or end the session.
ws-talk = Talk about it
ws-decide = What would you do?
ws-room-chose = The room chose
ws-split = How the room split
ws-end = End of the session
ws-thanks = Thank you for taking part.

## The keyboard shortcuts.

ws-keys-heading = Keyboard shortcuts
ws-clicker = A presentation clicker's forward and back buttons work as Next and Back.
ws-close = Close
ws-key = Key
ws-what-it-does = What it does
ws-single-keys = Single-key shortcuts (R, M, T, N, F, + and −, ?)
ws-single-keys-hint = Untick to turn them off on this laptop, if you use speech input or might press a key by mistake. The arrows, a clicker and every button still work. Letters typed in a box are never shortcuts.
ws-keys-kept = Kept on this laptop.
ws-keys-not-kept = Changed for now, but not kept on this laptop (the message at the top says why).

## Printing a scenario.

ws-print-handout = Print this handout
ws-print-sheet = Print this facilitator sheet

# The scenarios for a learner alone (the list, one scenario scene by scene, its feedback) and the
# pieces a path through a scenario is drawn with, shared with workshop mode (the debrief).
#
# Format: Project Fluent (https://projectfluent.org), as screening.ftl says. One message per
# line; each variable is described in a comment above its message. Where a sentence holds a
# link, it is split around the link's words; the spaces between the parts are in the Rust.

## The list of scenarios.

scenario-list-title = Scenarios
scenario-list-lead = Realistic cases to practise the decisions you may face. After each decision you see why it helps or harms, and at the end a debrief of the path you took.
scenario-list-kept = Your progress is kept on this device only. Nothing is sent anywhere.
# Before the link scenario-list-workshop-link.
scenario-list-group = Training a group?
scenario-list-workshop-link = Workshop mode
# After scenario-list-workshop-link, before scenario-list-author-link.
scenario-list-workshop = shows a case on a projector, takes the room's show of hands at each decision and prints handouts. Trainers can also
scenario-list-author-link = write a scenario
# After scenario-list-author-link.
scenario-list-author = of their own.
# $minutes: how long the case takes. $warnings: what it deals with, as a list.
scenario-card-meta =
    { $minutes ->
        [one] About { $minutes } minute. Deals with: { $warnings }.
       *[other] About { $minutes } minutes. Deals with: { $warnings }.
    }
scenario-status-not-started = Not started
scenario-status-in-progress = In progress
# $n: how many times it was finished. $ending: the heading of the last ending reached.
scenario-status-finished = Finished { $n ->
        [one] once
       *[other] { $n } times
    }. Last ending: { $ending }
# $n: how many times it was finished. $ending: the heading of the last ending reached.
scenario-status-playing-again = In progress. Finished before ({ $n ->
        [one] once
       *[other] { $n } times
    }); last ending: { $ending }
scenario-clear-progress = Clear my scenario progress
scenario-progress-cleared = Your scenario progress has been cleared from this device.
scenario-progress-changed = Your progress in this scenario was changed in another tab or window (cleared, or played further), so this page now shows what is kept. Nothing was added to it.

## One scenario.

# $mark: the mark of a scenario written on this device.
scenario-local-mark = { $mark }.
scenario-local-note = A trainer wrote this scenario on this device with the app's author screen. The app checked its form, but nobody has reviewed what it says.
scenario-changed = This scenario has changed since you saved your place in it, so it starts again from the beginning.
scenario-content-warning = Content warning:
# $warnings: what the case deals with, as a list.
scenario-deals-with = this case deals with { $warnings }.
# $minutes: how long the case takes.
scenario-takes =
    { $minutes ->
        [one] It takes about { $minutes } minute. You can stop at any time; your place is kept on this device.
       *[other] It takes about { $minutes } minutes. You can stop at any time; your place is kept on this device.
    }
scenario-start = Start the scenario
scenario-what-do-you-do = What do you do?
scenario-choose-error = Error: Choose one of the options, then press Choose.
scenario-choose = Choose
scenario-you-chose = You chose:
scenario-continue = Continue
scenario-start-again = Start again
scenario-try-another = Try another scenario
scenario-learning-record = Your learning record
scenario-go-back = Go back one decision

## A path through a scenario, and its debrief (also in workshop mode).

# Before the links to the guidance a choice rests on.
path-guidance = Guidance:
# $n: how many hands were raised in all.
path-hands-total =
    { $n ->
        [one] { $n } hand raised in all.
       *[other] { $n } hands raised in all.
    }
# $part: this part's number. $parts: how many parts.
path-part = Part { $part } of { $parts }
# $who: who chose ("You chose", "The room chose").
path-who-chose = { $who }:
path-no-hands = No hands were counted.
path-reflect = Questions to reflect on

# translation-status: drafted
# translated-from: 87a9b1942882a9e8
# The numbers to tap beside the level and in each next step, and who the steps are worded for.
#
# Format: Project Fluent (https://projectfluent.org), as screening.ftl says. One message per
# line; each variable is described in a comment above its message.

# Before the number to tap. $label: who is called ("Police").
calls-call = Ffonio { $label }:
# $role: the kind of work the person said they do.
calls-worded-for = Wedi'u geirio ar gyfer eich gwaith: { $role }.
calls-change = Newid
# For screen readers, after calls-change.
calls-your-role = eich rôl
# A link, followed by calls-say-role-after.
calls-say-role = Dywedwch pa waith rydych chi'n ei wneud
calls-say-role-after = i eirio'r camau hyn ar eich cyfer (dewisol).

# The numbers to tap beside the level and in each next step, and who the steps are worded for.
#
# Format: Project Fluent (https://projectfluent.org), as screening.ftl says. One message per
# line; each variable is described in a comment above its message.

# Before the number to tap. $label: who is called ("Police").
calls-call = Call { $label }:
# $role: the kind of work the person said they do.
calls-worded-for = Worded for your work: { $role }.
calls-change = Change
# For screen readers, after calls-change.
calls-your-role = your role
# A link, followed by calls-say-role-after.
calls-say-role = Say what work you do
calls-say-role-after = to word these steps for you (optional).

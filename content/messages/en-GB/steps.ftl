# The next steps for a level of concern: each step's title (what to do, starting with a verb)
# and its text (how, and who to contact), and where to find a local number when none is saved.
#
# Format: Project Fluent (https://projectfluent.org). One message per line. docs/messages.md
# says how to add or change a message. Every language's file has the same ids and variables.

## Texts said in several steps.

steps-record-text = Write down what you noticed, when, and the child's own words. Records may be disclosable later: record facts, not guesses, and no more personal detail than your procedures need.
steps-no-nation-text = No UK nation was chosen, so this step does not name the bodies in your nation. Follow your local safeguarding procedures.

## Where to find a local number when the person has not saved one.

steps-no-nation-find = Children's services' numbers, in and out of office hours, are on the local council's website (in Northern Ireland, the Health and Social Care Trust's) and in your local safeguarding procedures.
steps-front-door-find = Find the numbers on the council's website (in Northern Ireland, the Trust's) or in your local safeguarding procedures, and save them in your contacts.
steps-lead-find = Your organisation's safeguarding policy names your safeguarding lead and how to reach them.
steps-force-find = Your force's procedures for child exploitation say who to tell and how to reach them.
steps-guardian-find = How to refer is on the guardian service's own website; children's services can tell you the route in your area.
steps-police-find = Your police force's website gives its non-emergency number.

## The steps.

steps-record-title = Record what you have noticed
steps-strengths-title = Build on the strengths you noted
steps-strengths-text = Tell the people you contact what is going well for the child: a trusted adult, school or a safe place can be part of the plan. Strengths do not lower the level of concern.
steps-emergency-police-title = Get help to the child now
steps-emergency-police-text = The child is in immediate danger. Call for urgent help on 999 or by your force's own means, and stay with the child if you can do so without danger to yourself.
steps-emergency-title = Call 999 now
steps-emergency-text = The child is in immediate danger. Stay with them if you can do so without danger to yourself, and tell the call handler you think the child is being exploited.
steps-talk-today-title = Talk to your safeguarding lead today
steps-talk-today-text = Share what you have noticed. Do not wait for more signs before you act.
steps-nrm-concern-title = Make sure a National Referral Mechanism referral is made if the child may have been trafficked or exploited
# $nrm: the nation's words on the National Referral Mechanism, from content/nations.toml.
steps-nrm-concern-text = Every child who may have been trafficked or exploited should be referred: decide it with children's services today, and do not wait to be sure. { $nrm }
steps-talk-title = Talk to your safeguarding lead
steps-talk-text = Exploiters look for children in these circumstances. Agree who will keep in touch with the child and what would make you act.
steps-watch-title = Keep watching for signs of exploitation
steps-watch-text = If you notice any of the signs on this checklist, come back and tick them: the level will rise.
steps-judgement-title = Act on your judgement if you are still worried
steps-judgement-text = Talk to your safeguarding lead. Children often do not tell, and many signs are hidden.
steps-social-care-now-title = Start your child protection procedures now
# $out_of_hours: the nation's words on the out-of-hours team, from content/nations.toml.
steps-social-care-now-text = You work in children's services: act on this now under your local procedures and tell your manager or the duty team. { $out_of_hours }
steps-social-care-title = Raise it in your team today
# $out_of_hours: the nation's words on the out-of-hours team, from content/nations.toml.
steps-social-care-text = You work in children's services: discuss it with your manager under your local procedures. { $out_of_hours }
steps-children-services-now-title = Tell children's services now
steps-children-services-title = Contact children's services
steps-police-now-no-nation-title = Tell children's services now and act under your force's procedures
steps-now-no-nation-title = Tell children's services and the police now
steps-nrm-title = Make sure a National Referral Mechanism referral is made
steps-nrm-no-nation-text = A child does not need to agree to it. Safeguard the child first.
steps-police-role-title = Act under your force's procedures
steps-police-role-text = You are the police, so this step is yours: follow your force's procedures for child exploitation and tell your supervisor.
steps-police-title = Tell the police
# $name: the nation's guardian service, from content/nations.toml.
steps-guardian-title = Refer the child to a guardian: { $name }
# $name: the nation's protection for a child accused of an offence, from content/nations.toml.
steps-non-prosecution-title = If the child is accused of an offence: { $name }
# $text: the nation's words on that protection, from content/nations.toml.
steps-non-prosecution-text = See the child before the offence. { $text }

-- Three more built-in protocols (issue 23), worded in EN/FR/ES by the bundles (protocol.<code>.…): a debrief
-- (What? So what? Now what?), a text-based protocol (the Four A's) and a 20-minute Consultancy in trios. Ids below
-- the sequence's start, like the first three; no new phase kind was needed.
INSERT INTO protocol_template (id, community_id, code, name, description, created_at, version) VALUES
 (4, NULL, 'what-so-what', 'What? So what? Now what? (debrief)', 'A debrief in three questions: what happened, why it matters, what we will do next; then a takeaway.', TIMESTAMP WITH TIME ZONE '2026-12-04 00:00:00+00', 0),
 (5, NULL, 'four-as', 'The Four A’s (text-based)', 'A text-based protocol: read a shared text, then name its assumptions, what you agree with, argue with and aspire to.', TIMESTAMP WITH TIME ZONE '2026-12-04 00:00:00+00', 0),
 (6, NULL, 'flash-consultancy', 'Flash Consultancy in trios (20 minutes)', 'A 20-minute Consultancy: a quick presentation, a few clarifying questions, trios that work the problem, recommendations, a short reflection.', TIMESTAMP WITH TIME ZONE '2026-12-04 00:00:00+00', 0);

INSERT INTO protocol_phase (template_id, position, kind, title, instructions, minutes, speakers, wording, moves_on) VALUES
 (4, 0, 'DISCUSSION', 'What?', 'What happened? Say what you noticed: facts, events, observations, without judging them yet.', 10, 'EVERYONE', 'protocol.what-so-what.0', FALSE),
 (4, 1, 'DISCUSSION', 'So what?', 'Why does it matter? Which patterns do you see, and what surprised you?', 10, 'EVERYONE', 'protocol.what-so-what.1', FALSE),
 (4, 2, 'DISCUSSION', 'Now what?', 'What will you do differently? Name one concrete next step.', 7, 'EVERYONE', 'protocol.what-so-what.2', FALSE),
 (4, 3, 'DEBRIEF', 'Takeaway', 'Leave a one-line takeaway.', 3, 'EVERYONE', 'protocol.what-so-what.3', FALSE),
 (5, 0, 'DISCUSSION', 'Read the text', 'Read the text silently. Mark passages for the four A’s: assumptions, agree, argue, aspire.', 10, 'EVERYONE', 'protocol.four-as.0', FALSE),
 (5, 1, 'DISCUSSION', 'Assumptions', 'What does the author assume? Note one assumption and the passage that shows it.', 7, 'EVERYONE', 'protocol.four-as.1', FALSE),
 (5, 2, 'DISCUSSION', 'Agree', 'What do you agree with in the text? Say why, with a passage.', 7, 'EVERYONE', 'protocol.four-as.2', FALSE),
 (5, 3, 'DISCUSSION', 'Argue', 'What would you argue with in the text? Say why, with a passage.', 7, 'EVERYONE', 'protocol.four-as.3', FALSE),
 (5, 4, 'DISCUSSION', 'Aspire', 'What in the text do you want to aspire to, or act on?', 6, 'EVERYONE', 'protocol.four-as.4', FALSE),
 (5, 5, 'DEBRIEF', 'Debrief', 'What did the text mean for our work? Leave a one-line takeaway.', 3, 'EVERYONE', 'protocol.four-as.5', FALSE),
 (6, 0, 'PRESENTATION', 'Quick presentation', 'The presenter states the problem and the focus question in three minutes.', 3, 'PRESENTER', 'protocol.flash-consultancy.0', FALSE),
 (6, 1, 'QUESTIONS', 'Clarifying questions', 'Two or three brief, factual questions.', 3, 'EVERYONE', 'protocol.flash-consultancy.1', FALSE),
 (6, 2, 'BREAKOUT', 'Trios', 'In groups of three, work the problem through and note your best idea.', 8, 'EVERYONE', 'protocol.flash-consultancy.2', FALSE),
 (6, 3, 'RECOMMENDATIONS', 'Recommendations', 'Each trio shares its best idea; +1 the strongest.', 4, 'EVERYONE', 'protocol.flash-consultancy.3', FALSE),
 (6, 4, 'REFLECTION', 'Presenter reflection', 'The presenter says what they will try.', 2, 'PRESENTER', 'protocol.flash-consultancy.4', FALSE);

-- Issue 23: a contribution's sort is no longer a question's only (clarifying, probing; and the Tuning protocol's warm
-- and cool feedback), so its column is named for what it holds.
ALTER TABLE contribution RENAME COLUMN question_type TO contribution_type;

-- Three more built-in protocols, worded in EN/FR/ES by the bundles (protocol.<code>.…): Tuning, whose warm and cool
-- feedback is a new phase kind (FEEDBACK: no other kind keeps the two apart), Success Analysis and a silent Chalk Talk.
INSERT INTO protocol_template (id, community_id, code, name, description, created_at, version) VALUES
 (7, NULL, 'tuning', 'Tuning (warm and cool feedback)', 'The presenter shares a piece of work and a focus question; the group examines it and gives warm and cool feedback, kept apart, while the presenter listens; then the presenter reflects.', TIMESTAMP WITH TIME ZONE '2026-12-05 00:00:00+00', 0),
 (8, NULL, 'success-analysis', 'Success Analysis', 'Each person writes about a professional success; trios share and analyse what made each one work; the group names the conditions it can repeat on purpose.', TIMESTAMP WITH TIME ZONE '2026-12-05 00:00:00+00', 0),
 (9, NULL, 'chalk-talk', 'Chalk Talk (silent)', 'A silent conversation in writing: the facilitator poses a question, everyone writes and responds to each other’s notes without speaking, then the group talks about what the board shows.', TIMESTAMP WITH TIME ZONE '2026-12-05 00:00:00+00', 0);

INSERT INTO protocol_phase (template_id, position, kind, title, instructions, minutes, speakers, wording, moves_on) VALUES
 (7, 0, 'PRESENTATION', 'Presenter’s overview', 'The presenter describes the work (a unit, a lesson, student work), its context, and the focus question for the feedback.', 10, 'PRESENTER', 'protocol.tuning.0', FALSE),
 (7, 1, 'QUESTIONS', 'Clarifying questions', 'Brief, factual questions about the work and its context.', 5, 'EVERYONE', 'protocol.tuning.1', FALSE),
 (7, 2, 'DISCUSSION', 'Examine the work', 'Look at the work in silence. Note what works and what you would question, in the light of the focus question.', 10, 'GROUP', 'protocol.tuning.2', FALSE),
 (7, 3, 'FEEDBACK', 'Warm and cool feedback', 'Give warm feedback (what works) and cool feedback (gaps, questions, what to consider), each tied to the focus question.', 15, 'GROUP', 'protocol.tuning.3', FALSE),
 (7, 4, 'REFLECTION', 'Presenter’s reflection', 'The presenter responds to the feedback they choose: what they heard, what they will change.', 10, 'PRESENTER', 'protocol.tuning.4', FALSE),
 (7, 5, 'DEBRIEF', 'Debrief', 'How did the protocol work for us? Leave a one-line takeaway.', 5, 'EVERYONE', 'protocol.tuning.5', FALSE),
 (8, 0, 'DISCUSSION', 'Write your success', 'Write about one recent professional success: what happened, and why it mattered.', 10, 'EVERYONE', 'protocol.success-analysis.0', FALSE),
 (8, 1, 'BREAKOUT', 'Share and analyse in trios', 'In groups of three, each person shares their success; the others ask clarifying questions, then discuss what made it work. Note what you find.', 30, 'EVERYONE', 'protocol.success-analysis.1', FALSE),
 (8, 2, 'DISCUSSION', 'What made it work', 'Together: what do our successes have in common? Name the conditions that made them work.', 10, 'EVERYONE', 'protocol.success-analysis.2', FALSE),
 (8, 3, 'DEBRIEF', 'Debrief', 'What will you repeat on purpose? Leave a one-line takeaway.', 5, 'EVERYONE', 'protocol.success-analysis.3', FALSE),
 (9, 0, 'DISCUSSION', 'The question', 'The facilitator writes the question for the chalk talk and explains the silence.', 2, 'FACILITATOR', 'protocol.chalk-talk.0', FALSE),
 (9, 1, 'DISCUSSION', 'Silent chalk talk', 'In silence, write your thoughts about the question and respond to others’ notes in writing: connect, question, add.', 20, 'EVERYONE', 'protocol.chalk-talk.1', FALSE),
 (9, 2, 'DISCUSSION', 'What do we notice?', 'Now talk: which patterns and themes do you see in the notes? What surprised you? What is still open?', 10, 'EVERYONE', 'protocol.chalk-talk.2', FALSE),
 (9, 3, 'DEBRIEF', 'Takeaway', 'Leave a one-line takeaway.', 3, 'EVERYONE', 'protocol.chalk-talk.3', FALSE);

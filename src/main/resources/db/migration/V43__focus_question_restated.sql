-- The published Consultancy has the presenter restate the focus question after the probing questions: the classic
-- built-in protocol gains that phase (a new phase kind, RESTATEMENT), after its probing questions. Its later phases move
-- one place down in two steps, so that no two rows share a position on the way. Meetings already planned keep their copy.
UPDATE protocol_phase SET position = position + 100 WHERE template_id = 2 AND position >= 3;
UPDATE protocol_phase SET position = position - 99 WHERE template_id = 2 AND position >= 103;
INSERT INTO protocol_phase (template_id, position, kind, title, instructions, minutes, speakers, wording, moves_on) VALUES
 (2, 3, 'RESTATEMENT', 'Focus question restated',
  'The presenter restates the focus question in the light of the questions: it may have changed.', 3, 'PRESENTER',
  'protocol.consultancy-classic.restate', FALSE);

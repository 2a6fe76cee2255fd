-- Gentle timing: a phase may move on by itself when its time is up, everyone seeing "Moving on in 10 s" first, unless
-- a facilitator stays (the phase stayed in is kept on the meeting).
ALTER TABLE protocol_phase ADD COLUMN moves_on BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE meeting_phase ADD COLUMN moves_on BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE meeting ADD COLUMN stayed_in INTEGER;

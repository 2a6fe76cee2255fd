-- Issue 23: bilingual chats. A phase's instructions (a chat's question) may be written in Marigold's languages too;
-- each reader is shown theirs first and may show the others.
ALTER TABLE meeting_phase ADD COLUMN instructions_en VARCHAR(2000);
ALTER TABLE meeting_phase ADD COLUMN instructions_fr VARCHAR(2000);
ALTER TABLE meeting_phase ADD COLUMN instructions_es VARCHAR(2000);
ALTER TABLE protocol_phase ADD COLUMN instructions_en VARCHAR(2000);
ALTER TABLE protocol_phase ADD COLUMN instructions_fr VARCHAR(2000);
ALTER TABLE protocol_phase ADD COLUMN instructions_es VARCHAR(2000);

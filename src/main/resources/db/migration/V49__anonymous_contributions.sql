-- Issue 23: a meeting whose contributions are anonymous (chosen by a facilitator before it starts): nobody but their
-- author sees who said, wrote or found what. NAMED or ANONYMOUS (org.marigold.meeting.Authorship).
ALTER TABLE meeting ADD COLUMN authorship VARCHAR(16) DEFAULT 'NAMED' NOT NULL;

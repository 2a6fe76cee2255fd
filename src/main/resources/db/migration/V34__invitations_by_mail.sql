-- Invitations by e-mail (issue 21): an invitation may name the address it was mailed to; it is then for one person,
-- remembers who joined through it and when, and when and how often it was sent (sending again replaces its secret).
ALTER TABLE invitation ADD COLUMN email VARCHAR(254);
ALTER TABLE invitation ADD COLUMN joined_by BIGINT REFERENCES account (id) ON DELETE SET NULL;
ALTER TABLE invitation ADD COLUMN joined_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE invitation ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE invitation ADD COLUMN times_sent INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX invitation_email ON invitation (community_id, email);

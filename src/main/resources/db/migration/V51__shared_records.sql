-- Issue 24: a facilitator publishes a meeting's record read-only at a secret link, for people outside the community.
ALTER TABLE meeting ADD COLUMN record_token VARCHAR(64);
CREATE UNIQUE INDEX meeting_record_token ON meeting (record_token);

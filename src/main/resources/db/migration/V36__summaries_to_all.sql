-- A community may mail a meeting's summary to all its members, not only to those who came (issue 21); then members
-- who missed it get the summary rather than the short digest.
ALTER TABLE community ADD COLUMN summaries_to_all BOOLEAN DEFAULT FALSE NOT NULL;

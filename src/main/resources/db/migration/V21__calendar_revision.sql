-- A calendar entry's SEQUENCE rises when what calendars show of a meeting changes, and only then (not with every
-- phase step, as the row's version does). Existing meetings start from their version, so no SEQUENCE goes down.
ALTER TABLE meeting ADD COLUMN calendar_revision INT NOT NULL DEFAULT 0;
UPDATE meeting SET calendar_revision = CAST(LEAST(version, 2147483647) AS INT);

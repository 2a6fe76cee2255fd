-- A series can be ended: no meeting is planned after its last day, and those already planned after it are called off.
ALTER TABLE meeting_series ADD COLUMN ends_on DATE;

-- After a meeting (issue 21): those who came are mailed its summary, members who missed it a short digest. Each member
-- chooses per community whether they get each kind (reminders already has its column). The summary is queued once per
-- meeting (meeting_reminder, kind AFTER); meetings that ended before this release are not summarised now.
ALTER TABLE membership ADD COLUMN summaries BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE membership ADD COLUMN digests BOOLEAN DEFAULT TRUE NOT NULL;
INSERT INTO meeting_reminder (meeting_id, kind, queued_at) SELECT id, 'AFTER', CURRENT_TIMESTAMP FROM meeting WHERE status = 'ENDED';

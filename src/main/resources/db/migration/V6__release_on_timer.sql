-- Chat meetings can release the next question when the current one's time is up.
ALTER TABLE meeting ADD COLUMN release_on_timer BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX meeting_running ON meeting (status, release_on_timer);

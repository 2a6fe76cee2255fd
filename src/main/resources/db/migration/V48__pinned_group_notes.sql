-- Issue 23: a facilitator pins a breakout group's note for the whole room to see (the live page and every group's page).
ALTER TABLE breakout_note ADD COLUMN pinned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE breakout_note ADD COLUMN pinned_by_id BIGINT REFERENCES account (id) ON DELETE SET NULL;
CREATE INDEX breakout_note_pinned ON breakout_note (pinned_at);

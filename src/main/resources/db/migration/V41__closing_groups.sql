-- Breakout groups never close mid-sentence: everyone in them is warned before they close (how long before, per
-- meeting), and a facilitator's "close the groups" lets the warning run before the room is back together.
ALTER TABLE meeting ADD COLUMN groups_warning_seconds INTEGER DEFAULT 60 NOT NULL;
ALTER TABLE meeting ADD COLUMN closing_groups BOOLEAN DEFAULT FALSE NOT NULL;

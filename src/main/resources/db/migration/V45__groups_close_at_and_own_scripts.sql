-- Closing breakout groups keeps the phase's own planned time (a facilitator may keep the groups open after all): the
-- meeting notes when the groups close instead of shortening the phase.
ALTER TABLE meeting ADD COLUMN groups_close_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE meeting DROP COLUMN closing_groups;
-- A built-in phase whose cue card or norm a facilitator rewrote keeps its title and instructions in every language:
-- only its script is then as written.
ALTER TABLE protocol_phase ADD COLUMN script_written BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE meeting_phase ADD COLUMN script_written BOOLEAN DEFAULT FALSE NOT NULL;

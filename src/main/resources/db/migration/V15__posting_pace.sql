-- A person's recent posts in a meeting are counted before each new one (PostingPace).
CREATE INDEX contribution_author_pace ON contribution (meeting_id, author_id, created_at);
CREATE INDEX breakout_note_author_pace ON breakout_note (author_id, written_at);

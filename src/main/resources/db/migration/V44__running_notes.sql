-- A meeting's running notes: a facilitator names a note-taker, who (or a facilitator) writes notes as the meeting goes;
-- they are kept in the record. One row per meeting, apart from the meeting's own (busy) row; a version per save, so
-- that of two writers starting from the same text the second is told, never overwritten.
CREATE TABLE meeting_notes (
    meeting_id     BIGINT         NOT NULL PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    note_taker_id  BIGINT         REFERENCES account (id) ON DELETE SET NULL,
    body           VARCHAR(20000),
    updated_at     TIMESTAMP WITH TIME ZONE,
    updated_by_id  BIGINT         REFERENCES account (id) ON DELETE SET NULL,
    version        BIGINT         NOT NULL DEFAULT 0
);

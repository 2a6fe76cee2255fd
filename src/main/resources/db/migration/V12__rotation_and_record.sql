-- A community's choices for its records (names or anonymous; how long members who missed a meeting may comment),
-- the presenter's "what I tried" after a meeting, and the comments people add to a record afterwards.
ALTER TABLE community ADD COLUMN anonymous_records BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE community ADD COLUMN comment_days INTEGER NOT NULL DEFAULT 14;

ALTER TABLE meeting ADD COLUMN follow_up VARCHAR(4000);
ALTER TABLE meeting ADD COLUMN follow_up_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE record_comment_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE record_comment (
    id          BIGINT        NOT NULL PRIMARY KEY,
    meeting_id  BIGINT        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    author_id   BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    body        VARCHAR(4000) NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX record_comment_meeting ON record_comment (meeting_id, written_at);

-- Past meetings are listed newest first and searched by status within a community.
CREATE INDEX meeting_community_status_start ON meeting (community_id, status, starts_at);

-- What happens inside breakout groups: shared notes, found resources (library resources that remember their
-- group), broadcasts from the facilitators, groups that members choose themselves, and each group's last activity.
ALTER TABLE breakout ADD COLUMN chosen_by_members BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE breakout ADD COLUMN last_activity_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE breakout_note_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE breakout_note (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    breakout_id        BIGINT        NOT NULL REFERENCES breakout (id) ON DELETE CASCADE,
    author_id          BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    body               VARCHAR(2000) NOT NULL,
    written_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_by_id       BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    edited_at          TIMESTAMP WITH TIME ZONE,
    recommendation_id  BIGINT        REFERENCES contribution (id) ON DELETE SET NULL,
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX breakout_note_breakout ON breakout_note (breakout_id, id);

ALTER TABLE resource ADD COLUMN found_breakout_id BIGINT REFERENCES breakout (id) ON DELETE SET NULL;
CREATE INDEX resource_found_breakout ON resource (found_breakout_id);

CREATE SEQUENCE breakout_broadcast_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE breakout_broadcast (
    id          BIGINT        NOT NULL PRIMARY KEY,
    meeting_id  BIGINT        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    author_id   BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    body        VARCHAR(500)  NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX breakout_broadcast_meeting ON breakout_broadcast (meeting_id, sent_at);

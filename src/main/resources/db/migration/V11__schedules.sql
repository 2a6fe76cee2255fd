-- A community's meeting series (a recurrence rule in the community's time zone, with skipped or moved dates), the
-- meetings they plan, members' answers to "will you come?", and the secrets of calendar feed addresses.
CREATE SEQUENCE meeting_series_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE meeting_series (
    id                BIGINT        NOT NULL PRIMARY KEY,
    community_id      BIGINT        NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    title             VARCHAR(160)  NOT NULL,
    rrule             VARCHAR(500)  NOT NULL,
    first_day         DATE          NOT NULL,
    start_time        TIME          NOT NULL,
    duration_minutes  INTEGER       NOT NULL,
    template_id       BIGINT        REFERENCES protocol_template (id) ON DELETE SET NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX meeting_series_community ON meeting_series (community_id);

CREATE TABLE series_change (
    series_id        BIGINT NOT NULL REFERENCES meeting_series (id) ON DELETE CASCADE,
    occurrence_date  DATE   NOT NULL,
    moved_to         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (series_id, occurrence_date)
);

ALTER TABLE meeting ADD COLUMN series_id BIGINT REFERENCES meeting_series (id) ON DELETE SET NULL;
ALTER TABLE meeting ADD COLUMN occurrence_date DATE;
CREATE UNIQUE INDEX meeting_series_occurrence ON meeting (series_id, occurrence_date);

CREATE TABLE rsvp (
    meeting_id   BIGINT      NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    account_id   BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    answer       VARCHAR(8)  NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (meeting_id, account_id)
);

ALTER TABLE community ADD COLUMN calendar_secret VARCHAR(64);
ALTER TABLE account ADD COLUMN calendar_secret VARCHAR(64);
CREATE UNIQUE INDEX community_calendar_secret ON community (calendar_secret);
CREATE UNIQUE INDEX account_calendar_secret ON account (calendar_secret);

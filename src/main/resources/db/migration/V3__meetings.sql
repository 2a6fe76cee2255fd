CREATE SEQUENCE meeting_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE meeting (
    id                BIGINT       NOT NULL PRIMARY KEY,
    community_id      BIGINT       NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    title             VARCHAR(160) NOT NULL,
    starts_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes  INTEGER      NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX meeting_community_start ON meeting (community_id, starts_at);

CREATE SEQUENCE resource_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE resource (
    id            BIGINT        NOT NULL PRIMARY KEY,
    community_id  BIGINT        NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    kind          VARCHAR(16)   NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    url           VARCHAR(2000),
    description   VARCHAR(4000),
    added_by      BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX resource_community_added ON resource (community_id, added_at);

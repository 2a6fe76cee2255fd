-- A resource can be edited and removed from the library; a removed one keeps its row (meetings' records still
-- name it) and can be put back for a while. Every edit, removal and return is recorded.
ALTER TABLE resource ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE resource ADD COLUMN removed_by BIGINT REFERENCES account (id) ON DELETE SET NULL;

CREATE SEQUENCE resource_change_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE resource_change (
    id            BIGINT        NOT NULL PRIMARY KEY,
    resource_id   BIGINT        NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    account_id    BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    what          VARCHAR(16)   NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX resource_change_of ON resource_change (resource_id, changed_at);

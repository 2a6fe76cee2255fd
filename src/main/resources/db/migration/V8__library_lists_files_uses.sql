-- The library's second part: uploaded files, audience, provenance, helpful marks, where resources were used,
-- lists, and one lower-cased search column that title, description and tags feed.
ALTER TABLE resource ADD COLUMN audience VARCHAR(200);
ALTER TABLE resource ADD COLUMN file_name VARCHAR(255);
ALTER TABLE resource ADD COLUMN content_type VARCHAR(100);
ALTER TABLE resource ADD COLUMN file_size BIGINT;
ALTER TABLE resource ADD COLUMN found_meeting_id BIGINT REFERENCES meeting (id) ON DELETE SET NULL;
ALTER TABLE resource ADD COLUMN found_group VARCHAR(120);
ALTER TABLE resource ADD COLUMN helpful_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE resource ADD COLUMN used_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE resource ADD COLUMN search_text VARCHAR(5000);
UPDATE resource SET search_text = LOWER(title || ' ' || COALESCE(description, '') || ' ' || COALESCE(tags, ''));
CREATE INDEX resource_community_helpful ON resource (community_id, helpful_count, added_at);
CREATE INDEX resource_community_used ON resource (community_id, used_count, added_at);
CREATE INDEX resource_community_adder ON resource (community_id, added_by, added_at);
CREATE INDEX resource_found_meeting ON resource (found_meeting_id);

-- Uploaded bytes live apart from the row that lists them, so browsing never reads them.
CREATE TABLE resource_file (
    resource_id   BIGINT NOT NULL PRIMARY KEY REFERENCES resource (id) ON DELETE CASCADE,
    content       ${binary} NOT NULL
);

CREATE TABLE resource_mark (
    resource_id   BIGINT NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    account_id    BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    marked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (resource_id, account_id)
);

CREATE SEQUENCE resource_use_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE resource_use (
    id            BIGINT       NOT NULL PRIMARY KEY,
    resource_id   BIGINT       NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    meeting_id    BIGINT       NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    how           VARCHAR(20)  NOT NULL,
    detail        VARCHAR(200),
    used_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX resource_use_resource ON resource_use (resource_id, used_at);
CREATE UNIQUE INDEX resource_use_once ON resource_use (resource_id, meeting_id, how);

CREATE SEQUENCE resource_list_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE resource_list (
    id            BIGINT        NOT NULL PRIMARY KEY,
    community_id  BIGINT        NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    name          VARCHAR(120)  NOT NULL,
    description   VARCHAR(1000),
    public_token  VARCHAR(64),
    created_by    BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX resource_list_community ON resource_list (community_id, name);
CREATE UNIQUE INDEX resource_list_public ON resource_list (public_token);

CREATE TABLE resource_list_item (
    list_id       BIGINT  NOT NULL REFERENCES resource_list (id) ON DELETE CASCADE,
    resource_id   BIGINT  NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (list_id, resource_id)
);
CREATE INDEX resource_list_item_resource ON resource_list_item (resource_id);

-- The list a meeting's breakouts start from (breakout groups may pick their own later).
ALTER TABLE meeting ADD COLUMN starter_list_id BIGINT REFERENCES resource_list (id) ON DELETE SET NULL;

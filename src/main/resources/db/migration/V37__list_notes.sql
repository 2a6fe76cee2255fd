-- A list holds short notes and section headings between its resources: one ordered table of entries, each either a
-- resource or a note. The lists' resources move over with their order; they take negative ids, below any the
-- sequence gives (the same statement on H2 and PostgreSQL, which name "next value" differently).
CREATE SEQUENCE resource_list_entry_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE resource_list_entry (
    id            BIGINT       PRIMARY KEY,
    list_id       BIGINT       NOT NULL REFERENCES resource_list (id) ON DELETE CASCADE,
    position      INTEGER,                  -- EclipseLink writes an entry's place just after the entry itself
    resource_id   BIGINT       REFERENCES resource (id) ON DELETE CASCADE,
    note          VARCHAR(300),
    heading       BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT resource_list_entry_resource_or_note CHECK ((resource_id IS NULL AND note IS NOT NULL)
        OR (resource_id IS NOT NULL AND note IS NULL)),
    CONSTRAINT resource_list_entry_once UNIQUE (list_id, resource_id)
);
CREATE INDEX resource_list_entry_resource ON resource_list_entry (resource_id);
INSERT INTO resource_list_entry (id, list_id, position, resource_id)
    SELECT -ROW_NUMBER() OVER (ORDER BY list_id, position), list_id, position, resource_id FROM resource_list_item;
DROP TABLE resource_list_item;

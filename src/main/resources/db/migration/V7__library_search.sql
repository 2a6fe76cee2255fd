-- Books carry an ISBN; resources carry tags, stored normalised as ",tag one,tag two," so one LIKE finds a tag.
ALTER TABLE resource ADD COLUMN isbn VARCHAR(13);
ALTER TABLE resource ADD COLUMN tags VARCHAR(600);
CREATE INDEX resource_community_kind ON resource (community_id, kind, added_at);
CREATE INDEX resource_community_title ON resource (community_id, title);

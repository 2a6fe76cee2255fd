CREATE SEQUENCE community_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE membership_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE invitation_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE community (
    id           BIGINT        NOT NULL PRIMARY KEY,
    slug         VARCHAR(64)   NOT NULL,
    name         VARCHAR(120)  NOT NULL,
    description  VARCHAR(4000),
    visibility   VARCHAR(16)   NOT NULL,
    time_zone    VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT community_slug_unique UNIQUE (slug)
);
CREATE INDEX community_visibility ON community (visibility, name);

CREATE TABLE membership (
    id            BIGINT      NOT NULL PRIMARY KEY,
    community_id  BIGINT      NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    account_id    BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role          VARCHAR(16) NOT NULL,
    joined_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT membership_unique UNIQUE (community_id, account_id)
);
CREATE INDEX membership_account ON membership (account_id);

CREATE TABLE invitation (
    id            BIGINT       NOT NULL PRIMARY KEY,
    community_id  BIGINT       NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    role          VARCHAR(16)  NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    note          VARCHAR(200),
    created_by    BIGINT       REFERENCES account (id) ON DELETE SET NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    max_uses      INTEGER,
    uses          INTEGER      NOT NULL DEFAULT 0,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT invitation_token_unique UNIQUE (token_hash)
);
CREATE INDEX invitation_community ON invitation (community_id);

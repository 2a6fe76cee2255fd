-- Ids come from sequences (EclipseLink allocates 50 at a time); START WITH 1000 keeps every id positive.
CREATE SEQUENCE account_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE account (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    email                 VARCHAR(254) NOT NULL,
    display_name          VARCHAR(80)  NOT NULL,
    organisation          VARCHAR(120),
    time_zone             VARCHAR(64)  NOT NULL,
    language              VARCHAR(8)   NOT NULL,
    password_hash         VARCHAR(512) NOT NULL,
    failed_logins         INTEGER      NOT NULL DEFAULT 0,
    last_failed_login_at  TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT account_email_unique UNIQUE (email)
);

CREATE TABLE api_token (
    id            BIGINT       NOT NULL PRIMARY KEY,
    account_id    BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name          VARCHAR(80)  NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    token_prefix  VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX api_token_account ON api_token (account_id);

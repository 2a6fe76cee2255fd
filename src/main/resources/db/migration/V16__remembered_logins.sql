-- Logins remembered by a cookie (Jakarta Security's remember-me), so a person whose instance of a cluster died, or
-- who asked to stay signed in, is still logged in on the next request. Only a SHA-256 digest of the secret is kept.
CREATE TABLE remembered_login (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX remembered_login_account ON remembered_login (account_id, expires_at);

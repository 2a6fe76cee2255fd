-- Login attempts are counted where every instance of a cluster sees them, one atomic step per attempt
-- (LoginThrottles): per e-mail and client address, and per client address whatever the e-mail, known or not.
-- Subjects are SHA-256 digests: the table holds no e-mail or address in the clear.
CREATE TABLE login_throttle (
    subject          VARCHAR(64) NOT NULL PRIMARY KEY,
    account_key      VARCHAR(64),
    failures         INTEGER     NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE,
    version          BIGINT      NOT NULL
);
CREATE INDEX login_throttle_account ON login_throttle (account_key);
CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure_at);

-- The count kept on the account itself (read, then written back: parallel attempts all passed) is gone.
ALTER TABLE account DROP COLUMN failed_logins;
ALTER TABLE account DROP COLUMN last_failed_login_at;

-- Mail goes out through an outbox: the change that causes a message writes its row in the same transaction, and a
-- worker on any instance claims it (status QUEUED -> SENDING with a conditional update), sends it once and records
-- the outcome. With no SMTP server configured, messages are KEPT here for the instance's admins to read.
CREATE SEQUENCE outbox_message_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE outbox_message (
    id               BIGINT        NOT NULL PRIMARY KEY,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    text_body        VARCHAR(20000) NOT NULL,
    html_body        VARCHAR(20000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by       VARCHAR(80),
    claimed_until    TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000)
);
CREATE INDEX outbox_message_due ON outbox_message (status, next_attempt_at);

-- A forgotten password is reset through a single-use link that expires; only a SHA-256 digest of its secret is kept.
CREATE SEQUENCE password_reset_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE password_reset (
    id           BIGINT       NOT NULL PRIMARY KEY,
    account_id   BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX password_reset_account ON password_reset (account_id, created_at);

-- A new password ends every session that logged in before it.
ALTER TABLE account ADD COLUMN sessions_valid_after TIMESTAMP WITH TIME ZONE;

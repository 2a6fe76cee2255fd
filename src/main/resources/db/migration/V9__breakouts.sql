-- Breakout groups of a meeting: name, lens, members (one group per person per meeting, kept by BreakoutService).
CREATE SEQUENCE breakout_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE breakout (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    meeting_id         BIGINT        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position           INTEGER       NOT NULL,
    name               VARCHAR(80)   NOT NULL,
    lens               VARCHAR(1000),
    starter_list_id    BIGINT        REFERENCES resource_list (id) ON DELETE SET NULL,
    member_cap         INTEGER,
    needs_facilitator  BOOLEAN       NOT NULL DEFAULT FALSE,
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX breakout_meeting ON breakout (meeting_id, position);

CREATE TABLE breakout_member (
    breakout_id   BIGINT NOT NULL REFERENCES breakout (id) ON DELETE CASCADE,
    account_id    BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (breakout_id, account_id)
);
CREATE INDEX breakout_member_account ON breakout_member (account_id);

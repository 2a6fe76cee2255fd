-- A question held for later can be brought back in any later phase (the phase it shows in then), and a question
-- others asked too (their duplicates merged into it) credits them.
ALTER TABLE contribution ADD COLUMN brought_back_in INTEGER;

CREATE TABLE contribution_asker (
    contribution_id BIGINT NOT NULL REFERENCES contribution (id) ON DELETE CASCADE,
    account_id      BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (contribution_id, account_id)
);
CREATE INDEX contribution_asker_account ON contribution_asker (account_id);

-- An address is confirmed through a link sent on registration (issue 21): mail other than that link and a password
-- reset goes only to confirmed addresses. One link is open at a time (sending another replaces it); only a SHA-256
-- digest of its secret is kept. Accounts made before this release were in use already and count as confirmed.
ALTER TABLE account ADD COLUMN email_confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN confirm_token_hash VARCHAR(64);
ALTER TABLE account ADD COLUMN confirm_sent_at TIMESTAMP WITH TIME ZONE;
UPDATE account SET email_confirmed_at = created_at;
CREATE UNIQUE INDEX account_confirm_token ON account (confirm_token_hash);

-- Sign in with the district's account (OpenID Connect, issue 21): the provider's subject for a person, linked to their
-- account on first sign-in (by the address the provider says is verified, or a new account). One account may be
-- linked to several providers; a provider's subject is linked to one account.
CREATE TABLE account_identity (
    issuer      VARCHAR(500) NOT NULL,
    subject     VARCHAR(255) NOT NULL,
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX account_identity_account ON account_identity (account_id);

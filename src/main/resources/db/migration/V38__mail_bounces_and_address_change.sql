-- An address mail could not be delivered to, for good: the mail server refused it while sending, or a delivery
-- report (RFC 3464) came back to the bounce mailbox. The latest bounce per address; it goes when the address is
-- proven again (a confirmation link followed).
CREATE TABLE mail_bounce (
    address     VARCHAR(254)  NOT NULL PRIMARY KEY,
    bounced_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      VARCHAR(1000) NOT NULL
);

-- A new address the person asked for, waiting until the link mailed to it is followed; then it becomes the address.
ALTER TABLE account ADD COLUMN pending_email VARCHAR(254);

-- Each member has their own address for a community's calendar feed, kept on their membership: it stops working
-- when they leave or are removed. The one address the whole community shared (which a removed member kept) is gone.
ALTER TABLE membership ADD COLUMN calendar_key VARCHAR(64);
CREATE UNIQUE INDEX membership_calendar_key ON membership (calendar_key);
ALTER TABLE community DROP COLUMN calendar_secret;

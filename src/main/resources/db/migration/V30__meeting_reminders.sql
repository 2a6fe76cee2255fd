-- Reminders a week and a day before each meeting (issue 21): each member chooses per community whether they get
-- them, and stops them from the mail itself with a key of their own; a reminder is queued once per meeting and kind,
-- however many instances look (the primary key); a message may carry its unsubscribe address and a calendar file.
ALTER TABLE membership ADD COLUMN reminders BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE membership ADD COLUMN mail_key VARCHAR(64);
CREATE UNIQUE INDEX membership_mail_key ON membership (mail_key);

CREATE TABLE meeting_reminder (
    meeting_id BIGINT      NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    kind       VARCHAR(8)  NOT NULL,
    queued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (meeting_id, kind)
);

ALTER TABLE outbox_message ADD COLUMN unsubscribe VARCHAR(1000);
ALTER TABLE outbox_message ADD COLUMN calendar_body VARCHAR(20000);

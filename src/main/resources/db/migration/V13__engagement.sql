-- Engagement: attendance that facilitators correct (minutes present, people added by hand), who invited whom (for
-- the Connector badge), members who hide their badges, and the badge rules themselves, kept as data.
ALTER TABLE meeting_attendance ADD COLUMN minutes_present INTEGER;
ALTER TABLE meeting_attendance ADD COLUMN corrected_by BIGINT REFERENCES account (id) ON DELETE SET NULL;
ALTER TABLE meeting_attendance ADD COLUMN corrected_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX meeting_attendance_account ON meeting_attendance (account_id);

ALTER TABLE membership ADD COLUMN invited_by BIGINT REFERENCES account (id) ON DELETE SET NULL;
ALTER TABLE account ADD COLUMN badges_hidden BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE badge_rule (
    code            VARCHAR(40) NOT NULL PRIMARY KEY,
    metric          VARCHAR(40) NOT NULL,
    threshold       INTEGER     NOT NULL,
    window_meetings INTEGER,
    position        INTEGER     NOT NULL
);
INSERT INTO badge_rule (code, metric, threshold, window_meetings, position) VALUES ('REGULAR', 'ATTENDED_OF_LAST', 3, 4, 1);
INSERT INTO badge_rule (code, metric, threshold, window_meetings, position) VALUES ('PRESENTER', 'PRESENTED', 1, NULL, 2);
INSERT INTO badge_rule (code, metric, threshold, window_meetings, position) VALUES ('CURATOR', 'HELPFUL_MARKS_RECEIVED', 10, NULL, 3);
INSERT INTO badge_rule (code, metric, threshold, window_meetings, position) VALUES ('CONNECTOR', 'GUESTS_BROUGHT', 1, NULL, 4);
INSERT INTO badge_rule (code, metric, threshold, window_meetings, position) VALUES ('FIRST_QUESTION', 'QUESTIONS_ASKED', 1, NULL, 5);

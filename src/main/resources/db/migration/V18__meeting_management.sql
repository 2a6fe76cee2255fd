-- Why a meeting was cancelled, shown on its page (null when none was given, or when it is not cancelled).
ALTER TABLE meeting ADD COLUMN cancel_reason VARCHAR(500);
-- Where a meeting happens: a video call's https link, and a room (either may be missing).
ALTER TABLE meeting ADD COLUMN call_link VARCHAR(2000);
ALTER TABLE meeting ADD COLUMN room VARCHAR(200);

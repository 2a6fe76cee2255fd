-- Why a meeting was cancelled, shown on its page (null when none was given, or when it is not cancelled).
ALTER TABLE meeting ADD COLUMN cancel_reason VARCHAR(500);

-- The protocol as a script: each phase may carry a cue card (what the facilitator says and watches for, shown to
-- facilitators only) and a norm (shown to everyone, e.g. "The presenter listens and takes notes"). Built-in phases
-- take both from the bundles, through their wording key, so existing rows need nothing.
ALTER TABLE protocol_phase ADD COLUMN cue VARCHAR(2000);
ALTER TABLE protocol_phase ADD COLUMN norm VARCHAR(300);
ALTER TABLE meeting_phase ADD COLUMN cue VARCHAR(2000);
ALTER TABLE meeting_phase ADD COLUMN norm VARCHAR(300);

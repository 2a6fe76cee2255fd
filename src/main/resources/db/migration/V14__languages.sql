-- The language a series' meetings take their protocol's wording in: that of the facilitator who started it.
ALTER TABLE meeting_series ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'en';

-- Who last turned a question from clarifying to probing, or back (a facilitator, during the questions); its asker is
-- told why. Kept when that facilitator's account goes, without the name.
ALTER TABLE contribution ADD COLUMN retagged_by_id BIGINT REFERENCES account (id) ON DELETE SET NULL;

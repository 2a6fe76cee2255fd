-- A built-in protocol's words follow each viewer's language: a phase names its wording in the bundles
-- (protocol.<code>.<position>, with .title and .instructions), a meeting the built-in protocol it follows (for its name).
-- Words a facilitator wrote name none and are shown as written.
ALTER TABLE protocol_phase ADD COLUMN wording VARCHAR(80);
ALTER TABLE meeting_phase ADD COLUMN wording VARCHAR(80);
ALTER TABLE meeting ADD COLUMN protocol_code VARCHAR(40);

UPDATE protocol_phase SET wording = (
    SELECT 'protocol.' || t.code || '.' || CAST(protocol_phase.position AS VARCHAR(10))
    FROM protocol_template t WHERE t.id = protocol_phase.template_id AND t.community_id IS NULL AND t.code IS NOT NULL);

-- Meetings planned before: those that took a built-in protocol in English (as its rows word it) follow it, each phase
-- only while its words are still the built-in ones.
UPDATE meeting SET protocol_code = (
    SELECT t.code FROM protocol_template t WHERE t.community_id IS NULL AND t.name = meeting.protocol_name);
UPDATE meeting_phase SET wording = (
    SELECT p.wording FROM meeting m
    JOIN protocol_template t ON t.code = m.protocol_code AND t.community_id IS NULL
    JOIN protocol_phase p ON p.template_id = t.id AND p.position = meeting_phase.position
    WHERE m.id = meeting_phase.meeting_id AND p.kind = meeting_phase.kind AND p.title = meeting_phase.title
      AND (p.instructions = meeting_phase.instructions OR (p.instructions IS NULL AND meeting_phase.instructions IS NULL)));

-- Attachments linked to the exhibit that holds their bytes. V301 already gave comms_attachment a
-- child_exhibit_id; the import pipeline fills it in a pass after all items of an import are in.
-- This adds what that pass needs: the file's SHA-256 when the extraction report gives one (matched
-- before any path), and the reason an attachment stayed unlinked, so the case says so instead of
-- silently showing a bare path. Indexes serve the pass and "which messages carry this exhibit".

ALTER TABLE comms_attachment ADD COLUMN sha256 VARCHAR(64);
ALTER TABLE comms_attachment ADD COLUMN link_problem VARCHAR(500);

CREATE INDEX comms_attachment_message_idx ON comms_attachment (message_id);
CREATE INDEX comms_attachment_child_idx ON comms_attachment (child_exhibit_id);

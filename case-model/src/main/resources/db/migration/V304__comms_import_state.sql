-- Phone artefacts whose records are being written. A database of a million messages is committed
-- in chunks (one transaction made H2 re-read every page it had written at commit); while an
-- exhibit has a row here its records are incomplete, and a failed or interrupted write deletes
-- them, so no half of a phone's messages is ever left behind as if it were whole.
-- first_source_id: the highest entity_source id when the write began; the artefact's own entity
-- sources are those of its exhibit above it (a document's text finds for the same exhibit are below).

CREATE TABLE comms_import_state (
    exhibit_id        BIGINT         NOT NULL PRIMARY KEY,
    first_source_id   BIGINT         NOT NULL,
    CONSTRAINT comms_import_state_exhibit_fk FOREIGN KEY (exhibit_id) REFERENCES exhibit (id)
);

-- What extraction found in each exhibit (derived data: it can always be rebuilt from the original,
-- so it is not journaled), and the ledger that lets an interrupted import resume.

CREATE TABLE exhibit_content (
    exhibit_id      BIGINT         NOT NULL PRIMARY KEY,
    text            CLOB,
    text_chars      BIGINT         NOT NULL,
    language        VARCHAR(20),
    ocr_applied     BOOLEAN        NOT NULL,
    problem_kind    VARCHAR(30),
    problem_reason  VARCHAR(2000),
    metadata        CLOB,
    photo_lat       DOUBLE PRECISION,
    photo_lon       DOUBLE PRECISION,
    photo_taken_at  TIMESTAMP WITH TIME ZONE,
    photo_offset    VARCHAR(10),
    photo_device    VARCHAR(300),
    CONSTRAINT exhibit_content_exhibit_fk FOREIGN KEY (exhibit_id) REFERENCES exhibit (id)
);

CREATE TABLE import_item (
    import_id      VARCHAR(36)    NOT NULL,
    path_key       VARCHAR(64)    NOT NULL,
    original_path  VARCHAR(4000)  NOT NULL,
    exhibit_id     BIGINT,
    status         VARCHAR(20)    NOT NULL,
    reason         VARCHAR(2000),
    CONSTRAINT import_item_pk PRIMARY KEY (import_id, path_key)
);

-- The core of a case: its description, the laptop's users, exhibits with their chain of custody,
-- and the hash-chained audit log. Portable SQL (H2 and PostgreSQL).
-- Exhibit, custody and audit rows are also recorded in the authenticated custody journal first;
-- their ids are assigned by Spoor (not by the database) so that replaying the journal after a
-- crash reproduces exactly the same rows.

CREATE TABLE case_info (
    id            INTEGER       NOT NULL PRIMARY KEY,
    case_uuid     VARCHAR(36)   NOT NULL,
    title         VARCHAR(500)  NOT NULL,
    country       VARCHAR(2),
    jurisdiction  VARCHAR(50),
    investigator  VARCHAR(200),
    unit          VARCHAR(200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_info_single_row CHECK (id = 1)
);

CREATE TABLE app_user (
    id          BIGINT        NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    role        VARCHAR(30)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT app_user_name_unique UNIQUE (name)
);

CREATE TABLE exhibit (
    id              BIGINT         NOT NULL PRIMARY KEY,
    ref             VARCHAR(20)    NOT NULL,
    parent_id       BIGINT,
    import_id       VARCHAR(36),
    original_name   VARCHAR(1000)  NOT NULL,
    original_path   VARCHAR(4000),
    size_bytes      BIGINT         NOT NULL,
    sha256          VARCHAR(64)    NOT NULL,
    md5             VARCHAR(32)    NOT NULL,
    blob_id         VARCHAR(64)    NOT NULL,
    media_type      VARCHAR(200),
    seized_place    VARCHAR(500),
    seized_at       TIMESTAMP WITH TIME ZONE,
    seal_no         VARCHAR(100),
    custodian       VARCHAR(200),
    description     VARCHAR(2000),
    disclosure      VARCHAR(30)    DEFAULT 'DISCLOSABLE' NOT NULL,
    entered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT exhibit_ref_unique UNIQUE (ref),
    CONSTRAINT exhibit_parent_fk FOREIGN KEY (parent_id) REFERENCES exhibit (id)
);

CREATE INDEX exhibit_sha256_idx ON exhibit (sha256);
CREATE INDEX exhibit_parent_idx ON exhibit (parent_id);
CREATE INDEX exhibit_import_idx ON exhibit (import_id);

CREATE TABLE custody_event (
    id          BIGINT         NOT NULL PRIMARY KEY,
    exhibit_id  BIGINT         NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200)   NOT NULL,
    action      VARCHAR(50)    NOT NULL,
    place       VARCHAR(500),
    reason      VARCHAR(2000),
    audit_seq   BIGINT         NOT NULL,
    CONSTRAINT custody_event_exhibit_fk FOREIGN KEY (exhibit_id) REFERENCES exhibit (id)
);

CREATE INDEX custody_event_exhibit_idx ON custody_event (exhibit_id);

CREATE TABLE audit_entry (
    seq         BIGINT         NOT NULL PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200)   NOT NULL,
    action      VARCHAR(60)    NOT NULL,
    subject     VARCHAR(1000),
    details     CLOB           NOT NULL,
    prev_hash   VARCHAR(64)    NOT NULL,
    entry_hash  VARCHAR(64)    NOT NULL
);

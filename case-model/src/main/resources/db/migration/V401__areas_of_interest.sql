-- Areas of interest an investigator drew on the case map (issue 5, mapping): a warehouse block, a
-- stretch of border, a port. Written only by the appliers of area.created / area.renamed /
-- area.deleted audit entries, so replaying the custody journal restores them.

CREATE TABLE area_of_interest (
    -- A UUID chosen before the audit entry is written: the entry names the area it creates, so a
    -- replay after a crash gives the area the same id as before.
    id                VARCHAR(36)    NOT NULL PRIMARY KEY,
    name              VARCHAR(200)   NOT NULL,
    note              VARCHAR(2000),
    -- A polygon in WKT, WGS 84 longitude/latitude (x = longitude), as drawn.
    geometry_wkt      VARCHAR(100000) NOT NULL,
    created_by        VARCHAR(200)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An investigator's decision on a place name the geocoder found in text (issue 5, mapping):
-- confirmed (the text means this place) or rejected (it does not). Keyed by what was geocoded, not
-- by a row id, so the decision still applies after re-import or re-geocoding: the exhibit, the
-- span of the name in its text and the candidate place. Written only by the place.confirmed /
-- place.rejected appliers; the newest decision on a key replaces the older one.

CREATE TABLE place_decision (
    place_key         VARCHAR(1000)  NOT NULL PRIMARY KEY,
    exhibit_ref       VARCHAR(100)   NOT NULL,
    span_start        INTEGER        NOT NULL,
    span_end          INTEGER        NOT NULL,
    candidate_place   VARCHAR(500)   NOT NULL,
    matched_text      VARCHAR(1000)  NOT NULL,
    decision          VARCHAR(20)    NOT NULL,
    reason            VARCHAR(2000),
    decided_by        VARCHAR(200)   NOT NULL,
    decided_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

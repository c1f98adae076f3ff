-- The same place is one source; the unique key says so. Its columns now lead with the exhibit and
-- the place in it, so a phone's sources, written row after row of one exhibit, land beside each
-- other in the index instead of scattered over every entity the phone names. Looking up the sources
-- of an entity uses the foreign key's own index on entity_id.
ALTER TABLE entity_source DROP CONSTRAINT entity_source_unique;
ALTER TABLE entity_source ADD CONSTRAINT entity_source_unique
    UNIQUE (exhibit_id, source_locator, start_offset, entity_id);

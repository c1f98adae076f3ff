-- What made a phone of a million messages write at a few hundred a second (bench/phone, profiled):
--
-- 1. Identity values. H2 hands out an identity column's values from a cache of 32 and, when the cache
--    runs out, writes the sequence's new margin in a system transaction that commits at once; with
--    WRITE_DELAY=0 each such commit stores every changed page of the database, the open phone write's
--    included. So every 32 rows rewrote the pages of the import in progress (the case file grew to
--    12 GB for a million messages). The tables a phone fills in bulk take their ids from a large
--    cache instead. A crash skips the rest of a cache: these ids may have gaps, which nothing reads
--    (exhibit references, the audit chain and custody events keep their gapless sequences).
-- [jooq ignore start]  (jOOQ's parser does not know identity options; they change no type)
ALTER TABLE comms_device ALTER COLUMN id SET CACHE 100000;
ALTER TABLE comms_account ALTER COLUMN id SET CACHE 100000;
ALTER TABLE comms_contact ALTER COLUMN id SET CACHE 100000;
ALTER TABLE comms_contact_identifier ALTER COLUMN id SET CACHE 100000;
ALTER TABLE comms_conversation ALTER COLUMN id SET CACHE 100000;
ALTER TABLE comms_participant ALTER COLUMN id SET CACHE 100000;
ALTER TABLE comms_message ALTER COLUMN id SET CACHE 100000;
ALTER TABLE comms_attachment ALTER COLUMN id SET CACHE 100000;
ALTER TABLE comms_call ALTER COLUMN id SET CACHE 100000;
ALTER TABLE comms_location ALTER COLUMN id SET CACHE 100000;
ALTER TABLE entity ALTER COLUMN id SET CACHE 100000;
ALTER TABLE entity_alias ALTER COLUMN id SET CACHE 100000;
ALTER TABLE entity_source ALTER COLUMN id SET CACHE 100000;
ALTER TABLE watch_list_hit ALTER COLUMN id SET CACHE 100000;
-- [jooq ignore stop]

-- 2. A message's conversation is resolved by the writer from the conversation the same phone
--    database named, inside the same write, and conversations are removed only with all their
--    messages (CommsImportState.discard). The foreign key needed an index of its own on
--    conversation_id that no query uses (messages are read by exhibit and joined to their
--    conversation by its primary key); kept up to date in random order across a phone's threads,
--    it cost a third of the write of a phone's records (100k messages: 10.7k → 16.4k messages/s).
ALTER TABLE comms_message DROP CONSTRAINT comms_message_conversation_fk;

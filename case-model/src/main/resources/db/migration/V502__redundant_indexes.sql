-- Every index is written on every insert, and a phone of a million messages pays for each one.
-- H2 gives each foreign key an index of its own unless an index of exactly its columns exists when the
-- key is declared; the keys were declared inside CREATE TABLE, before their CREATE INDEX, so each of
-- these columns had two identical indexes. Drop the explicit duplicates: the key's own index stays.
DROP INDEX exhibit_parent_idx;
DROP INDEX custody_event_exhibit_idx;
DROP INDEX watch_list_hit_exhibit_idx;
DROP INDEX comms_message_exhibit_idx;
DROP INDEX comms_call_exhibit_idx;
DROP INDEX comms_attachment_message_idx;
DROP INDEX comms_attachment_child_idx;
DROP INDEX entity_source_exhibit_idx;
DROP INDEX review_comment_exhibit_idx;

-- Messages are read by exhibit, never by conversation through SQL; the key's own index on
-- conversation_id serves the foreign key. Kept up to date in random order across a phone's threads,
-- this index cost more than a third of a large phone's write time (measured, bench/phone).
DROP INDEX comms_message_conversation_idx;

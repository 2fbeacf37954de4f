-- Issue 14: the merger's candidates. A new mention is compared with the events that hold a mention
-- of its root, in its date window, with its source's country as source (or its target's, for the
-- reversed direction). This index finds those mentions, and their events, without reading a row:
-- the events_source and events_target indexes read every event of one country in the window and
-- looked up each row for its root and other country, a cost that grew with how busy that country
-- was, so with the store.

CREATE INDEX mentions_merge ON mentions (source_country, root, event_date, target_country, event_id);

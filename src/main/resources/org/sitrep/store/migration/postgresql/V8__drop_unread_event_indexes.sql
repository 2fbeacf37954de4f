-- Issue 14: since V5 an event is found by outlet, article or sentence through its mentions
-- (mentions_outlet, mentions_article, mentions_sentence), and nothing reads these three indexes
-- of events any more; nothing deletes articles or sentences either. Every new event still wrote
-- an entry into each, on the write path that merging already makes longer.

DROP INDEX events_outlet;
DROP INDEX events_article;
DROP INDEX events_sentence;

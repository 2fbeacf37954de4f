-- Issue 17: live feeds. One row per watched feed with what the next poll needs (its validators,
-- failures and when it may be polled again) and what a person wants to know (last success, last
-- error). Times are ISO-8601 instants in UTC, as articles.ingested_at.
--
-- feed_items holds every item a feed has handed on for good: stored, already stored (a duplicate)
-- or refused for a reason that will not change (its page is gone, it is not English). An item is
-- marked in the same transaction as its article, so a watcher killed mid-poll neither stores an
-- article twice nor forgets one. article_id is the stored article's id, when there is one.

CREATE TABLE feeds (
  url            TEXT PRIMARY KEY,
  last_poll      TEXT,
  last_success   TEXT,
  last_error     TEXT,
  etag           TEXT,
  last_modified  TEXT,
  failures       INTEGER NOT NULL DEFAULT 0,
  next_attempt   TEXT,
  items_seen     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE feed_items (
  feed_url    TEXT NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
  item_key    TEXT NOT NULL,
  article_id  TEXT,
  outcome     TEXT NOT NULL,
  seen_at     TEXT NOT NULL,
  PRIMARY KEY (feed_url, item_key)
);

CREATE INDEX feed_items_seen_at ON feed_items (feed_url, seen_at);

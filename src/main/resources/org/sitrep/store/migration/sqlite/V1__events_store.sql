-- sitrep's store on SQLite: articles with their sentences, events, quotes and actors.
-- Dates are ISO-8601 text (they sort as dates); offsets count UTF-16 units of articles.text.

CREATE TABLE articles (
  id          TEXT PRIMARY KEY,
  text_sha256 TEXT NOT NULL UNIQUE,
  published   TEXT,
  outlet      TEXT,
  title       TEXT,
  url         TEXT,
  origin      TEXT NOT NULL,
  text        TEXT NOT NULL,
  sentences   INTEGER NOT NULL,
  parsed      INTEGER NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE sentences (
  id           INTEGER PRIMARY KEY,
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  text         TEXT NOT NULL,
  UNIQUE (article_id, idx)
);

-- Free text over sentences; the index holds only tokens, the text stays in sentences.
CREATE VIRTUAL TABLE sentence_search USING fts5 (text, content = 'sentences', content_rowid = 'id');
CREATE TRIGGER sentences_indexed AFTER INSERT ON sentences BEGIN
  INSERT INTO sentence_search (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_unindexed AFTER DELETE ON sentences BEGIN
  INSERT INTO sentence_search (sentence_search, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE events (
  id                   INTEGER PRIMARY KEY,
  article_id           TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  sentence_id          INTEGER REFERENCES sentences (id) ON DELETE CASCADE,
  sentence_idx         INTEGER NOT NULL,
  outlet               TEXT,
  url                  TEXT,
  event_date           TEXT NOT NULL,
  date_precision       TEXT NOT NULL,
  source_code          TEXT NOT NULL,
  source_country       TEXT NOT NULL,
  source_text          TEXT NOT NULL,
  target_code          TEXT,
  target_country       TEXT,
  target_text          TEXT,
  code                 TEXT NOT NULL,
  root                 TEXT NOT NULL,
  quad_class           INTEGER,
  goldstein            REAL,
  quantity_value       REAL,
  quantity_unit        TEXT,
  quantity_text        TEXT,
  claimed_by_code      TEXT,
  claimed_by_text      TEXT,
  location_name        TEXT,
  location_country     TEXT,
  location_lat         REAL,
  location_lon         REAL,
  location_geonames_id INTEGER,
  location_rule        TEXT,
  evidence_text        TEXT NOT NULL,
  evidence_start       INTEGER NOT NULL,
  evidence_end         INTEGER NOT NULL
);
-- Pages are newest first: each index leads with what a filter fixes, then the date and id, so a
-- page is read in order and the reading stops when it is full. An actor prefix of three letters
-- or more fixes its country (the code's first three letters); the code after the id lets a longer
-- prefix be checked in the index. A code prefix fixes its root.
CREATE INDEX events_date ON events (event_date, id);
CREATE INDEX events_source ON events (source_country, event_date, id, source_code);
CREATE INDEX events_target ON events (target_country, event_date, id, target_code);
CREATE INDEX events_dyad ON events (source_country, target_country, event_date);
CREATE INDEX events_code ON events (code, event_date);
CREATE INDEX events_root ON events (root, event_date);
CREATE INDEX events_outlet ON events (outlet, event_date);
CREATE INDEX events_article ON events (article_id, event_date);
-- Free text from few matching sentences to their events; deleting a sentence finds its events.
CREATE INDEX events_sentence ON events (sentence_id);

CREATE TABLE quotes (
  id           INTEGER PRIMARY KEY,
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  speaker_text TEXT NOT NULL,
  speaker_code TEXT,
  text         TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker_code);

-- One row per actor code seen in an event, kept current as articles are stored.
CREATE TABLE actors (
  code      TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  events    INTEGER NOT NULL,
  as_source INTEGER NOT NULL,
  as_target INTEGER NOT NULL
);

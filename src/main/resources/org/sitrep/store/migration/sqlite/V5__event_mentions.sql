-- Issue 14: one event, many reports. What an article says of an event is now a mention (the
-- rows events held until now); mentions of the same real-world event share one row of events,
-- which keeps its first mention's columns and adds its counts: mentions, distinct articles,
-- distinct outlets (an article without one counts as its own), first and last day seen (the
-- articles' publication days) and what its mentions disagree on ('' when nothing; else some of
-- quantity, claimant, direction, comma-separated).
--
-- Every stored event becomes the one mention of an event with the same id, so links to events
-- keep working and nothing is lost; events stored from now on are merged as they arrive.

CREATE TABLE mentions (
  id                   INTEGER PRIMARY KEY,
  event_id             INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  article_id           TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  published            TEXT,
  sentence_id          INTEGER REFERENCES sentences (id) ON DELETE CASCADE,
  sentence_idx         INTEGER NOT NULL,
  outlet               TEXT,
  url                  TEXT,
  event_date           TEXT NOT NULL,
  date_precision       TEXT NOT NULL,
  source_code          TEXT NOT NULL,
  source_country       TEXT NOT NULL,
  source_text          TEXT NOT NULL,
  source_name          TEXT,
  target_code          TEXT,
  target_country       TEXT,
  target_text          TEXT,
  target_name          TEXT,
  code                 TEXT NOT NULL,
  root                 TEXT NOT NULL,
  quad_class           INTEGER,
  goldstein            REAL,
  quantity_value       REAL,
  quantity_unit        TEXT,
  quantity_text        TEXT,
  claimed_by_code      TEXT,
  claimed_by_text      TEXT,
  claimed_by_name      TEXT,
  location_name        TEXT,
  location_country     TEXT,
  location_lat         REAL,
  location_lon         REAL,
  location_geonames_id INTEGER,
  location_type        TEXT,
  location_rule        TEXT,
  evidence_text        TEXT NOT NULL,
  evidence_start       INTEGER NOT NULL,
  evidence_end         INTEGER NOT NULL
);

INSERT INTO mentions (id, event_id, published, article_id, sentence_id, sentence_idx, outlet, url, event_date, date_precision,
  source_code, source_country, source_text, source_name, target_code, target_country, target_text,
  target_name, code, root, quad_class, goldstein, quantity_value, quantity_unit, quantity_text,
  claimed_by_code, claimed_by_text, claimed_by_name, location_name, location_country, location_lat,
  location_lon, location_geonames_id, location_type, location_rule, evidence_text, evidence_start,
  evidence_end)
SELECT e.id, e.id, a.published, e.article_id, e.sentence_id, e.sentence_idx, e.outlet, e.url, e.event_date, e.date_precision,
  e.source_code, e.source_country, e.source_text, e.source_name, e.target_code, e.target_country, e.target_text,
  e.target_name, e.code, e.root, e.quad_class, e.goldstein, e.quantity_value, e.quantity_unit, e.quantity_text,
  e.claimed_by_code, e.claimed_by_text, e.claimed_by_name, e.location_name, e.location_country, e.location_lat,
  e.location_lon, e.location_geonames_id, e.location_type, e.location_rule, e.evidence_text, e.evidence_start,
  e.evidence_end
FROM events e JOIN articles a ON a.id = e.article_id;

-- an event's mentions; an article's mentions (the article view); free text through sentences
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_article ON mentions (article_id, sentence_idx);
CREATE INDEX mentions_sentence ON mentions (sentence_id);
CREATE INDEX mentions_outlet ON mentions (outlet, event_id);

ALTER TABLE events ADD COLUMN mentions INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN articles INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN sources INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN first_seen TEXT;
ALTER TABLE events ADD COLUMN last_seen TEXT;
ALTER TABLE events ADD COLUMN contested TEXT NOT NULL DEFAULT '';
UPDATE events SET first_seen = (SELECT a.published FROM articles a WHERE a.id = events.article_id),
  last_seen = (SELECT a.published FROM articles a WHERE a.id = events.article_id);
-- the most reported events first, for min_sources
CREATE INDEX events_sources ON events (sources, event_date);

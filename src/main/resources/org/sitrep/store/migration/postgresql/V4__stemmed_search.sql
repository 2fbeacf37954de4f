-- Issue 13: free text finds a word's other forms ("drone" finds "drones", "sanction" finds
-- "sanctioned"). Words are indexed by their Porter stem, the algorithm SQLite's FTS5 uses, so
-- that both stores answer alike. 'english' would stem too but drops stop words, and "WHO" (the
-- World Health Organization) is one: this dictionary has no stop-word list. Other tokens (numbers,
-- URLs) stay as 'english' maps them, as written. The index is rebuilt from the sentences' text.
CREATE TEXT SEARCH DICTIONARY sitrep_porter (TEMPLATE = snowball, LANGUAGE = porter);
CREATE TEXT SEARCH CONFIGURATION sitrep_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION sitrep_search ALTER MAPPING REPLACE english_stem WITH sitrep_porter;

DROP INDEX sentences_search;
CREATE INDEX sentences_search ON sentences USING GIN (to_tsvector('sitrep_search', text));

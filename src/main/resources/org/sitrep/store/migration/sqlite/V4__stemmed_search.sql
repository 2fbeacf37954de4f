-- Issue 13: free text finds a word's other forms ("drone" finds "drones", "sanction" finds
-- "sanctioned"). The index holds words by their Porter stem (FTS5's porter tokenizer over the
-- same unicode61 words as before; no stop words, so "WHO" is still a word), and is rebuilt here
-- from the sentences, which keep the text: a store made before loses nothing.
DROP TRIGGER sentences_indexed;
DROP TRIGGER sentences_unindexed;
DROP TABLE sentence_search;

CREATE VIRTUAL TABLE sentence_search USING fts5 (
  text, content = 'sentences', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER sentences_indexed AFTER INSERT ON sentences BEGIN
  INSERT INTO sentence_search (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_unindexed AFTER DELETE ON sentences BEGIN
  INSERT INTO sentence_search (sentence_search, rowid, text) VALUES ('delete', old.id, old.text);
END;
INSERT INTO sentence_search (sentence_search) VALUES ('rebuild');

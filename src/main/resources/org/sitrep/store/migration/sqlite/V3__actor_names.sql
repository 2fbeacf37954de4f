-- Issue 13: each event's actors carry a canonical name beside the article's words ("Vladimir
-- Putin" for "Putin", "Russia government" for "the Kremlin war machine"). Events stored before
-- this column have none; they are read with their code's CAMEO name, else their words.
ALTER TABLE events ADD COLUMN source_name TEXT;
ALTER TABLE events ADD COLUMN target_name TEXT;
ALTER TABLE events ADD COLUMN claimed_by_name TEXT;

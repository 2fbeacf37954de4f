-- Issue 5: what kind of place an event's location is (country, division, city, region), so
-- exports can say, as GDELT's ActionGeo_Type does, whether an event is placed only by country.
ALTER TABLE events ADD COLUMN location_type TEXT;

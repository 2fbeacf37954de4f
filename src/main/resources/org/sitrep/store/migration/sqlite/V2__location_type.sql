-- Issue 5: what kind of place an event's location is (country, division, city, region), so
-- exports can say, as GDELT's ActionGeo_Type does, whether an event is placed only by country.
ALTER TABLE events ADD COLUMN location_type TEXT;

-- Locations stored before this column (synthetic ones from bench-store) get the kind their rule
-- implies: a country rule placed the event at a country, any other rule at a city.
UPDATE events SET location_type = CASE WHEN location_rule LIKE '%country' THEN 'country' ELSE 'city' END
WHERE location_name IS NOT NULL;

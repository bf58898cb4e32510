-- eventline schema v12: what an extracted event's words say beyond its type. NULL where they say
-- nothing more (and for curated events):
--   dividend: declared | raised | cut | special | omitted
--   guidance: issued | raised | cut | reaffirmed
--   split: forward | reverse
--   acquisition: terminated | completed (the deal's stage where its clause tells it)
--   executive: the people, "out: Jane Roe; in: John Doe" (either part alone)
ALTER TABLE events ADD COLUMN detail VARCHAR;

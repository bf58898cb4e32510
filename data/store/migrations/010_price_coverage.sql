-- eventline schema v10: price coverage, one definition. Which days a ticker has prices (its first
-- and last trading day and their number, optionally within a range) is asked by the study's
-- notes, the claim checks, the event alignment, the charts and `eventline info`; they all read
-- it from this table macro, and so can a user:
--   SELECT * FROM price_coverage();
--   SELECT * FROM price_coverage(from_day := DATE '2008-01-01', to_day := DATE '2008-12-31');
-- DuckDB pushes a caller's WHERE ticker = ... and the range into the scan of prices.

CREATE MACRO price_coverage(from_day := NULL, to_day := NULL) AS TABLE
    SELECT ticker, min(date) AS first_day, max(date) AS last_day, count(*) AS days
    FROM prices
    WHERE (from_day IS NULL OR date >= from_day) AND (to_day IS NULL OR date <= to_day)
    GROUP BY ticker
    ORDER BY ticker;

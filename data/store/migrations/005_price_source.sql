-- eventline schema v5: prices.source becomes an ENUM. A constant VARCHAR column costs a tenth of the
-- load of ten million rows (DuckDB analyses and dictionary-compresses it like any text); an ENUM is
-- one byte a row and reads, compares and prints as text. The type starts with the formats ingest
-- detects plus any --source label already stored; `eventline ingest prices --source NEW` extends it.

CREATE TYPE price_source AS ENUM (
    SELECT label FROM (
        SELECT * FROM (VALUES (1, 'yahoo'), (2, 'stooq'), (3, 'csv')) AS t(k, label)
        UNION ALL
        SELECT 4, label FROM (SELECT DISTINCT source AS label FROM prices
                              WHERE source IS NOT NULL AND source NOT IN ('yahoo', 'stooq', 'csv'))
    ) ORDER BY k, label
);

ALTER TABLE prices ALTER source TYPE price_source;

-- eventline schema v12: a ticker that an article ingest adds to an event stored before it records
-- the ingest. Such rows have no id above the ingest's marks (the event is older), and a large
-- ingest appends them among more rows than a DuckDB row group, which DuckDB writes to the file
-- before the commit; with the id, opening removes those of an ingest that never committed
-- (data/store/recover.go).

ALTER TABLE event_tickers ADD COLUMN ingest_id BIGINT; -- NULL for the tickers an event was stored with

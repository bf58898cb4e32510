-- eventline schema v11: rows that a write appends without an id above the marks of its commit
-- marker record the run that wrote them (data/store/recover.go). `eventline study` replaces
-- event_returns and event_study, and `eventline ingest factors` replaces the factors of a file's
-- dates; a large study or a daily factor file since 1926 holds more rows than a DuckDB row group,
-- which DuckDB writes to the file before the commit, and a crash while committing could keep
-- those rows beside the old ones (it drops the deletes). An article ingest adds tickers to events
-- stored before it, which have no id above its marks. With the id, opening removes what a run
-- that never committed left.

ALTER TABLE event_returns ADD COLUMN run_id BIGINT;    -- the study's id (pending_ingests, kind study); NULL before v11
ALTER TABLE event_study ADD COLUMN run_id BIGINT;
ALTER TABLE factors ADD COLUMN ingest_id BIGINT;       -- the factors ingest's id; NULL before v11
ALTER TABLE event_tickers ADD COLUMN ingest_id BIGINT; -- the article ingest that added the ticker to an older event; NULL otherwise

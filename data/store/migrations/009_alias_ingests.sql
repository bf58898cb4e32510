-- eventline schema v9: a user alias records the ingest that wrote it. A large aliases file is
-- written the way a large price batch is (DuckDB writes its row groups to the file before the
-- commit), and a crash while committing could keep part of it; with the id, opening removes
-- what an aliases ingest that never committed left (data/store/recover.go).

ALTER TABLE aliases ADD COLUMN ingest_id BIGINT; -- NULL for the seed aliases

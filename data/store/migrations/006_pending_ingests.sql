-- eventline schema v6: the ingests under way. An ingest records itself here in a transaction of
-- its own before it writes anything, and its own transaction deletes the row as it commits, beside
-- the ingests row. A row found here on opening is an ingest that never committed: opening removes
-- what of it a crash may have left (see data/store/recover.go) and then the row.

CREATE TABLE pending_ingests (
    ingest_id    BIGINT PRIMARY KEY, -- the ingest's id (ingests.ingest_id once it commits)
    kind         VARCHAR NOT NULL,   -- prices | events | articles
    started_at   TIMESTAMP NOT NULL DEFAULT current_timestamp,
    article_mark BIGINT NOT NULL,    -- the highest article_id when it began: its articles are above
    event_mark   BIGINT NOT NULL,    -- the same for event_id
    claim_mark   BIGINT NOT NULL     -- and for claim_id
);

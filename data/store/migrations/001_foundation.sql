-- eventline schema v1: the foundation. Every table and column here is documented in docs/schema.md;
-- keep the two in step.

CREATE TABLE securities (
    ticker   VARCHAR PRIMARY KEY,
    name     VARCHAR,
    exchange VARCHAR,
    kind     VARCHAR,            -- stock | index | etf | NULL when unknown
    currency VARCHAR DEFAULT 'USD'
);

-- No primary key on purpose: an ART index over tens of millions of rows costs more memory and load
-- time than the whole CSV parse. `eventline ingest prices` keeps (ticker, date) unique.
CREATE TABLE prices (
    ticker    VARCHAR NOT NULL,
    date      DATE    NOT NULL,
    open      DOUBLE,
    high      DOUBLE,
    low       DOUBLE,
    close     DOUBLE  NOT NULL,
    adj_close DOUBLE,
    volume    BIGINT,
    source    VARCHAR,           -- yahoo | stooq | csv, or --source
    ingest_id BIGINT             -- the ingest that wrote the row (ingests.ingest_id)
);

CREATE SEQUENCE ingest_id_seq START 1;

CREATE TABLE ingests (
    ingest_id  BIGINT PRIMARY KEY,
    kind       VARCHAR NOT NULL,   -- prices | events | articles | aliases
    started_at TIMESTAMP NOT NULL,
    files      BIGINT,
    inserted   BIGINT,
    updated    BIGINT,
    unchanged  BIGINT,
    rejected   BIGINT
);

CREATE TABLE ingest_rejects (
    ingest_id   BIGINT,
    kind        VARCHAR NOT NULL,  -- prices | events
    file        VARCHAR NOT NULL,
    line        BIGINT,
    column_name VARCHAR,
    value       VARCHAR,
    rule        VARCHAR NOT NULL,
    message     VARCHAR NOT NULL,
    raw         VARCHAR
);

CREATE SEQUENCE article_id_seq START 1;

CREATE TABLE articles (
    article_id  BIGINT PRIMARY KEY DEFAULT nextval('article_id_seq'),
    title       VARCHAR NOT NULL,
    published   DATE,              -- NULL when no date is known
    source      VARCHAR,
    url         VARCHAR,
    file        VARCHAR,
    format      VARCHAR,
    body        VARCHAR NOT NULL,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);

CREATE SEQUENCE event_id_seq START 1;

CREATE TABLE events (
    event_id    BIGINT PRIMARY KEY DEFAULT nextval('event_id_seq'),
    date        VARCHAR NOT NULL,  -- TIMEX3 value: 2007-08-14, 2007-W33, 2007-08, 2007-Q3, 2007-H1, 2007
    date_text   VARCHAR,           -- the words that dated it, for extracted events
    granularity VARCHAR NOT NULL,  -- day | week | month | quarter | half | year
    start_date  DATE NOT NULL,     -- first calendar day the date covers
    end_date    DATE NOT NULL,     -- last calendar day it covers (start_date for day granularity)
    type        VARCHAR NOT NULL,  -- ipo | acquisition | partnership | product | forecast | analyst | price_move | legal | criticism | executive | earnings | other
    status      VARCHAR NOT NULL DEFAULT 'occurred', -- occurred | forecast | report
    headline    VARCHAR NOT NULL,
    companies   VARCHAR[],
    origin      VARCHAR NOT NULL,  -- curated | extracted
    source_url  VARCHAR,
    notes       VARCHAR,
    created_at  TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE event_tickers (
    event_id BIGINT NOT NULL,
    ticker   VARCHAR NOT NULL,
    PRIMARY KEY (event_id, ticker)
);

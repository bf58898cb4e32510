-- eventline schema v2: what extraction from articles stores.

CREATE TABLE timexes (
    article_id  BIGINT NOT NULL,
    start       INTEGER NOT NULL,  -- character offsets in articles.body
    "end"       INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    type        VARCHAR NOT NULL,  -- DATE | TIME | DURATION | SET
    value       VARCHAR,
    granularity VARCHAR,
    mod         VARCHAR,
    resolved_by VARCHAR NOT NULL   -- absolute | publication | event:<id> | unresolved
);

CREATE TABLE event_mentions (
    event_id   BIGINT NOT NULL,
    article_id BIGINT NOT NULL,
    sentence   VARCHAR NOT NULL,
    start      INTEGER NOT NULL,   -- character offsets of the sentence in articles.body
    "end"      INTEGER NOT NULL,
    date_text  VARCHAR
);

CREATE SEQUENCE claim_id_seq START 1;

CREATE TABLE claims (
    claim_id   BIGINT PRIMARY KEY DEFAULT nextval('claim_id_seq'),
    article_id BIGINT NOT NULL,
    event_id   BIGINT,
    ticker     VARCHAR,            -- NULL when the company is private or unknown
    date       DATE,               -- the trading day the claim is about; NULL when undated
    date_value VARCHAR,            -- the TIMEX3 value it was dated with
    metric     VARCHAR NOT NULL,   -- close | open | high | low | price | ipo_price | day_return | first_day_return | return
    op         VARCHAR NOT NULL DEFAULT 'eq', -- eq | gt | ge | lt | le
    value      DOUBLE NOT NULL,    -- dollars for prices, percent (15 = 15%) for returns
    unit       VARCHAR NOT NULL,   -- USD | pct
    ref_date   DATE,               -- start of the period for metric 'return'
    text       VARCHAR NOT NULL,   -- the words of the claim
    sentence   VARCHAR
);

CREATE TABLE aliases (
    alias    VARCHAR PRIMARY KEY,  -- as written, matched case-insensitively
    name     VARCHAR NOT NULL,     -- canonical company name
    ticker   VARCHAR,              -- NULL for private companies
    exchange VARCHAR,
    origin   VARCHAR NOT NULL DEFAULT 'seed' -- seed | user
);

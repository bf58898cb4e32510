-- eventline schema v3: the latest event study, for SQL. `eventline study` replaces both tables.

CREATE TABLE event_returns (
    event_id        BIGINT NOT NULL,
    ticker          VARCHAR NOT NULL,
    t0              DATE NOT NULL,
    window_from     INTEGER NOT NULL,  -- trading days relative to t0, inclusive
    window_to       INTEGER NOT NULL,
    price_before    DOUBLE,            -- adjusted close at t0-1
    price_t0        DOUBLE,
    ret             DOUBLE,            -- the ticker's return over the window (fraction)
    market_ret      DOUBLE,            -- the benchmark's
    car             DOUBLE,            -- cumulative abnormal return (fraction)
    scar            DOUBLE,            -- CAR over its estimation-window standard error
    model           VARCHAR NOT NULL,  -- market | market-adjusted
    fallback        BOOLEAN NOT NULL,  -- market-adjusted because the estimation window was short
    alpha           DOUBLE,
    beta            DOUBLE,
    estimation_days INTEGER,
    abnormal_volume DOUBLE,            -- window mean volume / estimation mean volume
    complete        BOOLEAN NOT NULL,  -- the window lies within the series
    benchmark       VARCHAR NOT NULL
);

CREATE TABLE event_study (
    grouping    VARCHAR NOT NULL,      -- all | ticker | type
    group_value VARCHAR NOT NULL,
    window_from INTEGER NOT NULL,
    window_to   INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    mean_car    DOUBLE,
    median_car  DOUBLE,
    t           DOUBLE,
    p_t         DOUBLE,
    bmp         DOUBLE,                -- Boehmer-Musumeci-Poulsen standardized test
    p_bmp       DOUBLE,
    n_bmp       INTEGER,
    positive    INTEGER,
    p_sign      DOUBLE
);

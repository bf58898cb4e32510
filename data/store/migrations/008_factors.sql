-- eventline schema v8: factor returns for the event study's factor models (Fama-French three
-- factors, Carhart's momentum), loaded by `eventline ingest factors` from Kenneth French's CSV
-- layout; and the tests across events that go with them.

CREATE TABLE factors (
    frequency VARCHAR NOT NULL,  -- daily | monthly
    date      DATE NOT NULL,     -- the day, or the month's first day
    factor    VARCHAR NOT NULL,  -- mkt_rf | smb | hml | rf | mom (also rmw, cma, or the file's own names)
    value     DOUBLE NOT NULL    -- a fraction (the file's percent / 100)
);

-- The tests across events beside t and BMP (docs/statistics.md gives each formula and its source).
ALTER TABLE event_study ADD COLUMN patell DOUBLE;             -- Patell (1976) Z
ALTER TABLE event_study ADD COLUMN p_patell DOUBLE;
ALTER TABLE event_study ADD COLUMN bmp_kp DOUBLE;             -- BMP with Kolari and Pynnönen's (2010) adjustment
ALTER TABLE event_study ADD COLUMN p_bmp_kp DOUBLE;
ALTER TABLE event_study ADD COLUMN corrado DOUBLE;            -- Corrado (1989) rank test
ALTER TABLE event_study ADD COLUMN p_corrado DOUBLE;
ALTER TABLE event_study ADD COLUMN generalized_sign DOUBLE;   -- Cowan (1992) generalized sign Z
ALTER TABLE event_study ADD COLUMN p_generalized_sign DOUBLE;
ALTER TABLE event_study ADD COLUMN wilcoxon DOUBLE;           -- Wilcoxon signed-rank W+ of the CARs
ALTER TABLE event_study ADD COLUMN p_wilcoxon DOUBLE;
ALTER TABLE event_study ADD COLUMN mean_bhar DOUBLE;          -- buy-and-hold abnormal return, mean across events
ALTER TABLE event_study ADD COLUMN t_bhar DOUBLE;
ALTER TABLE event_study ADD COLUMN p_bhar DOUBLE;
ALTER TABLE event_returns ADD COLUMN bhar DOUBLE;             -- (1+R) compounded over the window minus (1+normal) compounded

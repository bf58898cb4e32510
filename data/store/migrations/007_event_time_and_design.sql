-- eventline schema v7: when in the trading day an event's news came out, and what a study's design
-- did with each event window.

-- An event released after the close moves its event day to the next trading day. Both columns are
-- NULL when the time is unknown.
ALTER TABLE events ADD COLUMN session VARCHAR;     -- before_open | regular | after_close (exchange time)
ALTER TABLE events ADD COLUMN release_time TIME;   -- the exchange-local time of day, when a timestamp or the text gave one

ALTER TABLE event_returns ADD COLUMN note VARCHAR;              -- why car is NULL (a benchmark without those days)
ALTER TABLE event_returns ADD COLUMN excluded VARCHAR;          -- why the window is left out of the statistics (an overlap)
ALTER TABLE event_returns ADD COLUMN overlapping_events BIGINT[]; -- earlier events of the ticker whose same window overlaps this one
ALTER TABLE event_returns ADD COLUMN estimation_events BIGINT[]; -- events of the ticker inside this event's estimation window

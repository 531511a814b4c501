-- A send window may run past midnight: an end_hour at or before start_hour closes on the next
-- day (22 to 6 is overnight, equal hours a whole day), so any two hours in range are a window.
-- (V9 wrote the rule as one two-column check, which PostgreSQL named campaigns_check.)
ALTER TABLE campaigns DROP CONSTRAINT campaigns_check;
ALTER TABLE campaigns ADD CONSTRAINT campaigns_end_hour_check CHECK (end_hour BETWEEN 1 AND 24);

-- Schema v2: what seating needs.
-- A guest's role: delegates are seated by precedence; interpreters beside
-- the guests who need them; staff not at all.
ALTER TABLE guest ADD COLUMN role TEXT NOT NULL DEFAULT 'delegate';
-- At bilateral talks each long side belongs to one delegation.
ALTER TABLE seat ADD COLUMN side TEXT;
-- A seat held for one delegation (a reserved block in a plenary hall).
ALTER TABLE seat ADD COLUMN reserved_for TEXT REFERENCES delegation (id);
-- How tables rank in the hall (1 = the head table).
ALTER TABLE hall_table ADD COLUMN table_rank INTEGER NOT NULL DEFAULT 1;
ALTER TABLE seating_plan ADD COLUMN alternate_sides INTEGER NOT NULL DEFAULT 0;
ALTER TABLE seating_plan ADD COLUMN include_unconfirmed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX seating_pair_plan ON seating_pair (plan_id);

-- Schema v6: where each guest came from (the imported file's name; empty:
-- entered by hand), shown when two records of one person are compared.
ALTER TABLE guest ADD COLUMN source TEXT NOT NULL DEFAULT '';

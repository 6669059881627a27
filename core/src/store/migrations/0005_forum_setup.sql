-- Schema v5: who signs the invitation letters (name and title in three
-- languages) and the date guests are asked to reply by.
ALTER TABLE forum ADD COLUMN signatory_name_zh  TEXT NOT NULL DEFAULT '';
ALTER TABLE forum ADD COLUMN signatory_name_ru  TEXT NOT NULL DEFAULT '';
ALTER TABLE forum ADD COLUMN signatory_name_en  TEXT NOT NULL DEFAULT '';
ALTER TABLE forum ADD COLUMN signatory_title_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE forum ADD COLUMN signatory_title_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE forum ADD COLUMN signatory_title_en TEXT NOT NULL DEFAULT '';
ALTER TABLE forum ADD COLUMN reply_by           TEXT;

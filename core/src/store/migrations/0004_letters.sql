-- Schema v4: the invitation letter's text, one per language, as the
-- organizer edits it (empty: the built-in text is used).
CREATE TABLE letter_template (
    lang       TEXT PRIMARY KEY NOT NULL CHECK (lang IN ('zh-CN', 'ru', 'en')),
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

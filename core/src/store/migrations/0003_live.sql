-- Schema v3: live mode.
-- Minutes the operator added to or took from an item while it ran.
ALTER TABLE item ADD COLUMN extra_seconds INTEGER NOT NULL DEFAULT 0;
-- Time an item was paused, not counted as speaking time.
ALTER TABLE item ADD COLUMN paused_seconds INTEGER NOT NULL DEFAULT 0;
-- The session being run on this laptop, so a restart resumes it.
CREATE TABLE live_state (
    id         TEXT PRIMARY KEY NOT NULL CHECK (id = 'live'),
    session_id TEXT NOT NULL REFERENCES session (id),
    item_id    TEXT REFERENCES item (id),
    paused_at  TEXT,
    updated_at TEXT NOT NULL
);

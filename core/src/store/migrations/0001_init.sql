-- Forum Desk schema v1: the core entities of a forum.
-- Every row has a UUIDv7 text id and UTC timestamps (RFC 3339, milliseconds, 'Z')
-- so that two laptops' copies of one forum can be merged later.
-- Enumerations are stored as text keys and validated in Rust, so that a newer
-- app can add values without rebuilding tables.

CREATE TABLE forum (
    id            TEXT PRIMARY KEY NOT NULL,
    singleton     INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    name_zh       TEXT NOT NULL DEFAULT '',
    name_ru       TEXT NOT NULL DEFAULT '',
    name_en       TEXT NOT NULL DEFAULT '',
    venue_zh      TEXT NOT NULL DEFAULT '',
    venue_ru      TEXT NOT NULL DEFAULT '',
    venue_en      TEXT NOT NULL DEFAULT '',
    city_zh       TEXT NOT NULL DEFAULT '',
    city_ru       TEXT NOT NULL DEFAULT '',
    city_en       TEXT NOT NULL DEFAULT '',
    time_zone     TEXT NOT NULL DEFAULT 'UTC',
    starts_on     TEXT,
    ends_on       TEXT,
    honour_side   TEXT NOT NULL DEFAULT 'right',
    host_language TEXT NOT NULL DEFAULT 'zh-CN',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE organization (
    id         TEXT PRIMARY KEY NOT NULL,
    name_zh    TEXT NOT NULL DEFAULT '',
    name_ru    TEXT NOT NULL DEFAULT '',
    name_en    TEXT NOT NULL DEFAULT '',
    country    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE delegation (
    id            TEXT PRIMARY KEY NOT NULL,
    name_zh       TEXT NOT NULL DEFAULT '',
    name_ru       TEXT NOT NULL DEFAULT '',
    name_en       TEXT NOT NULL DEFAULT '',
    country       TEXT NOT NULL DEFAULT '',
    is_host       INTEGER NOT NULL DEFAULT 0,
    head_guest_id TEXT REFERENCES guest (id) DEFERRABLE INITIALLY DEFERRED,
    sort_order    INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);

CREATE TABLE guest (
    id                   TEXT PRIMARY KEY NOT NULL,
    family_han           TEXT NOT NULL DEFAULT '',
    given_han            TEXT NOT NULL DEFAULT '',
    family_cyr           TEXT NOT NULL DEFAULT '',
    given_cyr            TEXT NOT NULL DEFAULT '',
    patronymic_cyr       TEXT NOT NULL DEFAULT '',
    family_lat           TEXT NOT NULL DEFAULT '',
    given_lat            TEXT NOT NULL DEFAULT '',
    gender               TEXT NOT NULL DEFAULT 'unspecified',
    honorific_zh         TEXT NOT NULL DEFAULT '',
    honorific_ru         TEXT NOT NULL DEFAULT '',
    honorific_en         TEXT NOT NULL DEFAULT '',
    title_zh             TEXT NOT NULL DEFAULT '',
    title_ru             TEXT NOT NULL DEFAULT '',
    title_en             TEXT NOT NULL DEFAULT '',
    organization_id      TEXT REFERENCES organization (id),
    delegation_id        TEXT REFERENCES delegation (id),
    rank                 TEXT NOT NULL DEFAULT 'other',
    manual_order         INTEGER,
    is_host              INTEGER NOT NULL DEFAULT 0,
    preferred_language   TEXT NOT NULL DEFAULT 'en',
    email                TEXT NOT NULL DEFAULT '',
    phone                TEXT NOT NULL DEFAULT '',
    interpreter_language TEXT NOT NULL DEFAULT '',
    dietary              TEXT NOT NULL DEFAULT '',
    accessibility        TEXT NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
    status               TEXT NOT NULL DEFAULT 'draft',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    deleted_at           TEXT
);
CREATE INDEX guest_delegation ON guest (delegation_id);
CREATE INDEX guest_organization ON guest (organization_id);
CREATE INDEX guest_email ON guest (email) WHERE email <> '';

CREATE TABLE status_change (
    id         TEXT PRIMARY KEY NOT NULL,
    guest_id   TEXT NOT NULL REFERENCES guest (id),
    old_status TEXT,
    new_status TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX status_change_guest ON status_change (guest_id, changed_at);

CREATE TABLE hall (
    id          TEXT PRIMARY KEY NOT NULL,
    name_zh     TEXT NOT NULL DEFAULT '',
    name_ru     TEXT NOT NULL DEFAULT '',
    name_en     TEXT NOT NULL DEFAULT '',
    width_m     REAL NOT NULL DEFAULT 20,
    depth_m     REAL NOT NULL DEFAULT 15,
    entrance_x  REAL,
    entrance_y  REAL,
    stage_x     REAL,
    stage_y     REAL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);

-- "table" is an SQL keyword; a table in a hall is a hall_table.
CREATE TABLE hall_table (
    id         TEXT PRIMARY KEY NOT NULL,
    hall_id    TEXT NOT NULL REFERENCES hall (id),
    label      TEXT NOT NULL DEFAULT '',
    shape      TEXT NOT NULL DEFAULT 'round',
    seat_count INTEGER NOT NULL DEFAULT 10,
    x          REAL NOT NULL DEFAULT 0,
    y          REAL NOT NULL DEFAULT 0,
    rotation   REAL NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX hall_table_hall ON hall_table (hall_id);

CREATE TABLE seat (
    id         TEXT PRIMARY KEY NOT NULL,
    table_id   TEXT NOT NULL REFERENCES hall_table (id),
    number     INTEGER NOT NULL,
    x          REAL NOT NULL DEFAULT 0,
    y          REAL NOT NULL DEFAULT 0,
    honour     INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX seat_table ON seat (table_id, number);

CREATE TABLE session (
    id                 TEXT PRIMARY KEY NOT NULL,
    day                TEXT NOT NULL,
    hall_id            TEXT REFERENCES hall (id),
    kind               TEXT NOT NULL DEFAULT 'plenary',
    title_zh           TEXT NOT NULL DEFAULT '',
    title_ru           TEXT NOT NULL DEFAULT '',
    title_en           TEXT NOT NULL DEFAULT '',
    starts_at          TEXT NOT NULL,
    planned_minutes    INTEGER,
    moderator_guest_id TEXT REFERENCES guest (id),
    sort_order         INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT
);
CREATE INDEX session_day ON session (day, starts_at);

CREATE TABLE item (
    id                 TEXT PRIMARY KEY NOT NULL,
    session_id         TEXT NOT NULL REFERENCES session (id),
    position           INTEGER NOT NULL,
    kind               TEXT NOT NULL DEFAULT 'speech',
    title_zh           TEXT NOT NULL DEFAULT '',
    title_ru           TEXT NOT NULL DEFAULT '',
    title_en           TEXT NOT NULL DEFAULT '',
    planned_seconds    INTEGER NOT NULL DEFAULT 300,
    language           TEXT NOT NULL DEFAULT '',
    interpretation     TEXT NOT NULL DEFAULT 'none',
    duration_override  INTEGER,
    stage_notes        TEXT NOT NULL DEFAULT '',
    tech_notes         TEXT NOT NULL DEFAULT '',
    actual_start       TEXT,
    actual_end         TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT
);
CREATE INDEX item_session ON item (session_id, position);

CREATE TABLE item_person (
    id         TEXT PRIMARY KEY NOT NULL,
    item_id    TEXT NOT NULL REFERENCES item (id),
    guest_id   TEXT NOT NULL REFERENCES guest (id),
    role       TEXT NOT NULL DEFAULT 'speaker',
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX item_person_item ON item_person (item_id, position);

CREATE TABLE seating_plan (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    hall_id    TEXT NOT NULL REFERENCES hall (id),
    session_id TEXT REFERENCES session (id),
    kind       TEXT NOT NULL DEFAULT 'banquet',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE assignment (
    id         TEXT PRIMARY KEY NOT NULL,
    plan_id    TEXT NOT NULL REFERENCES seating_plan (id),
    seat_id    TEXT NOT NULL REFERENCES seat (id),
    guest_id   TEXT NOT NULL REFERENCES guest (id),
    locked     INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX assignment_plan ON assignment (plan_id, seat_id);
CREATE INDEX assignment_guest ON assignment (guest_id);

CREATE TABLE seating_pair (
    id         TEXT PRIMARY KEY NOT NULL,
    plan_id    TEXT NOT NULL REFERENCES seating_plan (id),
    guest_a    TEXT NOT NULL REFERENCES guest (id),
    guest_b    TEXT NOT NULL REFERENCES guest (id),
    kind       TEXT NOT NULL DEFAULT 'together',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

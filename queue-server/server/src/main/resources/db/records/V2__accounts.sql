-- Staff accounts and registered devices (docs/records.md, "Accounts and devices"; ADR 0035). The
-- manager's console changes them; the server reads them into memory and refreshes after every
-- change and every 30 s, so sign-in and device tokens keep working while this database is away.
-- The lists in application.yml are seeds: a listed account or device missing here is inserted at
-- start, one already here (perhaps changed in the console) is left as it is.

create table staff_account (
    username        text        primary key,   -- the sign-in name, recorded in the event log
    display_name    text        not null,      -- what colleagues see on the consoles, never a board
    password_hash   text        not null,      -- {bcrypt}...; never the password itself
    roles           text[]      not null,      -- CLERK, MANAGER, GUIDE
    allowed_halls   text[]      not null default '{}',  -- halls a clerk may sign in at a window of; empty: any
    allowed_windows text[]      not null default '{}',  -- window numbers a clerk may sign in at; empty: any
    disabled        boolean     not null default false, -- refused at sign-in, console sessions ended
    created_by      text        not null,      -- a manager's username, or "seed" for application.yml
    created_at      timestamptz not null,
    changed_by      text        not null,
    changed_at      timestamptz not null
);

create table registered_device (
    id            text        primary key,   -- e.g. kiosk-1: its MQTT username too
    kind          text        not null,      -- KIOSK, BOARD, WINDOW_SCREEN, EVALUATOR, TERMINAL
    hall          text        not null,      -- the hall it stands in: it sees only that hall
    window_no     text,                      -- the window of a WINDOW_SCREEN or EVALUATOR
    token_sha256  text        not null,      -- hex SHA-256 of its bearer token (its MQTT password)
    disabled      boolean     not null default false, -- refused on REST and at the broker's door
    created_by    text        not null,
    created_at    timestamptz not null,
    rotated_at    timestamptz                -- when its token was last replaced; null: never
);

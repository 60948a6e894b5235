-- The records a hall keeps after the day (docs/records.md). Redis holds the live day; these
-- tables hold what must last. Every row is written from the hall's event log, at least once:
-- each write is an upsert keyed by what it describes, so writing it twice changes nothing.
-- Times are timestamptz; "day" is the hall's business day in its own time zone.
-- No ID number is ever stored. person_key is the HMAC that stands for a person (ADR 0003); it,
-- masked names and phone numbers are cleared after the retention period (ADR 0033).

-- Every entry of every hall's event log: the trail of who changed what, and when.
create table hall_event (
    hall        text        not null,
    stream_id   text        not null,   -- the Redis Stream entry id, increasing within a hall
    seq         bigint      not null,   -- the hall's state version after the change
    type        text        not null,
    at          timestamptz not null,
    actor       text        not null default '',  -- user name, device id or rule:<area>
    ticket_id   text,
    data        jsonb       not null,   -- the entry's other fields, as logged
    primary key (hall, stream_id)
);
create index hall_event_at on hall_event (hall, at);
create index hall_event_ticket on hall_event (hall, ticket_id) where ticket_id is not null;

-- One row a ticket: its life from issue to the end, as last known.
create table ticket_record (
    hall            text        not null,
    ticket_id       text        not null,   -- e.g. 20261203-A001
    day             date        not null,
    number          text        not null,
    area            text        not null,   -- where it was last queued
    first_area      text        not null,   -- where it was issued
    item            text        not null default '',
    priority        text        not null,   -- NORMAL, GREEN, APPOINTMENT
    channel         text        not null default '',  -- who issued it: a kiosk, a desk, a phone
    status          text        not null,   -- WAITING, CALLED, FINISHED, NO_SHOW, ...
    issued_at       timestamptz not null,
    first_called_at timestamptz,
    finished_at     timestamptz,
    no_show_at      timestamptz,
    window_no       text        not null default '',
    window_kind     text        not null default '',  -- COMPREHENSIVE, TIDAL, ... of window_no
    clerk           text        not null default '',
    calls           int         not null default 0,
    recalls         int         not null default 0,
    transfers       int         not null default 0,
    wait_seconds    int,                    -- issue (or arrival) to first call
    service_seconds int,                    -- first call to finish
    person_key      text,                   -- cleared after the retention period
    last_seq        bigint      not null,   -- hall version of the last event applied: older ones never overwrite
    primary key (hall, ticket_id)
);
create index ticket_record_day on ticket_record (hall, day);
create index ticket_record_person on ticket_record (person_key) where person_key is not null;

-- Cases (办件) and every step of each.
create table case_record (
    hall            text        not null,
    case_no         text        not null,
    ticket_id       text        not null default '',
    ticket_number   text        not null default '',
    item_code       text        not null,
    item_name       text        not null,
    department      text        not null default '',
    area            text        not null default '',
    masked_name     text,                   -- cleared after the retention period
    person_key      text,                   -- cleared after the retention period
    outcome         text        not null default '',
    missing_materials text[]    not null default '{}',
    owed_by         date,
    owed_received   boolean     not null default false,
    promised_date   date,
    status          text        not null,
    pickup_method   text        not null default '',
    pickup_place    text        not null default '',
    created_at      timestamptz not null,
    closed_at       timestamptz,            -- when it was delivered or ended
    steps           int         not null default 0,
    primary key (hall, case_no)
);
create index case_record_created on case_record (hall, created_at);

create table case_step (
    hall     text        not null,
    case_no  text        not null,
    step_no  int         not null,   -- 1 for the opening, in the order of the case's history
    status   text        not null,
    at       timestamptz not null,
    by_whom  text        not null default '',
    note     text        not null default '',
    primary key (hall, case_no, step_no),
    foreign key (hall, case_no) references case_record (hall, case_no)
);

-- Ratings (好差评), one a service, and the follow-up of each bad one.
create table rating_record (
    hall          text        not null,
    ticket_id     text        not null,
    ticket_number text        not null,
    window_no     text        not null default '',
    clerk         text        not null default '',
    area          text        not null default '',
    level         text        not null,
    reasons       text[]      not null default '{}',
    comment       text        not null default '',
    channel       text        not null default '',
    at            timestamptz not null,
    primary key (hall, ticket_id)
);
create index rating_record_at on rating_record (hall, at);

create table follow_up_record (
    hall           text        not null,
    id             text        not null,
    ticket_id      text        not null,
    deadline       date        not null,
    status         text        not null,   -- OPEN, CALLED_BACK, RESOLVED
    call_back_note text        not null default '',
    call_back_by   text        not null default '',
    call_back_at   timestamptz,
    fix_note       text        not null default '',
    resolved_by    text        not null default '',
    resolved_at    timestamptz,
    opened_at      timestamptz not null,
    primary key (hall, id)
);

-- What staff and devices did that is not a change of a hall (signing in, looking a person up,
-- exporting): who, what, when, from where.
create table audit_record (
    id        bigserial   primary key,
    source_id text        not null unique,  -- the id of the entry it was written from: written once
    at        timestamptz not null,
    actor     text        not null,
    action    text        not null,
    hall      text        not null default '',
    target    text        not null default '',
    origin    text        not null default '',  -- the caller's address or device
    detail    text        not null default ''
);
create index audit_record_at on audit_record (at);

-- A past day's statistics summary, as the hall computed it at the end of the day.
create table daily_statistics (
    hall text  not null,
    day  date  not null,
    body jsonb not null,
    primary key (hall, day)
);

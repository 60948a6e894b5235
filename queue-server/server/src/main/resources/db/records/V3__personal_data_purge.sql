-- The retention purge (ADR 0034): person keys and masked names are cleared once records are older
-- than onewindow.records.personal-data-days. These partial indexes hold only rows that still carry
-- personal data, so the daily purge finds them without reading the years of purged ones.
create index ticket_record_personal on ticket_record (day) where person_key is not null;
create index case_record_personal on case_record (closed_at)
    where closed_at is not null and (person_key is not null or masked_name is not null);

-- One row per purge that ran: when, up to which day, and how many rows it cleared (counts only).
create table personal_data_purge (
    id       bigserial   primary key,
    ran_at   timestamptz not null,
    cutoff   date        not null,   -- rows of days (tickets) or closed (cases) before this day were cleared
    tickets  int         not null,
    cases    int         not null
);

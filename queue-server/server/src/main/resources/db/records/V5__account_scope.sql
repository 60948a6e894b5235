-- The halls and regions a staff account acts in (docs/security.md "Scopes"; ADR 0040): hall ids and
-- six-digit division codes (行政区划代码) of a province, city or county, every hall below it. Both
-- empty: every hall, as every account before this column. A manager manages and sees only the
-- halls of their scope, and grants no more than it.
alter table staff_account add column scope_halls   text[] not null default '{}';
alter table staff_account add column scope_regions text[] not null default '{}';

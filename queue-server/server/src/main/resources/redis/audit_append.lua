-- Keeps one entry of the audit trail until the records have it (see AuditDrainer).
-- KEYS[1] the audit stream (ow:audit: one key for the whole installation, not per hall, since
--         sign-ins and account changes have no hall). Every audited action lands here, calls and
--         finishes included: a few entries a minute a window, so a hall's few a second, but a
--         province's hundreds a second on the one slot this key has in a Redis Cluster; a
--         province-wide Cluster wants the stream split by hall.
-- ARGV[1] at (epoch ms)  ARGV[2] actor  ARGV[3] action  ARGV[4] hall  ARGV[5] target
-- ARGV[6] origin  ARGV[7] detail
-- Returns the entry's stream id, which becomes the row's source_id.
return redis.call('XADD', KEYS[1], '*', 'at', ARGV[1], 'actor', ARGV[2], 'action', ARGV[3], 'hall', ARGV[4],
    'target', ARGV[5], 'origin', ARGV[6], 'detail', ARGV[7])
